/* frame.h — execution frames.
 * Invariants: a frame owns its locals, its value stack contents
 * (stack[0..stacktop)), and references to code, globals, builtins and
 * locals mapping; `back` is borrowed (the caller's frame, valid while this
 * one runs); a generator owns its suspended frame.  localsplus holds
 * nlocals + ncellvars + nfreevars slots followed by stacksize stack slots.
 *
 * A frame that outlives its execution (held by a traceback, a generator or
 * sys._getframe()) takes a strong reference to `back` when it finishes
 * (owns_back) and is tracked by the collector from then on; a frame that
 * dies with its call is never tracked (it cannot be garbage while it
 * runs, and anything it references is then treated as externally held). */
#ifndef PYM_FRAME_H
#define PYM_FRAME_H
#include "object.h"
#include "code.h"

typedef struct PymFrame {
    PYM_VAR_HEAD;               /* size = number of localsplus + stack slots */
    struct PymFrame *back;      /* borrowed (strong once owns_back is set) */
    PymCodeObject *code;
    PymObject *globals, *builtins;
    PymObject *locals;          /* mapping for module/class bodies, or NULL;
                                   for function frames the cached f_locals dict */
    PymObject *func;            /* the function being run, or NULL */
    PymObject *gen;             /* borrowed: owning generator, or NULL */
    int lasti;                  /* index of the instruction being executed */
    int stacktop;               /* number of values on the stack */
    char executing, finished;
    char inlined;               /* PYM_FRAME_* : how the dispatch loop pushed it */
    char owns_back;             /* back is a strong reference */
    int nlocalsplus;            /* nlocals + ncellvars + nfreevars */
    PymObject *localsplus[1];   /* variable size */
} PymFrame;

/* Values of `inlined`: not pushed by the loop (run by its own
 * pym_eval_frame call), pushed by CALL for a Python function, or pushed
 * by CALL of a class for its __init__ (the new instance waits on the
 * caller's stack; __init__ must return None). */
enum { PYM_FRAME_OWN_LOOP = 0, PYM_FRAME_INLINED = 1, PYM_FRAME_INLINED_INIT = 2 };

extern PymType pym_frame_type;
#define PYM_FRAME_CHECK(o) (PYM_TYPE(o) == &pym_frame_type)
#define PYM_FRAME_STACK(f) ((f)->localsplus + (f)->nlocalsplus)
int pym_frame_lineno(PymFrame *f);                 /* current line */
/* frame.f_locals: for function frames a fresh dict snapshot of the fast locals */
PymObject *pym_frame_get_locals(PymFrame *f);

/* A fresh frame for code (all slots NULL, lasti -1, untracked); increfs
 * code, globals, builtins, locals and func (locals and func may be NULL). */
PymFrame *pym_frame_new(PymCodeObject *code, PymObject *globals, PymObject *builtins,
                        PymObject *locals, PymObject *func);
/* Drop the caller's reference to a frame whose execution is over: when
 * someone else still holds it, it keeps its caller alive (owns_back) and
 * joins the collector. */
void pym_frame_release(PymFrame *f);
/* Release the frame free lists (at exit, for leak checking). */
void pym_frame_fini(void);

#endif
