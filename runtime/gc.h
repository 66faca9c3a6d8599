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
 * refcount 1, type set (its refcount untouched: pym_type_generic_alloc
 * increfs heap types); counts toward generation 0's threshold and may run
 * an automatic collection first.  A statically allocated object of a GC
 * type other than a type object needs a zeroed PymGCHead in front of it
 * (as the empty tuple has). */
PymObject *pym_gc_alloc(PymType *type, size_t size);
/* The same without counting toward generation 0 (nor collecting), for an
 * object CPython 3.11 would not have allocated: an instance's attribute
 * dict while its attributes would be inline.  pym_gc_count_allocation
 * counts it once it becomes an object CPython would have. */
PymObject *pym_gc_alloc_uncounted(PymType *type, size_t size);
void pym_gc_count_allocation(void);
/* Resize (tuples that shrink); a tracked object stays tracked. */
PymObject *pym_gc_realloc_var(PymObject *o, size_t new_size);
void pym_gc_free(void *o);     /* type->free for GC types */
void pym_gc_track(PymObject *o);
void pym_gc_untrack(PymObject *o);
int pym_gc_is_tracked(PymObject *o);
int pym_gc_is_finalized(PymObject *o);
void pym_gc_set_finalized(PymObject *o);
/* Run a collection of `generation` (0..2); returns unreachable count or -1. */
PymSize pym_gc_collect(int generation);
/* The same without calling gc.callbacks (CPython's shutdown collections);
 * does nothing while a collection runs. */
PymSize pym_gc_collect_no_callbacks(int generation);
void pym_gc_init(void);
/* At exit: final collection and teardown bookkeeping. */
void pym_gc_fini(void);

/* ---- for the gc module (stdlib/gcmodule.c) and sys.getsizeof ---------- */
/* True when o carries a PymGCHead: its type has PYM_TPFLAG_HAVE_GC, except
 * statically allocated type objects (CPython's tp_is_gc). */
int pym_gc_object_is_gc(PymObject *o);
/* gc.DEBUG_* flags, CPython's values. */
enum {
    PYM_GC_DEBUG_STATS = 1,
    PYM_GC_DEBUG_COLLECTABLE = 2,
    PYM_GC_DEBUG_UNCOLLECTABLE = 4,
    PYM_GC_DEBUG_SAVEALL = 32,
    PYM_GC_DEBUG_LEAK = 2 | 4 | 32,
};
#define PYM_GC_NUM_GENERATIONS 3
typedef struct PymGCGenerationStats {
    PymSize collections, collected, uncollectable;
} PymGCGenerationStats;
int pym_gc_is_enabled(void);
void pym_gc_set_enabled(int enabled);
int pym_gc_get_debug(void);
void pym_gc_set_debug(int flags);
int pym_gc_get_threshold(int generation);
void pym_gc_set_threshold(int generation, int threshold);
int pym_gc_get_count(int generation);
PymGCGenerationStats pym_gc_get_stats(int generation);
/* gc.garbage and gc.callbacks (lists, created on first use). */
PymObject *pym_gc_garbage_borrow(void);
PymObject *pym_gc_callbacks_borrow(void);
/* A list of the tracked objects of one generation (0..2) or of all (-1),
 * leaving out `exclude` (may be NULL). */
PymObject *pym_gc_get_objects(int generation, PymObject *exclude);
/* Tracked objects whose traverse visits one of targets[0..n), leaving out
 * the objects in skip[0..nskip). */
PymObject *pym_gc_get_referrers(PymObject *const *targets, PymSize n,
                                PymObject *const *skip, PymSize nskip);
void pym_gc_freeze(void);
void pym_gc_unfreeze(void);
PymSize pym_gc_get_freeze_count(void);

#endif
