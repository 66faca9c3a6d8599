/* iomodule.h — file objects (stdlib/iomodule.c): open(), the standard
 * streams behind sys.stdin/stdout/stderr, and the io module. */
#ifndef PYM_IOMODULE_H
#define PYM_IOMODULE_H
#include "runtime/object.h"

extern PymType pym_file_type;
/* builtins.open / io.open */
PymObject *pym_io_open(PymObject *const *args, PymSize nargs, PymObject *kwnames);
/* The file object for fd 0, 1 or 2 (created on first use). */
PymObject *pym_io_std_stream(int fd, const char *mode);
PymObject *pym_io_stdout_borrow(void);
void pym_io_flush_std_streams(void);
/* -u / PYTHONUNBUFFERED: stdout and stderr write through on every write.
 * Call before the streams are first used. */
void pym_io_set_unbuffered(void);
PymType *pym_io_unsupported_operation(void);
PymObject *pym_init__io(void);
void pym_io_fini(void);

#endif
