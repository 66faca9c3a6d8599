/* gcmodule.c — the gc module: CPython's interface to the cycle collector
 * of runtime/gc.c.
 * Invariant: gc.garbage and gc.callbacks are the very lists the collector
 * uses (pym_gc_garbage_borrow / pym_gc_callbacks_borrow), so appending to
 * them from Python is seen by the collector. */
#include "runtime/pym.h"
#include "stdlib/memargs.h"

static PymObject *gc_enable(PymObject *m, PymObject *unused)
{
    pym_gc_set_enabled(1);
    PYM_RETURN_NONE;
}

static PymObject *gc_disable(PymObject *m, PymObject *unused)
{
    pym_gc_set_enabled(0);
    PYM_RETURN_NONE;
}

static PymObject *gc_isenabled(PymObject *m, PymObject *unused)
{
    return pym_bool_from(pym_gc_is_enabled());
}

static PymObject *gc_collect(PymObject *m, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    static const char *const names[] = {"generation"};
    PymObject *a[1];
    int generation = PYM_GC_NUM_GENERATIONS - 1;
    if (memargs_bind("collect", args, nargs, kwnames, names, 1, 1, 0, a) < 0)
        return NULL;
    if (a[0] && memargs_int(a[0], &generation) < 0)
        return NULL;
    PymSize n = pym_gc_collect(generation);
    if (n < 0)
        return NULL;
    return pym_int_from_ssize(n);
}

static PymObject *gc_get_debug(PymObject *m, PymObject *unused)
{
    return pym_int_from_i64(pym_gc_get_debug());
}

static PymObject *gc_set_debug(PymObject *m, PymObject *arg)
{
    int flags;
    if (memargs_int(arg, &flags) < 0)
        return NULL;
    pym_gc_set_debug(flags);
    PYM_RETURN_NONE;
}

static PymObject *gc_get_threshold(PymObject *m, PymObject *unused)
{
    PymObject *t[PYM_GC_NUM_GENERATIONS];
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++)
        t[i] = pym_int_from_i64(pym_gc_get_threshold(i));
    PymObject *r = (t[0] && t[1] && t[2]) ? pym_tuple_pack(3, t[0], t[1], t[2]) : NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++)
        PYM_XDECREF(t[i]);
    return r;
}

static PymObject *gc_set_threshold(PymObject *m, PymObject *const *args, PymSize nargs)
{
    static const char *const names[] = {NULL, NULL, NULL};
    PymObject *a[3];
    int values[3];
    if (memargs_bind("set_threshold", args, nargs, NULL, names, 3, 3, 1, a) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        if (a[i] && memargs_int(a[i], &values[i]) < 0)
            return NULL;
    for (int i = 0; i < 3; i++)
        if (a[i])
            pym_gc_set_threshold(i, values[i]);
    PYM_RETURN_NONE;
}

static PymObject *gc_get_count(PymObject *m, PymObject *unused)
{
    PymObject *c[PYM_GC_NUM_GENERATIONS];
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++)
        c[i] = pym_int_from_i64(pym_gc_get_count(i));
    PymObject *r = (c[0] && c[1] && c[2]) ? pym_tuple_pack(3, c[0], c[1], c[2]) : NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++)
        PYM_XDECREF(c[i]);
    return r;
}

/* [{'collections': …, 'collected': …, 'uncollectable': …}, …] */
static PymObject *gc_get_stats(PymObject *m, PymObject *unused)
{
    PymObject *result = pym_list_new(0);
    if (!result)
        return NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        PymGCGenerationStats st = pym_gc_get_stats(i);
        PymObject *d = pym_dict_new();
        PymObject *v[3] = {pym_int_from_ssize(st.collections), pym_int_from_ssize(st.collected),
                           pym_int_from_ssize(st.uncollectable)};
        int failed = !d || !v[0] || !v[1] || !v[2] ||
                     pym_dict_setitem_str(d, "collections", v[0]) < 0 ||
                     pym_dict_setitem_str(d, "collected", v[1]) < 0 ||
                     pym_dict_setitem_str(d, "uncollectable", v[2]) < 0 ||
                     pym_list_append(result, d) < 0;
        for (int k = 0; k < 3; k++)
            PYM_XDECREF(v[k]);
        PYM_XDECREF(d);
        if (failed) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PymObject *gc_get_objects(PymObject *m, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    static const char *const names[] = {"generation"};
    PymObject *a[1];
    int generation = -1;
    if (memargs_bind("get_objects", args, nargs, kwnames, names, 1, 1, 0, a) < 0)
        return NULL;
    if (a[0] && a[0] != PYM_NONE) {
        if (!PYM_INT_CHECK(a[0]))
            return pym_err_format(&pym_exc_TypeError,
                                  "argument should be integer or None, not '%.200s'",
                                  PYM_TYPE_NAME(a[0]));
        if (memargs_int(a[0], &generation) < 0)
            return NULL;
        if (generation >= PYM_GC_NUM_GENERATIONS)
            return pym_err_format(&pym_exc_ValueError,
                                  "generation parameter must be less than the number of "
                                  "available generations (%i)",
                                  PYM_GC_NUM_GENERATIONS);
        if (generation < -1)
            return pym_err_format(&pym_exc_ValueError, "generation parameter cannot be negative");
    }
    return pym_gc_get_objects(generation, NULL);
}

static PymObject *gc_get_referrers(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return pym_gc_get_referrers(args, nargs, NULL, 0);
}

static int append_referent(PymObject *o, void *list)
{
    if (o && pym_dict_inline_owner_borrow(o)) {
        /* The instance's inline attributes: CPython reports their values. */
        return PYM_TYPE(o)->traverse(o, append_referent, list);
    }
    return o ? pym_list_append((PymObject *)list, o) : 0;
}

static PymObject *gc_get_referents(PymObject *m, PymObject *const *args, PymSize nargs)
{
    PymObject *result = pym_list_new(0);
    if (!result)
        return NULL;
    for (PymSize i = 0; i < nargs; i++) {
        PymObject *o = args[i];
        PymTraverseProc traverse = PYM_TYPE(o)->traverse;
        if (!pym_gc_object_is_gc(o) || !traverse)
            continue;
        if (traverse(o, append_referent, result) < 0) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PymObject *gc_is_tracked(PymObject *m, PymObject *o)
{
    return pym_bool_from(pym_gc_object_is_gc(o) && pym_gc_is_tracked(o));
}

static PymObject *gc_is_finalized(PymObject *m, PymObject *o)
{
    return pym_bool_from(pym_gc_object_is_gc(o) && pym_gc_is_finalized(o));
}

static PymObject *gc_freeze(PymObject *m, PymObject *unused)
{
    pym_gc_freeze();
    PYM_RETURN_NONE;
}

static PymObject *gc_unfreeze(PymObject *m, PymObject *unused)
{
    pym_gc_unfreeze();
    PYM_RETURN_NONE;
}

static PymObject *gc_get_freeze_count(PymObject *m, PymObject *unused)
{
    return pym_int_from_ssize(pym_gc_get_freeze_count());
}

static PymMethodDef gc_methods[] = {
    PYM_METHOD("enable", gc_enable, PYM_METH_NOARGS),
    PYM_METHOD("disable", gc_disable, PYM_METH_NOARGS),
    PYM_METHOD("isenabled", gc_isenabled, PYM_METH_NOARGS),
    PYM_METHOD("collect", gc_collect, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("get_debug", gc_get_debug, PYM_METH_NOARGS),
    PYM_METHOD("set_debug", gc_set_debug, PYM_METH_O),
    PYM_METHOD("get_threshold", gc_get_threshold, PYM_METH_NOARGS),
    PYM_METHOD("set_threshold", gc_set_threshold, PYM_METH_FASTCALL),
    PYM_METHOD("get_count", gc_get_count, PYM_METH_NOARGS),
    PYM_METHOD("get_stats", gc_get_stats, PYM_METH_NOARGS),
    PYM_METHOD("get_objects", gc_get_objects, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("get_referrers", gc_get_referrers, PYM_METH_FASTCALL),
    PYM_METHOD("get_referents", gc_get_referents, PYM_METH_FASTCALL),
    PYM_METHOD("is_tracked", gc_is_tracked, PYM_METH_O),
    PYM_METHOD("is_finalized", gc_is_finalized, PYM_METH_O),
    PYM_METHOD("freeze", gc_freeze, PYM_METH_NOARGS),
    PYM_METHOD("unfreeze", gc_unfreeze, PYM_METH_NOARGS),
    PYM_METHOD("get_freeze_count", gc_get_freeze_count, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymObject *pym_init_gc(void)
{
    PymObject *m = pym_module_new("gc");
    if (!m)
        return NULL;
    PymObject *garbage = pym_gc_garbage_borrow();
    PymObject *callbacks = pym_gc_callbacks_borrow();
    if (!garbage || !callbacks || pym_module_add_functions(m, gc_methods) < 0 ||
        pym_module_add_object(m, "garbage", garbage) < 0 ||
        pym_module_add_object(m, "callbacks", callbacks) < 0 ||
        pym_module_add_int(m, "DEBUG_STATS", PYM_GC_DEBUG_STATS) < 0 ||
        pym_module_add_int(m, "DEBUG_COLLECTABLE", PYM_GC_DEBUG_COLLECTABLE) < 0 ||
        pym_module_add_int(m, "DEBUG_UNCOLLECTABLE", PYM_GC_DEBUG_UNCOLLECTABLE) < 0 ||
        pym_module_add_int(m, "DEBUG_SAVEALL", PYM_GC_DEBUG_SAVEALL) < 0 ||
        pym_module_add_int(m, "DEBUG_LEAK", PYM_GC_DEBUG_LEAK) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
