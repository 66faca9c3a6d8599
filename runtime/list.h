/* list.h — list: a growable array of references.
 * Invariants: items[0..size) are non-NULL owned references; allocated ≥
 * size, grown with CPython's over-allocation pattern so that
 * sys.getsizeof figures match CPython 3.11. */
#ifndef PYM_LIST_H
#define PYM_LIST_H
#include "object.h"

typedef struct PymListObject {
    PYM_VAR_HEAD;
    PymObject **items;
    PymSize allocated;
} PymListObject;

extern PymType pym_list_type;
#define PYM_LIST_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_LIST_SUBCLASS)
#define PYM_LIST_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_list_type)
#define PYM_LIST_ITEMS(o) (((PymListObject *)(o))->items)
#define PYM_LIST_SIZE(o) PYM_SIZE(o)
#define PYM_LIST_BORROW_ITEM(o, i) (PYM_LIST_ITEMS(o)[i])

PymObject *pym_list_new(PymSize size);   /* size NULL slots: fill with PYM_LIST_SET_ITEM_STEAL */
#define PYM_LIST_SET_ITEM_STEAL(o, i, v) (PYM_LIST_ITEMS(o)[i] = (v))
int pym_list_append(PymObject *list, PymObject *item);
int pym_list_insert(PymObject *list, PymSize where, PymObject *item);
int pym_list_extend(PymObject *list, PymObject *iterable);
PymObject *pym_list_as_tuple(PymObject *list);
int pym_list_sort(PymObject *list);       /* list.sort() with no key */
int pym_list_reverse(PymObject *list);
PymObject *pym_list_get_slice(PymObject *list, PymSize lo, PymSize hi);
/* list[lo:hi] = value (value NULL deletes), as the slice assignment. */
int pym_list_set_slice(PymObject *list, PymSize lo, PymSize hi, PymObject *value);
/* list.sort(key=key, reverse=reverse); key may be NULL or None. */
int pym_list_sort_ex(PymObject *list, PymObject *key, int reverse);
void pym_list_clear(PymObject *list);
/* list[i] = item (new reference taken by the list, old one released);
 * IndexError "list assignment index out of range". */
int pym_list_set_item(PymObject *list, PymSize i, PymObject *item);

/* iter(list) and reversed(list) */
extern PymType pym_list_iter_type, pym_list_reviter_type;

#endif
