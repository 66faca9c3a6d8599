/* frame.h — execution frames.
 * Invariants: a frame owns its locals, its value stack contents
 * (stack[0..stacktop)), and references to code, globals, builtins and
 * locals mapping; `back` is borrowed (the caller's frame, valid while this
 * one runs); a generator owns its suspended frame.  localsplus holds
 * nlocals + ncellvars + nfreevars slots followed by stacksize stack slots. */
#ifndef PYM_FRAME_H
#define PYM_FRAME_H
#include "object.h"
#include "code.h"

typedef struct PymFrame {
    PYM_VAR_HEAD;               /* size = number of localsplus + stack slots */
    struct PymFrame *back;      /* borrowed */
    PymCodeObject *code;
    PymObject *globals, *builtins;
    PymObject *locals;          /* mapping for module/class bodies, or NULL */
    PymObject *func;            /* the function being run, or NULL */
    PymObject *gen;             /* borrowed: owning generator, or NULL */
    int lasti;                  /* index of the instruction being executed */
    int stacktop;               /* number of values on the stack */
    char executing, finished;
    PymObject *localsplus[1];   /* variable size */
} PymFrame;

extern PymType pym_frame_type;
#define PYM_FRAME_CHECK(o) (PYM_TYPE(o) == &pym_frame_type)
int pym_frame_lineno(PymFrame *f);                 /* current line */
/* frame.f_locals: for function frames a fresh dict snapshot of the fast locals */
PymObject *pym_frame_get_locals(PymFrame *f);

#endif
