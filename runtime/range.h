/* range.h — range, slice and the built-in iterator types (sequence
 * iterator, callable iterator, enumerate, zip, map, filter, reversed).
 * Invariants: range holds three ints; its iterator uses machine words when
 * they fit. */
#ifndef PYM_RANGE_H
#define PYM_RANGE_H
#include "object.h"

extern PymType pym_range_type, pym_range_iter_type, pym_slice_type;
extern PymType pym_seq_iter_type, pym_callable_iter_type, pym_enumerate_type, pym_zip_type,
    pym_map_type, pym_filter_type, pym_reversed_type;
extern PymType pym_longrange_iter_type; /* iter(range) beyond machine words */

/* 48 bytes as CPython's: the three arguments and the length, all ints. */
typedef struct PymRangeObject {
    PYM_OBJECT_HEAD;
    PymObject *start, *stop, *step, *length;
} PymRangeObject;
#define PYM_RANGE_CHECK(o) (PYM_TYPE(o) == &pym_range_type)

/* iter(range) when start, step and length fit in machine words; the next
 * value is start + index * step (a VM fast path may step it inline). */
typedef struct PymRangeIterObject {
    PYM_OBJECT_HEAD;
    long index;
    long start;
    long step;
    long len;
} PymRangeIterObject;

PymObject *pym_range_new(PymObject *start, PymObject *stop, PymObject *step); /* ints */

typedef struct PymSliceObject {
    PYM_OBJECT_HEAD;
    PymObject *start, *stop, *step; /* never NULL: None when absent */
} PymSliceObject;
#define PYM_SLICE_CHECK(o) (PYM_TYPE(o) == &pym_slice_type)

PymObject *pym_slice_new(PymObject *start, PymObject *stop, PymObject *step); /* NULL → None */
/* Resolve a slice against a sequence length: fills start/stop/step and
 * returns the slice length, or -1 on error (e.g. step zero: ValueError
 * "slice step cannot be zero"). */
PymSize pym_slice_indices(PymObject *slice, PymSize length, PymSize *start, PymSize *stop,
                          PymSize *step);
PymObject *pym_seq_iter_new(PymObject *seq);          /* iter over __getitem__ */
PymObject *pym_callable_iter_new(PymObject *callable, PymObject *sentinel);

#endif
