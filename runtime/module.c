/* module.c — module objects: a named namespace (its __dict__), created by
 * the import system for .py files, by built-in module init functions, or by
 * types.ModuleType(name).
 *
 * Invariants: a module owns its dict from creation to deallocation (the
 * dict is never replaced); at shutdown pym_module_clear_dict empties it in
 * CPython's order — names with a single leading underscore first, then all
 * the others except __builtins__ — by setting values to None, so that
 * __del__ methods running meanwhile still find the module's names.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#define MOD(o) ((PymModuleObject *)(o))

static int module_init_dict(PymObject *dict, PymObject *name, PymObject *doc)
{
    if (pym_dict_setitem(dict, PYM_ID(__name__), name) < 0 ||
        pym_dict_setitem(dict, PYM_ID(__doc__), doc ? doc : PYM_NONE) < 0 ||
        pym_dict_setitem(dict, PYM_ID(__package__), PYM_NONE) < 0 ||
        pym_dict_setitem(dict, PYM_ID(__loader__), PYM_NONE) < 0 ||
        pym_dict_setitem(dict, PYM_ID(__spec__), PYM_NONE) < 0)
        return -1;
    return 0;
}

static PymObject *module_alloc(PymType *type)
{
    PymObject *m = pym_type_generic_alloc(type, 0);
    if (!m)
        return NULL;
    MOD(m)->dict = pym_dict_new();
    if (!MOD(m)->dict) {
        PYM_DECREF(m);
        return NULL;
    }
    pym_gc_track(m);
    return m;
}

PymObject *pym_module_new(const char *name)
{
    PymObject *m = module_alloc(&pym_module_type);
    if (!m)
        return NULL;
    PymObject *n = pym_str_from_cstr(name);
    if (!n || module_init_dict(MOD(m)->dict, n, NULL) < 0) {
        PYM_XDECREF(n);
        PYM_DECREF(m);
        return NULL;
    }
    MOD(m)->name = n;
    MOD(m)->created_by_runtime = 1;
    return m;
}

PymObject *pym_module_borrow_dict(PymObject *m) { return MOD(m)->dict; }

int pym_module_add_functions(PymObject *m, PymMethodDef *defs)
{
    PymObject *modname = pym_dict_getitem_borrow(MOD(m)->dict, PYM_ID(__name__));
    for (PymMethodDef *d = defs; d && d->name; d++) {
        PymObject *f = pym_cfunction_new(d, m, modname);
        if (!f)
            return -1;
        int rc = pym_dict_setitem_str(MOD(m)->dict, d->name, f);
        PYM_DECREF(f);
        if (rc < 0)
            return -1;
    }
    return 0;
}

int pym_module_add_object(PymObject *m, const char *name, PymObject *value)
{
    if (!value) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_SystemError, "pym_module_add_object() called with NULL value for '%s'", name);
        return -1;
    }
    return pym_dict_setitem_str(MOD(m)->dict, name, value);
}

int pym_module_add_int(PymObject *m, const char *name, long value)
{
    PymObject *v = pym_int_from_i64(value);
    if (!v)
        return -1;
    int rc = pym_module_add_object(m, name, v);
    PYM_DECREF(v);
    return rc;
}

int pym_module_add_string(PymObject *m, const char *name, const char *value)
{
    PymObject *v = pym_str_from_cstr(value);
    if (!v)
        return -1;
    int rc = pym_module_add_object(m, name, v);
    PYM_DECREF(v);
    return rc;
}

void pym_module_clear_dict(PymObject *dict)
{
    if (!dict)
        return;
    PymObject *saved = pym_err_fetch();
    for (int pass = 0; pass < 2; pass++) {
        PymSize pos = 0;
        PymObject *key, *value;
        while (pym_dict_next(dict, &pos, &key, &value)) {
            if (value == PYM_NONE || !PYM_STR_CHECK(key))
                continue;
            PymSize n = pym_str_length(key);
            int single_underscore = n >= 1 && pym_str_read_char(key, 0) == '_' &&
                                    (n < 2 || pym_str_read_char(key, 1) != '_');
            if (pass == 0 ? !single_underscore : pym_str_equal_cstr(key, "__builtins__"))
                continue;
            /* Replacing the value of an existing key never resizes the
             * table, so the iteration stays valid. */
            if (pym_dict_setitem(dict, key, PYM_NONE) < 0)
                pym_err_write_unraisable(NULL);
        }
    }
    pym_err_restore(saved);
}

/* ---- the module type ------------------------------------------------------------ */

static PymObject *module_tp_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return module_alloc(type);
}

static int module_tp_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymObject *name = nargs > 0 ? args[0] : NULL, *doc = nargs > 1 ? args[1] : NULL;
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    if (nargs > 2) {
        pym_err_format(&pym_exc_TypeError, "module() takes at most 2 arguments (%zd given)", nargs + nkw);
        return -1;
    }
    for (PymSize i = 0; i < nkw; i++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, i);
        PymObject **slot = pym_str_equal_cstr(key, "name") ? &name : pym_str_equal_cstr(key, "doc") ? &doc : NULL;
        if (!slot) {
            pym_err_format(&pym_exc_TypeError, "module() got an unexpected keyword argument '%U'", key);
            return -1;
        }
        if (*slot) {
            pym_err_format(&pym_exc_TypeError, "argument for module() given by name ('%U') and position", key);
            return -1;
        }
        *slot = args[nargs + i];
    }
    if (!name) {
        pym_err_set_string(&pym_exc_TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!PYM_STR_CHECK(name)) {
        pym_err_format(&pym_exc_TypeError, "module() argument 'name' must be str, not %.200s", PYM_TYPE_NAME(name));
        return -1;
    }
    if (module_init_dict(MOD(self)->dict, name, doc) < 0)
        return -1;
    PYM_INCREF(name);
    PYM_SETREF(MOD(self)->name, name);
    return 0;
}

static void module_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    if (MOD(self)->weakreflist)
        pym_weakref_clear_refs(self);
    PYM_CLEAR(MOD(self)->dict);
    PYM_CLEAR(MOD(self)->name);
    pym_object_free(self);
}

static int module_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    return MOD(self)->dict ? visit(MOD(self)->dict, arg) : 0;
}

static int module_clear(PymObject *self)
{
    PYM_CLEAR(MOD(self)->dict);
    return 0;
}

/* The module's current __name__ (it may have been reassigned), or NULL. */
static PymObject *module_name_borrow(PymObject *self)
{
    PymObject *name = MOD(self)->dict ? pym_dict_getitem_borrow(MOD(self)->dict, PYM_ID(__name__)) : NULL;
    if (!name || !PYM_STR_CHECK(name)) {
        pym_err_clear();
        return NULL;
    }
    return name;
}

static PymObject *module_repr(PymObject *self)
{
    PymObject *name = module_name_borrow(self);
    PymObject *shown = name ? name : pym_str_from_cstr("?");
    if (!name && !shown)
        return NULL;
    PymObject *file = MOD(self)->dict ? pym_dict_getitem_borrow(MOD(self)->dict, PYM_ID(__file__)) : NULL;
    PymObject *res;
    if (file && PYM_STR_CHECK(file))
        res = pym_str_from_format("<module %R from %R>", shown, file);
    else if (MOD(self)->created_by_runtime)
        res = pym_str_from_format("<module %R (built-in)>", shown);
    else
        res = pym_str_from_format("<module %R>", shown);
    if (!name)
        PYM_DECREF(shown);
    return res;
}

static PymObject *module_getattro(PymObject *self, PymObject *name)
{
    PymObject *res = pym_object_generic_getattr_suppress(self, name);
    if (res || pym_err_occurred())
        return res;
    /* A module-level __getattr__ (PEP 562) gets the last word. */
    PymObject *getattr = MOD(self)->dict ? pym_dict_getitem_borrow(MOD(self)->dict, PYM_ID(__getattr__)) : NULL;
    if (getattr) {
        PYM_INCREF(getattr);
        res = pym_object_call1(getattr, name);
        PYM_DECREF(getattr);
        return res;
    }
    PymObject *modname = module_name_borrow(self);
    if (modname)
        pym_err_format(&pym_exc_AttributeError, "module '%U' has no attribute '%U'", modname, name);
    else
        pym_err_format(&pym_exc_AttributeError, "module has no attribute '%U'", name);
    pym_attribute_error_set_context(self, name);
    return NULL;
}

static PymObject *module_dir(PymObject *self, PymObject *unused)
{
    PymObject *dict = MOD(self)->dict;
    if (!dict || !PYM_DICT_CHECK(dict))
        return pym_err_format(&pym_exc_TypeError, "<module>.__dict__ is not a dictionary");
    PymObject *dirfunc = pym_dict_getitem_borrow(dict, PYM_ID(__dir__));
    if (dirfunc)
        return pym_object_call0(dirfunc);
    return pym_dict_keys(dict);
}

static PymMethodDef module_methods[] = {
    {"__dir__", (void (*)(void))module_dir, PYM_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    PYM_METHOD_END,
};

static PymMemberDef module_members[] = {
    {"__dict__", PYM_MEMBER_OBJECT, offsetof(PymModuleObject, dict), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_module_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "module",
    .basicsize = sizeof(PymModuleObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = pym_object_generic_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .free = pym_gc_free,
    .new_ = module_tp_new,
    .init = module_tp_init,
    .methods = module_methods,
    .members = module_members,
    .dictoffset = offsetof(PymModuleObject, dict),
    .weaklistoffset = offsetof(PymModuleObject, weakreflist),
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};
