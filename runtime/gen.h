/* gen.h — generators (and the generator objects of generator expressions).
 * Invariants: a generator owns its frame until it finishes; running is
 * set while its frame executes (re-entry raises "generator already
 * executing"); a finished generator has frame NULL. */
#ifndef PYM_GEN_H
#define PYM_GEN_H
#include "object.h"

typedef struct PymGenObject {
    PYM_OBJECT_HEAD;
    struct PymFrame *frame;     /* owned; NULL once finished */
    PymObject *name, *qualname;
    PymObject *yieldfrom;       /* sub-iterator of a yield from, or NULL */
    PymObject *weakreflist;
    char running;
} PymGenObject;

extern PymType pym_gen_type;
#define PYM_GEN_CHECK(o) (PYM_TYPE(o) == &pym_gen_type)
PymObject *pym_gen_new(struct PymFrame *frame_steal, PymObject *name, PymObject *qualname);
/* gen.send(v); NULL at exhaustion with StopIteration(value) raised. */
PymObject *pym_gen_send(PymObject *gen, PymObject *value);

#endif
