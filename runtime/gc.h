/* gc.h — the generational cycle collector (DESIGN rules 3 and 6).
 *
 * Objects whose type has PYM_TPFLAG_HAVE_GC carry a PymGCHead of 16 bytes
 * immediately before the PymObject.  Invariants: a tracked object is in
 * exactly one generation list; an untracked one is in none; collection
 * follows PEP 442 (weakrefs cleared, finalizers once, resurrection check,
 * then tp_clear breaks the cycles).
 */
#ifndef PYM_GC_H
#define PYM_GC_H

#include "object.h"

typedef struct PymGCHead {
    uintptr_t next;   /* next in the generation list (0 when untracked) */
    uintptr_t prev;   /* prev pointer, low bits used as flags by gc.c */
} PymGCHead;

#define PYM_AS_GC(o) ((PymGCHead *)(o) - 1)
#define PYM_FROM_GC(g) ((PymObject *)((PymGCHead *)(g) + 1))

/* Allocate a GC object: PymGCHead + size bytes (zeroed), untracked,
 * refcount 1, type set; counts toward generation 0's threshold. */
PymObject *pym_gc_alloc(PymType *type, size_t size);
PymObject *pym_gc_realloc_var(PymObject *o, size_t new_size); /* for tuples that shrink */
void pym_gc_free(void *o);     /* type->free for GC types */
void pym_gc_track(PymObject *o);
void pym_gc_untrack(PymObject *o);
int pym_gc_is_tracked(PymObject *o);
int pym_gc_is_finalized(PymObject *o);
void pym_gc_set_finalized(PymObject *o);
/* Run a collection of `generation` (0..2); returns unreachable count or -1. */
PymSize pym_gc_collect(int generation);
void pym_gc_init(void);
/* At exit: final collection and teardown bookkeeping. */
void pym_gc_fini(void);

#endif
