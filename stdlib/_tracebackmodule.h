/* _tracebackmodule.h — the _traceback built-in module (the C core of the
 * traceback module).  Invariant: returns a new module or NULL with an
 * exception set. */
#ifndef PYM_TRACEBACKMODULE_H
#define PYM_TRACEBACKMODULE_H
#include "runtime/pym.h"

PymObject *pym_init__traceback(void);

#endif
