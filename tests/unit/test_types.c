/* test_types.c — the object model: classes made with pym_type_new_class,
 * the C3 MRO (diamonds, inconsistent hierarchies, layout conflicts),
 * attribute lookup precedence (data descriptor > instance __dict__ >
 * non-data descriptor), slot wrappers of built-in types, __slots__,
 * unhashable classes, and the reference counts instance creation leaves. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "runtime/pym.h"
#include "runtime/object_internal.h"
#include "src/lifecycle.h"

static void setup(void)
{
    cr_assert_eq(pym_initialize(), 0, "pym_initialize failed");
}

static void teardown(void)
{
    pym_err_clear();
    pym_finalize(0);
}

TestSuite(types, .init = setup, .fini = teardown);

static PymObject *str(const char *s)
{
    PymObject *o = pym_str_from_cstr(s);
    cr_assert_not_null(o);
    return o;
}

static PymObject *builtin(const char *name)
{
    PymObject *f = pym_dict_getitem_str_borrow(pym_interp.builtins, name);
    cr_assert_not_null(f, "builtins.%s missing", name);
    return f;
}

/* class name(*bases): with the given namespace (may be NULL). */
static PymObject *make_class(const char *name, PymObject *bases_tuple, PymObject *ns)
{
    PymObject *n = str(name);
    PymObject *dict = ns ? PYM_NEWREF(ns) : pym_dict_new();
    PymObject *bases = bases_tuple ? PYM_NEWREF(bases_tuple) : pym_tuple_new(0);
    cr_assert(dict && bases);
    if (!pym_dict_getitem_borrow(dict, PYM_ID(__module__)))
        pym_dict_setitem(dict, PYM_ID(__module__), PYM_ID(__main__));
    PymObject *cls = pym_type_new_class(&pym_type_type, n, bases, dict, NULL);
    PYM_DECREF(n);
    PYM_DECREF(dict);
    PYM_DECREF(bases);
    return cls;
}

static const char *utf8(PymObject *s) { return pym_str_as_utf8(s); }

static const char *error_message(void)
{
    static char buf[256];
    PymObject *exc = pym_err_fetch();
    cr_assert_not_null(exc, "expected an exception");
    PymObject *s = pym_object_str(exc);
    snprintf(buf, sizeof buf, "%s: %s", PYM_TYPE_NAME(exc), s ? utf8(s) : "?");
    PYM_XDECREF(s);
    PYM_DECREF(exc);
    return buf;
}

static char *mro_names(PymObject *cls)
{
    static char buf[256];
    buf[0] = '\0';
    PymObject *mro = ((PymType *)cls)->mro;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(mro); i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, pym_type_short_name((PymType *)PYM_TUPLE_BORROW_ITEM(mro, i)));
    }
    return buf;
}

Test(types, diamond_mro)
{
    PymObject *a = make_class("A", NULL, NULL);
    PymObject *ta = pym_tuple_pack(1, a);
    PymObject *b = make_class("B", ta, NULL), *c = make_class("C", ta, NULL);
    PymObject *tbc = pym_tuple_pack(2, b, c);
    PymObject *d = make_class("D", tbc, NULL);
    cr_assert_not_null(d);
    cr_assert_str_eq(mro_names(d), "D B C A object");
    cr_assert(pym_type_is_subtype((PymType *)d, (PymType *)a));
    cr_assert_eq(pym_object_issubclass(d, c), 1);
    PymObject *r = pym_object_repr(d);
    cr_assert_str_eq(utf8(r), "<class '__main__.D'>");
    PYM_DECREF(r);
    PYM_DECREF(tbc);
    PYM_DECREF(ta);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(c);
    PYM_DECREF(d);
}

Test(types, inconsistent_mro_and_layout_conflict)
{
    PymObject *a = make_class("A", NULL, NULL), *b = make_class("B", NULL, NULL);
    PymObject *ab = pym_tuple_pack(2, a, b), *ba = pym_tuple_pack(2, b, a);
    PymObject *c = make_class("C", ab, NULL), *d = make_class("D", ba, NULL);
    PymObject *cd = pym_tuple_pack(2, c, d);
    cr_assert_null(make_class("E", cd, NULL));
    cr_assert_str_eq(error_message(),
                     "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    PymObject *ls = pym_tuple_pack(2, (PymObject *)&pym_list_type, (PymObject *)&pym_dict_type);
    cr_assert_null(make_class("F", ls, NULL));
    cr_assert_str_eq(error_message(), "TypeError: multiple bases have instance lay-out conflict");
    PymObject *bl = pym_tuple_pack(1, (PymObject *)&pym_bool_type);
    cr_assert_null(make_class("G", bl, NULL));
    cr_assert_str_eq(error_message(), "TypeError: type 'bool' is not an acceptable base type");
    PymObject *aa = pym_tuple_pack(2, a, a);
    cr_assert_null(make_class("H", aa, NULL));
    cr_assert_str_eq(error_message(), "TypeError: duplicate base class A");
    PymObject *objs[] = {a, b, ab, ba, c, d, cd, ls, bl, aa};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        PYM_DECREF(objs[i]);
}

Test(types, lookup_precedence)
{
    /* p: property (data descriptor); nd: classmethod (non-data); plain: a value */
    PymObject *ns = pym_dict_new();
    PymObject *prop = pym_object_call1((PymObject *)&pym_property_type, builtin("repr"));
    PymObject *cm = pym_classmethod_new(builtin("repr"));
    PymObject *one = pym_int_from_i64(1);
    cr_assert(ns && prop && cm && one);
    pym_dict_setitem_str(ns, "p", prop);
    pym_dict_setitem_str(ns, "nd", cm);
    pym_dict_setitem_str(ns, "plain", one);
    PymObject *cls = make_class("K", NULL, ns);
    cr_assert_not_null(cls);
    PymObject *inst = pym_object_call0(cls);
    cr_assert_not_null(inst);

    /* Put entries straight into the instance __dict__. */
    PymObject **dictptr = pym_object_dict_ptr(inst);
    cr_assert_not_null(dictptr);
    if (!*dictptr)
        *dictptr = pym_dict_new();
    PymObject *shadow = str("from-instance");
    pym_dict_setitem_str(*dictptr, "p", shadow);
    pym_dict_setitem_str(*dictptr, "nd", shadow);
    pym_dict_setitem_str(*dictptr, "plain", shadow);

    /* The data descriptor wins over the instance dict... */
    PymObject *v = pym_object_getattr_str(inst, "p");
    cr_assert_not_null(v);
    cr_assert(strncmp(utf8(v), "<__main__.K object at 0x", 24) == 0, "got %s", utf8(v));
    PYM_DECREF(v);
    /* ...which wins over non-data descriptors and plain class attributes. */
    v = pym_object_getattr_str(inst, "nd");
    cr_assert_eq(v, shadow);
    PYM_DECREF(v);
    v = pym_object_getattr_str(inst, "plain");
    cr_assert_eq(v, shadow);
    PYM_DECREF(v);
    /* Setting through a property without a setter fails. */
    cr_assert_eq(pym_object_setattr_str(inst, "p", one), -1);
    cr_assert_str_eq(error_message(), "AttributeError: property 'p' of 'K' object has no setter");
    /* On the class, the classmethod binds to the class. */
    v = pym_object_getattr_str(cls, "nd");
    cr_assert_not_null(v);
    PymObject *res = pym_object_call0(v);
    cr_assert_str_eq(utf8(res), "<class '__main__.K'>");
    PYM_DECREF(res);
    PYM_DECREF(v);
    /* A missing attribute names the type. */
    cr_assert_null(pym_object_getattr_str(inst, "missing"));
    cr_assert_str_eq(error_message(), "AttributeError: 'K' object has no attribute 'missing'");

    PYM_DECREF(shadow);
    PYM_DECREF(inst);
    PYM_DECREF(cls);
    PYM_DECREF(one);
    PYM_DECREF(cm);
    PYM_DECREF(prop);
    PYM_DECREF(ns);
}

Test(types, slot_wrappers)
{
    PymObject *add = pym_object_getattr_str((PymObject *)&pym_int_type, "__add__");
    cr_assert_not_null(add);
    cr_assert_eq(PYM_TYPE(add), &pym_wrapper_descr_type);
    PymObject *r = pym_object_repr(add);
    cr_assert_str_eq(utf8(r), "<slot wrapper '__add__' of 'int' objects>");
    PYM_DECREF(r);
    PymObject *args[2] = {pym_int_from_i64(3), pym_int_from_i64(4)};
    PymObject *sum = pym_object_call(add, args, 2, NULL);
    cr_assert_not_null(sum);
    cr_assert_eq(pym_int_small_value(sum), 7);
    PYM_DECREF(sum);
    /* Bound: (3).__add__ is a method-wrapper. */
    PymObject *bound = pym_object_getattr_str(args[0], "__add__");
    cr_assert_eq(PYM_TYPE(bound), &pym_method_wrapper_type);
    sum = pym_object_call1(bound, args[1]);
    cr_assert_eq(pym_int_small_value(sum), 7);
    PYM_DECREF(sum);
    PYM_DECREF(bound);
    /* A foreign self is rejected with CPython's message. */
    PymObject *bad[2] = {str("a"), args[1]};
    cr_assert_null(pym_object_call(add, bad, 2, NULL));
    cr_assert_str_eq(error_message(),
                     "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
    PYM_DECREF(bad[0]);
    PYM_DECREF(add);
    PYM_DECREF(args[0]);
    PYM_DECREF(args[1]);

    PymObject *len = pym_object_getattr_str((PymObject *)&pym_list_type, "__len__");
    PymObject *list = pym_list_new(0);
    pym_list_append(list, PYM_NONE);
    PymObject *n = pym_object_call1(len, list);
    cr_assert_eq(pym_int_small_value(n), 1);
    PYM_DECREF(n);
    PYM_DECREF(len);
    PYM_DECREF(list);

    PymObject *init = pym_object_getattr_str((PymObject *)&pym_object_type, "__init__");
    r = pym_object_repr(init);
    cr_assert_str_eq(utf8(r), "<slot wrapper '__init__' of 'object' objects>");
    PYM_DECREF(r);
    PYM_DECREF(init);

    /* A subclass of list keeps list's C slots and its wrappers. */
    PymObject *bases = pym_tuple_pack(1, (PymObject *)&pym_list_type);
    PymObject *ml = make_class("MyList", bases, NULL);
    cr_assert_not_null(ml);
    cr_assert_eq(((PymType *)ml)->as_sequence->length, pym_list_type.as_sequence->length);
    PymObject *inst = pym_object_call0(ml);
    cr_assert_not_null(inst);
    pym_list_append(inst, PYM_NONE);
    cr_assert_eq(pym_object_length(inst), 1);
    PYM_DECREF(inst);
    PYM_DECREF(ml);
    PYM_DECREF(bases);
}

Test(types, slots_and_dict)
{
    PymObject *ns = pym_dict_new();
    PymObject *slots = pym_tuple_pack(2, str("name"), str("age"));
    PYM_DECREF(PYM_TUPLE_BORROW_ITEM(slots, 0));
    PYM_DECREF(PYM_TUPLE_BORROW_ITEM(slots, 1));
    pym_dict_setitem(ns, PYM_ID(__slots__), slots);
    PymObject *cls = make_class("Person", NULL, ns);
    cr_assert_not_null(cls);
    cr_assert_eq(((PymType *)cls)->dictoffset, 0);
    cr_assert_eq(((PymType *)cls)->weaklistoffset, 0);
    cr_assert_eq(((PymType *)cls)->basicsize, (PymSize)(sizeof(PymObject) + 2 * sizeof(PymObject *)));
    PymObject *p = pym_object_call0(cls);
    PymObject *ada = str("Ada");
    cr_assert_eq(pym_object_setattr_str(p, "name", ada), 0);
    PymObject *v = pym_object_getattr_str(p, "name");
    cr_assert_eq(v, ada);
    PYM_DECREF(v);
    cr_assert_eq(pym_object_setattr_str(p, "email", ada), -1);
    cr_assert_str_eq(error_message(), "AttributeError: 'Person' object has no attribute 'email'");
    cr_assert_null(pym_object_getattr_str(p, "age"));
    cr_assert_str_eq(error_message(), "AttributeError: 'Person' object has no attribute 'age'");
    PymSize before = PYM_REFCNT(ada);
    PYM_DECREF(p);
    cr_assert_eq(PYM_REFCNT(ada), before - 1, "the slot's reference is released with the instance");

    /* A plain class: __dict__ and __weakref__, CPython 3.11 instance size. */
    PymObject *plain = make_class("Plain", NULL, NULL);
    cr_assert_gt(((PymType *)plain)->dictoffset, 0);
    cr_assert_gt(((PymType *)plain)->weaklistoffset, 0);
    cr_assert_eq(((PymType *)plain)->basicsize + 16, 56, "sys.getsizeof of a plain instance");
    PYM_DECREF(plain);
    PYM_DECREF(ada);
    PYM_DECREF(cls);
    PYM_DECREF(slots);
    PYM_DECREF(ns);
}

Test(types, eq_without_hash_is_unhashable)
{
    PymObject *ns = pym_dict_new();
    pym_dict_setitem(ns, PYM_ID(__eq__), builtin("isinstance"));
    PymObject *cls = make_class("Eq", NULL, ns);
    cr_assert_not_null(cls);
    cr_assert_eq(pym_dict_getitem_borrow(((PymType *)cls)->dict, PYM_ID(__hash__)), PYM_NONE);
    PymObject *inst = pym_object_call0(cls);
    cr_assert_eq(pym_object_hash(inst), -1);
    cr_assert_str_eq(error_message(), "TypeError: unhashable type: 'Eq'");
    PYM_DECREF(inst);
    PYM_DECREF(cls);
    PYM_DECREF(ns);
}

Test(types, instance_creation_leaves_no_references)
{
    PymObject *cls = make_class("R", NULL, NULL);
    PymSize cls_refs = PYM_REFCNT(cls);
    PymObject *inst = pym_object_call0(cls);
    cr_assert_eq(PYM_REFCNT(inst), 1);
    cr_assert_eq(PYM_REFCNT(cls), cls_refs + 1, "an instance holds one reference to its class");
    cr_assert_eq(pym_object_isinstance(inst, cls), 1);
    cr_assert_eq(PYM_REFCNT(inst), 1);
    PYM_DECREF(inst);
    cr_assert_eq(PYM_REFCNT(cls), cls_refs);
    PYM_DECREF(cls);
}

Test(types, unsupported_operands_and_comparisons)
{
    PymObject *one = pym_int_from_i64(1), *s = str("a");
    cr_assert_null(pym_number_add(one, s));
    cr_assert_str_eq(error_message(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    cr_assert_null(pym_object_richcompare(one, s, PYM_LT));
    cr_assert_str_eq(error_message(), "TypeError: '<' not supported between instances of 'int' and 'str'");
    cr_assert_null(pym_object_getitem(one, one));
    cr_assert_str_eq(error_message(), "TypeError: 'int' object is not subscriptable");
    cr_assert_null(pym_object_call0(one));
    cr_assert_str_eq(error_message(), "TypeError: 'int' object is not callable");
    cr_assert_eq(pym_object_length(one), -1);
    cr_assert_str_eq(error_message(), "TypeError: object of type 'int' has no len()");
    cr_assert_null(pym_object_get_iter(one));
    cr_assert_str_eq(error_message(), "TypeError: 'int' object is not iterable");
    cr_assert_eq(pym_object_setattr_str((PymObject *)&pym_int_type, "x", one), -1);
    cr_assert_str_eq(error_message(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
    PYM_DECREF(one);
    PYM_DECREF(s);
}
