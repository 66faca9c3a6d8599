/* dict.h — dict: an insertion-ordered hash table (CPython's compact
 * layout: a sparse index array into a dense entry array).
 * Invariants: entries keep insertion order; deleted entries are dummies
 * until the next resize; keys are hashable and their hash is stored; a
 * dict is tracked by the collector once it may hold a container. */
#ifndef PYM_DICT_H
#define PYM_DICT_H
#include "object.h"

typedef struct PymDictKeys PymDictKeys; /* the table; private to dict.c */

/* 48 bytes as CPython's PyDictObject, so sys.getsizeof({}) == 64. */
typedef struct PymDictObject {
    PYM_OBJECT_HEAD;
    PymSize used;            /* live items */
    uint64_t version;        /* changes on every mutation; unique across dicts */
    PymDictKeys *keys;
    /* Borrowed: the class instance whose attributes this dict holds while
     * CPython 3.11 would keep them inline in the instance — as long as the
     * dict has not been handed to Python code (__dict__, vars(), dir()).
     * The collector then reports the instance, not the dict, as CPython
     * does.  NULL for every other dict. */
    PymObject *inline_owner;
} PymDictObject;

extern PymType pym_dict_type;
extern PymType pym_dict_keys_type, pym_dict_values_type, pym_dict_items_type;
extern PymType pym_dict_keyiter_type, pym_dict_valueiter_type, pym_dict_itemiter_type,
    pym_dict_revkeyiter_type, pym_dict_revvalueiter_type, pym_dict_revitemiter_type;
#define PYM_DICT_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_DICT_SUBCLASS)
#define PYM_DICT_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_dict_type)

PymObject *pym_dict_new(void);

static inline PymObject *pym_dict_inline_owner_borrow(PymObject *o)
{
    return PYM_DICT_CHECK_EXACT(o) ? ((PymDictObject *)o)->inline_owner : NULL;
}
/* The dict reaches Python code: from now on it is an object of its own
 * (and counts as an allocation, as CPython makes the dict at this point). */
void pym_dict_expose(PymObject *o);
/* A new dict holding the attributes of `owner` while they would be inline:
 * not counted as a generation-0 allocation until exposed. */
PymObject *pym_dict_new_inline_attributes(PymObject *owner);
/* Borrowed value or NULL.  NULL with no exception: missing key; NULL with an
 * exception: hashing/comparison failed (check pym_err_occurred). */
PymObject *pym_dict_getitem_borrow(PymObject *d, PymObject *key);
PymObject *pym_dict_getitem_str_borrow(PymObject *d, const char *key);
PymObject *pym_dict_getitem_known_hash_borrow(PymObject *d, PymObject *key, PymHash hash);
int pym_dict_setitem(PymObject *d, PymObject *key, PymObject *value);   /* increfs both */
int pym_dict_setitem_str(PymObject *d, const char *key, PymObject *value);
int pym_dict_delitem(PymObject *d, PymObject *key);   /* KeyError if missing */
int pym_dict_delitem_str(PymObject *d, const char *key);
int pym_dict_contains(PymObject *d, PymObject *key);  /* 1/0/-1 */
/* Iterate: pos starts at 0; returns 1 with borrowed key/value, 0 at end. */
int pym_dict_next(PymObject *d, PymSize *pos, PymObject **key, PymObject **value);
PymSize pym_dict_size(PymObject *d);
PymObject *pym_dict_keys(PymObject *d);    /* list */
PymObject *pym_dict_values(PymObject *d);  /* list */
PymObject *pym_dict_items(PymObject *d);   /* list of tuples */
PymObject *pym_dict_copy(PymObject *d);
int pym_dict_update(PymObject *d, PymObject *other);   /* mapping or iterable of pairs */
int pym_dict_merge(PymObject *d, PymObject *other, int override);
void pym_dict_clear(PymObject *d);
/* d.setdefault(key, default): borrowed result */
PymObject *pym_dict_setdefault_borrow(PymObject *d, PymObject *key, PymObject *default_value);
/* d.pop(key) as new ref; NULL without exception if missing */
PymObject *pym_dict_pop_or_null(PymObject *d, PymObject *key);

/* A version tag for caches (LOAD_GLOBAL …): equal tags mean no change. */
static inline uint64_t pym_dict_version(PymObject *d) { return ((PymDictObject *)d)->version; }
/* A dict with room for n items without resizing (CPython's
 * _PyDict_NewPresized). */
PymObject *pym_dict_new_presized(PymSize n);
/* BUILD_MAP / BUILD_CONST_KEY_MAP: n pairs keys[i*key_stride],
 * values[i*value_stride], sized as CPython 3.11's _PyDict_FromItems so
 * that sys.getsizeof of dict displays matches. */
PymObject *pym_dict_from_items(PymObject *const *keys, PymSize key_stride,
                               PymObject *const *values, PymSize value_stride, PymSize n);
PymObject *pym_dict_getitem_str_obj_borrow(PymObject *d, PymObject *str_key); /* exact-str fast path */
/* The VM's attribute caches: d an exact dict or subclass instance, str_key an exact
 * str; *hint is an entry index to try first (any value is safe), updated to
 * where the key was found.  Lookups never raise: NULL means absent (or,
 * for a table with non-str keys, maybe an error: check pym_err_occurred). */
PymObject *pym_dict_getitem_str_hinted_borrow(PymObject *d, PymObject *str_key, PymSize *hint);
int pym_dict_setitem_str_hinted(PymObject *d, PymObject *str_key, PymObject *value, PymSize *hint);
int pym_dict_setitem_known_hash(PymObject *d, PymObject *key, PymHash hash, PymObject *value);
int pym_dict_contains_known_hash(PymObject *d, PymObject *key, PymHash hash);
/* Like pym_dict_next, also giving the stored hash. */
int pym_dict_next_hash(PymObject *d, PymSize *pos, PymObject **key, PymObject **value,
                       PymHash *hash);
/* The collector's rule (CPython 3.11): untrack a dict holding nothing that
 * could be part of a cycle. */
void pym_dict_maybe_untrack(PymObject *d);
/* d.update(other) as the method: dicts, objects with keys(), iterables of
 * pairs; d |= other. */
int pym_dict_update_arg(PymObject *d, PymObject *other);

#endif
