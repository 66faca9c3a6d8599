/* state.h — the interpreter's global state (pym is single-threaded).
 *
 * Invariants: pym_tstate.exc is the raised exception or NULL; frame is the
 * innermost executing frame (borrowed: frames are owned by their callers'
 * C stack or by generators); recursion_depth counts nested evaluations and
 * never exceeds recursion_limit + a small margin used to report the error.
 */
#ifndef PYM_STATE_H
#define PYM_STATE_H

#include "object.h"

struct PymFrame;

typedef struct PymThreadState {
    PymObject *exc;                 /* raised exception instance, or NULL */
    struct PymFrame *frame;         /* innermost running frame, or NULL */
    int recursion_depth;
    int recursion_limit;            /* sys.getrecursionlimit(), default 1000 */
    /* Stack of exceptions being handled (sys.exc_info(), bare `raise`,
     * implicit __context__): the VM pushes in except blocks. */
    PymObject *handled_exc;         /* innermost handled exception or NULL */
    volatile int pending_interrupt; /* set by SIGINT; VM raises KeyboardInterrupt */
} PymThreadState;

typedef struct PymInterp {
    PymObject *modules;      /* sys.modules (dict) */
    PymObject *builtins;     /* the builtins module's dict */
    PymObject *builtins_module;
    PymObject *sys_module;
    PymObject *main_module;
    int finalizing;          /* set during shutdown */
    int interactive;         /* REPL running */
    int optimize;
} PymInterp;

extern PymThreadState pym_tstate;
extern PymInterp pym_interp;

/* Enter/leave a nested evaluation; raises RecursionError
 * ("maximum recursion depth exceeded") and returns -1 when too deep. */
int pym_enter_recursive_call(const char *where);
void pym_leave_recursive_call(void);

#endif
