/* unionobject.c — the typing helpers built into the object model:
 * types.UnionType, the value of `int | None` (PEP 604), and
 * types.GenericAlias, the value of `list[int]` (PEP 585), so that modern
 * annotations evaluate as in CPython.
 *
 * Invariants: a union's __args__ holds at least two distinct classes (None
 * is stored as NoneType; a union of one class is that class itself; nested
 * unions are flattened); a generic alias holds its origin class and a
 * tuple of arguments, and forwards calls and attribute reads to the origin.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

typedef struct UnionObject {
    PYM_OBJECT_HEAD;
    PymObject *args;   /* tuple of classes */
} UnionObject;

#define ARGS(o) (((UnionObject *)(o))->args)
#define IS_TYPE(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_TYPE_SUBCLASS)

static int is_unionable(PymObject *o)
{
    return o == PYM_NONE || IS_TYPE(o) || PYM_TYPE(o) == &pym_union_type ||
           PYM_TYPE(o) == &pym_genericalias_type;
}

/* Append o (or the members of a union) to list unless already present. */
static int add_flattened(PymObject *list, PymObject *o)
{
    if (PYM_TYPE(o) == &pym_union_type) {
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(ARGS(o)); i++)
            if (add_flattened(list, PYM_TUPLE_BORROW_ITEM(ARGS(o), i)) < 0)
                return -1;
        return 0;
    }
    if (o == PYM_NONE)
        o = (PymObject *)&pym_none_type;
    for (PymSize i = 0; i < PYM_LIST_SIZE(list); i++)
        if (PYM_LIST_BORROW_ITEM(list, i) == o)
            return 0;
    return pym_list_append(list, o);
}

static PymObject *make_union(PymObject *a, PymObject *b)
{
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    if (add_flattened(list, a) < 0 || add_flattened(list, b) < 0) {
        PYM_DECREF(list);
        return NULL;
    }
    if (PYM_LIST_SIZE(list) == 1) {
        PymObject *only = PYM_NEWREF(PYM_LIST_BORROW_ITEM(list, 0));
        PYM_DECREF(list);
        return only;
    }
    UnionObject *u = (UnionObject *)pym_type_generic_alloc(&pym_union_type, 0);
    if (u)
        u->args = pym_list_as_tuple(list);
    PYM_DECREF(list);
    if (u && !u->args) {
        PYM_DECREF(u);
        return NULL;
    }
    if (u)
        pym_gc_track((PymObject *)u);
    return (PymObject *)u;
}

PymObject *pym_type_or(PymObject *a, PymObject *b)
{
    if (!is_unionable(a) || !is_unionable(b))
        PYM_RETURN_NOTIMPLEMENTED;
    return make_union(a, b);
}

static void union_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_XDECREF(ARGS(self));
    pym_object_free(self);
}

static int union_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    return ARGS(self) ? visit(ARGS(self), arg) : 0;
}

/* How typing shows an argument: classes by qualified name, ... for
 * Ellipsis, anything else by repr. */
static PymObject *arg_repr(PymObject *arg)
{
    if (arg == PYM_ELLIPSIS)
        return pym_str_from_cstr("...");
    if (IS_TYPE(arg))
        return pym_type_repr_name((PymType *)arg);
    return pym_object_repr(arg);
}

static PymObject *union_repr(PymObject *self)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(ARGS(self)); i++) {
        PymObject *arg = PYM_TUPLE_BORROW_ITEM(ARGS(self), i);
        if (i && pym_str_writer_write_cstr(&w, " | ") < 0)
            goto fail;
        PymObject *text = arg == (PymObject *)&pym_none_type ? pym_str_from_cstr("None") : arg_repr(arg);
        if (!text)
            goto fail;
        int rc = pym_str_writer_write_str(&w, text);
        PYM_DECREF(text);
        if (rc < 0)
            goto fail;
    }
    return pym_str_writer_finish(&w);
fail:
    pym_str_writer_discard(&w);
    return NULL;
}

static PymObject *union_richcompare(PymObject *a, PymObject *b, int op)
{
    if (PYM_TYPE(b) != &pym_union_type || (op != PYM_EQ && op != PYM_NE))
        PYM_RETURN_NOTIMPLEMENTED;
    PymObject *sa = pym_frozenset_new(ARGS(a)), *sb = sa ? pym_frozenset_new(ARGS(b)) : NULL;
    PymObject *res = sb ? pym_object_richcompare(sa, sb, op) : NULL;
    PYM_XDECREF(sa);
    PYM_XDECREF(sb);
    return res;
}

static PymHash union_hash(PymObject *self)
{
    PymObject *s = pym_frozenset_new(ARGS(self));
    if (!s)
        return -1;
    PymHash h = pym_object_hash(s);
    PYM_DECREF(s);
    return h;
}

static PymObject *union_check(PymObject *self, PymObject *arg, int subclass)
{
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(ARGS(self)); i++) {
        PymObject *cls = PYM_TUPLE_BORROW_ITEM(ARGS(self), i);
        int r = subclass ? pym_object_issubclass(arg, cls) : pym_object_isinstance(arg, cls);
        if (r < 0)
            return NULL;
        if (r)
            PYM_RETURN_TRUE;
    }
    PYM_RETURN_FALSE;
}

static PymObject *union_instancecheck(PymObject *self, PymObject *inst) { return union_check(self, inst, 0); }
static PymObject *union_subclasscheck(PymObject *self, PymObject *cls) { return union_check(self, cls, 1); }

static PymObject *union_get_parameters(PymObject *self, void *c) { return pym_tuple_new(0); }

static PymNumberMethods union_as_number = {.or_ = pym_type_or};

static PymMethodDef union_methods[] = {
    {"__instancecheck__", (void (*)(void))union_instancecheck, PYM_METH_O, NULL},
    {"__subclasscheck__", (void (*)(void))union_subclasscheck, PYM_METH_O, NULL},
    PYM_METHOD_END,
};

static PymMemberDef union_members[] = {
    {"__args__", PYM_MEMBER_OBJECT, offsetof(UnionObject, args), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymGetSetDef union_getset[] = {
    {"__parameters__", union_get_parameters, NULL, "Type variables in the types.UnionType.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_union_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "types.UnionType",
    .basicsize = sizeof(UnionObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattro = pym_object_generic_getattr,
    .traverse = union_traverse,
    .free = pym_gc_free,
    .as_number = &union_as_number,
    .methods = union_methods,
    .members = union_members,
    .getset = union_getset,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};

/* ---- types.GenericAlias ------------------------------------------------------- */

typedef struct GenericAliasObject {
    PYM_OBJECT_HEAD;
    PymObject *origin;
    PymObject *args;   /* tuple */
} GenericAliasObject;

#define GA(o) ((GenericAliasObject *)(o))

static PymObject *genericalias_make(PymObject *origin, PymObject *args)
{
    PymObject *tuple = PYM_TUPLE_CHECK(args) ? PYM_NEWREF(args) : pym_tuple_pack(1, args);
    if (!tuple)
        return NULL;
    GenericAliasObject *ga = (GenericAliasObject *)pym_type_generic_alloc(&pym_genericalias_type, 0);
    if (!ga) {
        PYM_DECREF(tuple);
        return NULL;
    }
    ga->origin = PYM_NEWREF(origin);
    ga->args = tuple;
    pym_gc_track((PymObject *)ga);
    return (PymObject *)ga;
}

/* cls.__class_getitem__(item) of the built-in generic classes. */
static PymObject *class_getitem(PymObject *cls, PymObject *item)
{
    return genericalias_make(cls, item);
}

PymMethodDef pym_class_getitem_def = {
    "__class_getitem__", (void (*)(void))class_getitem, PYM_METH_O | PYM_METH_CLASS,
    "See PEP 585"};

static PymObject *genericalias_tp_new(PymType *type, PymObject *const *args, PymSize nargs,
                                      PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames))
        return pym_err_format(&pym_exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return pym_err_format(&pym_exc_TypeError, "GenericAlias expected 2 arguments, got %zd", nargs);
    return genericalias_make(args[0], args[1]);
}

static void genericalias_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_XDECREF(GA(self)->origin);
    PYM_XDECREF(GA(self)->args);
    pym_object_free(self);
}

static int genericalias_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    int rc = GA(self)->origin ? visit(GA(self)->origin, arg) : 0;
    if (!rc && GA(self)->args)
        rc = visit(GA(self)->args, arg);
    return rc;
}

static PymObject *genericalias_repr(PymObject *self)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    PymObject *text = arg_repr(GA(self)->origin);
    if (!text || pym_str_writer_write_str(&w, text) < 0 || pym_str_writer_write_char(&w, '[') < 0)
        goto fail;
    PYM_CLEAR(text);
    PymObject *args = GA(self)->args;
    if (PYM_TUPLE_SIZE(args) == 0 && pym_str_writer_write_cstr(&w, "()") < 0)
        goto fail;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(args); i++) {
        if (i && pym_str_writer_write_cstr(&w, ", ") < 0)
            goto fail;
        text = arg_repr(PYM_TUPLE_BORROW_ITEM(args, i));
        if (!text || pym_str_writer_write_str(&w, text) < 0)
            goto fail;
        PYM_CLEAR(text);
    }
    if (pym_str_writer_write_char(&w, ']') < 0)
        goto fail;
    return pym_str_writer_finish(&w);
fail:
    PYM_XDECREF(text);
    pym_str_writer_discard(&w);
    return NULL;
}

static PymObject *genericalias_call(PymObject *self, PymObject *const *args, PymSize nargs,
                                    PymObject *kwnames)
{
    PymObject *obj = pym_object_call(GA(self)->origin, args, nargs, kwnames);
    if (obj) {
        /* Instances remember the alias they came from, when they can. */
        PymObject *name = pym_str_intern_cstr("__orig_class__");
        if (name) {
            if (pym_object_setattr(obj, name, self) < 0)
                pym_err_clear();
            PYM_DECREF(name);
        }
        pym_err_clear();
    }
    return obj;
}

static PymObject *genericalias_getattro(PymObject *self, PymObject *name)
{
    /* Dunder attributes are the alias's own; the rest are the origin's. */
    PymSize n = pym_str_length(name);
    int dunder = n > 4 && pym_str_read_char(name, 0) == '_' && pym_str_read_char(name, 1) == '_';
    if (!dunder || pym_str_equal_cstr(name, "__doc__") || pym_str_equal_cstr(name, "__name__") ||
        pym_str_equal_cstr(name, "__qualname__") || pym_str_equal_cstr(name, "__module__"))
        return pym_object_getattr(GA(self)->origin, name);
    return pym_object_generic_getattr(self, name);
}

static PymObject *genericalias_richcompare(PymObject *a, PymObject *b, int op)
{
    if (PYM_TYPE(b) != &pym_genericalias_type || (op != PYM_EQ && op != PYM_NE))
        PYM_RETURN_NOTIMPLEMENTED;
    int eq = GA(a)->origin == GA(b)->origin;
    if (eq) {
        eq = pym_object_richcompare_bool(GA(a)->args, GA(b)->args, PYM_EQ);
        if (eq < 0)
            return NULL;
    }
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static PymHash genericalias_hash(PymObject *self)
{
    PymHash h0 = pym_object_hash(GA(self)->origin);
    if (h0 == -1)
        return -1;
    PymHash h1 = pym_object_hash(GA(self)->args);
    if (h1 == -1)
        return -1;
    PymHash h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static PymObject *genericalias_instancecheck(PymObject *self, PymObject *arg)
{
    return pym_err_format(&pym_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static PymObject *genericalias_subclasscheck(PymObject *self, PymObject *arg)
{
    return pym_err_format(&pym_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static PymObject *genericalias_mro_entries(PymObject *self, PymObject *bases)
{
    return pym_tuple_pack(1, GA(self)->origin);
}

static PymObject *genericalias_getitem(PymObject *self, PymObject *item)
{
    return pym_err_format(&pym_exc_TypeError, "%R is not a generic class", self);
}

static PymNumberMethods genericalias_as_number = {.or_ = pym_type_or};
static PymMappingMethods genericalias_as_mapping = {.subscript = genericalias_getitem};

static PymMethodDef genericalias_methods[] = {
    {"__instancecheck__", (void (*)(void))genericalias_instancecheck, PYM_METH_O, NULL},
    {"__subclasscheck__", (void (*)(void))genericalias_subclasscheck, PYM_METH_O, NULL},
    {"__mro_entries__", (void (*)(void))genericalias_mro_entries, PYM_METH_O, NULL},
    PYM_METHOD_END,
};

static PymMemberDef genericalias_members[] = {
    {"__origin__", PYM_MEMBER_OBJECT, offsetof(GenericAliasObject, origin), PYM_MEMBER_READONLY, NULL},
    {"__args__", PYM_MEMBER_OBJECT, offsetof(GenericAliasObject, args), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymGetSetDef genericalias_getset[] = {
    {"__parameters__", union_get_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_genericalias_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAliasObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = genericalias_dealloc,
    .repr = genericalias_repr,
    .hash = genericalias_hash,
    .richcompare = genericalias_richcompare,
    .call = genericalias_call,
    .getattro = genericalias_getattro,
    .traverse = genericalias_traverse,
    .free = pym_gc_free,
    .new_ = genericalias_tp_new,
    .as_number = &genericalias_as_number,
    .as_mapping = &genericalias_as_mapping,
    .methods = genericalias_methods,
    .members = genericalias_members,
    .getset = genericalias_getset,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};
