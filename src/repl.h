/* repl.h — the interactive session (src/repl.c). */
#ifndef PYM_REPL_H
#define PYM_REPL_H

/* Run the read-eval-print loop on standard input in __main__'s namespace
 * until end of input or SystemExit.  `quiet` suppresses the banner.
 * Returns the process exit status (`status` when input simply ends). */
int pym_repl_run(int quiet, int status);

#endif
