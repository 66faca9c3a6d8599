/* weakrefmodule.c — the _weakref module: the C core under
 * stdlib/lib/weakref.py (ref, proxy, getweakrefcount, getweakrefs and the
 * three types).  Invariant: everything here delegates to runtime/weakref.c;
 * the module holds no state of its own. */
#include "runtime/pym.h"

static PymObject *weakref_getweakrefcount(PymObject *m, PymObject *o)
{
    return pym_int_from_ssize(pym_weakref_count(o));
}

static PymObject *weakref_getweakrefs(PymObject *m, PymObject *o)
{
    return pym_weakref_list(o);
}

static PymObject *weakref_proxy(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (nargs < 1)
        return pym_err_format(&pym_exc_TypeError, "proxy expected at least 1 argument, got %zd", nargs);
    if (nargs > 2)
        return pym_err_format(&pym_exc_TypeError, "proxy expected at most 2 arguments, got %zd", nargs);
    return pym_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* _remove_dead_weakref(dict, key): del dict[key] if it is a dead weakref
 * (a missing key is fine: the entry may have gone already). */
static PymObject *weakref_remove_dead_weakref(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (nargs != 2)
        return pym_err_format(&pym_exc_TypeError, "_remove_dead_weakref expected 2 arguments, got %zd",
                              nargs);
    PymObject *dict = args[0], *key = args[1];
    if (!PYM_DICT_CHECK(dict))
        return pym_err_format(&pym_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T",
                              dict);
    PymObject *value = pym_dict_getitem_borrow(dict, key);
    if (!value) {
        if (pym_err_occurred())
            return NULL;
        PYM_RETURN_NONE;
    }
    if (PYM_WEAKREF_CHECK(value) && pym_weakref_borrow_referent(value) == PYM_NONE &&
        pym_dict_delitem(dict, key) < 0) {
        if (!pym_err_exception_matches(&pym_exc_KeyError))
            return NULL;
        pym_err_clear();
    }
    PYM_RETURN_NONE;
}

static PymMethodDef weakref_methods[] = {
    PYM_METHOD("getweakrefcount", weakref_getweakrefcount, PYM_METH_O),
    PYM_METHOD("getweakrefs", weakref_getweakrefs, PYM_METH_O),
    PYM_METHOD("proxy", weakref_proxy, PYM_METH_FASTCALL),
    PYM_METHOD("_remove_dead_weakref", weakref_remove_dead_weakref, PYM_METH_FASTCALL),
    PYM_METHOD_END,
};

PymObject *pym_init__weakref(void)
{
    PymObject *m = pym_module_new("_weakref");
    if (!m)
        return NULL;
    if (pym_module_add_functions(m, weakref_methods) < 0 ||
        pym_module_add_object(m, "ref", (PymObject *)&pym_weakref_type) < 0 ||
        pym_module_add_object(m, "ReferenceType", (PymObject *)&pym_weakref_type) < 0 ||
        pym_module_add_object(m, "ProxyType", (PymObject *)&pym_weakproxy_type) < 0 ||
        pym_module_add_object(m, "CallableProxyType", (PymObject *)&pym_weakcallableproxy_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
