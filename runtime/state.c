/* state.c — the interpreter's global state and the recursion guard.
 *
 * Owns pym_tstate (raised exception, innermost frame, handled-exception
 * chain head, recursion depth) and pym_interp (module registry pointers).
 * Invariant: recursion_depth counts the nested evaluations currently
 * active (Python frames and the C-level recursions that ask for the
 * guard); it only exceeds recursion_limit transiently while the
 * RecursionError is being created, as CPython 3.11's headroom allows.
 */
#include "pym.h"

PymThreadState pym_tstate = {
    .exc = NULL,
    .frame = NULL,
    .recursion_depth = 0,
    .recursion_limit = 1000,
    .handled_exc = NULL,
    .pending_interrupt = 0,
};

PymInterp pym_interp;

/* Set while the RecursionError itself is being built: creating it may
 * recurse (allocation, a collection running __del__) and must not fail
 * again with the same error. */
static int creating_recursion_error;

int pym_enter_recursive_call(const char *where)
{
    PymThreadState *ts = &pym_tstate;
    if (++ts->recursion_depth <= ts->recursion_limit)
        return 0;
    if (creating_recursion_error) {
        /* Headroom of 50 levels while the error is being reported. */
        if (ts->recursion_depth <= ts->recursion_limit + 50)
            return 0;
        --ts->recursion_depth;
        pym_err_set_string(&pym_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    creating_recursion_error = 1;
    pym_err_format(&pym_exc_RecursionError, "maximum recursion depth exceeded%s",
                   where ? where : "");
    creating_recursion_error = 0;
    --ts->recursion_depth;
    return -1;
}

void pym_leave_recursive_call(void)
{
    --pym_tstate.recursion_depth;
}
