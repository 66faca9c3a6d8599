/* test_gc.c — the cycle collector on a small GC type of its own: tracking,
 * cycles found and freed, reachability through objects scanned later,
 * generations and thresholds, PEP 442 finalizers and resurrection, weakref
 * callbacks during collection, freeze, get_referrers, and a randomized
 * graph test checked against a reachability computed independently. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/pym.h"

/* ---- a test container: two references, a finalizer counter ------------- */

typedef struct Node {
    PYM_OBJECT_HEAD;
    PymObject *a, *b;
    PymObject *weakreflist;
    int id;
} Node;

static int nodes_freed;
static int finalizer_calls;
static unsigned char freed_ids[4096];
static PymObject *resurrected; /* a finalizer may park its node here */
static int resurrect_next;

static void node_dealloc(PymObject *self)
{
    Node *n = (Node *)self;
    pym_gc_untrack(self);
    if (n->weakreflist)
        pym_weakref_clear_refs(self);
    PYM_CLEAR(n->a);
    PYM_CLEAR(n->b);
    nodes_freed++;
    if (n->id >= 0 && n->id < (int)sizeof freed_ids)
        freed_ids[n->id] = 1;
    pym_gc_free(self);
}

static int node_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    Node *n = (Node *)self;
    if (n->a && visit(n->a, arg))
        return 1;
    if (n->b && visit(n->b, arg))
        return 1;
    return 0;
}

static int node_clear(PymObject *self)
{
    Node *n = (Node *)self;
    PYM_CLEAR(n->a);
    PYM_CLEAR(n->b);
    return 0;
}

static void node_finalize(PymObject *self)
{
    finalizer_calls++;
    if (resurrect_next) {
        resurrect_next = 0;
        resurrected = PYM_NEWREF(self);
    }
}

static PymType node_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "Node",
    .basicsize = sizeof(Node),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .free = pym_gc_free,
    .weaklistoffset = offsetof(Node, weakreflist),
};

static PymType final_node_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "FinalNode",
    .basicsize = sizeof(Node),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .finalize = node_finalize,
    .free = pym_gc_free,
    .weaklistoffset = offsetof(Node, weakreflist),
};

static PymObject *new_node_of(PymType *type, int id)
{
    Node *n = (Node *)pym_gc_alloc(type, sizeof(Node));
    cr_assert_not_null(n);
    n->id = id;
    pym_gc_track((PymObject *)n);
    return (PymObject *)n;
}

static PymObject *new_node(int id) { return new_node_of(&node_type, id); }

static void link(PymObject *from, PymObject *to)
{
    Node *n = (Node *)from;
    PymObject **slot = n->a ? &n->b : &n->a;
    cr_assert_null(*slot, "node %d has two links already", n->id);
    *slot = PYM_NEWREF(to);
}

/* The whole interpreter when the test links the full library (callbacks
 * are called through the real object protocol); just the collector when
 * it is built against stubs. */
__attribute__((weak)) int pym_initialize(void);

static void setup(void)
{
    if (pym_initialize)
        cr_assert_eq(pym_initialize(), 0);
    pym_gc_init();
    pym_gc_set_enabled(0); /* collections only when a test asks */
    pym_gc_collect(2);     /* start from a clean heap */
    nodes_freed = finalizer_calls = 0;
    memset(freed_ids, 0, sizeof freed_ids);
    resurrected = NULL;
    resurrect_next = 0;
}

TestSuite(gc, .init = setup);

Test(gc, track_and_untrack)
{
    PymObject *n = pym_gc_alloc(&node_type, sizeof(Node));
    int before = pym_gc_get_count(0);
    cr_assert_not(pym_gc_is_tracked(n));
    pym_gc_track(n);
    cr_assert(pym_gc_is_tracked(n));
    pym_gc_untrack(n);
    cr_assert_not(pym_gc_is_tracked(n));
    pym_gc_track(n);
    PYM_DECREF(n);
    cr_assert_eq(nodes_freed, 1);
    cr_assert_eq(pym_gc_get_count(0), before - 1, "a free lowers generation 0's count");
}

Test(gc, simple_cycle_is_collected)
{
    PymObject *x = new_node(1), *y = new_node(2);
    link(x, y);
    link(y, x);
    PYM_DECREF(x);
    PYM_DECREF(y);
    PymGCGenerationStats before = pym_gc_get_stats(0);
    cr_assert_eq(nodes_freed, 0, "a cycle survives reference counting");
    cr_assert_eq(pym_gc_collect(0), 2);
    cr_assert_eq(nodes_freed, 2);
    cr_assert_eq(pym_gc_get_stats(0).collections, before.collections + 1);
    cr_assert_eq(pym_gc_get_stats(0).collected, before.collected + 2);
}

Test(gc, self_reference_is_collected)
{
    PymObject *x = new_node(1);
    link(x, x);
    PYM_DECREF(x);
    cr_assert_eq(pym_gc_collect(2), 1);
    cr_assert_eq(nodes_freed, 1);
}

Test(gc, referenced_cycle_survives_and_ages)
{
    PymObject *x = new_node(1), *y = new_node(2);
    link(x, y);
    link(y, x);
    PYM_DECREF(y);
    cr_assert_eq(pym_gc_collect(0), 0);
    cr_assert_eq(nodes_freed, 0);
    PymGCHead *gx = PYM_AS_GC(x);
    cr_assert_neq(gx->next, 0);
    /* Survivors of generation 0 move to generation 1, then 2. */
    cr_assert_eq(pym_gc_get_count(1), 1);
    pym_gc_collect(1);
    cr_assert_eq(pym_gc_get_count(2), 1);
    cr_assert_eq(pym_gc_get_count(1), 0);
    PYM_DECREF(x);
    cr_assert_eq(pym_gc_collect(2), 2);
    cr_assert_eq(nodes_freed, 2);
}

Test(gc, reachable_through_a_later_object)
{
    /* Tracked in the order n1, n2, n3: only n3 is held from outside, and
     * n1 and n2 look unreferenced until n3 is scanned. */
    PymObject *n1 = new_node(1), *n2 = new_node(2), *n3 = new_node(3);
    link(n1, n2);
    link(n2, n1);
    link(n3, n2);
    PYM_DECREF(n1);
    PYM_DECREF(n2);
    cr_assert_eq(pym_gc_collect(0), 0);
    cr_assert_eq(nodes_freed, 0);
    PYM_DECREF(n3); /* n3 goes by refcount; the n1/n2 cycle remains */
    cr_assert_eq(nodes_freed, 1);
    cr_assert_eq(pym_gc_collect(2), 2);
    cr_assert_eq(nodes_freed, 3);
}

Test(gc, untracked_objects_are_left_alone)
{
    PymObject *x = new_node(1), *y = new_node(2);
    link(x, y);
    link(y, x);
    pym_gc_untrack(y);
    PYM_DECREF(x);
    PYM_DECREF(y);
    cr_assert_eq(pym_gc_collect(2), 0, "y's reference to x counts as external");
    cr_assert_eq(nodes_freed, 0);
}

Test(gc, finalizers_run_once_then_cycle_breaks)
{
    PymObject *x = new_node_of(&final_node_type, 1), *y = new_node_of(&final_node_type, 2);
    link(x, y);
    link(y, x);
    PYM_DECREF(x);
    PYM_DECREF(y);
    cr_assert_eq(pym_gc_collect(2), 2);
    cr_assert_eq(finalizer_calls, 2);
    cr_assert_eq(nodes_freed, 2);
}

Test(gc, resurrection_is_detected)
{
    PymObject *x = new_node_of(&final_node_type, 1), *y = new_node_of(&final_node_type, 2);
    link(x, y);
    link(y, x);
    PYM_DECREF(x);
    PYM_DECREF(y);
    resurrect_next = 1;
    cr_assert_eq(pym_gc_collect(2), 0, "the resurrected cycle is not garbage");
    cr_assert_eq(finalizer_calls, 2);
    cr_assert_eq(nodes_freed, 0);
    cr_assert_not_null(resurrected);
    cr_assert(pym_gc_is_finalized(x) && pym_gc_is_finalized(y));
    cr_assert(pym_gc_is_tracked(x) && pym_gc_is_tracked(y));
    /* Released again: freed without a second finalizer call. */
    PYM_CLEAR(resurrected);
    cr_assert_eq(pym_gc_collect(2), 2);
    cr_assert_eq(finalizer_calls, 2);
    cr_assert_eq(nodes_freed, 2);
}

Test(gc, generations_and_automatic_collection)
{
    cr_assert_eq(pym_gc_get_threshold(0), 700);
    cr_assert_eq(pym_gc_get_threshold(1), 10);
    cr_assert_eq(pym_gc_get_threshold(2), 10);
    pym_gc_set_enabled(1);
    pym_gc_set_threshold(0, 20);
    PymSize before = pym_gc_get_stats(0).collections;
    for (int i = 0; i < 100; i++) {
        PymObject *x = new_node(i), *y = new_node(1000 + i);
        link(x, y);
        link(y, x);
        PYM_DECREF(x);
        PYM_DECREF(y);
    }
    cr_assert_gt(pym_gc_get_stats(0).collections, before);
    cr_assert_gt(nodes_freed, 100, "automatic collections freed most cycles");
    pym_gc_set_enabled(0);
    cr_assert_leq(pym_gc_get_count(0), 21);
    pym_gc_collect(2);
    cr_assert_eq(nodes_freed, 200);
    pym_gc_set_threshold(0, 700);
}

Test(gc, freeze_moves_to_permanent_generation)
{
    PymObject *x = new_node(1), *y = new_node(2);
    link(x, y);
    link(y, x);
    PymSize frozen = pym_gc_get_freeze_count();
    pym_gc_freeze();
    cr_assert_eq(pym_gc_get_freeze_count(), frozen + 2);
    PYM_DECREF(x);
    PYM_DECREF(y);
    cr_assert_eq(pym_gc_collect(2), 0, "frozen objects are not examined");
    pym_gc_unfreeze();
    cr_assert_eq(pym_gc_get_freeze_count(), 0);
    cr_assert_eq(pym_gc_collect(2), 2);
}

Test(gc, is_gc_excludes_static_types)
{
    PymObject *x = new_node(1);
    cr_assert(pym_gc_object_is_gc(x));
    cr_assert_not(pym_gc_object_is_gc((PymObject *)&node_type));
    PYM_DECREF(x);
}

static int weakref_callbacks;
static PymObject *weakref_callback_fn(PymObject *self, PymObject *wr)
{
    weakref_callbacks++;
    cr_assert_eq(pym_weakref_borrow_referent(wr), PYM_NONE, "the ref is dead in its callback");
    PYM_RETURN_NONE;
}

static PymMethodDef callback_def = PYM_METHOD("cb", weakref_callback_fn, PYM_METH_O);

Test(gc, weakref_callbacks_of_reachable_refs_run)
{
    PymObject *x = new_node(1), *y = new_node(2);
    link(x, y);
    link(y, x);
    PymObject *cb = pym_cfunction_new(&callback_def, NULL, NULL);
    cr_assert_not_null(cb);
    PymObject *wr = pym_weakref_new_ref(x, cb);
    cr_assert_not_null(wr);
    PymObject *plain = pym_weakref_new_ref(y, NULL);
    cr_assert_eq(pym_weakref_count(x), 1);
    PYM_DECREF(x);
    PYM_DECREF(y);
    weakref_callbacks = 0;
    cr_assert_geq(pym_gc_collect(2), 2);
    cr_assert_eq(weakref_callbacks, 1);
    cr_assert_eq(nodes_freed, 2);
    cr_assert_eq(pym_weakref_borrow_referent(wr), PYM_NONE);
    cr_assert_eq(pym_weakref_borrow_referent(plain), PYM_NONE);
    PYM_DECREF(wr);
    PYM_DECREF(plain);
    PYM_DECREF(cb);
}

Test(gc, weakref_inside_the_garbage_stays_silent)
{
    PymObject *x = new_node(1);
    PymObject *cb = pym_cfunction_new(&callback_def, NULL, NULL);
    PymObject *wr = pym_weakref_new_ref(x, cb);
    link(x, wr); /* x → its own weakref: both are garbage together */
    link(x, x);
    PYM_DECREF(wr);
    PYM_DECREF(x);
    weakref_callbacks = 0;
    cr_assert_geq(pym_gc_collect(2), 2);
    cr_assert_eq(weakref_callbacks, 0);
    cr_assert_eq(nodes_freed, 1);
    PYM_DECREF(cb);
}

Test(gc, referrers_and_objects)
{
    PymObject *x = new_node(1), *y = new_node(2);
    link(x, y);
    PymObject *referrers = pym_gc_get_referrers(&y, 1, NULL, 0);
    cr_assert_not_null(referrers);
    cr_assert_eq(PYM_LIST_SIZE(referrers), 1);
    cr_assert_eq(PYM_LIST_BORROW_ITEM(referrers, 0), x);
    PYM_DECREF(referrers);
    PymObject *all = pym_gc_get_objects(-1, NULL);
    int seen = 0;
    for (PymSize i = 0; i < PYM_LIST_SIZE(all); i++)
        seen += PYM_LIST_BORROW_ITEM(all, i) == x || PYM_LIST_BORROW_ITEM(all, i) == y;
    cr_assert_eq(seen, 2);
    PYM_DECREF(all);
    PYM_DECREF(x);
    PYM_DECREF(y);
}

/* ---- randomized graphs against an independent reachability ------------- */

static uint64_t rng_state = 88172645463325252u;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

Test(gc, randomized_graphs)
{
    enum { N = 400, ROUNDS = 20 };
    for (int round = 0; round < ROUNDS; round++) {
        memset(freed_ids, 0, sizeof freed_ids);
        PymObject *nodes[N];
        int edges[N][2];
        int rooted[N];
        for (int i = 0; i < N; i++)
            nodes[i] = new_node(i);
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < 2; k++) {
                edges[i][k] = (rng() % 4 == 0) ? -1 : (int)(rng() % N);
                if (edges[i][k] >= 0)
                    link(nodes[i], nodes[edges[i][k]]);
            }
            rooted[i] = rng() % 10 == 0;
        }
        /* Drop every reference but the roots'. */
        for (int i = 0; i < N; i++)
            if (!rooted[i])
                PYM_DECREF(nodes[i]);
        /* What refcounting alone freed is unreachable from the roots too;
         * compute the reachable set from the roots. */
        int reachable[N] = {0}, stack[N], top = 0;
        for (int i = 0; i < N; i++)
            if (rooted[i]) {
                reachable[i] = 1;
                stack[top++] = i;
            }
        while (top > 0) {
            int i = stack[--top];
            for (int k = 0; k < 2; k++) {
                int j = edges[i][k];
                if (j >= 0 && !reachable[j]) {
                    reachable[j] = 1;
                    stack[top++] = j;
                }
            }
        }
        pym_gc_collect((int)(rng() % 3));
        pym_gc_collect(2);
        for (int i = 0; i < N; i++)
            cr_assert_eq(freed_ids[i], !reachable[i], "round %d node %d reachable=%d freed=%d",
                         round, i, reachable[i], freed_ids[i]);
        for (int i = 0; i < N; i++)
            if (rooted[i])
                PYM_DECREF(nodes[i]);
        pym_gc_collect(2);
        for (int i = 0; i < N; i++)
            cr_assert(freed_ids[i], "round %d node %d leaked", round, i);
    }
}

/* ---- weak references (runtime/weakref.c) -------------------------------- */

static PymObject *callback_order[8];
static int ncallbacks;
static PymObject *recording_callback(PymObject *self, PymObject *wr)
{
    cr_assert_eq(pym_weakref_borrow_referent(wr), PYM_NONE);
    callback_order[ncallbacks++] = wr;
    PYM_RETURN_NONE;
}
static PymMethodDef recording_def = PYM_METHOD("rec", recording_callback, PYM_METH_O);

Test(gc, weakref_sharing_and_callback_order)
{
    PymObject *x = new_node(1);
    PymObject *basic = pym_weakref_new_ref(x, NULL);
    PymObject *again = pym_weakref_new_ref(x, PYM_NONE);
    cr_assert_eq(basic, again, "ref(o) without callback is shared");
    PymObject *cb = pym_cfunction_new(&recording_def, NULL, NULL);
    PymObject *first = pym_weakref_new_ref(x, cb);
    PymObject *second = pym_weakref_new_ref(x, cb);
    cr_assert_neq(first, second);
    cr_assert_eq(pym_weakref_count(x), 3);
    ncallbacks = 0;
    PYM_DECREF(x); /* dealloc clears every ref, then runs the callbacks */
    cr_assert_eq(ncallbacks, 2);
    cr_assert_eq(callback_order[0], second, "the newest callback runs first");
    cr_assert_eq(callback_order[1], first);
    cr_assert_eq(pym_weakref_borrow_referent(basic), PYM_NONE);
    PYM_DECREF(basic);
    PYM_DECREF(again);
    PYM_DECREF(first);
    PYM_DECREF(second);
    PYM_DECREF(cb);
}

Test(gc, weakref_dies_before_referent)
{
    PymObject *x = new_node(1);
    PymObject *cb = pym_cfunction_new(&recording_def, NULL, NULL);
    PymObject *wr = pym_weakref_new_ref(x, cb);
    PymObject *basic = pym_weakref_new_ref(x, NULL);
    PYM_DECREF(wr);
    cr_assert_eq(pym_weakref_count(x), 1, "a dead weakref leaves the list");
    ncallbacks = 0;
    PYM_DECREF(x);
    cr_assert_eq(ncallbacks, 0);
    PYM_DECREF(basic);
    PYM_DECREF(cb);
}
