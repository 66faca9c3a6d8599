/* eval.h — the virtual machine: frames + the dispatch loop.
 * Invariant: pym_tstate.frame is the innermost running frame; every
 * evaluation is bracketed by the recursion guard. */
#ifndef PYM_EVAL_H
#define PYM_EVAL_H
#include "../runtime/pym.h"

/* Run a module-level or class-body code object with the given namespaces
 * (locals may equal globals). */
PymObject *pym_eval_code(PymObject *code, PymObject *globals, PymObject *locals);
/* Run a frame until it returns or yields (generators).  If throw_exc is
 * non-NULL, raise it at the current instruction first. */
PymObject *pym_eval_frame(PymFrame *frame, PymObject *throw_exc);
/* Call a Python function (function type's `call` slot). */
PymObject *pym_function_call(PymObject *func, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames);
/* builtins.__build_class__ */
PymObject *pym_build_class(PymObject *self, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames);
PymObject *pym_eval_get_globals_borrow(void);   /* globals() */
PymObject *pym_eval_get_locals(void);           /* locals() */

#endif
