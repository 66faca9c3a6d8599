/* traceback.h — printing exceptions and tracebacks exactly as CPython 3.11
 * does (src/traceback.c).  The traceback type itself and
 * pym_traceback_add_frame are declared in runtime/exception.h;
 * pym_err_print / pym_err_write_unraisable in runtime/errors.h.
 * Invariant: printing never leaves an exception set and never raises
 * out; output goes to sys.stderr (or C stderr before sys exists). */
#ifndef PYM_TRACEBACK_H
#define PYM_TRACEBACK_H
#include "../runtime/pym.h"

/* Make source text known for a code filename object that has no file on
 * disk (the REPL's "<stdin>").  Looked up by the identity of the filename
 * object: a fresh filename object per registration keeps statements
 * apart.  The text is copied. */
void pym_traceback_register_source(PymObject *filename, const char *source);

/* Print exc (an exception instance) with its traceback and its chained
 * __cause__/__context__ as an uncaught exception, to file (NULL:
 * sys.stderr).  Does not touch the raised-exception state. */
void pym_err_display(PymObject *exc, PymObject *file);

/* Write the "Traceback (most recent call last):" block of tb to file
 * (NULL: sys.stderr).  Returns 0, -1 on error (exception set). */
int pym_traceback_print(PymObject *tb, PymObject *file);

/* Release the registered sources (at exit). */
void pym_traceback_fini(void);

#endif
