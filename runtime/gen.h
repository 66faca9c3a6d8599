/* gen.h — generators (and the generator objects of generator expressions).
 * Invariants: a generator owns its frame until it finishes; running is
 * set while its frame executes (re-entry raises "generator already
 * executing"); a finished generator has frame NULL.
 *
 * Handled-exception state (sys.exc_info() inside generators, as CPython's
 * gi_exc_state): while suspended, exc_state is the exception the
 * generator's own except block is handling (or NULL).  While running,
 * caller_handled holds the resumer's handled exception and exc_own says
 * whether pym_tstate.handled_exc currently is the generator's own (1) or
 * the inherited caller's one (0); PUSH_EXC_INFO / POP_EXCEPT in the
 * generator's frame maintain it. */
#ifndef PYM_GEN_H
#define PYM_GEN_H
#include "object.h"

typedef struct PymGenObject {
    PYM_OBJECT_HEAD;
    struct PymFrame *frame;     /* owned; NULL once finished */
    PymObject *name, *qualname;
    PymObject *yieldfrom;       /* unused: gi_yieldfrom is computed from the frame */
    PymObject *weakreflist;
    char running;
    char exc_own;               /* see above */
    PymObject *code;            /* gi_code, kept after the frame is gone */
    PymObject *exc_state;       /* own handled exception while suspended, or NULL */
    PymObject *caller_handled;  /* while running: the resumer's handled exception */
} PymGenObject;

extern PymType pym_gen_type;
#define PYM_GEN_CHECK(o) (PYM_TYPE(o) == &pym_gen_type)
PymObject *pym_gen_new(struct PymFrame *frame_steal, PymObject *name, PymObject *qualname);
/* gen.send(v); NULL at exhaustion with StopIteration(value) raised. */
PymObject *pym_gen_send(PymObject *gen, PymObject *value);

/* The SEND protocol without StopIteration objects: resume with value and
 * report PYM_GEN_NEXT (*result = yielded value), PYM_GEN_RETURN
 * (*result = return value) or PYM_GEN_ERROR (*result NULL, exception set). */
enum { PYM_GEN_ERROR = -1, PYM_GEN_RETURN = 0, PYM_GEN_NEXT = 1 };
int pym_gen_send_ex(PymObject *gen, PymObject *value, PymObject **result);

#endif
