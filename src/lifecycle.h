/* lifecycle.h — start-up, running programs, and shutdown (src/lifecycle.c).
 * Invariant: pym_initialize runs once before anything else; pym_finalize
 * releases every object and arena (DESIGN rule 10). */
#ifndef PYM_LIFECYCLE_H
#define PYM_LIFECYCLE_H
#include "runtime/pym.h"

int pym_initialize(void);
/* Shuts down; returns the exit status to use (normally `status`, 120 when
 * flushing the standard streams failed, as CPython). */
int pym_finalize(int status);

/* The __main__ module's dict (borrowed); created on first use. */
PymObject *pym_main_dict_borrow(void);
/* Compile and run source as __main__.  Returns 0, or -1 with the exception
 * still set. */
int pym_run_source_as_main(const char *source, const char *filename);
/* Run the file at path as __main__; -1 with the exception set on error. */
int pym_run_file_as_main(const char *path);
/* Print and clear the raised exception as the top level does; returns the
 * process exit status it implies (SystemExit's code, 1 otherwise). */
int pym_handle_uncaught(void);

#endif
