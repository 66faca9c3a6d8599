/* tuple.h — tuple: an immutable fixed-size array of references.
 * Invariants: items are owned and non-NULL once construction is done; the
 * empty tuple is a singleton; a tuple holding only atoms may be untracked
 * by the collector (CPython 3.11's rule). */
#ifndef PYM_TUPLE_H
#define PYM_TUPLE_H
#include "object.h"

typedef struct PymTupleObject {
    PYM_VAR_HEAD;
    PymObject *items[1];
} PymTupleObject;

extern PymType pym_tuple_type;
#define PYM_TUPLE_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_TUPLE_SUBCLASS)
#define PYM_TUPLE_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_tuple_type)
#define PYM_TUPLE_ITEMS(o) (((PymTupleObject *)(o))->items)
#define PYM_TUPLE_SIZE(o) PYM_SIZE(o)
#define PYM_TUPLE_BORROW_ITEM(o, i) (PYM_TUPLE_ITEMS(o)[i])
#define PYM_TUPLE_SET_ITEM_STEAL(o, i, v) (PYM_TUPLE_ITEMS(o)[i] = (v))

PymObject *pym_tuple_new(PymSize size);   /* NULL items to be filled with SET_ITEM_STEAL */
PymObject *pym_tuple_pack(PymSize n, ...); /* n PymObject* (not stolen) */
PymObject *pym_tuple_from_array(PymObject *const *items, PymSize n); /* increfs */
PymObject *pym_tuple_get_slice(PymObject *t, PymSize lo, PymSize hi);
void pym_tuple_maybe_untrack(PymObject *t);
/* Resize a tuple under construction (refcount 1, not yet shared): new
 * slots are NULL, dropped slots released.  On failure *t is released and
 * set to NULL.  The empty tuple becomes a fresh tuple when grown. */
int pym_tuple_resize(PymObject **t, PymSize newsize);
PymHash pym_tuple_hash_items(PymObject *const *items, PymSize n); /* the tuple hash */

extern PymType pym_tuple_iter_type;

#endif
