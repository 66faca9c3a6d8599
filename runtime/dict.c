/* dict.c — the dict type: CPython 3.11's compact, insertion-ordered hash
 * table (layout in dict_internal.h) and the dict methods.  Views and
 * iterators are in dictviews.c.
 *
 * Invariants:
 *  - keys is never NULL: an empty dict shares the static EMPTY_KEYS table.
 *  - Sizes follow CPython 3.11 exactly (sys.getsizeof: 48 + 16 + the table
 *    when it is not the shared empty one): a first insertion makes an
 *    8-slot table, growth is to calculate_log2_keysize(3 * used), the
 *    table kind is "unicode" while every key is an exact str.
 *  - A dict starts untracked and is tracked by the collector as soon as a
 *    key or value that could be part of a cycle is stored (CPython's
 *    MAINTAIN_TRACKING); subclass instances are tracked from birth.
 *  - version changes on every mutation (global counter), for caches.
 *  - Dealloc releases key then value, entry by entry in insertion order.
 */
#include "pym.h"
#include "container_args.h"
#include "dict_internal.h"
#include <string.h>

#define PERTURB_SHIFT 5
#define LOG_MINSIZE 3
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define DK_SIZE(dk) ((PymSize)1 << (dk)->log2_size)
#define DK_MASK(dk) (((size_t)1 << (dk)->log2_size) - 1)

static uint64_t dict_version_counter;
#define NEXT_VERSION() (++dict_version_counter)

/* The shared table of empty dicts: one EMPTY slot, no room. */
static struct {
    PymDictKeys keys;
    int8_t indices[8];
} empty_keys_storage = {
    {1, 0, 0, DICT_KEYS_UNICODE, 0, 0, 0, 0},
    {DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY,
     DKIX_EMPTY},
};
#define EMPTY_KEYS (&empty_keys_storage.keys)

/* ---- the index array ----------------------------------------------------- */

static inline PymSize dk_get_index(PymDictKeys *dk, size_t i)
{
    uint8_t log2 = dk->log2_size;
    const char *ix = dk_indices(dk);
    if (log2 < 8)
        return ((const int8_t *)ix)[i];
    if (log2 < 16)
        return ((const int16_t *)ix)[i];
    if (log2 < 32)
        return ((const int32_t *)ix)[i];
    return (PymSize)((const int64_t *)ix)[i];
}

static inline void dk_set_index(PymDictKeys *dk, size_t i, PymSize ix)
{
    uint8_t log2 = dk->log2_size;
    char *p = dk_indices(dk);
    if (log2 < 8)
        ((int8_t *)p)[i] = (int8_t)ix;
    else if (log2 < 16)
        ((int16_t *)p)[i] = (int16_t)ix;
    else if (log2 < 32)
        ((int32_t *)p)[i] = (int32_t)ix;
    else
        ((int64_t *)p)[i] = (int64_t)ix;
}

/* CPython 3.11's sizing: the log2 of the table for at least minsize slots,
 * computed as bit_length(((minsize | 8) - 1) | 7) (which also gives 16
 * slots for minsize 1..7 when growing). */
static uint8_t calculate_log2_keysize(PymSize minsize)
{
    size_t m = (((size_t)minsize | 8) - 1) | 7;
    return (uint8_t)(64 - __builtin_clzll((unsigned long long)m));
}

/* Room for n items without a resize. */
static uint8_t estimate_log2_keysize(PymSize n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

static size_t keys_nbytes(uint8_t log2_index_bytes, PymSize usable, int kind)
{
    size_t entry = kind == DICT_KEYS_UNICODE ? sizeof(DictStrEntry) : sizeof(DictGeneralEntry);
    return sizeof(PymDictKeys) + ((size_t)1 << log2_index_bytes) + (size_t)usable * entry;
}

static size_t keys_size(PymDictKeys *dk)
{
    return keys_nbytes(dk->log2_index_bytes, USABLE_FRACTION(DK_SIZE(dk)), dk->kind);
}

static PymDictKeys *new_keys(uint8_t log2_size, int unicode)
{
    if (log2_size >= 8 * sizeof(PymSize) - 2) {
        pym_err_no_memory();
        return NULL;
    }
    uint8_t log2_bytes = log2_size;
    if (log2_size >= 8)
        log2_bytes += log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    PymSize usable = USABLE_FRACTION((PymSize)1 << log2_size);
    int kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    size_t nbytes = keys_nbytes(log2_bytes, usable, kind);
    PymDictKeys *dk = pym_mem_malloc(nbytes);
    if (dk == NULL) {
        pym_err_no_memory();
        return NULL;
    }
    dk->refcnt = 1;
    dk->log2_size = log2_size;
    dk->log2_index_bytes = log2_bytes;
    dk->kind = (uint8_t)kind;
    dk->pad_ = 0;
    dk->unused_ = 0;
    dk->usable = usable;
    dk->nentries = 0;
    memset(dk_indices(dk), 0xff, (size_t)1 << log2_bytes);
    memset(dk_entries(dk), 0, nbytes - sizeof(PymDictKeys) - ((size_t)1 << log2_bytes));
    return dk;
}

/* Release a table and the references its live entries hold, in order. */
static void free_keys(PymDictKeys *dk)
{
    if (dk == EMPTY_KEYS)
        return;
    PymSize n = dk->nentries;
    if (dk->kind == DICT_KEYS_UNICODE) {
        DictStrEntry *ep = dk_str_entries(dk);
        for (PymSize i = 0; i < n; i++) {
            PYM_XDECREF(ep[i].key);
            PYM_XDECREF(ep[i].value);
        }
    } else {
        DictGeneralEntry *ep = dk_general_entries(dk);
        for (PymSize i = 0; i < n; i++) {
            PYM_XDECREF(ep[i].key);
            PYM_XDECREF(ep[i].value);
        }
    }
    pym_mem_free(dk);
}

/* A copy of a table with new references to its keys and values. */
static PymDictKeys *clone_keys(PymDictKeys *orig)
{
    size_t nbytes = keys_size(orig);
    PymDictKeys *dk = pym_mem_malloc(nbytes);
    if (dk == NULL) {
        pym_err_no_memory();
        return NULL;
    }
    memcpy(dk, orig, nbytes);
    dk->refcnt = 1;
    for (PymSize i = 0; i < dk->nentries; i++) {
        if (dk_entry_value(dk, i) != NULL) {
            PYM_INCREF(dk_entry_key(dk, i));
            PYM_INCREF(dk_entry_value(dk, i));
        }
    }
    return dk;
}

/* The first EMPTY or DUMMY slot on hash's probe sequence. */
static size_t find_empty_slot(PymDictKeys *dk, PymHash hash)
{
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    while (dk_get_index(dk, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot of the index array that refers to entry ix. */
static size_t find_index_slot(PymDictKeys *dk, PymHash hash, PymSize ix)
{
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        PymSize cur = dk_get_index(dk, i);
        if (cur == ix || cur == DKIX_EMPTY)
            return i;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- lookup -------------------------------------------------------------- */

static inline PymHash key_hash(PymObject *key)
{
    if (PYM_STR_CHECK_EXACT(key))
        return pym_str_hash(key);
    return pym_object_hash(key);
}

/* An exact str in a unicode table: identity, then hash, then text.  The
 * probe loop is instantiated per index width: this is the hottest path of
 * the interpreter (globals, attributes, keyword arguments). */
#define UNICODE_PROBE_LOOP(IxType)                                                    \
    do {                                                                              \
        const IxType *indices = (const IxType *)dk_indices(dk);                       \
        for (;;) {                                                                    \
            PymSize ix = indices[i];                                                  \
            if (ix >= 0) {                                                            \
                PymObject *k = ep0[ix].key;                                           \
                /* pym_str_equal rejects on length or cached hash first */       \
                if (k == key || pym_str_equal(k, key))                                \
                    return ix;                                                        \
            } else if (ix == DKIX_EMPTY) {                                            \
                return DKIX_EMPTY;                                                    \
            }                                                                         \
            perturb >>= PERTURB_SHIFT;                                                \
            i = (i * 5 + perturb + 1) & mask;                                         \
        }                                                                             \
    } while (0)

static inline PymSize unicode_lookup_str(PymDictKeys *dk, PymObject *key, PymHash hash)
{
    DictStrEntry *ep0 = dk_str_entries(dk);
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    uint8_t log2 = dk->log2_size;
    if (log2 < 8)
        UNICODE_PROBE_LOOP(int8_t);
    else if (log2 < 16)
        UNICODE_PROBE_LOOP(int16_t);
    else if (log2 < 32)
        UNICODE_PROBE_LOOP(int32_t);
    else
        UNICODE_PROBE_LOOP(int64_t);
}

/* Compare a stored key with a probe through __eq__; the dict may change. */
static PymSize compare_stored_key(PymDictObject *mp, PymDictKeys *dk, PymSize ix,
                                  PymObject *startkey, PymObject *key)
{
    PYM_INCREF(startkey);
    int cmp = pym_object_richcompare_bool(startkey, key, PYM_EQ);
    PYM_DECREF(startkey);
    if (cmp < 0)
        return DKIX_ERROR;
    if (dk != mp->keys || dk_entry_key(dk, ix) != startkey)
        return DKIX_KEY_CHANGED;
    return cmp > 0 ? ix : DKIX_EMPTY;
}

/* Any other key in a unicode table (a str subclass, or an object equal to
 * some str). */
static PymSize unicode_lookup_generic(PymDictObject *mp, PymDictKeys *dk, PymObject *key,
                                      PymHash hash)
{
    DictStrEntry *ep0 = dk_str_entries(dk);
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        PymSize ix = dk_get_index(dk, i);
        if (ix >= 0) {
            PymObject *k = ep0[ix].key;
            if (k == key)
                return ix;
            if (pym_str_hash(k) == hash) {
                PymSize r = compare_stored_key(mp, dk, ix, k, key);
                if (r != DKIX_EMPTY)
                    return r;
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

#define GENERAL_PROBE_LOOP(IxType)                                                    \
    do {                                                                              \
        const IxType *indices = (const IxType *)dk_indices(dk);                       \
        for (;;) {                                                                    \
            PymSize ix = indices[i];                                                  \
            if (ix >= 0) {                                                            \
                DictGeneralEntry *ep = &ep0[ix];                                      \
                if (ep->key == key)                                                   \
                    return ix;                                                        \
                if (ep->hash == hash) {                                               \
                    if (key_is_str && PYM_STR_CHECK_EXACT(ep->key)) {                 \
                        if (pym_str_equal(ep->key, key))                              \
                            return ix;                                                \
                    } else {                                                          \
                        PymSize r = compare_stored_key(mp, dk, ix, ep->key, key);     \
                        if (r != DKIX_EMPTY)                                          \
                            return r;                                                 \
                    }                                                                 \
                }                                                                     \
            } else if (ix == DKIX_EMPTY) {                                            \
                return DKIX_EMPTY;                                                    \
            }                                                                         \
            perturb >>= PERTURB_SHIFT;                                                \
            i = (i * 5 + perturb + 1) & mask;                                         \
        }                                                                             \
    } while (0)

static PymSize general_lookup(PymDictObject *mp, PymDictKeys *dk, PymObject *key, PymHash hash)
{
    DictGeneralEntry *ep0 = dk_general_entries(dk);
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    int key_is_str = PYM_STR_CHECK_EXACT(key);
    uint8_t log2 = dk->log2_size;
    if (log2 < 8)
        GENERAL_PROBE_LOOP(int8_t);
    else if (log2 < 16)
        GENERAL_PROBE_LOOP(int16_t);
    else if (log2 < 32)
        GENERAL_PROBE_LOOP(int32_t);
    else
        GENERAL_PROBE_LOOP(int64_t);
}

/* The entry index of key (value borrowed into *value), DKIX_EMPTY when
 * absent, DKIX_ERROR with an exception set. */
static PymSize dict_lookup(PymDictObject *mp, PymObject *key, PymHash hash, PymObject **value)
{
    PymSize ix;
    for (;;) {
        PymDictKeys *dk = mp->keys;
        if (dk->kind == DICT_KEYS_UNICODE) {
            if (PYM_STR_CHECK_EXACT(key))
                ix = unicode_lookup_str(dk, key, hash);
            else
                ix = unicode_lookup_generic(mp, dk, key, hash);
        } else {
            ix = general_lookup(mp, dk, key, hash);
        }
        if (ix != DKIX_KEY_CHANGED)
            break;
    }
    *value = ix >= 0 ? dk_entry_value(mp->keys, ix) : NULL;
    return ix;
}

/* ---- insertion, resize, deletion ---------------------------------------- */

static inline void maintain_tracking(PymDictObject *mp, PymObject *key, PymObject *value)
{
    if (!pym_gc_is_tracked((PymObject *)mp) &&
        (cont_may_be_tracked(key) || cont_may_be_tracked(value)))
        pym_gc_track((PymObject *)mp);
}

/* Rebuild into a table of 2**log2_newsize slots, dropping deleted entries.
 * A general table never turns back into a unicode one. */
static int dict_resize(PymDictObject *mp, uint8_t log2_newsize, int unicode)
{
    PymDictKeys *oldkeys = mp->keys;
    if (oldkeys->kind != DICT_KEYS_UNICODE)
        unicode = 0;
    PymDictKeys *newkeys = new_keys(log2_newsize, unicode);
    if (newkeys == NULL)
        return -1;
    PymSize numentries = mp->used, n = oldkeys->nentries, j = 0;
    if (oldkeys->kind == DICT_KEYS_UNICODE && unicode) {
        DictStrEntry *src = dk_str_entries(oldkeys), *dst = dk_str_entries(newkeys);
        if (n == numentries) {
            memcpy(dst, src, (size_t)n * sizeof(DictStrEntry));
        } else {
            for (PymSize i = 0; i < n; i++)
                if (src[i].value != NULL)
                    dst[j++] = src[i];
        }
        for (PymSize i = 0; i < numentries; i++)
            dk_set_index(newkeys, find_empty_slot(newkeys, pym_str_hash(dst[i].key)), i);
    } else {
        DictGeneralEntry *dst = dk_general_entries(newkeys);
        if (oldkeys->kind == DICT_KEYS_UNICODE) {
            DictStrEntry *src = dk_str_entries(oldkeys);
            for (PymSize i = 0; i < n; i++) {
                if (src[i].value != NULL) {
                    dst[j].hash = pym_str_hash(src[i].key);
                    dst[j].key = src[i].key;
                    dst[j].value = src[i].value;
                    j++;
                }
            }
        } else {
            DictGeneralEntry *src = dk_general_entries(oldkeys);
            if (n == numentries) {
                memcpy(dst, src, (size_t)n * sizeof(DictGeneralEntry));
            } else {
                for (PymSize i = 0; i < n; i++)
                    if (src[i].value != NULL)
                        dst[j++] = src[i];
            }
        }
        for (PymSize i = 0; i < numentries; i++)
            dk_set_index(newkeys, find_empty_slot(newkeys, dst[i].hash), i);
    }
    newkeys->usable -= numentries;
    newkeys->nentries = numentries;
    mp->keys = newkeys;
    if (oldkeys != EMPTY_KEYS)
        pym_mem_free(oldkeys); /* the entries' references moved over */
    return 0;
}

static int insertion_resize(PymDictObject *mp, int unicode)
{
    return dict_resize(mp, calculate_log2_keysize(mp->used * 3), unicode);
}

/* Append a new entry; the key is known to be absent and there is room. */
static void append_entry(PymDictObject *mp, PymObject *key, PymHash hash, PymObject *value)
{
    PymDictKeys *dk = mp->keys;
    size_t slot = find_empty_slot(dk, hash);
    PymSize ix = dk->nentries;
    dk_set_index(dk, slot, ix);
    if (dk->kind == DICT_KEYS_UNICODE) {
        DictStrEntry *ep = &dk_str_entries(dk)[ix];
        ep->key = key;
        ep->value = value;
    } else {
        DictGeneralEntry *ep = &dk_general_entries(dk)[ix];
        ep->hash = hash;
        ep->key = key;
        ep->value = value;
    }
    mp->used++;
    mp->version = NEXT_VERSION();
    dk->usable--;
    dk->nentries++;
}

static int insert_into_empty(PymDictObject *mp, PymObject *key, PymHash hash, PymObject *value)
{
    PymDictKeys *newkeys = new_keys(LOG_MINSIZE, PYM_STR_CHECK_EXACT(key));
    if (newkeys == NULL) {
        PYM_DECREF(key);
        PYM_DECREF(value);
        return -1;
    }
    PymDictKeys *old = mp->keys;
    mp->keys = newkeys;
    free_keys(old); /* EMPTY_KEYS or a table of deleted entries */
    maintain_tracking(mp, key, value);
    append_entry(mp, key, hash, value);
    return 0;
}

/* Store key: value, taking over both references. */
static int insert_dict(PymDictObject *mp, PymObject *key, PymHash hash, PymObject *value)
{
    if (mp->keys == EMPTY_KEYS)
        return insert_into_empty(mp, key, hash, value);
    if (mp->keys->kind == DICT_KEYS_UNICODE && !PYM_STR_CHECK_EXACT(key)) {
        if (insertion_resize(mp, 0) < 0)
            goto fail;
    }
    PymObject *old_value;
    PymSize ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        if (mp->keys->usable <= 0 &&
            insertion_resize(mp, mp->keys->kind == DICT_KEYS_UNICODE) < 0)
            goto fail;
        append_entry(mp, key, hash, value);
        return 0;
    }
    if (old_value != value) {
        if (mp->keys->kind == DICT_KEYS_UNICODE)
            dk_str_entries(mp->keys)[ix].value = value;
        else
            dk_general_entries(mp->keys)[ix].value = value;
        mp->version = NEXT_VERSION();
    }
    /* Either the replaced value or the second reference to the same one;
     * released last: a __del__ may run. */
    PYM_DECREF(old_value);
    PYM_DECREF(key);
    return 0;
fail:
    PYM_DECREF(value);
    PYM_DECREF(key);
    return -1;
}

/* Remove entry ix (whose key hashes to hash and whose value is old_value). */
static void delete_entry(PymDictObject *mp, PymHash hash, PymSize ix, PymObject *old_value)
{
    PymDictKeys *dk = mp->keys;
    dk_set_index(dk, find_index_slot(dk, hash, ix), DKIX_DUMMY);
    PymObject *old_key;
    if (dk->kind == DICT_KEYS_UNICODE) {
        DictStrEntry *ep = &dk_str_entries(dk)[ix];
        old_key = ep->key;
        ep->key = NULL;
        ep->value = NULL;
    } else {
        DictGeneralEntry *ep = &dk_general_entries(dk)[ix];
        old_key = ep->key;
        ep->key = NULL;
        ep->value = NULL;
    }
    mp->used--;
    mp->version = NEXT_VERSION();
    PYM_DECREF(old_key);
    PYM_DECREF(old_value);
}

/* KeyError(key): a tuple key is wrapped so that it is not taken as args. */
static void set_key_error(PymObject *key)
{
    PymObject *exc = pym_exception_new(&pym_exc_KeyError, &key, 1);
    if (exc == NULL)
        return;
    pym_err_set_object(&pym_exc_KeyError, exc);
    PYM_DECREF(exc);
}

/* ---- the C API ----------------------------------------------------------- */

static PymDictObject *dict_alloc(PymType *type)
{
    PymDictObject *mp = (PymDictObject *)(type == &pym_dict_type
                                              ? pym_gc_alloc(type, sizeof(PymDictObject))
                                              : pym_type_generic_alloc(type, 0));
    if (mp == NULL)
        return NULL;
    mp->used = 0;
    mp->version = NEXT_VERSION();
    mp->keys = EMPTY_KEYS;
    mp->inline_owner = NULL;
    return mp;
}

PymObject *pym_dict_new(void)
{
    return (PymObject *)dict_alloc(&pym_dict_type);
}

PymObject *pym_dict_new_inline_attributes(PymObject *owner)
{
    PymDictObject *mp = (PymDictObject *)pym_gc_alloc_uncounted(&pym_dict_type,
                                                                  sizeof(PymDictObject));
    if (mp == NULL)
        return NULL;
    mp->used = 0;
    mp->version = NEXT_VERSION();
    mp->keys = EMPTY_KEYS;
    mp->inline_owner = owner;
    return (PymObject *)mp;
}

void pym_dict_expose(PymObject *o)
{
    if (PYM_DICT_CHECK_EXACT(o) && DICT(o)->inline_owner) {
        DICT(o)->inline_owner = NULL;
        pym_gc_count_allocation();
    }
}

static PymObject *dict_new_presized(PymSize minused, int unicode)
{
    const uint8_t log2_max_presize = 17;
    if (minused <= USABLE_FRACTION(8))
        return pym_dict_new();
    uint8_t log2_size = minused > USABLE_FRACTION((PymSize)1 << log2_max_presize)
                            ? log2_max_presize
                            : estimate_log2_keysize(minused);
    PymDictKeys *dk = new_keys(log2_size, unicode);
    if (dk == NULL)
        return NULL;
    PymDictObject *mp = dict_alloc(&pym_dict_type);
    if (mp == NULL) {
        pym_mem_free(dk);
        return NULL;
    }
    mp->keys = dk;
    return (PymObject *)mp;
}

PymObject *pym_dict_new_presized(PymSize n)
{
    return dict_new_presized(n, 0);
}

PymObject *pym_dict_from_items(PymObject *const *keys, PymSize key_stride,
                               PymObject *const *values, PymSize value_stride, PymSize n)
{
    int unicode = 1;
    for (PymSize i = 0; i < n; i++) {
        if (!PYM_STR_CHECK_EXACT(keys[i * key_stride])) {
            unicode = 0;
            break;
        }
    }
    PymObject *d = dict_new_presized(n, unicode);
    if (d == NULL)
        return NULL;
    for (PymSize i = 0; i < n; i++) {
        if (pym_dict_setitem(d, keys[i * key_stride], values[i * value_stride]) < 0) {
            PYM_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static int check_dict(PymObject *d)
{
    if (d == NULL || !PYM_DICT_CHECK(d)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return 0;
}

static inline PymObject *str_getitem(PymDictObject *mp, PymObject *str_key)
{
    PymHash hash = pym_str_hash(str_key);
    PymDictKeys *dk = mp->keys;
    if (dk->kind == DICT_KEYS_UNICODE) {
        PymSize ix = unicode_lookup_str(dk, str_key, hash);
        return ix >= 0 ? dk_str_entries(dk)[ix].value : NULL;
    }
    PymObject *value;
    (void)dict_lookup(mp, str_key, hash, &value);
    return value;
}

/* The entry of str_key when it is the entry number *hint of a unicode
 * table: a live entry's key is unique in the table, so key identity at
 * that index is proof enough, whatever happened to the dict since. */
static inline DictStrEntry *hinted_entry(PymDictObject *mp, PymObject *str_key, PymSize hint)
{
    PymDictKeys *dk = mp->keys;
    if (dk->kind != DICT_KEYS_UNICODE || hint < 0 || hint >= dk->nentries)
        return NULL;
    DictStrEntry *ep = &dk_str_entries(dk)[hint];
    return ep->key == str_key && ep->value ? ep : NULL;
}

PymObject *pym_dict_getitem_str_hinted_borrow(PymObject *d, PymObject *str_key, PymSize *hint)
{
    PymDictObject *mp = DICT(d);
    DictStrEntry *ep = hinted_entry(mp, str_key, *hint);
    if (ep)
        return ep->value;
    PymDictKeys *dk = mp->keys;
    if (dk->kind != DICT_KEYS_UNICODE)
        return str_getitem(mp, str_key);
    PymSize ix = unicode_lookup_str(dk, str_key, pym_str_hash(str_key));
    if (ix < 0)
        return NULL;
    *hint = ix;
    return dk_str_entries(dk)[ix].value;
}

int pym_dict_setitem_str_hinted(PymObject *d, PymObject *str_key, PymObject *value, PymSize *hint)
{
    PymDictObject *mp = DICT(d);
    DictStrEntry *ep = hinted_entry(mp, str_key, *hint);
    if (!ep) {
        int r = pym_dict_setitem(d, str_key, value);
        PymDictKeys *dk = mp->keys;
        if (r == 0 && dk->kind == DICT_KEYS_UNICODE) {
            /* A new key was appended last; otherwise look it up. */
            PymSize last = dk->nentries - 1;
            PymSize ix = last >= 0 && dk_str_entries(dk)[last].key == str_key
                             ? last
                             : unicode_lookup_str(dk, str_key, pym_str_hash(str_key));
            if (ix >= 0)
                *hint = ix;
        }
        return r;
    }
    PymObject *old = ep->value;
    if (old == value)
        return 0;
    maintain_tracking(mp, str_key, value);
    ep->value = pym_newref(value);
    mp->version = NEXT_VERSION();
    PYM_DECREF(old);    /* last: a __del__ may run */
    return 0;
}

PymObject *pym_dict_getitem_known_hash_borrow(PymObject *d, PymObject *key, PymHash hash)
{
    if (check_dict(d) < 0)
        return NULL;
    PymObject *value;
    (void)dict_lookup(DICT(d), key, hash, &value);
    return value;
}

PymObject *pym_dict_getitem_borrow(PymObject *d, PymObject *key)
{
    if (check_dict(d) < 0)
        return NULL;
    if (PYM_STR_CHECK_EXACT(key))
        return str_getitem(DICT(d), key);
    PymHash hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PymObject *value;
    (void)dict_lookup(DICT(d), key, hash, &value);
    return value;
}

PymObject *pym_dict_getitem_str_obj_borrow(PymObject *d, PymObject *str_key)
{
    return str_getitem(DICT(d), str_key);
}

PymObject *pym_dict_getitem_str_borrow(PymObject *d, const char *key)
{
    PymObject *k = pym_str_from_cstr(key);
    if (k == NULL)
        return NULL;
    PymObject *v = pym_dict_getitem_borrow(d, k);
    PYM_DECREF(k);
    return v;
}

int pym_dict_setitem_known_hash(PymObject *d, PymObject *key, PymHash hash, PymObject *value)
{
    if (check_dict(d) < 0)
        return -1;
    return insert_dict(DICT(d), pym_newref(key), hash, pym_newref(value));
}

int pym_dict_setitem(PymObject *d, PymObject *key, PymObject *value)
{
    if (check_dict(d) < 0)
        return -1;
    PymHash hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insert_dict(DICT(d), pym_newref(key), hash, pym_newref(value));
}

int pym_dict_setitem_str(PymObject *d, const char *key, PymObject *value)
{
    PymObject *k = pym_str_from_cstr(key);
    if (k == NULL)
        return -1;
    pym_str_intern_in_place(&k);
    int r = pym_dict_setitem(d, k, value);
    PYM_DECREF(k);
    return r;
}

static int dict_delitem_hash(PymDictObject *mp, PymObject *key, PymHash hash)
{
    PymObject *old_value;
    PymSize ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY) {
        set_key_error(key);
        return -1;
    }
    delete_entry(mp, hash, ix, old_value);
    return 0;
}

int pym_dict_delitem(PymObject *d, PymObject *key)
{
    if (check_dict(d) < 0)
        return -1;
    PymHash hash = key_hash(key);
    if (hash == -1)
        return -1;
    return dict_delitem_hash(DICT(d), key, hash);
}

int pym_dict_delitem_str(PymObject *d, const char *key)
{
    PymObject *k = pym_str_from_cstr(key);
    if (k == NULL)
        return -1;
    int r = pym_dict_delitem(d, k);
    PYM_DECREF(k);
    return r;
}

int pym_dict_contains_known_hash(PymObject *d, PymObject *key, PymHash hash)
{
    PymObject *value;
    PymSize ix = dict_lookup(DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    return ix >= 0 && value != NULL;
}

int pym_dict_contains(PymObject *d, PymObject *key)
{
    if (PYM_STR_CHECK_EXACT(key) && DICT(d)->keys->kind == DICT_KEYS_UNICODE)
        return unicode_lookup_str(DICT(d)->keys, key, pym_str_hash(key)) >= 0;
    PymHash hash = key_hash(key);
    if (hash == -1)
        return -1;
    return pym_dict_contains_known_hash(d, key, hash);
}

int pym_dict_next_hash(PymObject *d, PymSize *pos, PymObject **key, PymObject **value,
                       PymHash *hash)
{
    PymDictKeys *dk = DICT(d)->keys;
    PymSize i = *pos, n = dk->nentries;
    if (i < 0)
        return 0;
    if (dk->kind == DICT_KEYS_UNICODE) {
        DictStrEntry *ep = dk_str_entries(dk);
        while (i < n && ep[i].value == NULL)
            i++;
        if (i >= n)
            return 0;
        if (key)
            *key = ep[i].key;
        if (value)
            *value = ep[i].value;
        if (hash)
            *hash = pym_str_hash(ep[i].key);
    } else {
        DictGeneralEntry *ep = dk_general_entries(dk);
        while (i < n && ep[i].value == NULL)
            i++;
        if (i >= n)
            return 0;
        if (key)
            *key = ep[i].key;
        if (value)
            *value = ep[i].value;
        if (hash)
            *hash = ep[i].hash;
    }
    *pos = i + 1;
    return 1;
}

int pym_dict_next(PymObject *d, PymSize *pos, PymObject **key, PymObject **value)
{
    if (d == NULL || !PYM_DICT_CHECK(d))
        return 0;
    return pym_dict_next_hash(d, pos, key, value, NULL);
}

PymSize pym_dict_size(PymObject *d)
{
    if (check_dict(d) < 0)
        return -1;
    return DICT(d)->used;
}

/* keys()/values()/items() as lists; which: 0 keys, 1 values, 2 items. */
static PymObject *dict_as_list(PymObject *d, int which)
{
    if (check_dict(d) < 0)
        return NULL;
    PymDictObject *mp = DICT(d);
    for (;;) {
        PymSize n = mp->used;
        PymObject *list = pym_list_new(n);
        if (list == NULL)
            return NULL;
        /* Allocation can run a collection and thus __del__ code. */
        if (n != mp->used) {
            PYM_DECREF(list);
            continue;
        }
        PymSize pos = 0, j = 0;
        PymObject *key, *value;
        while (pym_dict_next_hash(d, &pos, &key, &value, NULL)) {
            PymObject *item;
            if (which == 0) {
                item = pym_newref(key);
            } else if (which == 1) {
                item = pym_newref(value);
            } else {
                item = pym_tuple_pack(2, key, value);
                if (item == NULL) {
                    PYM_DECREF(list);
                    return NULL;
                }
            }
            PYM_LIST_SET_ITEM_STEAL(list, j, item);
            j++;
        }
        return list;
    }
}

PymObject *pym_dict_keys(PymObject *d)
{
    return dict_as_list(d, 0);
}

PymObject *pym_dict_values(PymObject *d)
{
    return dict_as_list(d, 1);
}

PymObject *pym_dict_items(PymObject *d)
{
    return dict_as_list(d, 2);
}

void pym_dict_clear(PymObject *d)
{
    if (d == NULL || !PYM_DICT_CHECK(d))
        return;
    PymDictObject *mp = DICT(d);
    PymDictKeys *oldkeys = mp->keys;
    if (oldkeys == EMPTY_KEYS)
        return;
    /* Empty first, release after: a __del__ sees an empty dict. */
    mp->keys = EMPTY_KEYS;
    mp->used = 0;
    mp->version = NEXT_VERSION();
    free_keys(oldkeys);
}

PymObject *pym_dict_copy(PymObject *o)
{
    if (check_dict(o) < 0)
        return NULL;
    PymDictObject *mp = DICT(o);
    if (mp->used == 0)
        return pym_dict_new();
    if (PYM_TYPE(o)->iter == pym_dict_iter && mp->used >= (mp->keys->nentries * 2) / 3) {
        /* Dense enough: clone the table as it is. */
        PymDictKeys *keys = clone_keys(mp->keys);
        if (keys == NULL)
            return NULL;
        PymDictObject *copy = dict_alloc(&pym_dict_type);
        if (copy == NULL) {
            free_keys(keys);
            return NULL;
        }
        copy->keys = keys;
        copy->used = mp->used;
        if (pym_gc_is_tracked(o))
            pym_gc_track((PymObject *)copy);
        return (PymObject *)copy;
    }
    PymObject *copy = pym_dict_new();
    if (copy == NULL)
        return NULL;
    if (pym_dict_merge(copy, o, 1) < 0) {
        PYM_DECREF(copy);
        return NULL;
    }
    return copy;
}

/* The entry's hash, key and value at position i (value NULL: deleted). */
static inline void read_entry(PymDictKeys *dk, PymSize i, PymObject **key, PymObject **value,
                              PymHash *hash)
{
    if (dk->kind == DICT_KEYS_UNICODE) {
        DictStrEntry *ep = &dk_str_entries(dk)[i];
        *key = ep->key;
        *value = ep->value;
        *hash = ep->value ? pym_str_hash(ep->key) : 0;
    } else {
        DictGeneralEntry *ep = &dk_general_entries(dk)[i];
        *key = ep->key;
        *value = ep->value;
        *hash = ep->hash;
    }
}

/* override: 1 replaces, 0 keeps existing keys, 2 raises KeyError on a
 * duplicate (f(**a, **b)). */
int pym_dict_merge(PymObject *a, PymObject *b, int override)
{
    if (check_dict(a) < 0 || b == NULL) {
        if (b == NULL)
            pym_err_bad_internal_call();
        return -1;
    }
    PymDictObject *mp = DICT(a);
    if (PYM_DICT_CHECK(b) && PYM_TYPE(b)->iter == pym_dict_iter) {
        PymDictObject *other = DICT(b);
        if (other == mp || other->used == 0)
            return 0;
        if (mp->used == 0) {
            override = 1;
            PymDictKeys *okeys = other->keys;
            /* A clean, freshly built table is cloned outright. */
            if (other->used == okeys->nentries &&
                (okeys->log2_size == LOG_MINSIZE ||
                 USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->used)) {
                PymDictKeys *keys = clone_keys(okeys);
                if (keys == NULL)
                    return -1;
                PymDictKeys *old = mp->keys;
                mp->keys = keys;
                mp->used = other->used;
                mp->version = NEXT_VERSION();
                free_keys(old);
                if (!pym_gc_is_tracked(a) && pym_gc_is_tracked(b))
                    pym_gc_track(a);
                return 0;
            }
        }
        /* One resize up front rather than several while inserting. */
        if (USABLE_FRACTION(DK_SIZE(mp->keys)) < other->used) {
            if (dict_resize(mp, estimate_log2_keysize(mp->used + other->used),
                            other->keys->kind == DICT_KEYS_UNICODE) < 0)
                return -1;
        }
        PymSize orig_size = other->used;
        for (PymSize i = 0; i < other->keys->nentries; i++) {
            PymObject *key, *value;
            PymHash hash;
            read_entry(other->keys, i, &key, &value, &hash);
            if (value == NULL)
                continue;
            PYM_INCREF(key);
            PYM_INCREF(value);
            int err;
            if (override == 1) {
                err = insert_dict(mp, key, hash, value);
            } else {
                PymObject *existing;
                PymSize ix = dict_lookup(mp, key, hash, &existing);
                if (ix == DKIX_ERROR) {
                    err = -1;
                    PYM_DECREF(key);
                    PYM_DECREF(value);
                } else if (ix == DKIX_EMPTY) {
                    err = insert_dict(mp, key, hash, value);
                } else if (override == 0) {
                    err = 0;
                    PYM_DECREF(key);
                    PYM_DECREF(value);
                } else {
                    set_key_error(key);
                    PYM_DECREF(key);
                    PYM_DECREF(value);
                    err = -1;
                }
            }
            if (err < 0)
                return -1;
            if (orig_size != other->used) {
                pym_err_set_string(&pym_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }

    /* A generic mapping: keys(), then b[key] for each. */
    PymObject *keys = pym_object_call_method(b, PYM_ID(keys), NULL, 0);
    if (keys == NULL)
        return -1;
    PymObject *it = pym_object_get_iter(keys);
    PYM_DECREF(keys);
    if (it == NULL)
        return -1;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        if (override != 1) {
            int status = pym_dict_contains(a, key);
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) {
                        PYM_DECREF(key);
                        continue;
                    }
                    set_key_error(key);
                }
                PYM_DECREF(key);
                PYM_DECREF(it);
                return -1;
            }
        }
        PymObject *value = pym_object_getitem(b, key);
        if (value == NULL) {
            PYM_DECREF(key);
            PYM_DECREF(it);
            return -1;
        }
        int status = pym_dict_setitem(a, key, value);
        PYM_DECREF(key);
        PYM_DECREF(value);
        if (status < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

/* dict.update(iterable of pairs) */
static int merge_from_pairs(PymObject *d, PymObject *seq2, int override)
{
    PymObject *it = pym_object_get_iter(seq2);
    if (it == NULL)
        return -1;
    for (PymSize i = 0;; i++) {
        PymObject *item = pym_iter_next(it);
        if (item == NULL) {
            if (pym_err_occurred())
                goto fail;
            break;
        }
        PymObject *fast = NULL;
        if (PYM_LIST_CHECK_EXACT(item) || PYM_TUPLE_CHECK_EXACT(item)) {
            fast = pym_newref(item);
        } else {
            fast = pym_sequence_list(item);
            if (fast == NULL && pym_err_exception_matches(&pym_exc_TypeError)) {
                pym_err_format(&pym_exc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a "
                               "sequence",
                               i);
            }
        }
        PYM_DECREF(item);
        if (fast == NULL)
            goto fail;
        PymSize n = PYM_SIZE(fast);
        if (n != 2) {
            pym_err_format(&pym_exc_ValueError,
                           "dictionary update sequence element #%zd has length %zd; 2 is required",
                           i, n);
            PYM_DECREF(fast);
            goto fail;
        }
        PymObject *key = pym_newref(cont_fast_items(fast)[0]);
        PymObject *value = pym_newref(cont_fast_items(fast)[1]);
        PYM_DECREF(fast);
        int status = 0;
        if (override) {
            status = pym_dict_setitem(d, key, value);
        } else {
            status = pym_dict_contains(d, key);
            if (status == 0)
                status = pym_dict_setitem(d, key, value);
        }
        PYM_DECREF(key);
        PYM_DECREF(value);
        if (status < 0)
            goto fail;
    }
    PYM_DECREF(it);
    return 0;
fail:
    PYM_DECREF(it);
    return -1;
}

int pym_dict_update_arg(PymObject *d, PymObject *arg)
{
    if (PYM_DICT_CHECK_EXACT(arg))
        return pym_dict_merge(d, arg, 1);
    PymObject *func;
    int found = pym_object_lookup_attr(arg, PYM_ID(keys), &func);
    if (found < 0)
        return -1;
    if (found) {
        PYM_DECREF(func);
        return pym_dict_merge(d, arg, 1);
    }
    return merge_from_pairs(d, arg, 1);
}

int pym_dict_update(PymObject *d, PymObject *other)
{
    if (check_dict(d) < 0)
        return -1;
    return pym_dict_update_arg(d, other);
}

PymObject *pym_dict_setdefault_borrow(PymObject *d, PymObject *key, PymObject *default_value)
{
    if (check_dict(d) < 0)
        return NULL;
    PymDictObject *mp = DICT(d);
    PymHash hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PymObject *value;
    PymSize ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return value;
    if (insert_dict(mp, pym_newref(key), hash, pym_newref(default_value)) < 0)
        return NULL;
    return default_value;
}

static PymObject *dict_pop_hash(PymDictObject *mp, PymObject *key, PymHash hash)
{
    PymObject *old_value;
    PymSize ix = dict_lookup(mp, key, hash, &old_value);
    if (ix < 0)
        return NULL;
    PYM_INCREF(old_value);
    delete_entry(mp, hash, ix, old_value);
    return old_value;
}

PymObject *pym_dict_pop_or_null(PymObject *d, PymObject *key)
{
    if (check_dict(d) < 0)
        return NULL;
    if (DICT(d)->used == 0)
        return NULL;
    PymHash hash = key_hash(key);
    if (hash == -1)
        return NULL;
    return dict_pop_hash(DICT(d), key, hash);
}

void pym_dict_maybe_untrack(PymObject *d)
{
    if (!PYM_DICT_CHECK_EXACT(d) || !pym_gc_is_tracked(d))
        return;
    PymDictKeys *dk = DICT(d)->keys;
    for (PymSize i = 0; i < dk->nentries; i++) {
        PymObject *value = dk_entry_value(dk, i);
        if (value == NULL)
            continue;
        if (cont_may_be_tracked(value) || cont_may_be_tracked(dk_entry_key(dk, i)))
            return;
    }
    pym_gc_untrack(d);
}

/* ---- type slots ---------------------------------------------------------- */

static void dict_dealloc(PymObject *self)
{
    PymDictObject *mp = DICT(self);
    cont_untrack(self);
    if (mp->inline_owner) {
        /* Freeing uncounts it: balance the allocation it never counted. */
        mp->inline_owner = NULL;
        pym_gc_count_allocation();
    }
    PYM_TRASHCAN_BEGIN(self, dict_dealloc)
    PymDictKeys *keys = mp->keys;
    mp->keys = EMPTY_KEYS;
    if (keys != NULL)
        free_keys(keys);
    PYM_TYPE(self)->free(self);
    PYM_TRASHCAN_END;
}

static int dict_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymDictKeys *dk = DICT(self)->keys;
    if (dk->kind == DICT_KEYS_UNICODE) {
        /* str keys cannot be part of a cycle */
        DictStrEntry *ep = dk_str_entries(dk);
        for (PymSize i = 0; i < dk->nentries; i++)
            CONT_VISIT(ep[i].value);
    } else {
        DictGeneralEntry *ep = dk_general_entries(dk);
        for (PymSize i = 0; i < dk->nentries; i++) {
            if (ep[i].value != NULL) {
                CONT_VISIT(ep[i].value);
                CONT_VISIT(ep[i].key);
            }
        }
    }
    return 0;
}

static int dict_tp_clear(PymObject *self)
{
    pym_dict_clear(self);
    return 0;
}

static PymSize dict_length(PymObject *self)
{
    return DICT(self)->used;
}

static int dict_sq_contains(PymObject *self, PymObject *key)
{
    return pym_dict_contains(self, key);
}

static PymObject *dict_subscript(PymObject *self, PymObject *key)
{
    PymHash hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PymObject *value;
    PymSize ix = dict_lookup(DICT(self), key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return pym_newref(value);
    if (!PYM_DICT_CHECK_EXACT(self) &&
        pym_type_lookup_borrow(PYM_TYPE(self), PYM_ID(__missing__)) != NULL)
        return pym_object_call_method(self, PYM_ID(__missing__), &key, 1);
    set_key_error(key);
    return NULL;
}

static int dict_ass_subscript(PymObject *self, PymObject *key, PymObject *value)
{
    if (value == NULL)
        return pym_dict_delitem(self, key);
    return pym_dict_setitem(self, key, value);
}

static PymObject *dict_repr(PymObject *self)
{
    PymDictObject *mp = DICT(self);
    if (mp->used == 0)
        return pym_str_from_cstr("{}");
    int r = pym_repr_enter(self);
    if (r != 0)
        return r > 0 ? pym_str_from_cstr("{...}") : NULL;
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (pym_str_writer_write_char(&w, '{') < 0)
        goto error;
    PymSize pos = 0;
    PymObject *key, *value;
    int first = 1;
    /* Keys and values are held while their repr runs: it may mutate us. */
    while (pym_dict_next_hash(self, &pos, &key, &value, NULL)) {
        PYM_INCREF(key);
        PYM_INCREF(value);
        PymObject *ks = NULL, *vs = NULL;
        int ok = (first || pym_str_writer_write_cstr(&w, ", ") == 0) &&
                 (ks = pym_object_repr(key)) != NULL && pym_str_writer_write_str(&w, ks) == 0 &&
                 pym_str_writer_write_cstr(&w, ": ") == 0 &&
                 (vs = pym_object_repr(value)) != NULL && pym_str_writer_write_str(&w, vs) == 0;
        first = 0;
        PYM_XDECREF(ks);
        PYM_XDECREF(vs);
        PYM_DECREF(key);
        PYM_DECREF(value);
        if (!ok)
            goto error;
    }
    if (pym_str_writer_write_char(&w, '}') < 0)
        goto error;
    pym_repr_leave(self);
    return pym_str_writer_finish(&w);
error:
    pym_str_writer_discard(&w);
    pym_repr_leave(self);
    return NULL;
}

/* 1 if equal, 0 if not, -1 on error. */
static int dict_equal(PymDictObject *a, PymDictObject *b)
{
    if (a->used != b->used)
        return 0;
    for (PymSize i = 0; i < a->keys->nentries; i++) {
        PymObject *key, *aval;
        PymHash hash;
        read_entry(a->keys, i, &key, &aval, &hash);
        if (aval == NULL)
            continue;
        PYM_INCREF(aval);
        PYM_INCREF(key);
        PymObject *bval;
        PymSize ix = dict_lookup(b, key, hash, &bval);
        if (ix < 0) {
            PYM_DECREF(key);
            PYM_DECREF(aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        PYM_INCREF(bval);
        int cmp = pym_object_richcompare_bool(aval, bval, PYM_EQ);
        PYM_DECREF(key);
        PYM_DECREF(aval);
        PYM_DECREF(bval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static PymObject *dict_richcompare(PymObject *v, PymObject *w, int op)
{
    if (!PYM_DICT_CHECK(v) || !PYM_DICT_CHECK(w) || (op != PYM_EQ && op != PYM_NE))
        PYM_RETURN_NOTIMPLEMENTED;
    int cmp = dict_equal(DICT(v), DICT(w));
    if (cmp < 0)
        return NULL;
    return pym_bool_from(cmp == (op == PYM_EQ));
}

PymObject *pym_dict_iter(PymObject *self)
{
    return pym_dictiter_new(self, &pym_dict_keyiter_type);
}

static PymObject *dict_or(PymObject *self, PymObject *other)
{
    if (!PYM_DICT_CHECK(self) || !PYM_DICT_CHECK(other))
        PYM_RETURN_NOTIMPLEMENTED;
    PymObject *result = pym_dict_copy(self);
    if (result == NULL)
        return NULL;
    if (pym_dict_update_arg(result, other) < 0) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static PymObject *dict_ior(PymObject *self, PymObject *other)
{
    if (pym_dict_update_arg(self, other) < 0)
        return NULL;
    return pym_newref(self);
}

/* ---- methods ------------------------------------------------------------- */

static PymObject *dict_keys_meth(PymObject *self, PymObject *unused)
{
    return pym_dictview_new(self, &pym_dict_keys_type);
}

static PymObject *dict_values_meth(PymObject *self, PymObject *unused)
{
    return pym_dictview_new(self, &pym_dict_values_type);
}

static PymObject *dict_items_meth(PymObject *self, PymObject *unused)
{
    return pym_dictview_new(self, &pym_dict_items_type);
}

static PymObject *dict_get_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (cont_check_positional("get", nargs, 1, 2) < 0)
        return NULL;
    PymHash hash = key_hash(args[0]);
    if (hash == -1)
        return NULL;
    PymObject *value;
    PymSize ix = dict_lookup(DICT(self), args[0], hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return pym_newref(value);
    return pym_newref(nargs > 1 ? args[1] : PYM_NONE);
}

static PymObject *dict_setdefault_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (cont_check_positional("setdefault", nargs, 1, 2) < 0)
        return NULL;
    PymObject *v = pym_dict_setdefault_borrow(self, args[0], nargs > 1 ? args[1] : PYM_NONE);
    return v ? pym_newref(v) : NULL;
}

static PymObject *dict_pop_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (cont_check_positional("pop", nargs, 1, 2) < 0)
        return NULL;
    PymObject *key = args[0];
    if (DICT(self)->used > 0) {
        PymHash hash = key_hash(key);
        if (hash == -1)
            return NULL;
        PymObject *v = dict_pop_hash(DICT(self), key, hash);
        if (v != NULL || pym_err_occurred())
            return v;
    }
    if (nargs > 1)
        return pym_newref(args[1]);
    set_key_error(key);
    return NULL;
}

static PymObject *dict_popitem_meth(PymObject *self, PymObject *unused)
{
    PymDictObject *mp = DICT(self);
    /* Allocate the result first: this may run a collection. */
    PymObject *res = pym_tuple_new(2);
    if (res == NULL)
        return NULL;
    if (mp->used == 0) {
        PYM_DECREF(res);
        pym_err_set_string(&pym_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    PymDictKeys *dk = mp->keys;
    PymSize i = dk->nentries - 1;
    while (i >= 0 && dk_entry_value(dk, i) == NULL)
        i--;
    PymObject *key, *value;
    PymHash hash;
    read_entry(dk, i, &key, &value, &hash);
    dk_set_index(dk, find_index_slot(dk, hash, i), DKIX_DUMMY);
    if (dk->kind == DICT_KEYS_UNICODE) {
        dk_str_entries(dk)[i].key = NULL;
        dk_str_entries(dk)[i].value = NULL;
    } else {
        dk_general_entries(dk)[i].key = NULL;
        dk_general_entries(dk)[i].value = NULL;
    }
    /* LIFO: the popped entry is the last one; later appends reuse it. */
    dk->nentries = i;
    mp->used--;
    mp->version = NEXT_VERSION();
    PYM_TUPLE_SET_ITEM_STEAL(res, 0, key);
    PYM_TUPLE_SET_ITEM_STEAL(res, 1, value);
    return res;
}

static int update_from_kwargs(PymObject *self, PymObject *const *values, PymObject *kwnames)
{
    for (PymSize i = 0; i < cont_kwcount(kwnames); i++)
        if (pym_dict_setitem(self, PYM_TUPLE_BORROW_ITEM(kwnames, i), values[i]) < 0)
            return -1;
    return 0;
}

static PymObject *dict_update_meth(PymObject *self, PymObject *const *args, PymSize nargs,
                                   PymObject *kwnames)
{
    if (cont_check_positional("update", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && pym_dict_update_arg(self, args[0]) < 0)
        return NULL;
    if (update_from_kwargs(self, args + nargs, kwnames) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *dict_clear_meth(PymObject *self, PymObject *unused)
{
    pym_dict_clear(self);
    PYM_RETURN_NONE;
}

static PymObject *dict_copy_meth(PymObject *self, PymObject *unused)
{
    return pym_dict_copy(self);
}

static PymObject *dict_fromkeys_meth(PymObject *cls, PymObject *const *args, PymSize nargs)
{
    if (cont_check_positional("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    PymObject *iterable = args[0];
    PymObject *value = nargs > 1 ? args[1] : PYM_NONE;
    PymObject *d = pym_object_call0(cls);
    if (d == NULL)
        return NULL;
    if (PYM_DICT_CHECK_EXACT(d)) {
        PymDictObject *mp = DICT(d);
        if (PYM_DICT_CHECK_EXACT(iterable)) {
            PymDictObject *src = DICT(iterable);
            if (dict_resize(mp, estimate_log2_keysize(src->used),
                            src->keys->kind == DICT_KEYS_UNICODE) < 0)
                goto fail;
            PymSize pos = 0;
            PymObject *key;
            PymHash hash;
            while (pym_dict_next_hash(iterable, &pos, &key, NULL, &hash))
                if (insert_dict(mp, pym_newref(key), hash, pym_newref(value)) < 0)
                    goto fail;
            return d;
        }
        if (PYM_TYPE(iterable) == &pym_set_type || PYM_TYPE(iterable) == &pym_frozenset_type) {
            if (dict_resize(mp, estimate_log2_keysize(pym_set_size(iterable)), 0) < 0)
                goto fail;
            PymSize pos = 0;
            PymObject *key;
            PymHash hash;
            while (pym_set_next(iterable, &pos, &key, &hash))
                if (insert_dict(mp, pym_newref(key), hash, pym_newref(value)) < 0)
                    goto fail;
            return d;
        }
    }
    PymObject *it = pym_object_get_iter(iterable);
    if (it == NULL)
        goto fail;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int status;
        if (PYM_DICT_CHECK_EXACT(d)) {
            PymHash hash = key_hash(key);
            status = hash == -1 ? -1 : insert_dict(DICT(d), pym_newref(key), hash, pym_newref(value));
        } else {
            status = pym_object_setitem(d, key, value);
        }
        PYM_DECREF(key);
        if (status < 0) {
            PYM_DECREF(it);
            goto fail;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred())
        goto fail;
    return d;
fail:
    PYM_DECREF(d);
    return NULL;
}

static PymObject *dict_sizeof_meth(PymObject *self, PymObject *unused)
{
    PymDictKeys *dk = DICT(self)->keys;
    PymSize size = PYM_TYPE(self)->basicsize;
    if (dk != EMPTY_KEYS)
        size += (PymSize)keys_size(dk);
    return pym_int_from_ssize(size);
}

static PymObject *dict_reversed_meth(PymObject *self, PymObject *unused)
{
    return pym_dictiter_new(self, &pym_dict_revkeyiter_type);
}

static PymObject *dict_contains_meth(PymObject *self, PymObject *key)
{
    int r = pym_dict_contains(self, key);
    return r < 0 ? NULL : pym_bool_from(r);
}

/* ---- construction -------------------------------------------------------- */

static PymObject *dict_new(PymType *type, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames)
{
    PymDictObject *mp = dict_alloc(type);
    if (mp == NULL)
        return NULL;
    /* An exact dict waits for a container value; subclass instances have
     * a __dict__ and other attributes, so they are tracked at once. */
    if (type != &pym_dict_type)
        pym_gc_track((PymObject *)mp);
    return (PymObject *)mp;
}

static int dict_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (cont_check_positional("dict", nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1 && pym_dict_update_arg(self, args[0]) < 0)
        return -1;
    return update_from_kwargs(self, args + nargs, kwnames);
}

static PymNumberMethods dict_as_number = {
    .or_ = dict_or,
    .inplace_or = dict_ior,
};

static PymSequenceMethods dict_as_sequence = {
    .contains = dict_sq_contains,
};

static PymMappingMethods dict_as_mapping = {
    .length = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

static PymMethodDef dict_methods[] = {
    PYM_METHOD("keys", dict_keys_meth, PYM_METH_NOARGS),
    PYM_METHOD("items", dict_items_meth, PYM_METH_NOARGS),
    PYM_METHOD("values", dict_values_meth, PYM_METH_NOARGS),
    PYM_METHOD("get", dict_get_meth, PYM_METH_FASTCALL),
    PYM_METHOD("setdefault", dict_setdefault_meth, PYM_METH_FASTCALL),
    PYM_METHOD("pop", dict_pop_meth, PYM_METH_FASTCALL),
    PYM_METHOD("popitem", dict_popitem_meth, PYM_METH_NOARGS),
    PYM_METHOD("update", dict_update_meth, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("clear", dict_clear_meth, PYM_METH_NOARGS),
    PYM_METHOD("copy", dict_copy_meth, PYM_METH_NOARGS),
    PYM_METHOD("fromkeys", dict_fromkeys_meth, PYM_METH_FASTCALL | PYM_METH_CLASS),
    PYM_METHOD("__sizeof__", dict_sizeof_meth, PYM_METH_NOARGS),
    PYM_METHOD("__reversed__", dict_reversed_meth, PYM_METH_NOARGS),
    PYM_METHOD("__contains__", dict_contains_meth, PYM_METH_O),
    PYM_METHOD_END,
};

PymType pym_dict_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "dict",
    .basicsize = sizeof(PymDictObject),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = pym_dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .traverse = dict_traverse,
    .clear = dict_tp_clear,
    .free = pym_gc_free,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};
