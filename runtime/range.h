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
