/* dict_internal.h — the dict table layout, shared by dict.c (the table and
 * the dict type) and dictviews.c (views and iterators).  Not for other
 * areas: use dict.h.
 *
 * Layout (CPython 3.11's compact dict): a 32-byte header, then an index
 * array of 2**log2_size signed slots (1, 2, 4 or 8 bytes each: an entry
 * number, EMPTY or DUMMY), then USABLE_FRACTION(size) entries in insertion
 * order.  A table whose keys are all exact str ("unicode" kind) stores
 * entries of {key, value} and takes hashes from the strings; the general
 * kind stores {hash, key, value}.  A deleted entry keeps its place with
 * key and value NULL until the next resize.
 */
#ifndef PYM_DICT_INTERNAL_H
#define PYM_DICT_INTERNAL_H

#include "pym.h"

enum { DICT_KEYS_GENERAL = 0, DICT_KEYS_UNICODE = 1 };
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DKIX_KEY_CHANGED (-4) /* a comparison mutated the dict: look again */

struct PymDictKeys {
    PymSize refcnt;           /* 1; the shared empty table is never freed */
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    uint8_t kind;
    uint8_t pad_;
    uint32_t unused_;         /* keeps the 32-byte header of CPython */
    PymSize usable;           /* entries that can still be appended */
    PymSize nentries;         /* entries used, deleted ones included */
};

typedef struct DictGeneralEntry {
    PymHash hash;
    PymObject *key;
    PymObject *value;
} DictGeneralEntry;

typedef struct DictStrEntry {
    PymObject *key;
    PymObject *value;
} DictStrEntry;

static inline char *dk_indices(PymDictKeys *dk)
{
    return (char *)(dk + 1);
}

static inline void *dk_entries(PymDictKeys *dk)
{
    return dk_indices(dk) + ((size_t)1 << dk->log2_index_bytes);
}

static inline DictGeneralEntry *dk_general_entries(PymDictKeys *dk)
{
    return (DictGeneralEntry *)dk_entries(dk);
}

static inline DictStrEntry *dk_str_entries(PymDictKeys *dk)
{
    return (DictStrEntry *)dk_entries(dk);
}

static inline PymObject *dk_entry_key(PymDictKeys *dk, PymSize i)
{
    return dk->kind == DICT_KEYS_UNICODE ? dk_str_entries(dk)[i].key
                                         : dk_general_entries(dk)[i].key;
}

static inline PymObject *dk_entry_value(PymDictKeys *dk, PymSize i)
{
    return dk->kind == DICT_KEYS_UNICODE ? dk_str_entries(dk)[i].value
                                         : dk_general_entries(dk)[i].value;
}

static inline PymHash dk_entry_hash(PymDictKeys *dk, PymSize i)
{
    return dk->kind == DICT_KEYS_UNICODE ? pym_str_hash(dk_str_entries(dk)[i].key)
                                         : dk_general_entries(dk)[i].hash;
}

#define DICT(o) ((PymDictObject *)(o))

/* dictviews.c */
PymObject *pym_dictview_new(PymObject *dict, PymType *view_type);
PymObject *pym_dictiter_new(PymObject *dict, PymType *iter_type);
/* dict.c: the iter slot of dict (exact-dict check in dict_merge). */
PymObject *pym_dict_iter(PymObject *dict);

#endif
