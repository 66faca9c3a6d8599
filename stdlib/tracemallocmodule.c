/* tracemallocmodule.c — the _tracemalloc module: the C core under
 * stdlib/lib/tracemalloc.py.  Invariant: a thin layer over
 * runtime/tracemalloc.c, holding no state of its own. */
#include "runtime/pym.h"
#include "runtime/tracemalloc.h"
#include "stdlib/memargs.h"

static PymObject *tm_start(PymObject *m, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    /* start(nframe=1, /): CPython's clinic messages for a positional-only
     * optional parameter. */
    int nframe = 1;
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0) {
        pym_err_set_string(&pym_exc_TypeError, "_tracemalloc.start() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        pym_err_format(&pym_exc_TypeError, "start expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 1 && memargs_int(args[0], &nframe) < 0)
        return NULL;
    if (pym_tracemalloc_start(nframe) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *tm_stop(PymObject *m, PymObject *unused)
{
    pym_tracemalloc_stop();
    PYM_RETURN_NONE;
}

static PymObject *tm_is_tracing(PymObject *m, PymObject *unused)
{
    return pym_bool_from(pym_tracemalloc_is_tracing());
}

static PymObject *tm_clear_traces(PymObject *m, PymObject *unused)
{
    pym_tracemalloc_clear_traces();
    PYM_RETURN_NONE;
}

static PymObject *tm_get_traced_memory(PymObject *m, PymObject *unused)
{
    size_t current, peak;
    pym_tracemalloc_get_traced_memory(&current, &peak);
    PymObject *c = pym_int_from_u64(current), *p = pym_int_from_u64(peak);
    PymObject *r = (c && p) ? pym_tuple_pack(2, c, p) : NULL;
    PYM_XDECREF(c);
    PYM_XDECREF(p);
    return r;
}

static PymObject *tm_reset_peak(PymObject *m, PymObject *unused)
{
    pym_tracemalloc_reset_peak();
    PYM_RETURN_NONE;
}

static PymObject *tm_get_traceback_limit(PymObject *m, PymObject *unused)
{
    return pym_int_from_i64(pym_tracemalloc_get_traceback_limit());
}

static PymObject *tm_get_tracemalloc_memory(PymObject *m, PymObject *unused)
{
    return pym_int_from_u64(pym_tracemalloc_get_memory());
}

static PymObject *tm_get_traces(PymObject *m, PymObject *unused)
{
    return pym_tracemalloc_get_traces();
}

static PymObject *tm_get_object_traceback(PymObject *m, PymObject *o)
{
    return pym_tracemalloc_get_object_traceback(o);
}

static PymMethodDef tm_methods[] = {
    PYM_METHOD("start", tm_start, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("stop", tm_stop, PYM_METH_NOARGS),
    PYM_METHOD("is_tracing", tm_is_tracing, PYM_METH_NOARGS),
    PYM_METHOD("clear_traces", tm_clear_traces, PYM_METH_NOARGS),
    PYM_METHOD("get_traced_memory", tm_get_traced_memory, PYM_METH_NOARGS),
    PYM_METHOD("reset_peak", tm_reset_peak, PYM_METH_NOARGS),
    PYM_METHOD("get_traceback_limit", tm_get_traceback_limit, PYM_METH_NOARGS),
    PYM_METHOD("get_tracemalloc_memory", tm_get_tracemalloc_memory, PYM_METH_NOARGS),
    PYM_METHOD("_get_traces", tm_get_traces, PYM_METH_NOARGS),
    PYM_METHOD("_get_object_traceback", tm_get_object_traceback, PYM_METH_O),
    PYM_METHOD_END,
};

PymObject *pym_init__tracemalloc(void)
{
    PymObject *m = pym_module_new("_tracemalloc");
    if (!m)
        return NULL;
    if (pym_module_add_functions(m, tm_methods) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
