/* descr.c — descriptors: the method, classmethod, member, getset and slot
 * wrapper descriptors that pym_type_ready puts into the dicts of built-in
 * types, the method-wrapper (a slot wrapper bound to an instance), and the
 * descriptor types of the language: property, classmethod, staticmethod,
 * super; plus mappingproxy (a read-only view of a type's dict) and
 * types.SimpleNamespace.
 *
 * Invariants: a descriptor holds a strong reference to the type that
 * defines it (and is a GC object, as classes reference their descriptors);
 * binding creates a new object holding the instance only while it lives;
 * every "doesn't apply" check uses the defining type, as CPython does.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#include <string.h>

/* ---- common descriptor plumbing ----------------------------------------------- */

#define DESCR(o) ((PymDescrObject *)(o))

static PymObject *descr_alloc(PymType *descrtype, PymType *type, const char *name)
{
    PymDescrObject *d = (PymDescrObject *)pym_type_generic_alloc(descrtype, 0);
    if (!d)
        return NULL;
    d->type = (PymType *)PYM_NEWREF(type);
    d->name = pym_str_intern_cstr(name);
    if (!d->name) {
        PYM_DECREF(d);
        return NULL;
    }
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static void descr_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_XDECREF(DESCR(self)->type);
    PYM_XDECREF(DESCR(self)->name);
    pym_object_free(self);
}

static int descr_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    return DESCR(self)->type ? visit((PymObject *)DESCR(self)->type, arg) : 0;
}

static const char *descr_type_name(PymObject *self) { return pym_type_name(DESCR(self)->type); }

static PymObject *descr_repr_fmt(PymObject *self, const char *kind)
{
    return pym_str_from_format("<%s '%U' of '%s' objects>", kind, DESCR(self)->name,
                               descr_type_name(self));
}

/* obj must be an instance of the defining type. */
static int descr_check(PymObject *self, PymObject *obj)
{
    if (!PYM_OBJECT_TYPE_CHECK(obj, DESCR(self)->type)) {
        pym_err_format(&pym_exc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                       DESCR(self)->name, descr_type_name(self), PYM_TYPE_NAME(obj));
        return -1;
    }
    return 0;
}

static PymObject *descr_get_objclass(PymObject *self, void *c)
{
    return PYM_NEWREF(DESCR(self)->type);
}

static PymObject *descr_get_name(PymObject *self, void *c) { return PYM_NEWREF(DESCR(self)->name); }

static PymObject *descr_get_qualname(PymObject *self, void *c)
{
    PymObject *tq = pym_object_getattr((PymObject *)DESCR(self)->type, PYM_ID(__qualname__));
    if (!tq)
        return NULL;
    PymObject *res = pym_str_from_format("%U.%U", tq, DESCR(self)->name);
    PYM_DECREF(tq);
    return res;
}

static PymObject *doc_from_cstr(const char *doc)
{
    if (!doc)
        PYM_RETURN_NONE;
    return pym_str_from_cstr(doc);
}

static PymObject *get_text_signature_none(PymObject *self, void *c) { PYM_RETURN_NONE; }

/* ---- method descriptors (list.append) ------------------------------------------------ */

#define MDEF(o) (((PymMethodDescrObject *)(o))->def)

PymObject *pym_descr_new_method(PymType *t, PymMethodDef *def)
{
    PymObject *d = descr_alloc(&pym_method_descr_type, t, def->name);
    if (d)
        MDEF(d) = def;
    return d;
}

static PymObject *method_descr_repr(PymObject *self) { return descr_repr_fmt(self, "method"); }

static PymObject *method_descr_call(PymObject *self, PymObject *const *args, PymSize nargs,
                                    PymObject *kwnames)
{
    if (nargs < 1) {
        PymObject *q = descr_get_qualname(self, NULL);
        if (q) {
            pym_err_format(&pym_exc_TypeError, "unbound method %U() needs an argument", q);
            PYM_DECREF(q);
        }
        return NULL;
    }
    if (descr_check(self, args[0]) < 0)
        return NULL;
    return pym_cfunction_call_def_of_type(MDEF(self), DESCR(self)->type, args[0], args + 1,
                                          nargs - 1, kwnames);
}

static PymObject *method_descr_get(PymObject *self, PymObject *obj, PymObject *type)
{
    if (!obj)
        return PYM_NEWREF(self);
    if (descr_check(self, obj) < 0)
        return NULL;
    return pym_cfunction_new(MDEF(self), obj, NULL);
}

static PymObject *method_descr_get_doc(PymObject *self, void *c) { return doc_from_cstr(MDEF(self)->doc); }

static PymGetSetDef method_descr_getset[] = {
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__text_signature__", get_text_signature_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_method_descr_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "method_descriptor",
    .basicsize = sizeof(PymMethodDescrObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .traverse = descr_traverse,
    .free = pym_gc_free,
    .getset = method_descr_getset,
};

/* ---- classmethod descriptors (dict.fromkeys) -------------------------------------------- */

PymObject *pym_descr_new_classmethod(PymType *t, PymMethodDef *def)
{
    PymObject *d = descr_alloc(&pym_classmethod_descr_type, t, def->name);
    if (d)
        MDEF(d) = def;
    return d;
}

static int check_class_arg(PymObject *self, PymObject *type)
{
    if (!PYM_TYPE_HAS_FLAG(PYM_TYPE(type), PYM_TPFLAG_TYPE_SUBCLASS)) {
        pym_err_format(&pym_exc_TypeError, "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                       DESCR(self)->name, descr_type_name(self), PYM_TYPE_NAME(type));
        return -1;
    }
    if (!pym_type_is_subtype((PymType *)type, DESCR(self)->type)) {
        pym_err_format(&pym_exc_TypeError, "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                       DESCR(self)->name, descr_type_name(self), pym_type_name((PymType *)type));
        return -1;
    }
    return 0;
}

static PymObject *classmethod_descr_get(PymObject *self, PymObject *obj, PymObject *type)
{
    if (!type)
        type = (PymObject *)PYM_TYPE(obj);
    if (check_class_arg(self, type) < 0)
        return NULL;
    return pym_cfunction_new(MDEF(self), type, NULL);
}

static PymObject *classmethod_descr_call(PymObject *self, PymObject *const *args, PymSize nargs,
                                         PymObject *kwnames)
{
    if (nargs < 1)
        return pym_err_format(&pym_exc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                              DESCR(self)->name, descr_type_name(self));
    if (check_class_arg(self, args[0]) < 0)
        return NULL;
    return pym_cfunction_call_def(MDEF(self), args[0], args + 1, nargs - 1, kwnames);
}

PymType pym_classmethod_descr_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(PymMethodDescrObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .traverse = descr_traverse,
    .free = pym_gc_free,
    .getset = method_descr_getset,
};

/* ---- member descriptors (__slots__, C struct fields) ------------------------------------- */

#define MEMBER(o) (((PymMemberDescrObject *)(o))->member)

PymObject *pym_descr_new_member(PymType *t, PymMemberDef *member)
{
    PymObject *d = descr_alloc(&pym_member_descr_type, t, member->name);
    if (d)
        MEMBER(d) = member;
    return d;
}

PymObject *pym_member_get(PymObject *obj, PymMemberDef *m)
{
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case PYM_MEMBER_OBJECT: {
        PymObject *v = *(PymObject **)addr;
        return PYM_NEWREF(v ? v : PYM_NONE);
    }
    case PYM_MEMBER_OBJECT_EX: {
        PymObject *v = *(PymObject **)addr;
        if (!v)
            return pym_err_format(&pym_exc_AttributeError, "'%.200s' object has no attribute '%s'",
                                  PYM_TYPE_NAME(obj), m->name);
        return PYM_NEWREF(v);
    }
    case PYM_MEMBER_INT:
        return pym_int_from_i64(*(int *)addr);
    case PYM_MEMBER_SSIZE:
        return pym_int_from_ssize(*(PymSize *)addr);
    case PYM_MEMBER_BOOL:
        return pym_bool_from(*(char *)addr != 0);
    case PYM_MEMBER_DOUBLE:
        return pym_float_from_double(*(double *)addr);
    default:
        pym_err_set_string(&pym_exc_SystemError, "bad memberdescr type");
        return NULL;
    }
}

int pym_member_set(PymObject *obj, PymMemberDef *m, PymObject *value)
{
    char *addr = (char *)obj + m->offset;
    if (m->flags & PYM_MEMBER_READONLY) {
        pym_err_set_string(&pym_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!value && m->type != PYM_MEMBER_OBJECT && m->type != PYM_MEMBER_OBJECT_EX) {
        pym_err_set_string(&pym_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case PYM_MEMBER_OBJECT_EX:
        if (!value && !*(PymObject **)addr) {
            pym_err_set_string(&pym_exc_AttributeError, m->name);
            return -1;
        }
        /* fall through */
    case PYM_MEMBER_OBJECT: {
        PymObject *old = *(PymObject **)addr;
        *(PymObject **)addr = PYM_XNEWREF(value);
        PYM_XDECREF(old);
        return 0;
    }
    case PYM_MEMBER_BOOL:
        if (!PYM_BOOL_CHECK(value)) {
            pym_err_set_string(&pym_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == PYM_TRUE;
        return 0;
    case PYM_MEMBER_INT:
    case PYM_MEMBER_SSIZE: {
        if (!PYM_INT_CHECK(value)) {
            pym_err_set_string(&pym_exc_TypeError, "attribute value type must be int");
            return -1;
        }
        PymSize v = pym_int_as_ssize(value);
        if (v == -1 && pym_err_occurred())
            return -1;
        if (m->type == PYM_MEMBER_INT)
            *(int *)addr = (int)v;
        else
            *(PymSize *)addr = v;
        return 0;
    }
    case PYM_MEMBER_DOUBLE: {
        double d = pym_float_as_double(value);
        if (d == -1.0 && pym_err_occurred())
            return -1;
        *(double *)addr = d;
        return 0;
    }
    default:
        pym_err_set_string(&pym_exc_SystemError, "bad memberdescr type");
        return -1;
    }
}

static PymObject *member_get(PymObject *self, PymObject *obj, PymObject *type)
{
    if (!obj)
        return PYM_NEWREF(self);
    if (descr_check(self, obj) < 0)
        return NULL;
    return pym_member_get(obj, MEMBER(self));
}

static int member_set(PymObject *self, PymObject *obj, PymObject *value)
{
    if (descr_check(self, obj) < 0)
        return -1;
    return pym_member_set(obj, MEMBER(self), value);
}

static PymObject *member_repr(PymObject *self) { return descr_repr_fmt(self, "member"); }

static PymObject *member_get_doc(PymObject *self, void *c) { return doc_from_cstr(MEMBER(self)->doc); }

static PymGetSetDef member_getset[] = {
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_member_descr_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "member_descriptor",
    .basicsize = sizeof(PymMemberDescrObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = descr_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .traverse = descr_traverse,
    .free = pym_gc_free,
    .getset = member_getset,
};

/* ---- getset descriptors (int.real, type.__name__) ---------------------------------------- */

#define GETSET(o) (((PymGetSetDescrObject *)(o))->getset)

PymObject *pym_descr_new_getset(PymType *t, PymGetSetDef *getset)
{
    PymObject *d = descr_alloc(&pym_getset_descr_type, t, getset->name);
    if (d)
        GETSET(d) = getset;
    return d;
}

static PymObject *getset_get(PymObject *self, PymObject *obj, PymObject *type)
{
    if (!obj)
        return PYM_NEWREF(self);
    if (descr_check(self, obj) < 0)
        return NULL;
    PymGetSetDef *g = GETSET(self);
    if (!g->get)
        return pym_err_format(&pym_exc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                              DESCR(self)->name, descr_type_name(self));
    return g->get(obj, g->closure);
}

static int getset_set(PymObject *self, PymObject *obj, PymObject *value)
{
    if (descr_check(self, obj) < 0)
        return -1;
    PymGetSetDef *g = GETSET(self);
    if (!g->set) {
        pym_err_format(&pym_exc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                       DESCR(self)->name, descr_type_name(self));
        return -1;
    }
    return g->set(obj, value, g->closure);
}

static PymObject *getset_repr(PymObject *self) { return descr_repr_fmt(self, "attribute"); }

static PymObject *getset_get_doc(PymObject *self, void *c) { return doc_from_cstr(GETSET(self)->doc); }

static PymGetSetDef getset_getset[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_getset_descr_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "getset_descriptor",
    .basicsize = sizeof(PymGetSetDescrObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .traverse = descr_traverse,
    .free = pym_gc_free,
    .getset = getset_getset,
};

/* ---- slot wrappers (int.__add__) and method-wrappers ((1).__add__) ------------------------- */

#define WDESCR(o) ((PymWrapperDescrObject *)(o))

PymObject *pym_descr_new_wrapper(PymType *t, const PymSlotDef *base, PymGenericFunc wrapped)
{
    PymObject *d = descr_alloc(&pym_wrapper_descr_type, t, base->name);
    if (d) {
        WDESCR(d)->base = base;
        WDESCR(d)->wrapped = wrapped;
    }
    return d;
}

static PymObject *wrapper_call_raw(PymObject *descr, PymObject *self, PymObject *const *args,
                                   PymSize nargs, PymObject *kwnames)
{
    const PymSlotDef *base = WDESCR(descr)->base;
    if (kwnames && PYM_TUPLE_SIZE(kwnames) && !base->accepts_keywords)
        return pym_err_format(&pym_exc_TypeError, "wrapper %s() takes no keyword arguments", base->name);
    return base->wrapper(self, args, nargs, kwnames, WDESCR(descr)->wrapped);
}

static PymObject *wrapper_descr_call(PymObject *self, PymObject *const *args, PymSize nargs,
                                     PymObject *kwnames)
{
    if (nargs < 1)
        return pym_err_format(&pym_exc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                              DESCR(self)->name, descr_type_name(self));
    if (!PYM_OBJECT_TYPE_CHECK(args[0], DESCR(self)->type))
        return pym_err_format(&pym_exc_TypeError, "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                              DESCR(self)->name, descr_type_name(self), PYM_TYPE_NAME(args[0]));
    return wrapper_call_raw(self, args[0], args + 1, nargs - 1, kwnames);
}

typedef struct MethodWrapperObject {
    PYM_OBJECT_HEAD;
    PymObject *descr;
    PymObject *self;
} MethodWrapperObject;

static PymObject *method_wrapper_new(PymObject *descr, PymObject *self)
{
    MethodWrapperObject *w = (MethodWrapperObject *)pym_type_generic_alloc(&pym_method_wrapper_type, 0);
    if (!w)
        return NULL;
    w->descr = PYM_NEWREF(descr);
    w->self = PYM_NEWREF(self);
    pym_gc_track((PymObject *)w);
    return (PymObject *)w;
}

static PymObject *wrapper_descr_get(PymObject *self, PymObject *obj, PymObject *type)
{
    if (!obj)
        return PYM_NEWREF(self);
    if (descr_check(self, obj) < 0)
        return NULL;
    return method_wrapper_new(self, obj);
}

static PymObject *wrapper_descr_repr(PymObject *self) { return descr_repr_fmt(self, "slot wrapper"); }

static PymObject *wrapper_descr_get_doc(PymObject *self, void *c)
{
    return doc_from_cstr(WDESCR(self)->base->doc);
}

static PymGetSetDef wrapper_descr_getset[] = {
    {"__doc__", wrapper_descr_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__text_signature__", get_text_signature_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_wrapper_descr_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(PymWrapperDescrObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .traverse = descr_traverse,
    .free = pym_gc_free,
    .getset = wrapper_descr_getset,
};

#define MW(o) ((MethodWrapperObject *)(o))

static void method_wrapper_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_XDECREF(MW(self)->descr);
    PYM_XDECREF(MW(self)->self);
    pym_object_free(self);
}

static int method_wrapper_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    int rc = MW(self)->descr ? visit(MW(self)->descr, arg) : 0;
    if (!rc && MW(self)->self)
        rc = visit(MW(self)->self, arg);
    return rc;
}

static PymObject *method_wrapper_call(PymObject *self, PymObject *const *args, PymSize nargs,
                                      PymObject *kwnames)
{
    return wrapper_call_raw(MW(self)->descr, MW(self)->self, args, nargs, kwnames);
}

static PymObject *method_wrapper_repr(PymObject *self)
{
    return pym_str_from_format("<method-wrapper '%U' of %s object at %p>", DESCR(MW(self)->descr)->name,
                               PYM_TYPE_NAME(MW(self)->self), (void *)MW(self)->self);
}

static PymObject *method_wrapper_richcompare(PymObject *a, PymObject *b, int op)
{
    if ((op != PYM_EQ && op != PYM_NE) || PYM_TYPE(b) != &pym_method_wrapper_type)
        PYM_RETURN_NOTIMPLEMENTED;
    int eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static PymHash method_wrapper_hash(PymObject *self)
{
    PymHash x = pym_object_default_hash(MW(self)->self);
    PymHash y = pym_object_default_hash(MW(self)->descr);
    PymHash h = x ^ y;
    return h == -1 ? -2 : h;
}

static PymObject *mw_get_self(PymObject *self, void *c) { return PYM_NEWREF(MW(self)->self); }
static PymObject *mw_get_name(PymObject *self, void *c) { return descr_get_name(MW(self)->descr, c); }
static PymObject *mw_get_qualname(PymObject *self, void *c) { return descr_get_qualname(MW(self)->descr, c); }
static PymObject *mw_get_objclass(PymObject *self, void *c) { return descr_get_objclass(MW(self)->descr, c); }
static PymObject *mw_get_doc(PymObject *self, void *c) { return wrapper_descr_get_doc(MW(self)->descr, c); }

static PymObject *method_wrapper_reduce(PymObject *self, PymObject *unused)
{
    PymObject *getattr_fn = pym_dict_getitem_str_borrow(pym_interp.builtins, "getattr");
    if (!getattr_fn)
        return pym_err_format(&pym_exc_TypeError, "cannot pickle method-wrapper");
    PymObject *args = pym_tuple_pack(2, MW(self)->self, DESCR(MW(self)->descr)->name);
    PymObject *res = args ? pym_tuple_pack(2, getattr_fn, args) : NULL;
    PYM_XDECREF(args);
    return res;
}

static PymMethodDef method_wrapper_methods[] = {
    {"__reduce__", (void (*)(void))method_wrapper_reduce, PYM_METH_NOARGS, NULL},
    PYM_METHOD_END,
};

static PymGetSetDef method_wrapper_getset[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {"__doc__", mw_get_doc, NULL, NULL, NULL},
    {"__text_signature__", get_text_signature_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_method_wrapper_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .hash = method_wrapper_hash,
    .richcompare = method_wrapper_richcompare,
    .call = method_wrapper_call,
    .traverse = method_wrapper_traverse,
    .free = pym_gc_free,
    .methods = method_wrapper_methods,
    .getset = method_wrapper_getset,
};

/* ---- property ------------------------------------------------------------------------------- */

typedef struct PropertyObject {
    PYM_OBJECT_HEAD;
    PymObject *fget, *fset, *fdel, *doc, *name;
    char getter_doc;   /* doc came from fget.__doc__ */
} PropertyObject;

#define PROP(o) ((PropertyObject *)(o))

static int property_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymObject *fields[] = {PROP(self)->fget, PROP(self)->fset, PROP(self)->fdel, PROP(self)->doc,
                           PROP(self)->name};
    for (size_t i = 0; i < 5; i++) {
        if (fields[i]) {
            int rc = visit(fields[i], arg);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static int property_clear(PymObject *self)
{
    PYM_CLEAR(PROP(self)->fget);
    PYM_CLEAR(PROP(self)->fset);
    PYM_CLEAR(PROP(self)->fdel);
    PYM_CLEAR(PROP(self)->doc);
    PYM_CLEAR(PROP(self)->name);
    return 0;
}

static void property_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    property_clear(self);
    pym_object_free(self);
}

static PymObject *property_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymObject *self = pym_type_generic_alloc(type, 0);
    if (self)
        pym_gc_track(self);
    return self;
}

/* Sort positional and keyword arguments into named parameters. */
static int parse_args(const char *fname, PymObject *const *args, PymSize nargs, PymObject *kwnames,
                      const char *const *names, PymObject **out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = NULL;
    if (nargs > n) {
        pym_err_format(&pym_exc_TypeError, "%s() takes at most %d arguments (%zd given)", fname, n, nargs);
        return -1;
    }
    for (PymSize i = 0; i < nargs; i++)
        out[i] = args[i];
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        int i = 0;
        while (i < n && !pym_str_equal_cstr(key, names[i]))
            i++;
        if (i == n) {
            pym_err_format(&pym_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
            return -1;
        }
        if (out[i]) {
            pym_err_format(&pym_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                           fname, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

static int property_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    PymObject *a[4];
    if (parse_args("property", args, nargs, kwnames, names, a, 4) < 0)
        return -1;
    PropertyObject *p = PROP(self);
    for (int i = 0; i < 3; i++)
        if (a[i] == PYM_NONE)
            a[i] = NULL;
    PYM_XINCREF(a[0]);
    PYM_SETREF(p->fget, a[0]);
    PYM_XINCREF(a[1]);
    PYM_SETREF(p->fset, a[1]);
    PYM_XINCREF(a[2]);
    PYM_SETREF(p->fdel, a[2]);
    PYM_XINCREF(a[3]);
    PYM_SETREF(p->doc, a[3]);
    p->getter_doc = 0;
    /* No explicit doc: borrow the getter's docstring. */
    if ((!a[3] || a[3] == PYM_NONE) && p->fget) {
        PymObject *doc;
        if (pym_object_lookup_attr(p->fget, PYM_ID(__doc__), &doc) < 0)
            return -1;
        if (doc) {
            if (PYM_TYPE(self) == &pym_property_type) {
                PYM_SETREF(p->doc, doc);
            } else {
                /* A subclass keeps the doc in its instance __dict__, where
                 * its own class's __doc__ does not shadow it. */
                int rc = pym_object_setattr(self, PYM_ID(__doc__), doc);
                PYM_DECREF(doc);
                if (rc < 0)
                    return -1;
            }
            p->getter_doc = 1;
        }
    }
    return 0;
}

static PymObject *property_error(PymObject *self, PymObject *obj, const char *what)
{
    PymObject *qual = NULL;
    if (obj) {
        PymObject *tq = pym_type_qualname(PYM_TYPE(obj));
        qual = tq;
    }
    if (PROP(self)->name && qual)
        pym_err_format(&pym_exc_AttributeError, "property %R of %R object has no %s", PROP(self)->name, qual, what);
    else if (qual)
        pym_err_format(&pym_exc_AttributeError, "property of %R object has no %s", qual, what);
    else
        pym_err_format(&pym_exc_AttributeError, "property has no %s", what);
    PYM_XDECREF(qual);
    return NULL;
}

static PymObject *property_get(PymObject *self, PymObject *obj, PymObject *type)
{
    if (!obj || obj == PYM_NONE)
        return PYM_NEWREF(self);
    if (!PROP(self)->fget)
        return property_error(self, obj, "getter");
    return pym_object_call1(PROP(self)->fget, obj);
}

static int property_set(PymObject *self, PymObject *obj, PymObject *value)
{
    PymObject *func = value ? PROP(self)->fset : PROP(self)->fdel;
    if (!func) {
        property_error(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    PymObject *args[2] = {obj, value};
    PymObject *res = pym_object_call(func, args, value ? 2 : 1, NULL);
    if (!res)
        return -1;
    PYM_DECREF(res);
    return 0;
}

/* A copy of the property with one accessor replaced (getter/setter/deleter). */
static PymObject *property_copy(PymObject *self, PymObject *fget, PymObject *fset, PymObject *fdel)
{
    PropertyObject *p = PROP(self);
    PymObject *doc;
    if (p->getter_doc && fget != PYM_NONE)
        doc = PYM_NONE; /* the new getter supplies it */
    else
        doc = p->doc ? p->doc : PYM_NONE;
    PymObject *args[4] = {fget ? fget : PYM_NONE, fset ? fset : PYM_NONE, fdel ? fdel : PYM_NONE, doc};
    PymObject *res = pym_object_call((PymObject *)PYM_TYPE(self), args, 4, NULL);
    if (res && PYM_OBJECT_TYPE_CHECK(res, &pym_property_type)) {
        PYM_XINCREF(p->name);
        PYM_SETREF(PROP(res)->name, p->name);
    }
    return res;
}

static PymObject *property_getter(PymObject *self, PymObject *f)
{
    return property_copy(self, f, PROP(self)->fset, PROP(self)->fdel);
}

static PymObject *property_setter(PymObject *self, PymObject *f)
{
    return property_copy(self, PROP(self)->fget, f, PROP(self)->fdel);
}

static PymObject *property_deleter(PymObject *self, PymObject *f)
{
    return property_copy(self, PROP(self)->fget, PROP(self)->fset, f);
}

static PymObject *property_set_name(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs != 2)
        return pym_err_format(&pym_exc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given",
                              nargs);
    PYM_INCREF(args[1]);
    PYM_SETREF(PROP(self)->name, args[1]);
    PYM_RETURN_NONE;
}

/* True if any accessor is abstract (abc.abstractmethod). */
static PymObject *abstract_flag(PymObject *const *funcs, int n)
{
    for (int i = 0; i < n; i++) {
        if (!funcs[i])
            continue;
        PymObject *flag, *name = pym_str_intern_cstr("__isabstractmethod__");
        if (!name)
            return NULL;
        int rc = pym_object_lookup_attr(funcs[i], name, &flag);
        PYM_DECREF(name);
        if (rc < 0)
            return NULL;
        if (flag) {
            int t = pym_object_is_true(flag);
            PYM_DECREF(flag);
            if (t < 0)
                return NULL;
            if (t)
                PYM_RETURN_TRUE;
        }
    }
    PYM_RETURN_FALSE;
}

static PymObject *property_get_isabstract(PymObject *self, void *c)
{
    PymObject *funcs[3] = {PROP(self)->fget, PROP(self)->fset, PROP(self)->fdel};
    return abstract_flag(funcs, 3);
}

static PymMethodDef property_methods[] = {
    {"getter", (void (*)(void))property_getter, PYM_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", (void (*)(void))property_setter, PYM_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", (void (*)(void))property_deleter, PYM_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", (void (*)(void))property_set_name, PYM_METH_FASTCALL, "Method to set name of a property."},
    PYM_METHOD_END,
};

static PymMemberDef property_members[] = {
    {"fget", PYM_MEMBER_OBJECT, offsetof(PropertyObject, fget), PYM_MEMBER_READONLY, NULL},
    {"fset", PYM_MEMBER_OBJECT, offsetof(PropertyObject, fset), PYM_MEMBER_READONLY, NULL},
    {"fdel", PYM_MEMBER_OBJECT, offsetof(PropertyObject, fdel), PYM_MEMBER_READONLY, NULL},
    {"__doc__", PYM_MEMBER_OBJECT, offsetof(PropertyObject, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymGetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_property_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .traverse = property_traverse,
    .clear = property_clear,
    .free = pym_gc_free,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .members = property_members,
    .getset = property_getset,
    .doc = "Property attribute.",
};

/* ---- classmethod and staticmethod ------------------------------------------------------------- */

typedef struct CallableWrapperObject {
    PYM_OBJECT_HEAD;
    PymObject *callable;
    PymObject *dict;
} CallableWrapperObject;

#define CW(o) ((CallableWrapperObject *)(o))

static int cw_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    int rc = CW(self)->callable ? visit(CW(self)->callable, arg) : 0;
    if (!rc && CW(self)->dict)
        rc = visit(CW(self)->dict, arg);
    return rc;
}

static int cw_clear(PymObject *self)
{
    PYM_CLEAR(CW(self)->callable);
    PYM_CLEAR(CW(self)->dict);
    return 0;
}

static void cw_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    cw_clear(self);
    pym_object_free(self);
}

static PymObject *cw_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymObject *self = pym_type_generic_alloc(type, 0);
    if (self)
        pym_gc_track(self);
    return self;
}

/* Since 3.10 the wrappers carry the function's metadata in their __dict__. */
static int copy_function_attrs(PymObject *self, PymObject *callable)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        PymObject *name = pym_str_intern_cstr(names[i]);
        if (!name)
            return -1;
        PymObject *value;
        int rc = pym_object_lookup_attr(callable, name, &value);
        if (rc > 0) {
            rc = pym_object_setattr(self, name, value);
            PYM_DECREF(value);
        }
        PYM_DECREF(name);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int cw_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    const char *name = PYM_OBJECT_TYPE_CHECK(self, &pym_classmethod_type) ? "classmethod" : "staticmethod";
    if (kwnames && PYM_TUPLE_SIZE(kwnames)) {
        pym_err_format(&pym_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        pym_err_format(&pym_exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
        return -1;
    }
    PYM_INCREF(args[0]);
    PYM_SETREF(CW(self)->callable, args[0]);
    return copy_function_attrs(self, args[0]);
}

static PymObject *classmethod_get(PymObject *self, PymObject *obj, PymObject *type)
{
    PymObject *callable = CW(self)->callable;
    if (!callable)
        return pym_err_format(&pym_exc_RuntimeError, "uninitialized classmethod object");
    if (!type)
        type = (PymObject *)PYM_TYPE(obj);
    PymDescrGetFunc get = PYM_TYPE(callable)->descr_get;
    if (get)
        return get(callable, type, type);
    return pym_method_new(callable, type);
}

static PymObject *staticmethod_get(PymObject *self, PymObject *obj, PymObject *type)
{
    PymObject *callable = CW(self)->callable;
    if (!callable)
        return pym_err_format(&pym_exc_RuntimeError, "uninitialized staticmethod object");
    return PYM_NEWREF(callable);
}

static PymObject *staticmethod_call(PymObject *self, PymObject *const *args, PymSize nargs,
                                    PymObject *kwnames)
{
    return pym_object_call(CW(self)->callable, args, nargs, kwnames);
}

static PymObject *classmethod_repr(PymObject *self)
{
    return pym_str_from_format("<classmethod(%R)>", CW(self)->callable ? CW(self)->callable : PYM_NONE);
}

static PymObject *staticmethod_repr(PymObject *self)
{
    return pym_str_from_format("<staticmethod(%R)>", CW(self)->callable ? CW(self)->callable : PYM_NONE);
}

static PymObject *cw_get_isabstract(PymObject *self, void *c)
{
    PymObject *funcs[1] = {CW(self)->callable};
    return abstract_flag(funcs, 1);
}

static PymObject *cw_get_dict(PymObject *self, void *c)
{
    if (!CW(self)->dict) {
        CW(self)->dict = pym_dict_new();
        if (!CW(self)->dict)
            return NULL;
    }
    return PYM_NEWREF(CW(self)->dict);
}

static PymMemberDef cw_members[] = {
    {"__func__", PYM_MEMBER_OBJECT, offsetof(CallableWrapperObject, callable), PYM_MEMBER_READONLY, NULL},
    {"__wrapped__", PYM_MEMBER_OBJECT, offsetof(CallableWrapperObject, callable), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymGetSetDef cw_getset[] = {
    {"__isabstractmethod__", cw_get_isabstract, NULL, NULL, NULL},
    {"__dict__", cw_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_classmethod_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "classmethod",
    .basicsize = sizeof(CallableWrapperObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = cw_dealloc,
    .repr = classmethod_repr,
    .descr_get = classmethod_get,
    .traverse = cw_traverse,
    .clear = cw_clear,
    .free = pym_gc_free,
    .new_ = cw_new,
    .init = cw_init,
    .members = cw_members,
    .getset = cw_getset,
    .dictoffset = offsetof(CallableWrapperObject, dict),
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

PymType pym_staticmethod_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "staticmethod",
    .basicsize = sizeof(CallableWrapperObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = cw_dealloc,
    .repr = staticmethod_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .traverse = cw_traverse,
    .clear = cw_clear,
    .free = pym_gc_free,
    .new_ = cw_new,
    .init = cw_init,
    .members = cw_members,
    .getset = cw_getset,
    .dictoffset = offsetof(CallableWrapperObject, dict),
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

PymObject *pym_classmethod_new(PymObject *func)
{
    return pym_object_call1((PymObject *)&pym_classmethod_type, func);
}

PymObject *pym_staticmethod_new(PymObject *func)
{
    return pym_object_call1((PymObject *)&pym_staticmethod_type, func);
}

/* ---- mappingproxy ------------------------------------------------------------------------------- */

typedef struct MappingProxyObject {
    PYM_OBJECT_HEAD;
    PymObject *mapping;
} MappingProxyObject;

#define MPX(o) (((MappingProxyObject *)(o))->mapping)

PymObject *pym_mappingproxy_new(PymObject *mapping)
{
    MappingProxyObject *p = (MappingProxyObject *)pym_type_generic_alloc(&pym_mappingproxy_type, 0);
    if (!p)
        return NULL;
    p->mapping = PYM_NEWREF(mapping);
    pym_gc_track((PymObject *)p);
    return (PymObject *)p;
}

static PymObject *mappingproxy_tp_new(PymType *type, PymObject *const *args, PymSize nargs,
                                      PymObject *kwnames)
{
    static const char *const names[] = {"mapping"};
    PymObject *a[1];
    if (parse_args("mappingproxy", args, nargs, kwnames, names, a, 1) < 0)
        return NULL;
    if (!a[0])
        return pym_err_format(&pym_exc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    PymType *mt = PYM_TYPE(a[0]);
    if (!mt->as_mapping || !mt->as_mapping->subscript || PYM_LIST_CHECK(a[0]) || PYM_TUPLE_CHECK(a[0]))
        return pym_err_format(&pym_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                              PYM_TYPE_NAME(a[0]));
    return pym_mappingproxy_new(a[0]);
}

static void mappingproxy_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_XDECREF(MPX(self));
    pym_object_free(self);
}

static int mappingproxy_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    return MPX(self) ? visit(MPX(self), arg) : 0;
}

static PymSize mappingproxy_len(PymObject *self) { return pym_object_length(MPX(self)); }
static PymObject *mappingproxy_getitem(PymObject *self, PymObject *key) { return pym_object_getitem(MPX(self), key); }
static int mappingproxy_contains(PymObject *self, PymObject *key)
{
    if (PYM_DICT_CHECK_EXACT(MPX(self)))
        return pym_dict_contains(MPX(self), key);
    return pym_sequence_contains(MPX(self), key);
}
static PymObject *mappingproxy_iter(PymObject *self) { return pym_object_get_iter(MPX(self)); }
static PymObject *mappingproxy_str(PymObject *self) { return pym_object_str(MPX(self)); }
static PymObject *mappingproxy_repr(PymObject *self)
{
    return pym_str_from_format("mappingproxy(%R)", MPX(self));
}
static PymObject *mappingproxy_richcompare(PymObject *self, PymObject *other, int op)
{
    return pym_object_richcompare(MPX(self), other, op);
}

static PymObject *mappingproxy_get(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs < 1 || nargs > 2)
        return pym_err_format(&pym_exc_TypeError, "get expected at least 1 argument, got %zd", nargs);
    return pym_object_call_method(MPX(self), PYM_ID(get), args, nargs);
}

#define PROXY_METHOD(fname, id)                                                  \
    static PymObject *fname(PymObject *self, PymObject *unused)                  \
    {                                                                            \
        return pym_object_call_method(MPX(self), PYM_ID(id), NULL, 0);           \
    }
PROXY_METHOD(mappingproxy_keys, keys)
PROXY_METHOD(mappingproxy_values, values)
PROXY_METHOD(mappingproxy_items, items)

static PymObject *mappingproxy_copy(PymObject *self, PymObject *unused)
{
    return pym_object_call_method_str(MPX(self), "copy", NULL, 0);
}

static PymObject *mappingproxy_reversed(PymObject *self, PymObject *unused)
{
    return pym_object_call_method(MPX(self), PYM_ID(__reversed__), NULL, 0);
}

static PymObject *mappingproxy_or(PymObject *a, PymObject *b)
{
    if (PYM_TYPE(a) == &pym_mappingproxy_type)
        a = MPX(a);
    if (PYM_TYPE(b) == &pym_mappingproxy_type)
        b = MPX(b);
    return pym_number_or(a, b);
}

static PymObject *mappingproxy_ior(PymObject *self, PymObject *other)
{
    return pym_err_format(&pym_exc_TypeError, "'|=' is not supported by %s; use '|' instead",
                          PYM_TYPE_NAME(self));
}

static PymNumberMethods mappingproxy_as_number = {.or_ = mappingproxy_or, .inplace_or = mappingproxy_ior};
static PymSequenceMethods mappingproxy_as_sequence = {.contains = mappingproxy_contains};
static PymMappingMethods mappingproxy_as_mapping = {.length = mappingproxy_len,
                                                     .subscript = mappingproxy_getitem};

static PymMethodDef mappingproxy_methods[] = {
    {"get", (void (*)(void))mappingproxy_get, PYM_METH_FASTCALL,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", (void (*)(void))mappingproxy_keys, PYM_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", (void (*)(void))mappingproxy_values, PYM_METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", (void (*)(void))mappingproxy_items, PYM_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", (void (*)(void))mappingproxy_copy, PYM_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", (void (*)(void))mappingproxy_reversed, PYM_METH_NOARGS, "D.__reversed__() -> reverse iterator"},
    PYM_METHOD_END,
};

PymType pym_mappingproxy_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = mappingproxy_dealloc,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .richcompare = mappingproxy_richcompare,
    .hash = pym_object_hash_not_implemented,
    .iter = mappingproxy_iter,
    .traverse = mappingproxy_traverse,
    .free = pym_gc_free,
    .new_ = mappingproxy_tp_new,
    .as_number = &mappingproxy_as_number,
    .as_sequence = &mappingproxy_as_sequence,
    .as_mapping = &mappingproxy_as_mapping,
    .methods = mappingproxy_methods,
};

/* ---- types.SimpleNamespace ------------------------------------------------------------------------ */

typedef struct NamespaceObject {
    PYM_OBJECT_HEAD;
    PymObject *dict;
} NamespaceObject;

#define NSD(o) (((NamespaceObject *)(o))->dict)

static PymObject *namespace_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymObject *self = pym_type_generic_alloc(type, 0);
    if (!self)
        return NULL;
    NSD(self) = pym_dict_new();
    if (!NSD(self)) {
        PYM_DECREF(self);
        return NULL;
    }
    pym_gc_track(self);
    return self;
}

static int namespace_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (nargs) {
        pym_err_format(&pym_exc_TypeError, "no positional arguments expected");
        return -1;
    }
    for (PymSize i = 0; kwnames && i < PYM_TUPLE_SIZE(kwnames); i++)
        if (pym_dict_setitem(NSD(self), PYM_TUPLE_BORROW_ITEM(kwnames, i), args[i]) < 0)
            return -1;
    return 0;
}

static void namespace_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_CLEAR(NSD(self));
    pym_object_free(self);
}

static int namespace_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    return NSD(self) ? visit(NSD(self), arg) : 0;
}

static int namespace_clear(PymObject *self)
{
    PYM_CLEAR(NSD(self));
    return 0;
}

static PymObject *namespace_repr(PymObject *self)
{
    const char *name = PYM_TYPE(self) == &pym_simplenamespace_type ? "namespace" : PYM_TYPE_NAME(self);
    int r = pym_repr_enter(self);
    if (r != 0)
        return r > 0 ? pym_str_from_format("%s(...)", name) : NULL;
    PymStrWriter w;
    pym_str_writer_init(&w);
    int ok = pym_str_writer_write_cstr(&w, name) == 0 && pym_str_writer_write_char(&w, '(') == 0;
    PymObject *items = ok ? pym_dict_items(NSD(self)) : NULL;
    ok = items != NULL;
    int first = 1;
    for (PymSize i = 0; ok && i < PYM_LIST_SIZE(items); i++) {
        PymObject *pair = PYM_LIST_BORROW_ITEM(items, i);
        PymObject *key = PYM_TUPLE_BORROW_ITEM(pair, 0);
        if (!PYM_STR_CHECK(key))
            continue;
        PymObject *vr = pym_object_repr(PYM_TUPLE_BORROW_ITEM(pair, 1));
        ok = vr && (first || pym_str_writer_write_cstr(&w, ", ") == 0) &&
             pym_str_writer_write_str(&w, key) == 0 && pym_str_writer_write_char(&w, '=') == 0 &&
             pym_str_writer_write_str(&w, vr) == 0;
        PYM_XDECREF(vr);
        first = 0;
    }
    PYM_XDECREF(items);
    pym_repr_leave(self);
    if (!ok || pym_str_writer_write_char(&w, ')') < 0) {
        pym_str_writer_discard(&w);
        return NULL;
    }
    return pym_str_writer_finish(&w);
}

static PymObject *namespace_richcompare(PymObject *self, PymObject *other, int op)
{
    if (PYM_OBJECT_TYPE_CHECK(self, &pym_simplenamespace_type) &&
        PYM_OBJECT_TYPE_CHECK(other, &pym_simplenamespace_type))
        return pym_object_richcompare(NSD(self), NSD(other), op);
    PYM_RETURN_NOTIMPLEMENTED;
}

static PymObject *namespace_reduce(PymObject *self, PymObject *unused)
{
    PymObject *args = pym_tuple_new(0);
    if (!args)
        return NULL;
    PymObject *res = pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), args, NSD(self));
    PYM_DECREF(args);
    return res;
}

static PymMethodDef namespace_methods[] = {
    {"__reduce__", (void (*)(void))namespace_reduce, PYM_METH_NOARGS, "Return state information for pickling"},
    PYM_METHOD_END,
};

static PymMemberDef namespace_members[] = {
    {"__dict__", PYM_MEMBER_OBJECT, offsetof(NamespaceObject, dict), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_simplenamespace_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = namespace_dealloc,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .hash = pym_object_hash_not_implemented,
    .getattro = pym_object_generic_getattr,
    .setattro = pym_object_generic_setattr,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
    .free = pym_gc_free,
    .new_ = namespace_new,
    .init = namespace_init,
    .methods = namespace_methods,
    .members = namespace_members,
    .dictoffset = offsetof(NamespaceObject, dict),
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
};

/* ---- super ------------------------------------------------------------------------------------------ */

typedef struct SuperObject {
    PYM_OBJECT_HEAD;
    PymType *type;      /* the class after which the MRO search starts */
    PymObject *obj;     /* the instance or class, or NULL when unbound */
    PymType *obj_type;  /* the class whose MRO is searched */
} SuperObject;

#define SUP(o) ((SuperObject *)(o))

static void super_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_XDECREF(SUP(self)->obj);
    PYM_XDECREF(SUP(self)->type);
    PYM_XDECREF(SUP(self)->obj_type);
    pym_object_free(self);
}

static int super_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymObject *fields[3] = {SUP(self)->obj, (PymObject *)SUP(self)->type, (PymObject *)SUP(self)->obj_type};
    for (int i = 0; i < 3; i++) {
        if (fields[i]) {
            int rc = visit(fields[i], arg);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static PymObject *super_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymObject *self = pym_type_generic_alloc(type, 0);
    if (self)
        pym_gc_track(self);
    return self;
}

/* The class whose MRO super(type, obj) searches: obj itself when it is a
 * subclass of type, else the class of the instance obj. */
static PymType *supercheck(PymType *type, PymObject *obj)
{
    if (PYM_TYPE_HAS_FLAG(PYM_TYPE(obj), PYM_TPFLAG_TYPE_SUBCLASS) && pym_type_is_subtype((PymType *)obj, type))
        return (PymType *)PYM_NEWREF(obj);
    if (pym_type_is_subtype(PYM_TYPE(obj), type))
        return (PymType *)PYM_NEWREF(PYM_TYPE(obj));
    PymObject *cls;
    if (pym_object_lookup_attr(obj, PYM_ID(__class__), &cls) < 0)
        return NULL;
    if (cls) {
        if (PYM_TYPE_HAS_FLAG(PYM_TYPE(cls), PYM_TPFLAG_TYPE_SUBCLASS) && cls != (PymObject *)PYM_TYPE(obj) &&
            pym_type_is_subtype((PymType *)cls, type))
            return (PymType *)cls;
        PYM_DECREF(cls);
    }
    pym_err_set_string(&pym_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() with no arguments: __class__ from the calling function's closure
 * and its first argument as the instance. */
static int super_from_frame(PymType **type_out, PymObject **obj_out)
{
    PymFrame *f = pym_tstate.frame;
    if (!f || !f->code) {
        pym_err_set_string(&pym_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    PymCodeObject *co = f->code;
    if (co->argcount == 0) {
        pym_err_set_string(&pym_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    PymObject *obj = f->localsplus[0];
    if (co->cell2arg) {
        /* The first argument lives in a cell when a closure captures it. */
        for (int i = 0; i < co->ncellvars; i++) {
            if (co->cell2arg[i] == 0) {
                PymObject *cell = f->localsplus[co->nlocals + i];
                if (cell && PYM_CELL_CHECK(cell))
                    obj = ((PymCellObject *)cell)->ref;
                break;
            }
        }
    }
    if (!obj) {
        pym_err_set_string(&pym_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    PymSize nfree = co->freevars ? PYM_TUPLE_SIZE(co->freevars) : 0;
    for (PymSize i = 0; i < nfree; i++) {
        if (!pym_str_equal(PYM_TUPLE_BORROW_ITEM(co->freevars, i), PYM_ID(__class__)))
            continue;
        PymObject *cell = f->localsplus[co->nlocals + co->ncellvars + i];
        if (!cell || !PYM_CELL_CHECK(cell)) {
            pym_err_set_string(&pym_exc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        PymObject *cls = ((PymCellObject *)cell)->ref;
        if (!cls) {
            pym_err_set_string(&pym_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!PYM_TYPE_HAS_FLAG(PYM_TYPE(cls), PYM_TPFLAG_TYPE_SUBCLASS)) {
            pym_err_format(&pym_exc_RuntimeError, "super(): __class__ is not a type (%s)", PYM_TYPE_NAME(cls));
            return -1;
        }
        *type_out = (PymType *)cls;
        *obj_out = obj;
        return 0;
    }
    pym_err_set_string(&pym_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames)) {
        pym_err_set_string(&pym_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        pym_err_format(&pym_exc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    PymType *type;
    PymObject *obj = nargs > 1 ? args[1] : NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0)
            return -1;
    } else {
        if (!PYM_TYPE_HAS_FLAG(PYM_TYPE(args[0]), PYM_TPFLAG_TYPE_SUBCLASS)) {
            pym_err_format(&pym_exc_TypeError, "super() argument 1 must be a type, not %.200s",
                           PYM_TYPE_NAME(args[0]));
            return -1;
        }
        type = (PymType *)args[0];
    }
    if (obj == PYM_NONE)
        obj = NULL;
    PymType *obj_type = NULL;
    if (obj) {
        obj_type = supercheck(type, obj);
        if (!obj_type)
            return -1;
    }
    PYM_INCREF(type);
    PYM_XINCREF(obj);
    PYM_SETREF(SUP(self)->type, type);
    PYM_SETREF(SUP(self)->obj, obj);
    PYM_SETREF(SUP(self)->obj_type, obj_type);
    return 0;
}

static PymObject *super_getattro(PymObject *self, PymObject *name)
{
    SuperObject *su = SUP(self);
    PymType *starttype = su->obj_type;
    /* super().__class__ is the super object's own class. */
    if (!starttype || (PYM_STR_CHECK(name) && pym_str_equal(name, PYM_ID(__class__))))
        return pym_object_generic_getattr(self, name);
    PymObject *mro = starttype->mro;
    if (!mro)
        return pym_object_generic_getattr(self, name);
    PymSize n = PYM_TUPLE_SIZE(mro), i = 0;
    while (i + 1 < n && PYM_TUPLE_BORROW_ITEM(mro, i) != (PymObject *)su->type)
        i++;
    i++;
    PYM_INCREF(mro);
    for (; i < n; i++) {
        PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(mro, i);
        PymObject *res = b->dict ? pym_dict_getitem_borrow(b->dict, name) : NULL;
        if (!res)
            continue;
        PYM_INCREF(res);
        PymDescrGetFunc get = PYM_TYPE(res)->descr_get;
        if (get) {
            PymObject *bound = get(res, su->obj == (PymObject *)starttype ? NULL : su->obj, (PymObject *)starttype);
            PYM_DECREF(res);
            res = bound;
        }
        PYM_DECREF(mro);
        return res;
    }
    PYM_DECREF(mro);
    return pym_object_generic_getattr(self, name);
}

static PymObject *super_descr_get(PymObject *self, PymObject *obj, PymObject *type)
{
    SuperObject *su = SUP(self);
    if (!obj || obj == PYM_NONE || su->obj)
        return PYM_NEWREF(self);
    PymObject *args[2] = {(PymObject *)su->type, obj};
    return pym_object_call((PymObject *)PYM_TYPE(self), args, 2, NULL);
}

static PymObject *super_repr(PymObject *self)
{
    SuperObject *su = SUP(self);
    PymObject *tr = su->type ? pym_object_repr((PymObject *)su->type) : pym_str_from_cstr("NULL");
    if (!tr)
        return NULL;
    PymObject *res = su->obj_type
                         ? pym_str_from_format("<super: %U, <%s object>>", tr, pym_type_name(su->obj_type))
                         : pym_str_from_format("<super: %U, NULL>", tr);
    PYM_DECREF(tr);
    return res;
}

static PymMemberDef super_members[] = {
    {"__thisclass__", PYM_MEMBER_OBJECT, offsetof(SuperObject, type), PYM_MEMBER_READONLY, "the class invoking super()"},
    {"__self__", PYM_MEMBER_OBJECT, offsetof(SuperObject, obj), PYM_MEMBER_READONLY, "the instance invoking super(); may be None"},
    {"__self_class__", PYM_MEMBER_OBJECT, offsetof(SuperObject, obj_type), PYM_MEMBER_READONLY, "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_super_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .traverse = super_traverse,
    .free = pym_gc_free,
    .new_ = super_new,
    .init = super_init,
    .members = super_members,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
};
