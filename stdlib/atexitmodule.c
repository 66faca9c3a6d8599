/* atexitmodule.c — the atexit module: functions run at interpreter exit.
 * Invariant: callbacks run once, last registered first, each with its own
 * arguments; an exception in one is reported ("Exception ignored in
 * atexit callback") and the rest still run. */
#include "runtime/pym.h"
#include "stdlib/atexitmodule.h"

/* list of (func, args tuple, kwargs dict or None) tuples */
static PymObject *callbacks;

static int ensure_callbacks(void)
{
    if (!callbacks)
        callbacks = pym_list_new(0);
    return callbacks ? 0 : -1;
}

static PymObject *atexit_register(PymObject *m, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (nargs < 1)
        return pym_err_format(&pym_exc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!pym_callable_check(args[0]))
        return pym_err_format(&pym_exc_TypeError, "the first argument must be callable");
    if (ensure_callbacks() < 0)
        return NULL;
    PymObject *fargs = pym_tuple_from_array(args + 1, nargs - 1);
    PymObject *kwargs = pym_dict_new();
    if (!fargs || !kwargs)
        goto fail;
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (PymSize i = 0; i < nkw; i++)
        if (pym_dict_setitem(kwargs, PYM_TUPLE_BORROW_ITEM(kwnames, i), args[nargs + i]) < 0)
            goto fail;
    PymObject *entry = pym_tuple_pack(3, args[0], fargs, kwargs);
    if (!entry || pym_list_append(callbacks, entry) < 0) {
        PYM_XDECREF(entry);
        goto fail;
    }
    PYM_DECREF(entry);
    PYM_DECREF(fargs);
    PYM_DECREF(kwargs);
    return PYM_NEWREF(args[0]);
fail:
    PYM_XDECREF(fargs);
    PYM_XDECREF(kwargs);
    return NULL;
}

static PymObject *atexit_unregister(PymObject *m, PymObject *func)
{
    if (!callbacks)
        PYM_RETURN_NONE;
    for (PymSize i = PYM_LIST_SIZE(callbacks); i > 0; i--) {
        PymObject *entry = PYM_LIST_BORROW_ITEM(callbacks, i - 1);
        int eq = pym_object_richcompare_bool(PYM_TUPLE_BORROW_ITEM(entry, 0), func, PYM_EQ);
        if (eq < 0)
            return NULL;
        if (eq) {
            PymObject *del_slice = pym_list_get_slice(callbacks, 0, i - 1);
            PymObject *rest = pym_list_get_slice(callbacks, i, PYM_LIST_SIZE(callbacks));
            if (!del_slice || !rest || pym_list_extend(del_slice, rest) < 0) {
                PYM_XDECREF(del_slice);
                PYM_XDECREF(rest);
                return NULL;
            }
            PYM_DECREF(rest);
            PYM_SETREF(callbacks, del_slice);
        }
    }
    PYM_RETURN_NONE;
}

void pym_atexit_run(void)
{
    while (callbacks && PYM_LIST_SIZE(callbacks) > 0) {
        PymSize last = PYM_LIST_SIZE(callbacks) - 1;
        PymObject *entry = PYM_NEWREF(PYM_LIST_BORROW_ITEM(callbacks, last));
        PymObject *remaining = pym_list_get_slice(callbacks, 0, last);
        if (!remaining) {
            pym_err_clear();
            PYM_DECREF(entry);
            break;
        }
        PYM_SETREF(callbacks, remaining);
        PymObject *result = pym_object_call_tuple_dict(PYM_TUPLE_BORROW_ITEM(entry, 0),
                                                       PYM_TUPLE_BORROW_ITEM(entry, 1),
                                                       PYM_TUPLE_BORROW_ITEM(entry, 2));
        if (result) {
            PYM_DECREF(result);
        } else if (pym_err_exception_matches(&pym_exc_SystemExit)) {
            pym_err_clear();
        } else {
            pym_err_write_unraisable(PYM_TUPLE_BORROW_ITEM(entry, 0));
        }
        PYM_DECREF(entry);
    }
    PYM_CLEAR(callbacks);
}

static PymObject *atexit_run_exitfuncs(PymObject *m, PymObject *unused)
{
    pym_atexit_run();
    PYM_RETURN_NONE;
}

static PymObject *atexit_clear(PymObject *m, PymObject *unused)
{
    PYM_CLEAR(callbacks);
    PYM_RETURN_NONE;
}

static PymObject *atexit_ncallbacks(PymObject *m, PymObject *unused)
{
    return pym_int_from_ssize(callbacks ? PYM_LIST_SIZE(callbacks) : 0);
}

static PymMethodDef atexit_functions[] = {
    PYM_METHOD("register", atexit_register, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("unregister", atexit_unregister, PYM_METH_O),
    PYM_METHOD("_run_exitfuncs", atexit_run_exitfuncs, PYM_METH_NOARGS),
    PYM_METHOD("_clear", atexit_clear, PYM_METH_NOARGS),
    PYM_METHOD("_ncallbacks", atexit_ncallbacks, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymObject *pym_init_atexit(void)
{
    PymObject *m = pym_module_new("atexit");
    if (m && pym_module_add_functions(m, atexit_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
