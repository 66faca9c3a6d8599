/* sysmodule.h — the sys module (stdlib/sysmodule.c).
 * Invariant: sys.argv and sys.path are plain lists owned by the module's
 * dict; the setters below may run before or after pym_init_sys. */
#ifndef PYM_SYSMODULE_H
#define PYM_SYSMODULE_H
#include "runtime/object.h"

PymObject *pym_init_sys(void);
/* sys.argv = [argv[0], …, argv[argc-1]] (UTF-8, undecodable bytes kept
 * as surrogate escapes).  Returns 0, or -1 with an exception set. */
int pym_sys_set_argv(int argc, char **argv);
/* Put the script directory (or "" for -c / the REPL) first on sys.path. */
int pym_sys_set_path0(const char *path0);
/* sys.<name>, borrowed, or NULL (no exception) when absent. */
PymObject *pym_sys_get_object_borrow(const char *name);

#endif
