/* set.c — set and frozenset: CPython 3.11's open-addressing table of
 * {key, hash} entries (linear probing runs of up to 9 slots, then a
 * perturbed jump), and the set iterator.
 *
 * Invariants:
 *  - A slot is unused (key NULL, hash 0), a dummy left by a deletion
 *    (key NULL, hash -1) or active.  fill counts active + dummy slots,
 *    used the active ones.  Tables start with 8 inline slots and grow
 *    when fill * 5 >= mask * 3, to more than 4 * used slots (2 * used
 *    past 50,000), so sys.getsizeof and iteration order match CPython.
 *  - A frozenset never changes after construction; its hash is cached.
 *  - Sets are tracked from creation; dealloc releases keys in slot order.
 */
#include "pym.h"
#include "container_args.h"
#include <string.h>

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    PymObject *key;
    PymHash hash;
} SetEntry;

typedef struct PymSetObject {
    PYM_OBJECT_HEAD;
    PymSize fill;
    PymSize used;
    PymSize mask;
    SetEntry *table;        /* smalltable or a pym_mem block */
    PymHash hash;           /* frozenset only; -1 until computed */
    PymSize finger;         /* where pop() looks first */
    SetEntry smalltable[SET_MINSIZE];
    PymObject *weakreflist;
} PymSetObject;

#define SET(o) ((PymSetObject *)(o))
#define IS_DUMMY(e) ((e)->key == NULL && (e)->hash == -1)
#define IS_UNUSED(e) ((e)->key == NULL && (e)->hash == 0)

static int is_set_type(PymObject *o)
{
    return PYM_OBJECT_TYPE_CHECK(o, &pym_set_type);
}

/* ---- the table ----------------------------------------------------------- */

static inline PymHash set_key_hash(PymObject *key)
{
    if (PYM_STR_CHECK_EXACT(key))
        return pym_str_hash(key);
    return pym_object_hash(key);
}

/* The slot holding key, or the unused slot that ends its probe sequence;
 * NULL on error. */
static SetEntry *set_lookkey(PymSetObject *so, PymObject *key, PymHash hash)
{
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (IS_UNUSED(entry))
                return entry;
            if (entry->hash == hash) {
                PymObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (PYM_STR_CHECK_EXACT(startkey) && PYM_STR_CHECK_EXACT(key)) {
                    if (pym_str_equal(startkey, key))
                        return entry;
                } else {
                    SetEntry *table = so->table;
                    PYM_INCREF(startkey);
                    int cmp = pym_object_richcompare_bool(startkey, key, PYM_EQ);
                    PYM_DECREF(startkey);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert a key known to be absent into a table without dummies. */
static void set_insert_clean(SetEntry *table, size_t mask, PymObject *key, PymHash hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Move to the smallest power-of-two table larger than minused. */
static int set_table_resize(PymSetObject *so, PymSize minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table;
    PymSize oldmask = so->mask;
    int oldtable_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0; /* no dummies to remove */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)CONT_SSIZE_MAX / sizeof(SetEntry)) {
            pym_err_no_memory();
            return -1;
        }
        newtable = pym_mem_malloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            pym_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (PymSize)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (SetEntry *entry = oldtable; entry <= oldtable + oldmask; entry++)
        if (entry->key != NULL)
            set_insert_clean(newtable, newsize - 1, entry->key, entry->hash);
    if (oldtable_malloced)
        pym_mem_free(oldtable);
    return 0;
}

/* Add key (a new reference is taken when it is inserted). */
static int set_add_entry(PymSetObject *so, PymObject *key, PymHash hash)
{
    /* Held across comparisons, which may run arbitrary code. */
    PYM_INCREF(key);
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (IS_UNUSED(entry))
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                PymObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (PYM_STR_CHECK_EXACT(startkey) && PYM_STR_CHECK_EXACT(key)) {
                    if (pym_str_equal(startkey, key))
                        goto found_active;
                } else {
                    SetEntry *table = so->table;
                    PYM_INCREF(startkey);
                    int cmp = pym_object_richcompare_bool(startkey, key, PYM_EQ);
                    PYM_DECREF(startkey);
                    if (cmp > 0)
                        goto found_active;
                    if (cmp < 0)
                        goto comparison_error;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    PYM_DECREF(key);
    return 0;
comparison_error:
    PYM_DECREF(key);
    return -1;
}

static int set_add_key(PymSetObject *so, PymObject *key)
{
    PymHash hash = set_key_hash(key);
    if (hash == -1)
        return -1;
    return set_add_entry(so, key, hash);
}

static int set_contains_entry(PymSetObject *so, PymObject *key, PymHash hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    return entry->key != NULL;
}

/* 1 found and removed, 0 not found, -1 error. */
static int set_discard_entry(PymSetObject *so, PymObject *key, PymHash hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return 0;
    PymObject *old_key = entry->key;
    entry->key = NULL;
    entry->hash = -1;
    so->used--;
    PYM_DECREF(old_key);
    return 1;
}

/* A set key that cannot be hashed is looked up as a frozenset. */
static int retry_as_frozenset(PymObject *key, PymObject **frozen)
{
    *frozen = NULL;
    if (!is_set_type(key) || !pym_err_exception_matches(&pym_exc_TypeError))
        return 0;
    pym_err_clear();
    *frozen = pym_frozenset_new(key);
    return *frozen == NULL ? -1 : 1;
}

static int set_contains_key(PymSetObject *so, PymObject *key)
{
    PymHash hash = set_key_hash(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(so, key, hash);
}

static int set_discard_key(PymSetObject *so, PymObject *key)
{
    PymHash hash = set_key_hash(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(so, key, hash);
}

/* Empty the set first, release the keys after (a __del__ sees it empty). */
static void set_clear_internal(PymSetObject *so)
{
    SetEntry *table = so->table;
    int table_is_malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    PymSize used = so->used, mask = so->mask;
    if (used == 0 && so->fill == 0)
        return;
    if (!table_is_malloced) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = 0;
    so->used = 0;
    so->hash = -1;
    for (SetEntry *entry = table; used > 0 && entry <= table + mask; entry++) {
        if (entry->key != NULL) {
            used--;
            PYM_DECREF(entry->key);
        }
    }
    if (table_is_malloced)
        pym_mem_free(table);
}

/* Iterate active entries: *pos starts at 0. */
static int set_next_entry(PymSetObject *so, PymSize *pos, SetEntry **entry_out)
{
    PymSize i = *pos, mask = so->mask;
    SetEntry *entry = &so->table[i];
    while (i <= mask && entry->key == NULL) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > mask)
        return 0;
    *entry_out = entry;
    return 1;
}

int pym_set_next(PymObject *set, PymSize *pos, PymObject **key, PymHash *hash)
{
    SetEntry *entry;
    if (!PYM_ANYSET_CHECK(set) || !set_next_entry(SET(set), pos, &entry))
        return 0;
    *key = entry->key;
    if (hash)
        *hash = entry->hash;
    return 1;
}

/* so |= other for a set or frozenset other. */
static int set_merge(PymSetObject *so, PymSetObject *other)
{
    if (other == so || other->used == 0)
        return 0;
    /* One resize up front, expecting few overlapping keys. */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0)
            return -1;
    }
    SetEntry *so_entry = so->table, *other_entry = other->table;
    /* Same size, no dummies, we are empty: copy slot for slot. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (PymSize i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key != NULL) {
                so_entry->key = pym_newref(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (PymSize i = other->mask + 1; i > 0; i--, other_entry++) {
            if (other_entry->key != NULL)
                set_insert_clean(so->table, newmask, pym_newref(other_entry->key),
                                 other_entry->hash);
        }
        return 0;
    }
    for (PymSize i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (other_entry->key != NULL && set_add_entry(so, other_entry->key, other_entry->hash))
            return -1;
    }
    return 0;
}

static int set_update_internal(PymSetObject *so, PymObject *other)
{
    if (PYM_ANYSET_CHECK(other))
        return set_merge(so, SET(other));
    if (PYM_DICT_CHECK_EXACT(other)) {
        PymSize dictsize = pym_dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0)
                return -1;
        }
        PymSize pos = 0;
        PymObject *key;
        PymHash hash;
        while (pym_dict_next_hash(other, &pos, &key, NULL, &hash))
            if (set_add_entry(so, key, hash))
                return -1;
        return 0;
    }
    PymObject *it = pym_object_get_iter(other);
    if (it == NULL)
        return -1;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        if (set_add_key(so, key)) {
            PYM_DECREF(it);
            PYM_DECREF(key);
            return -1;
        }
        PYM_DECREF(key);
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

/* ---- construction -------------------------------------------------------- */

static PymObject *make_new_set(PymType *type, PymObject *iterable)
{
    PymSetObject *so = (PymSetObject *)(type == &pym_set_type || type == &pym_frozenset_type
                                            ? pym_gc_alloc(type, sizeof(PymSetObject))
                                            : pym_type_generic_alloc(type, 0));
    if (so == NULL)
        return NULL;
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    if (iterable != NULL && set_update_internal(so, iterable)) {
        PYM_DECREF(so);
        return NULL;
    }
    pym_gc_track((PymObject *)so);
    return (PymObject *)so;
}

/* A new set or frozenset of the base type of `type` (subclasses' results
 * are plain sets/frozensets, as in CPython). */
static PymObject *make_new_set_basetype(PymType *type, PymObject *iterable)
{
    if (type != &pym_set_type && type != &pym_frozenset_type)
        type = pym_type_is_subtype(type, &pym_set_type) ? &pym_set_type : &pym_frozenset_type;
    return make_new_set(type, iterable);
}

PymObject *pym_set_new(PymObject *iterable)
{
    return make_new_set(&pym_set_type, iterable);
}

PymObject *pym_frozenset_new(PymObject *iterable)
{
    if (iterable != NULL && PYM_TYPE(iterable) == &pym_frozenset_type)
        return pym_newref(iterable);
    return make_new_set(&pym_frozenset_type, iterable);
}

int pym_set_add(PymObject *set, PymObject *key)
{
    if (set == NULL || !PYM_ANYSET_CHECK(set)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return set_add_key(SET(set), key);
}

int pym_set_discard(PymObject *set, PymObject *key)
{
    if (set == NULL || !is_set_type(set)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return set_discard_key(SET(set), key);
}

int pym_set_contains(PymObject *set, PymObject *key)
{
    if (set == NULL || !PYM_ANYSET_CHECK(set)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return set_contains_key(SET(set), key);
}

PymSize pym_set_size(PymObject *set)
{
    if (set == NULL || !PYM_ANYSET_CHECK(set)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return SET(set)->used;
}

int pym_set_update(PymObject *set, PymObject *iterable)
{
    if (set == NULL || !PYM_ANYSET_CHECK(set)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return set_update_internal(SET(set), iterable);
}

static void set_dealloc(PymObject *self)
{
    PymSetObject *so = SET(self);
    cont_untrack(self);
    PYM_TRASHCAN_BEGIN(self, set_dealloc)
    if (so->weakreflist != NULL)
        pym_weakref_clear_refs(self);
    PymSize used = so->used;
    for (SetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key != NULL) {
            used--;
            PYM_DECREF(entry->key);
        }
    }
    if (so->table != so->smalltable)
        pym_mem_free(so->table);
    PYM_TYPE(self)->free(self);
    PYM_TRASHCAN_END;
}

static int set_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymSize pos = 0;
    SetEntry *entry;
    while (set_next_entry(SET(self), &pos, &entry))
        CONT_VISIT(entry->key);
    return 0;
}

static int set_tp_clear(PymObject *self)
{
    set_clear_internal(SET(self));
    return 0;
}

/* Exchange the contents of two sets (intersection_update). */
static void set_swap_bodies(PymSetObject *a, PymSetObject *b)
{
    SetEntry tab[SET_MINSIZE];
    PymSize t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    SetEntry *u = a->table;
    if (a->table == a->smalltable)
        u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable)
        a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (PYM_TYPE(a) == &pym_frozenset_type && PYM_TYPE(b) == &pym_frozenset_type) {
        PymHash h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---- set algebra --------------------------------------------------------- */

static PymObject *set_copy(PymObject *so)
{
    return make_new_set_basetype(PYM_TYPE(so), so);
}

static PymObject *set_intersection(PymSetObject *so, PymObject *other)
{
    if ((PymObject *)so == other)
        return set_copy((PymObject *)so);
    PymObject *result = make_new_set_basetype(PYM_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    if (PYM_ANYSET_CHECK(other)) {
        /* Walk the smaller set, probe the larger. */
        if (SET(other)->used > so->used) {
            PymObject *tmp = (PymObject *)so;
            so = SET(other);
            other = tmp;
        }
        PymSize pos = 0;
        SetEntry *entry;
        while (set_next_entry(SET(other), &pos, &entry)) {
            PymObject *key = pym_newref(entry->key);
            PymHash hash = entry->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0)
                rv = set_add_entry(SET(result), key, hash) ? -1 : 0;
            PYM_DECREF(key);
            if (rv < 0) {
                PYM_DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    PymObject *it = pym_object_get_iter(other);
    if (it == NULL) {
        PYM_DECREF(result);
        return NULL;
    }
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        PymHash hash = set_key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = set_add_entry(SET(result), key, hash) ? -1 : 1;
            if (rv > 0 && SET(result)->used >= so->used) {
                PYM_DECREF(key);
                break;
            }
        }
        PYM_DECREF(key);
        if (rv < 0) {
            PYM_DECREF(it);
            PYM_DECREF(result);
            return NULL;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static int set_intersection_update_internal(PymSetObject *so, PymObject *other)
{
    PymObject *tmp = set_intersection(so, other);
    if (tmp == NULL)
        return -1;
    set_swap_bodies(so, SET(tmp));
    PYM_DECREF(tmp);
    return 0;
}

static int set_difference_update_internal(PymSetObject *so, PymObject *other)
{
    if ((PymObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (PYM_ANYSET_CHECK(other)) {
        /* When other is much larger, walk only what we have in common. */
        if ((SET(other)->used >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL)
                return -1;
        } else {
            PYM_INCREF(other);
        }
        PymSize pos = 0;
        SetEntry *entry;
        while (set_next_entry(SET(other), &pos, &entry)) {
            PymObject *key = pym_newref(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            PYM_DECREF(key);
            if (rv < 0) {
                PYM_DECREF(other);
                return -1;
            }
        }
        PYM_DECREF(other);
    } else {
        PymObject *it = pym_object_get_iter(other);
        if (it == NULL)
            return -1;
        PymObject *key;
        while ((key = pym_iter_next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            PYM_DECREF(key);
            if (rv < 0) {
                PYM_DECREF(it);
                return -1;
            }
        }
        PYM_DECREF(it);
        if (pym_err_occurred())
            return -1;
    }
    /* More than a quarter dummies: squeeze them out. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static PymObject *set_copy_and_difference(PymSetObject *so, PymObject *other)
{
    PymObject *result = set_copy((PymObject *)so);
    if (result == NULL)
        return NULL;
    if (set_difference_update_internal(SET(result), other) == 0)
        return result;
    PYM_DECREF(result);
    return NULL;
}

static PymObject *set_difference(PymSetObject *so, PymObject *other)
{
    PymSize other_size;
    if (PYM_ANYSET_CHECK(other))
        other_size = SET(other)->used;
    else if (PYM_DICT_CHECK_EXACT(other))
        other_size = pym_dict_size(other);
    else
        return set_copy_and_difference(so, other);
    /* Much bigger than other: copying and removing is cheaper. */
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(so, other);
    PymObject *result = make_new_set_basetype(PYM_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    int other_is_dict = PYM_DICT_CHECK_EXACT(other);
    PymSize pos = 0;
    SetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        PymObject *key = pym_newref(entry->key);
        PymHash hash = entry->hash;
        int rv = other_is_dict ? pym_dict_contains_known_hash(other, key, hash)
                               : set_contains_entry(SET(other), key, hash);
        if (rv == 0)
            rv = set_add_entry(SET(result), key, hash) ? -1 : 0;
        PYM_DECREF(key);
        if (rv < 0) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update_internal(PymSetObject *so, PymObject *other)
{
    if ((PymObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (PYM_DICT_CHECK_EXACT(other)) {
        PymSize pos = 0;
        PymObject *key;
        PymHash hash;
        while (pym_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            PYM_INCREF(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv == 0)
                rv = set_add_entry(so, key, hash) ? -1 : 0;
            PYM_DECREF(key);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    PymObject *otherset;
    if (PYM_ANYSET_CHECK(other)) {
        otherset = pym_newref(other);
    } else {
        otherset = make_new_set_basetype(PYM_TYPE(so), other);
        if (otherset == NULL)
            return -1;
    }
    PymSize pos = 0;
    SetEntry *entry;
    while (set_next_entry(SET(otherset), &pos, &entry)) {
        PymObject *key = pym_newref(entry->key);
        PymHash hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0)
            rv = set_add_entry(so, key, hash) ? -1 : 0;
        PYM_DECREF(key);
        if (rv < 0) {
            PYM_DECREF(otherset);
            return -1;
        }
    }
    PYM_DECREF(otherset);
    return 0;
}

static PymObject *set_symmetric_difference(PymSetObject *so, PymObject *other)
{
    PymObject *otherset = make_new_set_basetype(PYM_TYPE(so), other);
    if (otherset == NULL)
        return NULL;
    if (set_symmetric_difference_update_internal(SET(otherset), (PymObject *)so) < 0) {
        PYM_DECREF(otherset);
        return NULL;
    }
    return otherset;
}

/* 1, 0 or -1 */
static int set_issubset_internal(PymSetObject *so, PymObject *other)
{
    if (!PYM_ANYSET_CHECK(other)) {
        PymObject *tmp = pym_set_new(other);
        if (tmp == NULL)
            return -1;
        int r = set_issubset_internal(so, tmp);
        PYM_DECREF(tmp);
        return r;
    }
    if (so->used > SET(other)->used)
        return 0;
    PymSize pos = 0;
    SetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        PymObject *key = pym_newref(entry->key);
        int rv = set_contains_entry(SET(other), key, entry->hash);
        PYM_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int set_issuperset_internal(PymSetObject *so, PymObject *other)
{
    if (PYM_ANYSET_CHECK(other))
        return set_issubset_internal(SET(other), (PymObject *)so);
    PymObject *it = pym_object_get_iter(other);
    if (it == NULL)
        return -1;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        PYM_DECREF(key);
        if (rv <= 0) {
            PYM_DECREF(it);
            return rv;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 1;
}

static PymObject *bool_or_null(int r)
{
    return r < 0 ? NULL : pym_bool_from(r);
}

/* ---- methods ------------------------------------------------------------- */

static PymObject *set_add_meth(PymObject *self, PymObject *key)
{
    if (set_add_key(SET(self), key))
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *set_clear_meth(PymObject *self, PymObject *unused)
{
    set_clear_internal(SET(self));
    PYM_RETURN_NONE;
}

static PymObject *set_copy_meth(PymObject *self, PymObject *unused)
{
    return set_copy(self);
}

static PymObject *frozenset_copy_meth(PymObject *self, PymObject *unused)
{
    if (PYM_TYPE(self) == &pym_frozenset_type)
        return pym_newref(self);
    return set_copy(self);
}

static PymObject *set_discard_meth(PymObject *self, PymObject *key)
{
    int rv = set_discard_key(SET(self), key);
    if (rv < 0) {
        PymObject *frozen;
        if (retry_as_frozenset(key, &frozen) <= 0)
            return NULL;
        rv = set_discard_key(SET(self), frozen);
        PYM_DECREF(frozen);
        if (rv < 0)
            return NULL;
    }
    PYM_RETURN_NONE;
}

static PymObject *set_remove_meth(PymObject *self, PymObject *key)
{
    int rv = set_discard_key(SET(self), key);
    if (rv < 0) {
        PymObject *frozen;
        if (retry_as_frozenset(key, &frozen) <= 0)
            return NULL;
        rv = set_discard_key(SET(self), frozen);
        PYM_DECREF(frozen);
        if (rv < 0)
            return NULL;
    }
    if (rv == 0) {
        PymObject *exc = pym_exception_new(&pym_exc_KeyError, &key, 1);
        if (exc != NULL) {
            pym_err_set_object(&pym_exc_KeyError, exc);
            PYM_DECREF(exc);
        }
        return NULL;
    }
    PYM_RETURN_NONE;
}

static PymObject *set_pop_meth(PymObject *self, PymObject *unused)
{
    PymSetObject *so = SET(self);
    if (so->used == 0) {
        pym_err_set_string(&pym_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (entry->key == NULL) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    PymObject *key = entry->key;
    entry->key = NULL;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static PymObject *set_update_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    for (PymSize i = 0; i < nargs; i++)
        if (set_update_internal(SET(self), args[i]))
            return NULL;
    PYM_RETURN_NONE;
}

static PymObject *set_union_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymObject *result = set_copy(self);
    if (result == NULL)
        return NULL;
    for (PymSize i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal(SET(result), args[i])) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PymObject *set_intersection_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs == 0)
        return set_copy(self);
    PymObject *result = pym_newref(self);
    for (PymSize i = 0; i < nargs; i++) {
        PymObject *next = set_intersection(SET(result), args[i]);
        PYM_DECREF(result);
        if (next == NULL)
            return NULL;
        result = next;
    }
    return result;
}

static PymObject *set_intersection_update_meth(PymObject *self, PymObject *const *args,
                                               PymSize nargs)
{
    PymObject *tmp = set_intersection_meth(self, args, nargs);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies(SET(self), SET(tmp));
    PYM_DECREF(tmp);
    PYM_RETURN_NONE;
}

static PymObject *set_difference_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs == 0)
        return set_copy(self);
    PymObject *result = set_difference(SET(self), args[0]);
    if (result == NULL)
        return NULL;
    for (PymSize i = 1; i < nargs; i++) {
        if (set_difference_update_internal(SET(result), args[i])) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PymObject *set_difference_update_meth(PymObject *self, PymObject *const *args,
                                             PymSize nargs)
{
    for (PymSize i = 0; i < nargs; i++)
        if (set_difference_update_internal(SET(self), args[i]))
            return NULL;
    PYM_RETURN_NONE;
}

static PymObject *set_symmetric_difference_meth(PymObject *self, PymObject *other)
{
    return set_symmetric_difference(SET(self), other);
}

static PymObject *set_symmetric_difference_update_meth(PymObject *self, PymObject *other)
{
    if (set_symmetric_difference_update_internal(SET(self), other) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *set_issubset_meth(PymObject *self, PymObject *other)
{
    return bool_or_null(set_issubset_internal(SET(self), other));
}

static PymObject *set_issuperset_meth(PymObject *self, PymObject *other)
{
    return bool_or_null(set_issuperset_internal(SET(self), other));
}

static PymObject *set_isdisjoint_meth(PymObject *self, PymObject *other)
{
    PymSetObject *so = SET(self);
    if (self == other)
        return pym_bool_from(so->used == 0);
    if (PYM_ANYSET_CHECK(other)) {
        PymSetObject *small = so, *big = SET(other);
        if (big->used < small->used) {
            small = SET(other);
            big = so;
        }
        PymSize pos = 0;
        SetEntry *entry;
        while (set_next_entry(small, &pos, &entry)) {
            PymObject *key = pym_newref(entry->key);
            int rv = set_contains_entry(big, key, entry->hash);
            PYM_DECREF(key);
            if (rv != 0)
                return rv < 0 ? NULL : pym_bool_from(0);
        }
        PYM_RETURN_TRUE;
    }
    PymObject *it = pym_object_get_iter(other);
    if (it == NULL)
        return NULL;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        PYM_DECREF(key);
        if (rv != 0) {
            PYM_DECREF(it);
            return rv < 0 ? NULL : pym_bool_from(0);
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred())
        return NULL;
    PYM_RETURN_TRUE;
}

static PymObject *set_sizeof_meth(PymObject *self, PymObject *unused)
{
    PymSetObject *so = SET(self);
    PymSize size = PYM_TYPE(self)->basicsize;
    if (so->table != so->smalltable)
        size += (so->mask + 1) * (PymSize)sizeof(SetEntry);
    return pym_int_from_ssize(size);
}

static PymObject *set_contains_meth(PymObject *self, PymObject *key);

/* ---- operators ----------------------------------------------------------- */

static PymObject *set_or(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    PymObject *result = set_copy(a);
    if (result == NULL)
        return NULL;
    if (a == b)
        return result;
    if (set_update_internal(SET(result), b)) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static PymObject *set_and(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    return set_intersection(SET(a), b);
}

static PymObject *set_sub(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    return set_difference(SET(a), b);
}

static PymObject *set_xor(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference(SET(a), b);
}

static PymObject *set_ior(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    if (set_update_internal(SET(a), b))
        return NULL;
    return pym_newref(a);
}

static PymObject *set_iand(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    if (set_intersection_update_internal(SET(a), b) < 0)
        return NULL;
    return pym_newref(a);
}

static PymObject *set_isub(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    if (set_difference_update_internal(SET(a), b))
        return NULL;
    return pym_newref(a);
}

static PymObject *set_ixor(PymObject *a, PymObject *b)
{
    if (!PYM_ANYSET_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    if (set_symmetric_difference_update_internal(SET(a), b) < 0)
        return NULL;
    return pym_newref(a);
}

static PymObject *set_richcompare(PymObject *v, PymObject *w, int op)
{
    if (!PYM_ANYSET_CHECK(w))
        PYM_RETURN_NOTIMPLEMENTED;
    PymSetObject *a = SET(v), *b = SET(w);
    switch (op) {
    case PYM_EQ:
        if (a->used != b->used)
            PYM_RETURN_FALSE;
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            PYM_RETURN_FALSE;
        return bool_or_null(set_issubset_internal(a, w));
    case PYM_NE: {
        PymObject *eq = set_richcompare(v, w, PYM_EQ);
        if (eq == NULL)
            return NULL;
        int r = eq == PYM_FALSE;
        PYM_DECREF(eq);
        return pym_bool_from(r);
    }
    case PYM_LE:
        return bool_or_null(set_issubset_internal(a, w));
    case PYM_GE:
        return bool_or_null(set_issuperset_internal(a, w));
    case PYM_LT:
        if (a->used >= b->used)
            PYM_RETURN_FALSE;
        return bool_or_null(set_issubset_internal(a, w));
    case PYM_GT:
        if (a->used <= b->used)
            PYM_RETURN_FALSE;
        return bool_or_null(set_issuperset_internal(a, w));
    }
    PYM_RETURN_NOTIMPLEMENTED;
}

static PymSize set_length(PymObject *self)
{
    return SET(self)->used;
}

static int set_sq_contains(PymObject *self, PymObject *key)
{
    int rv = set_contains_key(SET(self), key);
    if (rv < 0) {
        PymObject *frozen;
        if (retry_as_frozenset(key, &frozen) <= 0)
            return -1;
        rv = set_contains_key(SET(self), frozen);
        PYM_DECREF(frozen);
    }
    return rv;
}

static PymObject *set_contains_meth(PymObject *self, PymObject *key)
{
    return bool_or_null(set_sq_contains(self, key));
}

/* ---- repr and hash ------------------------------------------------------- */

static PymObject *set_repr(PymObject *self)
{
    PymSetObject *so = SET(self);
    const char *name = PYM_TYPE_NAME(self);
    if (so->used == 0)
        return pym_str_from_format("%s()", name);
    int r = pym_repr_enter(self);
    if (r != 0)
        return r > 0 ? pym_str_from_format("%s(...)", name) : NULL;
    PymObject *result = NULL;
    PymObject *keys = pym_sequence_list(self);
    if (keys != NULL) {
        PymObject *listrepr = pym_object_repr(keys);
        PYM_DECREF(keys);
        if (listrepr != NULL) {
            PymObject *inner = pym_str_substring(listrepr, 1, pym_str_length(listrepr) - 1);
            PYM_DECREF(listrepr);
            if (inner != NULL) {
                if (PYM_TYPE(self) == &pym_set_type)
                    result = pym_str_from_format("{%U}", inner);
                else
                    result = pym_str_from_format("%s({%U})", name, inner);
                PYM_DECREF(inner);
            }
        }
    }
    pym_repr_leave(self);
    return result;
}

/* Spreads the bits of each entry's hash before they are xor-ed together,
 * so that nested frozensets and small ints do not cancel out. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython's frozenset hash: the xor of every active entry's shuffled hash,
 * then mixed with the size; order-independent. */
static PymHash frozenset_hash(PymObject *self)
{
    PymSetObject *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (SetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++)
        if (entry->key != NULL)
            hash ^= shuffle_bits((uint64_t)entry->hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (PymHash)hash;
    return so->hash;
}

/* ---- construction slots --------------------------------------------------- */

static PymObject *set_new(PymType *type, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames)
{
    if (type == &pym_set_type && cont_no_kwargs("set", kwnames) < 0)
        return NULL;
    return make_new_set(type, NULL);
}

static int set_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (cont_no_kwargs("set", kwnames) < 0)
        return -1;
    if (cont_check_positional(PYM_TYPE(self)->name, nargs, 0, 1) < 0)
        return -1;
    PymSetObject *so = SET(self);
    if (so->fill)
        set_clear_internal(so);
    so->hash = -1;
    if (nargs == 0)
        return 0;
    return set_update_internal(so, args[0]);
}

static PymObject *frozenset_new(PymType *type, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    if (type == &pym_frozenset_type && cont_no_kwargs("frozenset", kwnames) < 0)
        return NULL;
    if (cont_check_positional(type->name, nargs, 0, 1) < 0)
        return NULL;
    PymObject *iterable = nargs ? args[0] : NULL;
    if (type == &pym_frozenset_type && iterable != NULL &&
        PYM_TYPE(iterable) == &pym_frozenset_type)
        return pym_newref(iterable);
    return make_new_set(type, iterable);
}

static PymObject *set_iter(PymObject *self);

static PymNumberMethods set_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
    .inplace_subtract = set_isub,
    .inplace_and = set_iand,
    .inplace_xor = set_ixor,
    .inplace_or = set_ior,
};

static PymNumberMethods frozenset_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
};

static PymSequenceMethods set_as_sequence = {
    .length = set_length,
    .contains = set_sq_contains,
};

static PymMethodDef set_methods[] = {
    PYM_METHOD("add", set_add_meth, PYM_METH_O),
    PYM_METHOD("clear", set_clear_meth, PYM_METH_NOARGS),
    PYM_METHOD("__contains__", set_contains_meth, PYM_METH_O),
    PYM_METHOD("copy", set_copy_meth, PYM_METH_NOARGS),
    PYM_METHOD("discard", set_discard_meth, PYM_METH_O),
    PYM_METHOD("difference", set_difference_meth, PYM_METH_FASTCALL),
    PYM_METHOD("difference_update", set_difference_update_meth, PYM_METH_FASTCALL),
    PYM_METHOD("intersection", set_intersection_meth, PYM_METH_FASTCALL),
    PYM_METHOD("intersection_update", set_intersection_update_meth, PYM_METH_FASTCALL),
    PYM_METHOD("isdisjoint", set_isdisjoint_meth, PYM_METH_O),
    PYM_METHOD("issubset", set_issubset_meth, PYM_METH_O),
    PYM_METHOD("issuperset", set_issuperset_meth, PYM_METH_O),
    PYM_METHOD("pop", set_pop_meth, PYM_METH_NOARGS),
    PYM_METHOD("remove", set_remove_meth, PYM_METH_O),
    PYM_METHOD("__sizeof__", set_sizeof_meth, PYM_METH_NOARGS),
    PYM_METHOD("symmetric_difference", set_symmetric_difference_meth, PYM_METH_O),
    PYM_METHOD("symmetric_difference_update", set_symmetric_difference_update_meth, PYM_METH_O),
    PYM_METHOD("union", set_union_meth, PYM_METH_FASTCALL),
    PYM_METHOD("update", set_update_meth, PYM_METH_FASTCALL),
    PYM_METHOD_END,
};

static PymMethodDef frozenset_methods[] = {
    PYM_METHOD("__contains__", set_contains_meth, PYM_METH_O),
    PYM_METHOD("copy", frozenset_copy_meth, PYM_METH_NOARGS),
    PYM_METHOD("difference", set_difference_meth, PYM_METH_FASTCALL),
    PYM_METHOD("intersection", set_intersection_meth, PYM_METH_FASTCALL),
    PYM_METHOD("isdisjoint", set_isdisjoint_meth, PYM_METH_O),
    PYM_METHOD("issubset", set_issubset_meth, PYM_METH_O),
    PYM_METHOD("issuperset", set_issuperset_meth, PYM_METH_O),
    PYM_METHOD("__sizeof__", set_sizeof_meth, PYM_METH_NOARGS),
    PYM_METHOD("symmetric_difference", set_symmetric_difference_meth, PYM_METH_O),
    PYM_METHOD("union", set_union_meth, PYM_METH_FASTCALL),
    PYM_METHOD_END,
};

PymType pym_set_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "set",
    .basicsize = sizeof(PymSetObject),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .free = pym_gc_free,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = set_methods,
    .weaklistoffset = offsetof(PymSetObject, weakreflist),
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
};

PymType pym_frozenset_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "frozenset",
    .basicsize = sizeof(PymSetObject),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .free = pym_gc_free,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .methods = frozenset_methods,
    .weaklistoffset = offsetof(PymSetObject, weakreflist),
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
};

/* ---- iterator ------------------------------------------------------------ */

typedef struct SetIterObject {
    PYM_OBJECT_HEAD;
    PymObject *set;     /* NULL when exhausted */
    PymSize used;       /* the set's size at creation (-1 once it changed) */
    PymSize pos;
    PymSize len;
} SetIterObject;

static PymObject *set_iter(PymObject *self)
{
    SetIterObject *si = (SetIterObject *)pym_gc_alloc(&pym_set_iter_type, sizeof(SetIterObject));
    if (si == NULL)
        return NULL;
    si->set = pym_newref(self);
    si->used = SET(self)->used;
    si->pos = 0;
    si->len = SET(self)->used;
    pym_gc_track((PymObject *)si);
    return (PymObject *)si;
}

static void setiter_dealloc(PymObject *self)
{
    cont_untrack(self);
    PYM_XDECREF(((SetIterObject *)self)->set);
    PYM_TYPE(self)->free(self);
}

static int setiter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CONT_VISIT(((SetIterObject *)self)->set);
    return 0;
}

static int setiter_clear(PymObject *self)
{
    PYM_CLEAR(((SetIterObject *)self)->set);
    return 0;
}

static PymObject *setiter_next(PymObject *self)
{
    SetIterObject *si = (SetIterObject *)self;
    PymObject *set = si->set;
    if (set == NULL)
        return NULL;
    PymSetObject *so = SET(set);
    if (si->used != so->used) {
        pym_err_set_string(&pym_exc_RuntimeError, "Set changed size during iteration");
        si->used = -1; /* sticky */
        return NULL;
    }
    PymSize i = si->pos, mask = so->mask;
    while (i <= mask && so->table[i].key == NULL)
        i++;
    si->pos = i + 1;
    if (i > mask) {
        si->set = NULL;
        PYM_DECREF(set);
        return NULL;
    }
    si->len--;
    return pym_newref(so->table[i].key);
}

static PymObject *setiter_length_hint(PymObject *self, PymObject *unused)
{
    SetIterObject *si = (SetIterObject *)self;
    PymSize len = 0;
    if (si->set != NULL && si->used == SET(si->set)->used)
        len = si->len;
    return pym_int_from_ssize(len);
}

static PymMethodDef setiter_methods[] = {
    PYM_METHOD("__length_hint__", setiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_set_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = setiter_dealloc,
    .iter = cont_self_iter,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .free = pym_gc_free,
    .methods = setiter_methods,
};
