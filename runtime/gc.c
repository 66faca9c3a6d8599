/* gc.c — the generational cycle collector (DESIGN rules 3 and 6).
 *
 * Every object of a GC type carries a PymGCHead just before it.  A tracked
 * object sits in exactly one circular doubly linked list: one of the three
 * generations or the permanent one (gc.freeze).  The low two bits of
 * `prev` hold flags: FINALIZED (its __del__ ran, PEP 442) and COLLECTING
 * (it belongs to the set being collected).  While a collection computes
 * reachability, `prev` of each COLLECTING object carries its gc_refs count
 * (shifted above the flags) instead of a pointer, so the list is only
 * singly linked until move_unreachable has rebuilt the back links; objects
 * tentatively unreachable carry the UNREACHABLE bit in `next`.
 *
 * Collection follows CPython 3.11:
 *   gc_refs = refcount; subtract the references internal to the set; what
 *   stays > 0 is reachable from outside, and so is everything reachable
 *   from it; the rest is garbage.  Then (PEP 442): clear weakrefs to the
 *   garbage and run the callbacks of the weakrefs that survive, call each
 *   finalizer once, recompute reachability to catch resurrected objects,
 *   and break the remaining cycles with tp_clear.
 *
 * A dict standing in for the inline attributes of a class instance
 * (dict.h: inline_owner) is collected like any dict but left out of what
 * gc reports — counts, gc.get_objects, gc.garbage, debug lines — and its
 * values count as referents of the instance, as in CPython 3.11.
 *
 * Counts: allocating a GC object raises generation 0's count, freeing one
 * lowers it; collecting generation g resets counts 0..g and raises g+1's.
 * An allocation that pushes generation 0 past its threshold starts an
 * automatic collection (not while one runs, not with an exception set,
 * not during interpreter shutdown).
 */
#include "gc.h"

#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "obmalloc.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define PREV_FINALIZED ((uintptr_t)1)
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS (PREV_FINALIZED | PREV_COLLECTING)
#define REFS_SHIFT 2
#define NEXT_UNREACHABLE ((uintptr_t)1)

typedef struct Generation {
    PymGCHead head;
    int threshold;
    int count;
    PymGCGenerationStats stats;
} Generation;

static struct {
    Generation gens[PYM_GC_NUM_GENERATIONS];
    PymGCHead permanent;
    int enabled;
    int collecting;
    int debug;
    PymObject *garbage;    /* gc.garbage */
    PymObject *callbacks;  /* gc.callbacks */
    /* Full collections wait until the objects that survived young
     * collections since the last one reach a quarter of the old ones. */
    PymSize long_lived_total;
    PymSize long_lived_pending;
    int initialized;
} gc;

/* ---- the list primitives ------------------------------------------------ */

static inline PymGCHead *next_of(PymGCHead *g) { return (PymGCHead *)g->next; }
static inline PymGCHead *prev_of(PymGCHead *g) { return (PymGCHead *)(g->prev & ~PREV_FLAGS); }
static inline void set_next(PymGCHead *g, PymGCHead *n) { g->next = (uintptr_t)n; }
static inline void set_prev(PymGCHead *g, PymGCHead *p)
{
    g->prev = (g->prev & PREV_FLAGS) | (uintptr_t)p;
}

static void list_init(PymGCHead *list)
{
    list->next = list->prev = (uintptr_t)list;
}

static int list_is_empty(PymGCHead *list)
{
    return next_of(list) == list;
}

static void list_append(PymGCHead *node, PymGCHead *list)
{
    PymGCHead *last = prev_of(list);
    set_prev(node, last);
    set_next(node, list);
    set_next(last, node);
    set_prev(list, node);
}

static void list_unlink(PymGCHead *node)
{
    PymGCHead *prev = prev_of(node), *next = next_of(node);
    set_next(prev, next);
    set_prev(next, prev);
}

static void list_move(PymGCHead *node, PymGCHead *list)
{
    list_unlink(node);
    list_append(node, list);
}

/* Append every node of `from` to `to`, leaving `from` empty. */
static void list_merge(PymGCHead *from, PymGCHead *to)
{
    if (list_is_empty(from))
        return;
    PymGCHead *to_tail = prev_of(to), *first = next_of(from), *last = prev_of(from);
    set_next(to_tail, first);
    set_prev(first, to_tail);
    set_next(last, to);
    set_prev(to, last);
    list_init(from);
}

static PymSize list_size(PymGCHead *list)
{
    PymSize n = 0;
    for (PymGCHead *g = next_of(list); g != list; g = next_of(g))
        n++;
    return n;
}

/* ---- gc_refs while collecting ------------------------------------------- */

static inline int is_collecting(PymGCHead *g) { return (g->prev & PREV_COLLECTING) != 0; }
static inline void clear_collecting(PymGCHead *g) { g->prev &= ~PREV_COLLECTING; }
static inline PymSize get_refs(PymGCHead *g) { return (PymSize)(g->prev >> REFS_SHIFT); }
static inline void set_refs(PymGCHead *g, PymSize refs)
{
    g->prev = (g->prev & PREV_FLAGS) | ((uintptr_t)refs << REFS_SHIFT);
}
static inline void reset_refs(PymGCHead *g, PymSize refs)
{
    g->prev = (g->prev & PREV_FINALIZED) | PREV_COLLECTING | ((uintptr_t)refs << REFS_SHIFT);
}
static inline void decref_refs(PymGCHead *g) { g->prev -= (uintptr_t)1 << REFS_SHIFT; }

/* ---- the public object API ---------------------------------------------- */

int pym_gc_object_is_gc(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    if (!PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HAVE_GC))
        return 0;
    /* A type object is a heap object with a PymGCHead only when it was
     * created by a class statement; static types have none. */
    if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_TYPE_SUBCLASS))
        return PYM_TYPE_HAS_FLAG((PymType *)o, PYM_TPFLAG_HEAPTYPE);
    return 1;
}

static void collect_generations(void);

PymObject *pym_gc_alloc_uncounted(PymType *type, size_t size)
{
    PymGCHead *g = pym_object_calloc(1, sizeof(PymGCHead) + size);
    if (!g)
        return pym_err_no_memory();
    PymObject *o = PYM_FROM_GC(g);
    o->refcnt = 1;
    o->type = type;
    PYM_REF_TOTAL_INC();
    return o;
}

void pym_gc_count_allocation(void)
{
    gc.gens[0].count++;
}

PymObject *pym_gc_alloc(PymType *type, size_t size)
{
    Generation *young = &gc.gens[0];
    young->count++;
    if (young->count > young->threshold && young->threshold && gc.enabled && !gc.collecting &&
        !pym_interp.finalizing && !pym_err_occurred()) {
        gc.collecting = 1;
        collect_generations();
        gc.collecting = 0;
    }
    PymObject *o = pym_gc_alloc_uncounted(type, size);
    if (!o)
        young->count--;
    return o;
}

PymObject *pym_gc_realloc_var(PymObject *o, size_t new_size)
{
    /* The block may move: it must not be linked into a list meanwhile. */
    int was_tracked = pym_gc_is_tracked(o);
    if (was_tracked)
        pym_gc_untrack(o);
    PymGCHead *g = pym_object_realloc(PYM_AS_GC(o), sizeof(PymGCHead) + new_size);
    if (!g) {
        if (was_tracked)
            pym_gc_track(o);
        return pym_err_no_memory();
    }
    if (was_tracked)
        pym_gc_track(PYM_FROM_GC(g));
    return PYM_FROM_GC(g);
}

void pym_gc_free(void *p)
{
    PymGCHead *g = PYM_AS_GC((PymObject *)p);
    if (g->next)
        list_unlink(g);
    if (gc.gens[0].count > 0)
        gc.gens[0].count--;
    pym_object_free_raw(g);
}

void pym_gc_track(PymObject *o)
{
    PymGCHead *g = PYM_AS_GC(o);
    if (g->next)
        return;
    list_append(g, &gc.gens[0].head);
}

void pym_gc_untrack(PymObject *o)
{
    PymGCHead *g = PYM_AS_GC(o);
    if (!g->next)
        return;
    list_unlink(g);
    g->next = 0;
    g->prev &= PREV_FINALIZED;
}

int pym_gc_is_tracked(PymObject *o)
{
    return PYM_AS_GC(o)->next != 0;
}

int pym_gc_is_finalized(PymObject *o)
{
    return (PYM_AS_GC(o)->prev & PREV_FINALIZED) != 0;
}

void pym_gc_set_finalized(PymObject *o)
{
    PYM_AS_GC(o)->prev |= PREV_FINALIZED;
}

/* ---- output to sys.stderr (the DEBUG_* reports) ------------------------- */

static void write_stderr(const char *format, ...)
{
    char text[512];
    va_list va;
    va_start(va, format);
    vsnprintf(text, sizeof text, format, va);
    va_end(va);

    PymObject *saved = pym_err_fetch();
    PymObject *stream = NULL, *s = NULL, *r = NULL;
    if (pym_interp.sys_module)
        stream = pym_object_getattr_str(pym_interp.sys_module, "stderr");
    if (stream && stream != PYM_NONE && (s = pym_str_from_cstr(text)) != NULL)
        r = pym_object_call_method_str(stream, "write", &s, 1);
    if (!r) {
        pym_err_clear();
        fputs(text, stderr);
    }
    PYM_XDECREF(r);
    PYM_XDECREF(s);
    PYM_XDECREF(stream);
    pym_err_restore(saved);
}

/* ---- reachability ------------------------------------------------------- */

/* gc_refs := refcount for every object of the set, and mark it COLLECTING. */
static void update_refs(PymGCHead *containers)
{
    for (PymGCHead *g = next_of(containers); g != containers; g = next_of(g))
        reset_refs(g, PYM_REFCNT(PYM_FROM_GC(g)));
}

static int visit_decref(PymObject *o, void *unused)
{
    if (o && pym_gc_object_is_gc(o)) {
        PymGCHead *g = PYM_AS_GC(o);
        if (is_collecting(g))
            decref_refs(g);
    }
    return 0;
}

/* Subtract the references from inside the set: what is left counts the
 * references from outside. */
static void subtract_refs(PymGCHead *containers)
{
    for (PymGCHead *g = next_of(containers); g != containers; g = next_of(g)) {
        PymObject *o = PYM_FROM_GC(g);
        PymTraverseProc traverse = PYM_TYPE(o)->traverse;
        if (traverse)
            traverse(o, visit_decref, NULL);
    }
}

/* o is referenced from a reachable object: make sure it is treated as
 * reachable too. */
static int visit_reachable(PymObject *o, void *arg)
{
    PymGCHead *reachable = arg;
    if (!o || !pym_gc_object_is_gc(o))
        return 0;
    PymGCHead *g = PYM_AS_GC(o);
    /* Objects outside the set, and those already scanned, are not
     * COLLECTING. */
    if (!is_collecting(g))
        return 0;
    if (g->next & NEXT_UNREACHABLE) {
        /* Moved to the unreachable list earlier, but reachable after all:
         * unlink it by hand (the list carries UNREACHABLE bits) and put it
         * back at the end of the list being scanned. */
        PymGCHead *prev = prev_of(g);
        PymGCHead *next = (PymGCHead *)(g->next & ~NEXT_UNREACHABLE);
        prev->next = g->next;
        set_prev(next, prev);
        list_append(g, reachable);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        /* Not scanned yet: tell the scan it is reachable. */
        set_refs(g, 1);
    }
    return 0;
}

/* CPython 3.11 keeps the attributes of a class instance inline, so the
 * instance itself reaches its attribute values.  pym keeps them in a dict
 * that is often created (and tracked) after the first value: reaching the
 * values straight from the instance too keeps the scan order — and with it
 * the order in which garbage is finalized — the same as CPython's.  Only
 * marks objects that are reachable anyway.  A dict already handed to
 * Python code is an object of its own, and its values are reached through
 * it, as in CPython. */
static void visit_instance_attributes(PymObject *o, PymGCHead *young)
{
    PymType *t = PYM_TYPE(o);
    if (!PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HEAPTYPE) || t->dictoffset == 0)
        return;
    PymObject **dictptr = pym_object_dict_ptr(o);
    if (dictptr && *dictptr && pym_dict_inline_owner_borrow(*dictptr) == o)
        PYM_TYPE(*dictptr)->traverse(*dictptr, visit_reachable, young);
}

/* A dict standing in for an instance's inline attributes (dict.h): not an
 * object of its own as far as gc's reports go. */
static int is_inline_attributes(PymObject *o) { return pym_dict_inline_owner_borrow(o) != NULL; }

/* Objects in `list` that CPython would count (inline attribute dicts
 * left out). */
static PymSize count_reported(PymGCHead *list)
{
    PymSize n = 0;
    for (PymGCHead *g = next_of(list); g != list; g = next_of(g))
        n += !is_inline_attributes(PYM_FROM_GC(g));
    return n;
}

/* Split `young` (gc_refs computed) into the objects reachable from outside
 * — they stay in young, with proper back links and COLLECTING cleared —
 * and the rest, moved to `unreachable` with their UNREACHABLE bit set. */
static void move_unreachable(PymGCHead *young, PymGCHead *unreachable)
{
    PymGCHead *prev = young;
    PymGCHead *g = next_of(young);
    while (g != young) {
        if (get_refs(g) > 0) {
            PymObject *o = PYM_FROM_GC(g);
            PymTraverseProc traverse = PYM_TYPE(o)->traverse;
            /* The traversal may append to young, changing g->next when g is
             * the last node: read the successor only afterwards. */
            if (traverse)
                traverse(o, visit_reachable, young);
            visit_instance_attributes(o, young);
            set_prev(g, prev);
            clear_collecting(g);
            prev = g;
        } else {
            /* Tentatively unreachable; the list stays singly linked here. */
            prev->next = g->next;
            PymGCHead *last = prev_of(unreachable);
            last->next = NEXT_UNREACHABLE | (uintptr_t)g;
            set_prev(g, last);
            g->next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev = (uintptr_t)g;
        }
        g = (PymGCHead *)prev->next;
    }
    young->prev = (uintptr_t)prev;
    /* The head's next picked up an UNREACHABLE bit above: drop it. */
    unreachable->next &= ~NEXT_UNREACHABLE;
}

static void clear_unreachable_bits(PymGCHead *unreachable)
{
    for (PymGCHead *g = next_of(unreachable); g != unreachable; g = next_of(g))
        g->next &= ~NEXT_UNREACHABLE;
}

static void deduce_unreachable(PymGCHead *base, PymGCHead *unreachable)
{
    update_refs(base);
    subtract_refs(base);
    list_init(unreachable);
    move_unreachable(base, unreachable);
}

static void list_clear_collecting(PymGCHead *list)
{
    for (PymGCHead *g = next_of(list); g != list; g = next_of(g))
        clear_collecting(g);
}

/* ---- untracking containers of atoms (CPython 3.11's rules) -------------- */

/* Tuples of atoms leave the collector's lists; so do dicts of atoms, but
 * only in full collections, to keep dict building linear (bpo-14775) —
 * dict.c tracks a dict again as soon as a container is stored in it. */
static void untrack_atom_containers(PymGCHead *list, int dicts_too)
{
    PymGCHead *next;
    for (PymGCHead *g = next_of(list); g != list; g = next) {
        next = next_of(g);
        PymObject *o = PYM_FROM_GC(g);
        if (PYM_TUPLE_CHECK_EXACT(o))
            pym_tuple_maybe_untrack(o);
        else if (dicts_too && PYM_DICT_CHECK_EXACT(o))
            pym_dict_maybe_untrack(o);
    }
}

/* ---- PEP 442: weakrefs, finalizers, resurrection ------------------------ */

/* Clear every weakref to the garbage.  Callbacks of weakrefs that are
 * themselves garbage are dropped; the others are called once all the
 * weakrefs are cleared, so no callback can reach the garbage.  Returns the
 * number of weakrefs freed by their callbacks. */
static PymSize handle_weakrefs(PymGCHead *unreachable)
{
    PymObject **pending = NULL;
    PymSize npending = 0, cap = 0, freed = 0;

    for (PymGCHead *g = next_of(unreachable); g != unreachable; g = next_of(g)) {
        PymObject *o = PYM_FROM_GC(g);
        /* A weakref in the garbage must not fire later either. */
        if (PYM_WEAKREF_CHECK(o))
            pym_weakref_clear_ref((PymWeakReference *)o);
        if (!pym_type_supports_weakrefs(PYM_TYPE(o)))
            continue;
        PymWeakReference **head = PYM_WEAKLIST_PTR(o);
        for (PymWeakReference *wr = *head; wr; wr = *head) {
            pym_weakref_clear_ref(wr); /* unlinks wr: *head moves on */
            if (!wr->callback)
                continue;
            if (pym_gc_object_is_gc((PymObject *)wr) && is_collecting(PYM_AS_GC((PymObject *)wr)))
                continue;
            if (npending == cap) {
                PymSize ncap = cap ? cap * 2 : 8;
                PymObject **grown = pym_mem_realloc(pending, (size_t)ncap * sizeof *grown);
                if (!grown)
                    continue; /* out of memory: this callback is lost */
                pending = grown;
                cap = ncap;
            }
            pending[npending++] = PYM_NEWREF(wr);
        }
    }

    for (PymSize i = 0; i < npending; i++) {
        PymWeakReference *wr = (PymWeakReference *)pending[i];
        PymObject *callback = wr->callback;
        if (callback) {
            PYM_INCREF(callback);
            PymObject *r = pym_object_call1(callback, (PymObject *)wr);
            if (r)
                PYM_DECREF(r);
            else
                pym_err_write_unraisable(callback);
            PYM_DECREF(callback);
        }
        if (PYM_REFCNT(wr) == 1)
            freed++;
        PYM_DECREF(wr);
    }
    pym_mem_free(pending);
    return freed;
}

/* Call each finalizer once.  A finalizer may free other garbage, so each
 * object leaves the list before its finalizer runs. */
static void finalize_garbage(PymGCHead *collectable)
{
    PymGCHead seen;
    list_init(&seen);
    while (!list_is_empty(collectable)) {
        PymGCHead *g = next_of(collectable);
        PymObject *o = PYM_FROM_GC(g);
        list_move(g, &seen);
        PymDestructor finalize = PYM_TYPE(o)->finalize;
        if (!(g->prev & PREV_FINALIZED) && finalize) {
            g->prev |= PREV_FINALIZED;
            PYM_INCREF(o);
            PymObject *saved = pym_err_fetch();
            finalize(o);
            if (pym_err_occurred())
                pym_err_write_unraisable(o);
            pym_err_restore(saved);
            PYM_DECREF(o);
        }
    }
    list_merge(&seen, collectable);
}

/* Objects a finalizer made reachable again go to `old`; what is still
 * unreachable ends up in still_unreachable. */
static void handle_resurrected(PymGCHead *unreachable, PymGCHead *still_unreachable,
                               PymGCHead *old)
{
    list_clear_collecting(unreachable);
    deduce_unreachable(unreachable, still_unreachable);
    clear_unreachable_bits(still_unreachable);
    list_merge(unreachable, old);
}

/* Break the cycles: tp_clear each object (or save it in gc.garbage under
 * DEBUG_SAVEALL).  Objects that survive their clear move to `old`. */
static void delete_garbage(PymGCHead *collectable, PymGCHead *old)
{
    while (!list_is_empty(collectable)) {
        PymGCHead *g = next_of(collectable);
        PymObject *o = PYM_FROM_GC(g);
        if (gc.debug & PYM_GC_DEBUG_SAVEALL) {
            /* (an inline attribute dict stays alive through its instance) */
            PymObject *garbage = pym_gc_garbage_borrow();
            if (!is_inline_attributes(o) && (!garbage || pym_list_append(garbage, o) < 0))
                pym_err_clear();
        } else {
            PymInquiry clear = PYM_TYPE(o)->clear;
            if (clear) {
                PYM_INCREF(o);
                clear(o);
                if (pym_err_occurred())
                    pym_err_write_unraisable((PymObject *)PYM_TYPE(o));
                PYM_DECREF(o);
            }
        }
        if (next_of(collectable) == g) {
            /* Still alive: it may die later. */
            clear_collecting(g);
            list_move(g, old);
        }
    }
}

/* ---- the collection ----------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static PymSize collect_main(int generation, PymSize *out_collected, PymSize *out_uncollectable)
{
    PymSize collected = 0, uncollectable = 0;
    double started = 0;

    if (gc.debug & PYM_GC_DEBUG_STATS) {
        write_stderr("gc: collecting generation %d...\n", generation);
        write_stderr("gc: objects in each generation: %zd %zd %zd\n",
                     count_reported(&gc.gens[0].head), count_reported(&gc.gens[1].head),
                     count_reported(&gc.gens[2].head));
        write_stderr("gc: objects in permanent generation: %zd\n", count_reported(&gc.permanent));
        started = now_seconds();
    }

    if (generation + 1 < PYM_GC_NUM_GENERATIONS)
        gc.gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        gc.gens[i].count = 0;
    for (int i = 0; i < generation; i++)
        list_merge(&gc.gens[i].head, &gc.gens[generation].head);

    PymGCHead *young = &gc.gens[generation].head;
    PymGCHead *old = generation + 1 < PYM_GC_NUM_GENERATIONS ? &gc.gens[generation + 1].head : young;

    PymGCHead unreachable;
    deduce_unreachable(young, &unreachable);
    untrack_atom_containers(young, young == old);
    if (young != old) {
        if (generation == PYM_GC_NUM_GENERATIONS - 2)
            gc.long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        gc.long_lived_pending = 0;
        gc.long_lived_total = list_size(young);
    }
    /* pym has no legacy (tp_del) finalizers, so nothing is uncollectable
     * and the whole unreachable set proceeds. */
    clear_unreachable_bits(&unreachable);

    if (gc.debug & PYM_GC_DEBUG_COLLECTABLE)
        for (PymGCHead *g = next_of(&unreachable); g != &unreachable; g = next_of(g))
            if (!is_inline_attributes(PYM_FROM_GC(g)))
                write_stderr("gc: collectable <%s %p>\n", PYM_TYPE_NAME(PYM_FROM_GC(g)),
                             (void *)PYM_FROM_GC(g));

    collected += handle_weakrefs(&unreachable);
    finalize_garbage(&unreachable);
    PymGCHead still_unreachable;
    handle_resurrected(&unreachable, &still_unreachable, old);
    collected += count_reported(&still_unreachable);
    delete_garbage(&still_unreachable, old);

    if (gc.debug & PYM_GC_DEBUG_STATS)
        write_stderr("gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                     collected + uncollectable, uncollectable, now_seconds() - started);

    if (pym_err_occurred())
        pym_err_write_unraisable(NULL);

    PymGCGenerationStats *stats = &gc.gens[generation].stats;
    stats->collections++;
    stats->collected += collected;
    stats->uncollectable += uncollectable;
    *out_collected = collected;
    *out_uncollectable = uncollectable;
    return collected + uncollectable;
}

/* Call each of gc.callbacks with (phase, info). */
static void invoke_callbacks(const char *phase, int generation, PymSize collected,
                             PymSize uncollectable)
{
    if (!gc.callbacks || !PYM_LIST_CHECK(gc.callbacks) || PYM_LIST_SIZE(gc.callbacks) == 0)
        return;
    PymObject *saved = pym_err_fetch();
    PymObject *info = pym_dict_new();
    PymObject *phase_str = pym_str_from_cstr(phase);
    PymObject *values[3] = {pym_int_from_i64(generation), pym_int_from_ssize(collected),
                            pym_int_from_ssize(uncollectable)};
    int failed = !info || !phase_str || !values[0] || !values[1] || !values[2] ||
                 pym_dict_setitem_str(info, "generation", values[0]) < 0 ||
                 pym_dict_setitem_str(info, "collected", values[1]) < 0 ||
                 pym_dict_setitem_str(info, "uncollectable", values[2]) < 0;
    for (int i = 0; i < 3; i++)
        PYM_XDECREF(values[i]);
    if (failed) {
        pym_err_write_unraisable(NULL);
    } else {
        /* The list may change under our feet: index it afresh each time. */
        for (PymSize i = 0; i < PYM_LIST_SIZE(gc.callbacks); i++) {
            PymObject *cb = PYM_NEWREF(PYM_LIST_BORROW_ITEM(gc.callbacks, i));
            PymObject *args[2] = {phase_str, info};
            PymObject *r = pym_object_call(cb, args, 2, NULL);
            if (r)
                PYM_DECREF(r);
            else
                pym_err_write_unraisable(cb);
            PYM_DECREF(cb);
        }
    }
    PYM_XDECREF(info);
    PYM_XDECREF(phase_str);
    pym_err_restore(saved);
}

static PymSize collect_with_callbacks(int generation)
{
    PymSize collected = 0, uncollectable = 0;
    invoke_callbacks("start", generation, 0, 0);
    PymSize n = collect_main(generation, &collected, &uncollectable);
    invoke_callbacks("stop", generation, collected, uncollectable);
    return n;
}

/* The automatic collection: the oldest generation over its threshold. */
static void collect_generations(void)
{
    for (int i = PYM_GC_NUM_GENERATIONS - 1; i >= 0; i--) {
        if (gc.gens[i].count > gc.gens[i].threshold) {
            if (i == PYM_GC_NUM_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4)
                continue;
            collect_with_callbacks(i);
            break;
        }
    }
}

PymSize pym_gc_collect(int generation)
{
    if (generation < 0 || generation >= PYM_GC_NUM_GENERATIONS) {
        pym_err_set_string(&pym_exc_ValueError, "invalid generation");
        return -1;
    }
    if (gc.collecting)
        return 0;
    gc.collecting = 1;
    PymSize n = collect_with_callbacks(generation);
    gc.collecting = 0;
    return n;
}

PymSize pym_gc_collect_no_callbacks(int generation)
{
    if (gc.collecting)
        return 0;
    PymSize collected, uncollectable;
    gc.collecting = 1;
    PymSize n = collect_main(generation, &collected, &uncollectable);
    gc.collecting = 0;
    return n;
}

/* ---- start-up and shutdown ---------------------------------------------- */

void pym_gc_init(void)
{
    static const int thresholds[PYM_GC_NUM_GENERATIONS] = {700, 10, 10};
    if (gc.initialized)
        return;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        list_init(&gc.gens[i].head);
        gc.gens[i].threshold = thresholds[i];
        gc.gens[i].count = 0;
        memset(&gc.gens[i].stats, 0, sizeof gc.gens[i].stats);
    }
    list_init(&gc.permanent);
    gc.enabled = 1;
    gc.initialized = 1;
}

void pym_gc_fini(void)
{
    if (!gc.initialized || gc.collecting)
        return;
    PymSize collected, uncollectable;
    pym_gc_unfreeze();
    gc.collecting = 1;
    collect_main(PYM_GC_NUM_GENERATIONS - 1, &collected, &uncollectable);
    /* Under DEBUG_SAVEALL gc.garbage kept the cycles alive: drop it and
     * collect them for good, so that nothing leaks. */
    int had_garbage = gc.garbage && PYM_LIST_SIZE(gc.garbage) > 0;
    PYM_CLEAR(gc.garbage);
    PYM_CLEAR(gc.callbacks);
    gc.debug = 0;
    if (had_garbage)
        collect_main(PYM_GC_NUM_GENERATIONS - 1, &collected, &uncollectable);
    gc.collecting = 0;
    pym_err_clear();
}

/* ---- the gc module's view ----------------------------------------------- */

int pym_gc_is_enabled(void) { return gc.enabled; }
void pym_gc_set_enabled(int enabled) { gc.enabled = enabled != 0; }
int pym_gc_get_debug(void) { return gc.debug; }
void pym_gc_set_debug(int flags) { gc.debug = flags; }
int pym_gc_get_threshold(int generation) { return gc.gens[generation].threshold; }
void pym_gc_set_threshold(int generation, int threshold) { gc.gens[generation].threshold = threshold; }
int pym_gc_get_count(int generation) { return gc.gens[generation].count; }
PymGCGenerationStats pym_gc_get_stats(int generation) { return gc.gens[generation].stats; }

PymObject *pym_gc_garbage_borrow(void)
{
    if (!gc.garbage)
        gc.garbage = pym_list_new(0);
    return gc.garbage;
}

PymObject *pym_gc_callbacks_borrow(void)
{
    if (!gc.callbacks)
        gc.callbacks = pym_list_new(0);
    return gc.callbacks;
}

static int append_list_objects(PymObject *result, PymGCHead *list, PymObject *exclude)
{
    for (PymGCHead *g = next_of(list); g != list; g = next_of(g)) {
        PymObject *o = PYM_FROM_GC(g);
        if (o != exclude && o != result && !is_inline_attributes(o) &&
            pym_list_append(result, o) < 0)
            return -1;
    }
    return 0;
}

PymObject *pym_gc_get_objects(int generation, PymObject *exclude)
{
    PymObject *result = pym_list_new(0);
    if (!result)
        return NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        if (generation >= 0 && i != generation)
            continue;
        if (append_list_objects(result, &gc.gens[i].head, exclude) < 0) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

typedef struct ReferrerSearch {
    PymObject *const *targets;
    PymSize n;
} ReferrerSearch;

static int visit_is_target(PymObject *o, void *arg)
{
    ReferrerSearch *search = arg;
    for (PymSize i = 0; i < search->n; i++)
        if (search->targets[i] == o)
            return 1;
    return 0;
}

PymObject *pym_gc_get_referrers(PymObject *const *targets, PymSize n, PymObject *const *skip,
                                PymSize nskip)
{
    ReferrerSearch search = {targets, n};
    PymObject *result = pym_list_new(0);
    if (!result)
        return NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        PymGCHead *list = &gc.gens[i].head;
        for (PymGCHead *g = next_of(list); g != list; g = next_of(g)) {
            PymObject *o = PYM_FROM_GC(g);
            int skipped = o == result;
            for (PymSize k = 0; k < nskip && !skipped; k++)
                skipped = o == skip[k];
            PymTraverseProc traverse = PYM_TYPE(o)->traverse;
            if (skipped || !traverse || is_inline_attributes(o))
                continue;
            if (!traverse(o, visit_is_target, &search)) {
                /* an instance refers to its inline attributes itself */
                PymObject **dictptr = pym_object_dict_ptr(o);
                PymObject *dict = dictptr ? *dictptr : NULL;
                if (!dict || pym_dict_inline_owner_borrow(dict) != o ||
                    !PYM_TYPE(dict)->traverse(dict, visit_is_target, &search))
                    continue;
            }
            if (pym_list_append(result, o) < 0) {
                PYM_DECREF(result);
                return NULL;
            }
        }
    }
    return result;
}

void pym_gc_freeze(void)
{
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++)
        list_merge(&gc.gens[i].head, &gc.permanent);
    gc.gens[0].count = 0;
}

void pym_gc_unfreeze(void)
{
    list_merge(&gc.permanent, &gc.gens[PYM_GC_NUM_GENERATIONS - 1].head);
}

PymSize pym_gc_get_freeze_count(void)
{
    return count_reported(&gc.permanent);
}
