/* set.h — set and frozenset: open-addressing hash tables of keys.
 * Invariants: keys are hashable with stored hashes; frozenset is immutable
 * once constructed; sets are tracked by the collector. */
#ifndef PYM_SET_H
#define PYM_SET_H
#include "object.h"

extern PymType pym_set_type, pym_frozenset_type;
#define PYM_ANYSET_CHECK(o) (PYM_OBJECT_TYPE_CHECK(o, &pym_set_type) || PYM_OBJECT_TYPE_CHECK(o, &pym_frozenset_type))
PymObject *pym_set_new(PymObject *iterable);       /* iterable may be NULL */
PymObject *pym_frozenset_new(PymObject *iterable);
int pym_set_add(PymObject *set, PymObject *key);
int pym_set_discard(PymObject *set, PymObject *key); /* 1 found, 0 not, -1 error */
int pym_set_contains(PymObject *set, PymObject *key);
PymSize pym_set_size(PymObject *set);
/* Iterate like pym_dict_next: borrowed key, hash */
int pym_set_next(PymObject *set, PymSize *pos, PymObject **key, PymHash *hash);
int pym_set_update(PymObject *set, PymObject *iterable);

extern PymType pym_set_iter_type;

#endif
