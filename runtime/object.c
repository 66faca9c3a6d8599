/* object.c — the object itself: deallocation and allocation helpers, the
 * None / NotImplemented / Ellipsis singletons, the generic object protocol
 * (repr, str, hash, rich comparison, truth, attribute get/set with the
 * descriptor rules), and `object`, the root of every class.
 *
 * Invariants:
 *  - An instance of a heap type owns one reference to its type (taken at
 *    allocation, released by the subtype dealloc in typeobject.c).
 *  - Attribute lookup follows CPython: a data descriptor on the type wins
 *    over the instance __dict__, which wins over a non-data descriptor or a
 *    plain class attribute.  No lookup keeps a reference it does not return.
 *  - The repr recursion guard holds borrowed pointers only (no refcount
 *    effect on the objects being printed).
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- deallocation and allocation ---------------------------------------- */

void pym_dealloc(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    if (t->dealloc)
        t->dealloc(o);
    else
        pym_object_free(o);
}

static size_t object_size(PymType *type, PymSize nitems)
{
    size_t size = (size_t)type->basicsize + (size_t)(nitems < 0 ? -nitems : nitems) * (size_t)type->itemsize;
    return (size + 7) & ~(size_t)7;
}

PymObject *pym_type_generic_alloc(PymType *type, PymSize nitems)
{
    size_t size = object_size(type, nitems);
    PymObject *o;
    if (PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_HAVE_GC)) {
        o = pym_gc_alloc(type, size);
        if (!o)
            return NULL;
    } else {
        o = pym_object_calloc(1, size);
        if (!o)
            return pym_err_no_memory();
        o->refcnt = 1;
        o->type = type;
        PYM_REF_TOTAL_INC();
    }
    if (type->itemsize)
        PYM_SIZE(o) = nitems;
    if (PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_HEAPTYPE))
        PYM_INCREF(type);
    return o;
}

PymObject *pym_object_new_var(PymType *type, PymSize nitems)
{
    if (PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_HAVE_GC))
        return pym_type_generic_alloc(type, nitems);
    PymObject *o = pym_object_malloc(object_size(type, nitems));
    if (!o)
        return pym_err_no_memory();
    o->refcnt = 1;
    o->type = type;
    PYM_REF_TOTAL_INC();
    if (type->itemsize)
        PYM_SIZE(o) = nitems;
    if (PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_HEAPTYPE))
        PYM_INCREF(type);
    return o;
}

PymObject *pym_object_new(PymType *type) { return pym_object_new_var(type, 0); }

void pym_object_free(void *o)
{
    PymType *t = PYM_TYPE((PymObject *)o);
    if (t->free)
        t->free(o);
    else if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HAVE_GC))
        pym_gc_free(o);
    else
        pym_object_free_raw(o);
}

const char *pym_type_name(PymType *t) { return t->name ? t->name : "?"; }

/* ---- None, NotImplemented, Ellipsis --------------------------------------- */

/* The singletons are static; a refcount error elsewhere must not free them. */
static void singleton_dealloc(PymObject *o) { o->refcnt = 1; }

static PymObject *none_repr(PymObject *o) { return pym_str_from_cstr("None"); }
static int none_bool(PymObject *o) { return 0; }

static int no_arguments(const char *type_name, PymSize nargs, PymObject *kwnames)
{
    if (nargs || (kwnames && PYM_TUPLE_SIZE(kwnames))) {
        pym_err_format(&pym_exc_TypeError, "%s takes no arguments", type_name);
        return -1;
    }
    return 0;
}

static PymObject *none_new(PymType *t, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (no_arguments("NoneType", nargs, kwnames) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymNumberMethods none_as_number = {.bool_ = none_bool};

PymType pym_none_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "NoneType",
    .basicsize = sizeof(PymObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .new_ = none_new,
    .as_number = &none_as_number,
    .free = pym_object_free_raw,
};

PymObject pym_none_struct = PYM_STATIC_HEAD(&pym_none_type);

static PymObject *notimplemented_repr(PymObject *o) { return pym_str_from_cstr("NotImplemented"); }

static PymObject *notimplemented_new(PymType *t, PymObject *const *args, PymSize nargs,
                                     PymObject *kwnames)
{
    if (no_arguments("NotImplementedType", nargs, kwnames) < 0)
        return NULL;
    PYM_RETURN_NOTIMPLEMENTED;
}

static PymObject *singleton_reduce(PymObject *self, PymObject *unused)
{
    return pym_str_from_cstr(self == PYM_NOTIMPLEMENTED ? "NotImplemented" : "Ellipsis");
}

static PymMethodDef singleton_methods[] = {
    {"__reduce__", (void (*)(void))singleton_reduce, PYM_METH_NOARGS, NULL},
    PYM_METHOD_END,
};

PymType pym_notimplemented_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "NotImplementedType",
    .basicsize = sizeof(PymObject),
    .dealloc = singleton_dealloc,
    .repr = notimplemented_repr,
    .new_ = notimplemented_new,
    .methods = singleton_methods,
    .free = pym_object_free_raw,
};

PymObject pym_notimplemented_struct = PYM_STATIC_HEAD(&pym_notimplemented_type);

static PymObject *ellipsis_repr(PymObject *o) { return pym_str_from_cstr("Ellipsis"); }

static PymObject *ellipsis_new(PymType *t, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    if (no_arguments("ellipsis", nargs, kwnames) < 0)
        return NULL;
    return PYM_NEWREF(PYM_ELLIPSIS);
}

PymType pym_ellipsis_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "ellipsis",
    .basicsize = sizeof(PymObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = singleton_methods,
    .free = pym_object_free_raw,
};

PymObject pym_ellipsis_struct = PYM_STATIC_HEAD(&pym_ellipsis_type);

/* ---- repr / str / ascii ----------------------------------------------------- */

PymObject *pym_object_default_repr(PymObject *self)
{
    PymType *t = PYM_TYPE(self);
    PymObject *module = pym_type_module_name(t);
    if (!module)
        return NULL;
    PymObject *res;
    if (PYM_STR_CHECK(module) && !pym_str_equal_cstr(module, "builtins")) {
        PymObject *qualname = pym_type_qualname(t);
        if (!qualname) {
            PYM_DECREF(module);
            return NULL;
        }
        res = pym_str_from_format("<%U.%U object at %p>", module, qualname, (void *)self);
        PYM_DECREF(qualname);
    } else {
        res = pym_str_from_format("<%s object at %p>", pym_type_name(t), (void *)self);
    }
    PYM_DECREF(module);
    return res;
}

PymObject *pym_object_repr(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    if (!t->repr)
        return pym_object_default_repr(o);
    if (pym_enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    PymObject *res = t->repr(o);
    pym_leave_recursive_call();
    if (res && !PYM_STR_CHECK(res)) {
        pym_err_format(&pym_exc_TypeError, "__repr__ returned non-string (type %.200s)",
                       PYM_TYPE_NAME(res));
        PYM_DECREF(res);
        return NULL;
    }
    return res;
}

PymObject *pym_object_str(PymObject *o)
{
    if (PYM_STR_CHECK_EXACT(o))
        return PYM_NEWREF(o);
    PymType *t = PYM_TYPE(o);
    if (!t->str)
        return pym_object_repr(o);
    if (pym_enter_recursive_call(" while getting the str of an object") < 0)
        return NULL;
    PymObject *res = t->str(o);
    pym_leave_recursive_call();
    if (res && !PYM_STR_CHECK(res)) {
        pym_err_format(&pym_exc_TypeError, "__str__ returned non-string (type %.200s)",
                       PYM_TYPE_NAME(res));
        PYM_DECREF(res);
        return NULL;
    }
    return res;
}

PymObject *pym_object_ascii(PymObject *o)
{
    PymObject *r = pym_object_repr(o);
    if (!r || pym_str_is_ascii(r))
        return r;
    PymStrWriter w;
    pym_str_writer_init(&w);
    PymSize n = pym_str_length(r);
    for (PymSize i = 0; i < n; i++) {
        uint32_t ch = pym_str_read_char(r, i);
        char buf[16];
        int rc;
        if (ch < 0x80)
            rc = pym_str_writer_write_char(&w, ch);
        else {
            if (ch <= 0xff)
                snprintf(buf, sizeof buf, "\\x%02x", ch);
            else if (ch <= 0xffff)
                snprintf(buf, sizeof buf, "\\u%04x", ch);
            else
                snprintf(buf, sizeof buf, "\\U%08x", ch);
            rc = pym_str_writer_write_cstr(&w, buf);
        }
        if (rc < 0) {
            pym_str_writer_discard(&w);
            PYM_DECREF(r);
            return NULL;
        }
    }
    PYM_DECREF(r);
    return pym_str_writer_finish(&w);
}

/* The guard for self-containing containers: a stack of borrowed pointers
 * of the objects whose repr is in progress. */
static PymObject **repr_stack;
static PymSize repr_depth, repr_capacity;

int pym_repr_enter(PymObject *o)
{
    for (PymSize i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_capacity) {
        PymSize cap = repr_capacity ? repr_capacity * 2 : 16;
        PymObject **grown = pym_mem_realloc(repr_stack, (size_t)cap * sizeof(PymObject *));
        if (!grown) {
            pym_err_no_memory();
            return -1;
        }
        repr_stack = grown;
        repr_capacity = cap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void pym_repr_leave(PymObject *o)
{
    for (PymSize i = repr_depth; i > 0; i--) {
        if (repr_stack[i - 1] == o) {
            memmove(&repr_stack[i - 1], &repr_stack[i], (size_t)(repr_depth - i) * sizeof(PymObject *));
            repr_depth--;
            break;
        }
    }
    if (repr_depth == 0 && repr_stack) {
        pym_mem_free(repr_stack);
        repr_stack = NULL;
        repr_capacity = 0;
    }
}

/* ---- hashing ------------------------------------------------------------------ */

PymHash pym_object_default_hash(PymObject *self)
{
    /* The address, rotated so that the always-zero alignment bits do not
     * all land in the low bits (CPython's pointer hash). */
    uintptr_t y = (uintptr_t)self;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    PymHash h = (PymHash)y;
    return h == -1 ? -2 : h;
}

PymHash pym_object_hash_not_implemented(PymObject *o)
{
    pym_err_format(&pym_exc_TypeError, "unhashable type: '%.200s'", PYM_TYPE_NAME(o));
    return -1;
}

PymHash pym_object_hash(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    if (t->hash)
        return t->hash(o);
    if (!PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY)) {
        if (pym_type_ready(t) < 0)
            return -1;
        if (t->hash)
            return t->hash(o);
    }
    return pym_object_hash_not_implemented(o);
}

/* ---- rich comparison ------------------------------------------------------------ */

static const int swapped_op[] = {PYM_GT, PYM_GE, PYM_EQ, PYM_NE, PYM_LT, PYM_LE};
static const char *const op_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static PymObject *do_richcompare(PymObject *v, PymObject *w, int op)
{
    PymRichCmpFunc f;
    PymObject *res;
    int checked_reverse = 0;
    /* A subclass's reflected method gets the first chance, so that it can
     * override its base's behaviour. */
    if (PYM_TYPE(v) != PYM_TYPE(w) && pym_type_is_subtype(PYM_TYPE(w), PYM_TYPE(v)) &&
        (f = PYM_TYPE(w)->richcompare) != NULL) {
        checked_reverse = 1;
        res = f(w, v, swapped_op[op]);
        if (res != PYM_NOTIMPLEMENTED)
            return res;
        PYM_DECREF(res);
    }
    if ((f = PYM_TYPE(v)->richcompare) != NULL) {
        res = f(v, w, op);
        if (res != PYM_NOTIMPLEMENTED)
            return res;
        PYM_DECREF(res);
    }
    if (!checked_reverse && (f = PYM_TYPE(w)->richcompare) != NULL) {
        res = f(w, v, swapped_op[op]);
        if (res != PYM_NOTIMPLEMENTED)
            return res;
        PYM_DECREF(res);
    }
    switch (op) {
    case PYM_EQ:
        return pym_bool_from(v == w);
    case PYM_NE:
        return pym_bool_from(v != w);
    default:
        return pym_err_format(&pym_exc_TypeError,
                              "'%s' not supported between instances of '%.100s' and '%.100s'",
                              op_symbols[op], PYM_TYPE_NAME(v), PYM_TYPE_NAME(w));
    }
}

PymObject *pym_object_richcompare(PymObject *a, PymObject *b, int op)
{
    if (op < PYM_LT || op > PYM_GE) {
        pym_err_bad_internal_call();
        return NULL;
    }
    if (pym_enter_recursive_call(" in comparison") < 0)
        return NULL;
    PymObject *res = do_richcompare(a, b, op);
    pym_leave_recursive_call();
    return res;
}

int pym_object_richcompare_bool(PymObject *a, PymObject *b, int op)
{
    if (a == b) {
        if (op == PYM_EQ)
            return 1;
        if (op == PYM_NE)
            return 0;
    }
    PymObject *res = pym_object_richcompare(a, b, op);
    if (!res)
        return -1;
    int ok = res == PYM_TRUE ? 1 : res == PYM_FALSE ? 0 : pym_object_is_true(res);
    PYM_DECREF(res);
    return ok;
}

PymObject *pym_object_default_richcompare(PymObject *self, PymObject *other, int op)
{
    switch (op) {
    case PYM_EQ:
        /* Identity is equality; anything else is for the other side to say. */
        if (self == other)
            PYM_RETURN_TRUE;
        PYM_RETURN_NOTIMPLEMENTED;
    case PYM_NE: {
        /* By default != is the negation of ==, unless == is undecided. */
        PymRichCmpFunc eq = PYM_TYPE(self)->richcompare;
        if (!eq)
            PYM_RETURN_NOTIMPLEMENTED;
        PymObject *res = eq(self, other, PYM_EQ);
        if (res && res != PYM_NOTIMPLEMENTED) {
            int ok = pym_object_is_true(res);
            PYM_DECREF(res);
            if (ok < 0)
                return NULL;
            return pym_bool_from(!ok);
        }
        return res;
    }
    default:
        PYM_RETURN_NOTIMPLEMENTED;
    }
}

/* ---- truth ----------------------------------------------------------------------- */

int pym_object_is_true(PymObject *o)
{
    if (o == PYM_TRUE)
        return 1;
    if (o == PYM_FALSE || o == PYM_NONE)
        return 0;
    PymType *t = PYM_TYPE(o);
    PymSize res;
    if (t->as_number && t->as_number->bool_)
        res = t->as_number->bool_(o);
    else if (t->as_mapping && t->as_mapping->length)
        res = t->as_mapping->length(o);
    else if (t->as_sequence && t->as_sequence->length)
        res = t->as_sequence->length(o);
    else
        return 1;
    return res > 0 ? 1 : (int)res;
}

int pym_object_not(PymObject *o)
{
    int r = pym_object_is_true(o);
    return r < 0 ? r : !r;
}

/* ---- attributes ------------------------------------------------------------------- */

PymObject **pym_object_dict_ptr(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    PymSize offset = t->dictoffset;
    if (offset == 0)
        return NULL;
    if (offset < 0) {
        /* Variable-size objects keep their dict pointer at the very end. */
        offset += (PymSize)object_size(t, PYM_SIZE(o));
    }
    return (PymObject **)((char *)o + offset);
}

/* Instances whose attributes CPython 3.11 keeps inline (object.__new__
 * gives them a values array instead of a dict): those of classes whose
 * only built-in base is object. */
static int keeps_attributes_inline(PymType *t)
{
    while (t && PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HEAPTYPE))
        t = t->base;
    return t == &pym_object_type;
}

/* Whether an instance of t that keeps its attributes inline can store
 * attribute `name` there: CPython 3.11 can while the name is in the class's
 * shared keys or they have room to take it (an exact str); else it moves
 * the instance's attributes into a dict of their own. */
static int fits_inline(PymType *t, PymObject *name)
{
    if (!PYM_STR_CHECK_EXACT(name))
        return 0;
    if (t->ht_inline_names) {
        int known = pym_dict_contains(t->ht_inline_names, name);
        if (known != 0) {
            if (known < 0)
                pym_err_clear();
            return known > 0;
        }
    }
    if (t->ht_inline_usable <= 0)
        return 0;
    /* (a dict of str → None stays untracked: gc.get_objects never sees it) */
    if (!t->ht_inline_names && !(t->ht_inline_names = pym_dict_new())) {
        pym_err_clear();
        return 0;
    }
    if (pym_dict_setitem(t->ht_inline_names, name, PYM_NONE) < 0) {
        pym_err_clear();
        return 0;
    }
    t->ht_inline_usable--;
    return 1;
}

void pym_object_note_attribute_store(PymObject *o, PymObject *dict, PymObject *name)
{
    if (pym_dict_inline_owner_borrow(dict) == o && !fits_inline(PYM_TYPE(o), name))
        pym_dict_expose(dict);
}

static int check_attr_name(PymObject *name)
{
    if (!PYM_STR_CHECK(name)) {
        pym_err_format(&pym_exc_TypeError, "attribute name must be string, not '%.200s'",
                       PYM_TYPE_NAME(name));
        return -1;
    }
    return 0;
}

static int ensure_ready(PymType *t)
{
    if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY))
        return 0;
    return pym_type_ready(t);
}

static void raise_no_attribute(PymObject *o, PymObject *name)
{
    pym_err_format(&pym_exc_AttributeError, "'%.50s' object has no attribute '%U'",
                   PYM_TYPE_NAME(o), name);
    pym_attribute_error_set_context(o, name);
}

/* The descriptor-aware lookup shared by getattr and lookup_attr: with
 * `suppress`, a missing attribute returns NULL without raising. */
static PymObject *generic_getattr(PymObject *o, PymObject *name, int suppress)
{
    PymType *t = PYM_TYPE(o);
    if (ensure_ready(t) < 0)
        return NULL;
    PymObject *descr = pym_type_lookup_borrow(t, name);
    PymDescrGetFunc get = NULL;
    PymObject *res = NULL;
    if (descr) {
        PYM_INCREF(descr);
        get = PYM_TYPE(descr)->descr_get;
        if (get && PYM_TYPE(descr)->descr_set) {
            res = get(descr, o, (PymObject *)t);
            goto done;
        }
    }
    PymObject **dictptr = pym_object_dict_ptr(o);
    if (dictptr && *dictptr) {
        PymObject *dict = *dictptr;
        PYM_INCREF(dict);
        res = pym_dict_getitem_borrow(dict, name);
        if (res) {
            PYM_INCREF(res);
            PYM_DECREF(dict);
            goto done;
        }
        PYM_DECREF(dict);
        if (pym_err_occurred())
            goto done;
    }
    if (get) {
        res = get(descr, o, (PymObject *)t);
        goto done;
    }
    if (descr) {
        res = descr;
        descr = NULL;
        goto done;
    }
    if (!suppress)
        raise_no_attribute(o, name);
done:
    PYM_XDECREF(descr);
    return res;
}

PymObject *pym_object_generic_getattr(PymObject *o, PymObject *name)
{
    return generic_getattr(o, name, 0);
}

PymObject *pym_object_generic_getattr_suppress(PymObject *o, PymObject *name)
{
    return generic_getattr(o, name, 1);
}

PymObject *pym_object_getattr(PymObject *o, PymObject *name)
{
    if (check_attr_name(name) < 0)
        return NULL;
    PymType *t = PYM_TYPE(o);
    PymObject *res;
    if (!t->getattro && !PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY) && pym_type_ready(t) < 0)
        return NULL;
    if (t->getattro)
        res = t->getattro(o, name);
    else {
        pym_err_format(&pym_exc_AttributeError, "'%.50s' object has no attribute '%U'",
                       PYM_TYPE_NAME(o), name);
        res = NULL;
    }
    if (!res)
        pym_attribute_error_set_context(o, name);
    return res;
}

PymObject *pym_object_getattr_str(PymObject *o, const char *name)
{
    PymObject *n = pym_str_from_cstr(name);
    if (!n)
        return NULL;
    PymObject *res = pym_object_getattr(o, n);
    PYM_DECREF(n);
    return res;
}

int pym_object_lookup_attr(PymObject *o, PymObject *name, PymObject **result)
{
    *result = NULL;
    if (check_attr_name(name) < 0)
        return -1;
    PymType *t = PYM_TYPE(o);
    if (t->getattro == pym_object_generic_getattr) {
        *result = generic_getattr(o, name, 1);
        if (*result)
            return 1;
        if (!pym_err_occurred())
            return 0;
    } else if (t->getattro) {
        *result = t->getattro(o, name);
        if (*result)
            return 1;
    } else {
        return 0;
    }
    if (pym_err_exception_matches(&pym_exc_AttributeError)) {
        pym_err_clear();
        return 0;
    }
    return -1;
}

int pym_object_hasattr(PymObject *o, PymObject *name)
{
    PymObject *res;
    int rc = pym_object_lookup_attr(o, name, &res);
    if (rc < 0) {
        pym_err_clear();
        return 0;
    }
    PYM_XDECREF(res);
    return rc;
}

int pym_object_generic_setattr(PymObject *o, PymObject *name, PymObject *value)
{
    PymType *t = PYM_TYPE(o);
    if (check_attr_name(name) < 0 || ensure_ready(t) < 0)
        return -1;
    int rc = -1;
    PymObject *descr = pym_type_lookup_borrow(t, name);
    PYM_XINCREF(descr);
    if (descr) {
        PymDescrSetFunc set = PYM_TYPE(descr)->descr_set;
        if (set) {
            rc = set(descr, o, value);
            goto done;
        }
    }
    PymObject **dictptr = pym_object_dict_ptr(o);
    if (!dictptr) {
        if (!descr)
            pym_err_format(&pym_exc_AttributeError, "'%.100s' object has no attribute '%U'",
                           PYM_TYPE_NAME(o), name);
        else
            pym_err_format(&pym_exc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                           PYM_TYPE_NAME(o), name);
        goto done;
    }
    if (!*dictptr) {
        if (!value) {
            pym_err_format(&pym_exc_AttributeError, "'%.100s' object has no attribute '%U'",
                           PYM_TYPE_NAME(o), name);
            goto done;
        }
        *dictptr = keeps_attributes_inline(PYM_TYPE(o)) ? pym_dict_new_inline_attributes(o)
                                                        : pym_dict_new();
        if (!*dictptr)
            goto done;
    }
    PymObject *dict = *dictptr;
    if (value)
        pym_object_note_attribute_store(o, dict, name);
    PYM_INCREF(dict);
    if (value)
        rc = pym_dict_setitem(dict, name, value);
    else {
        rc = pym_dict_delitem(dict, name);
        if (rc < 0 && pym_err_exception_matches(&pym_exc_KeyError))
            pym_err_format(&pym_exc_AttributeError, "'%.100s' object has no attribute '%U'",
                           PYM_TYPE_NAME(o), name);
    }
    PYM_DECREF(dict);
done:
    PYM_XDECREF(descr);
    return rc;
}

int pym_object_setattr(PymObject *o, PymObject *name, PymObject *value)
{
    if (check_attr_name(name) < 0)
        return -1;
    PymType *t = PYM_TYPE(o);
    if (!t->setattro && !PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY) && pym_type_ready(t) < 0)
        return -1;
    PYM_INCREF(name);
    pym_str_intern_in_place(&name);
    int rc;
    if (t->setattro)
        rc = t->setattro(o, name, value);
    else {
        if (!t->getattro)
            pym_err_format(&pym_exc_TypeError, "'%.100s' object has no attributes (%s .%U)",
                           PYM_TYPE_NAME(o), value ? "assign to" : "del", name);
        else
            pym_err_format(&pym_exc_TypeError,
                           "'%.100s' object has only read-only attributes (%s .%U)",
                           PYM_TYPE_NAME(o), value ? "assign to" : "del", name);
        rc = -1;
    }
    PYM_DECREF(name);
    return rc;
}

int pym_object_setattr_str(PymObject *o, const char *name, PymObject *value)
{
    PymObject *n = pym_str_from_cstr(name);
    if (!n)
        return -1;
    int rc = pym_object_setattr(o, n, value);
    PYM_DECREF(n);
    return rc;
}

int pym_object_delattr(PymObject *o, PymObject *name) { return pym_object_setattr(o, name, NULL); }

int pym_object_get_method(PymObject *o, PymObject *name, PymObject **method)
{
    PymType *t = PYM_TYPE(o);
    *method = NULL;
    if (t->getattro != pym_object_generic_getattr || !PYM_STR_CHECK(name)) {
        *method = pym_object_getattr(o, name);
        return *method ? 0 : -1;
    }
    if (ensure_ready(t) < 0)
        return -1;
    PymObject *descr = pym_type_lookup_borrow(t, name);
    PymDescrGetFunc get = NULL;
    int is_method = 0;
    if (descr) {
        PYM_INCREF(descr);
        PymType *dt = PYM_TYPE(descr);
        if (PYM_TYPE_HAS_FLAG(dt, PYM_TPFLAG_METHOD_DESCRIPTOR) || dt == &pym_function_type) {
            is_method = 1;
        } else {
            get = dt->descr_get;
            if (get && dt->descr_set) {
                *method = get(descr, o, (PymObject *)t);
                PYM_DECREF(descr);
                return *method ? 0 : -1;
            }
        }
    }
    PymObject **dictptr = pym_object_dict_ptr(o);
    if (dictptr && *dictptr) {
        PymObject *dict = *dictptr;
        PYM_INCREF(dict);
        PymObject *attr = pym_dict_getitem_borrow(dict, name);
        if (attr) {
            *method = PYM_NEWREF(attr);
            PYM_DECREF(dict);
            PYM_XDECREF(descr);
            return 0;
        }
        PYM_DECREF(dict);
        if (pym_err_occurred()) {
            PYM_XDECREF(descr);
            return -1;
        }
    }
    if (is_method) {
        *method = descr;
        return 1;
    }
    if (get) {
        *method = get(descr, o, (PymObject *)t);
        PYM_DECREF(descr);
        return *method ? 0 : -1;
    }
    if (descr) {
        *method = descr;
        return 0;
    }
    raise_no_attribute(o, name);
    return -1;
}

/* ---- object: the root type ---------------------------------------------------------- */

static void object_dealloc(PymObject *self) { pym_object_free(self); }

static int excess_args(PymSize nargs, PymObject *kwnames)
{
    return nargs > 0 || (kwnames && PYM_TUPLE_SIZE(kwnames) > 0);
}

int pym_object_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymType *t = PYM_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != pym_object_init) {
            pym_err_set_string(&pym_exc_TypeError,
                               "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == pym_object_tp_new) {
            pym_err_format(&pym_exc_TypeError,
                           "%.200s.__init__() takes exactly one argument (the instance to initialize)",
                           pym_type_name(t));
            return -1;
        }
    }
    return 0;
}

/* "Can't instantiate abstract class A with abstract methods f, g" */
static void raise_abstract(PymType *t)
{
    PymObject *methods = pym_object_getattr((PymObject *)t, PYM_ID(__abstractmethods__));
    if (!methods)
        return;
    PymObject *sorted = pym_sequence_list(methods);
    PYM_DECREF(methods);
    if (!sorted)
        return;
    PymObject *joined = NULL, *sep = NULL;
    if (pym_list_sort(sorted) == 0 && (sep = pym_str_from_cstr(", ")) != NULL)
        joined = pym_str_join(sep, sorted);
    if (joined)
        pym_err_format(&pym_exc_TypeError,
                       "Can't instantiate abstract class %s with abstract method%s %U", t->name,
                       PYM_LIST_SIZE(sorted) > 1 ? "s" : "", joined);
    PYM_XDECREF(sep);
    PYM_XDECREF(joined);
    PYM_DECREF(sorted);
}

PymObject *pym_object_tp_new(PymType *t, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != pym_object_tp_new) {
            pym_err_set_string(&pym_exc_TypeError,
                               "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (t->init == pym_object_init) {
            pym_err_format(&pym_exc_TypeError, "%.200s() takes no arguments", pym_type_name(t));
            return NULL;
        }
    }
    if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_IS_ABSTRACT)) {
        raise_abstract(t);
        return NULL;
    }
    PymObject *o = pym_type_generic_alloc(t, 0);
    if (o && PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HAVE_GC))
        pym_gc_track(o);
    /* CPython sizes each new instance's inline values from the shared keys
     * and takes one from their spare room as it does. */
    if (o && t->dictoffset && keeps_attributes_inline(t) && t->ht_inline_usable > 1)
        t->ht_inline_usable--;
    return o;
}

static PymObject *object_str(PymObject *self)
{
    PymType *t = PYM_TYPE(self);
    return t->repr ? pym_object_repr(self) : pym_object_default_repr(self);
}

static PymObject *object_get_class(PymObject *self, void *closure)
{
    return PYM_NEWREF(PYM_TYPE(self));
}

/* The types whose instances can trade __class__ must lay them out alike. */
static PymType *static_base(PymType *t)
{
    while (t && PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HEAPTYPE))
        t = t->base;
    return t;
}

static int same_slot_names(PymType *a, PymType *b)
{
    while (a && b && PYM_TYPE_HAS_FLAG(a, PYM_TPFLAG_HEAPTYPE) && PYM_TYPE_HAS_FLAG(b, PYM_TPFLAG_HEAPTYPE)) {
        if (a->basicsize != b->basicsize)
            return 0;
        PymObject *sa = a->ht_slots, *sb = b->ht_slots;
        if ((sa == NULL) != (sb == NULL))
            return 0;
        if (sa && pym_object_richcompare_bool(sa, sb, PYM_EQ) != 1) {
            pym_err_clear();
            return 0;
        }
        a = a->base;
        b = b->base;
    }
    return 1;
}

static int compatible_layout(PymType *oldto, PymType *newto)
{
    return oldto->basicsize == newto->basicsize && oldto->itemsize == newto->itemsize &&
           oldto->dictoffset == newto->dictoffset && oldto->weaklistoffset == newto->weaklistoffset &&
           (oldto->flags & PYM_TPFLAG_HAVE_GC) == (newto->flags & PYM_TPFLAG_HAVE_GC) &&
           static_base(oldto) == static_base(newto) && same_slot_names(oldto, newto);
}

static int object_set_class(PymObject *self, PymObject *value, void *closure)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!PYM_TYPE_HAS_FLAG(PYM_TYPE(value), PYM_TPFLAG_TYPE_SUBCLASS)) {
        pym_err_format(&pym_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                       PYM_TYPE_NAME(value));
        return -1;
    }
    PymType *newto = (PymType *)value, *oldto = PYM_TYPE(self);
    int modules = pym_type_is_subtype(newto, &pym_module_type) &&
                  pym_type_is_subtype(oldto, &pym_module_type);
    if (!modules && (!PYM_TYPE_HAS_FLAG(newto, PYM_TPFLAG_HEAPTYPE) ||
                     !PYM_TYPE_HAS_FLAG(oldto, PYM_TPFLAG_HEAPTYPE))) {
        pym_err_set_string(&pym_exc_TypeError,
                           "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_layout(oldto, newto)) {
        pym_err_format(&pym_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                       newto->name, oldto->name);
        return -1;
    }
    if (PYM_TYPE_HAS_FLAG(newto, PYM_TPFLAG_HEAPTYPE))
        PYM_INCREF(newto);
    self->type = newto;
    if (PYM_TYPE_HAS_FLAG(oldto, PYM_TPFLAG_HEAPTYPE))
        PYM_DECREF(oldto);
    return 0;
}

static PymObject *object_format(PymObject *self, PymObject *spec)
{
    if (!PYM_STR_CHECK(spec))
        return pym_err_format(&pym_exc_TypeError, "__format__() argument must be str, not %.200s",
                              PYM_TYPE_NAME(spec));
    if (pym_str_length(spec) > 0)
        return pym_err_format(&pym_exc_TypeError, "unsupported format string passed to %.200s.__format__",
                              PYM_TYPE_NAME(self));
    return pym_object_str(self);
}

static PymObject *object_sizeof(PymObject *self, PymObject *unused)
{
    PymType *t = PYM_TYPE(self);
    PymSize size = t->basicsize;
    if (t->itemsize) {
        PymSize n = PYM_SIZE(self);
        size += (n < 0 ? -n : n) * t->itemsize;
    }
    return pym_int_from_ssize(size);
}

/* Add cls.__dict__'s keys and those of its bases (via __bases__) to dict. */
static int merge_class_dict(PymObject *dict, PymObject *cls)
{
    PymObject *classdict;
    if (pym_object_lookup_attr(cls, PYM_ID(__dict__), &classdict) < 0)
        return -1;
    if (classdict) {
        int rc = pym_dict_update(dict, classdict);
        PYM_DECREF(classdict);
        if (rc < 0)
            return -1;
    }
    PymObject *bases;
    if (pym_object_lookup_attr(cls, PYM_ID(__bases__), &bases) < 0)
        return -1;
    if (!bases)
        return 0;
    PymSize n = pym_object_length(bases);
    int rc = n < 0 ? -1 : 0;
    for (PymSize i = 0; i < n && rc == 0; i++) {
        PymObject *base = pym_sequence_getitem(bases, i);
        if (!base) {
            rc = -1;
            break;
        }
        rc = merge_class_dict(dict, base);
        PYM_DECREF(base);
    }
    PYM_DECREF(bases);
    return rc;
}

static PymObject *object_dir(PymObject *self, PymObject *unused)
{
    PymObject *dict, *result = NULL;
    if (pym_object_lookup_attr(self, PYM_ID(__dict__), &dict) < 0)
        return NULL;
    if (!dict || !PYM_DICT_CHECK(dict)) {
        PYM_XDECREF(dict);
        dict = pym_dict_new();
    } else {
        PymObject *copy = pym_dict_copy(dict);
        PYM_DECREF(dict);
        dict = copy;
    }
    if (!dict)
        return NULL;
    PymObject *cls;
    if (pym_object_lookup_attr(self, PYM_ID(__class__), &cls) < 0)
        goto done;
    if (cls) {
        int rc = merge_class_dict(dict, cls);
        PYM_DECREF(cls);
        if (rc < 0)
            goto done;
    }
    result = pym_dict_keys(dict);
done:
    PYM_DECREF(dict);
    return result;
}

/* dir() of a class: its attributes and those of its bases. */
PymObject *pym_type_dir(PymObject *cls, PymObject *unused)
{
    PymObject *dict = pym_dict_new();
    if (!dict)
        return NULL;
    PymObject *result = merge_class_dict(dict, cls) < 0 ? NULL : pym_dict_keys(dict);
    PYM_DECREF(dict);
    return result;
}

static PymObject *object_getstate(PymObject *self, PymObject *unused)
{
    PymObject **dictptr = pym_object_dict_ptr(self);
    if (dictptr && *dictptr && pym_dict_size(*dictptr) > 0) {
        pym_dict_expose(*dictptr);
        return PYM_NEWREF(*dictptr);
    }
    PYM_RETURN_NONE;
}

/* object.__reduce__ / __reduce_ex__ without copyreg: enough for copy-like
 * protocols, (cls, (), state). */
static PymObject *object_reduce(PymObject *self, PymObject *unused)
{
    PymObject *state = object_getstate(self, NULL);
    if (!state)
        return NULL;
    PymObject *empty = pym_tuple_new(0);
    PymObject *res = empty ? pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), empty, state) : NULL;
    PYM_XDECREF(empty);
    PYM_DECREF(state);
    return res;
}

static PymObject *object_reduce_ex(PymObject *self, PymObject *protocol)
{
    /* A class that overrides __reduce__ decides for both. */
    PymObject *reduce = pym_type_lookup_borrow(PYM_TYPE(self), PYM_ID(__reduce__));
    PymObject *base_reduce = pym_type_lookup_borrow(&pym_object_type, PYM_ID(__reduce__));
    if (reduce && reduce != base_reduce)
        return pym_object_call_method(self, PYM_ID(__reduce__), NULL, 0);
    return object_reduce(self, NULL);
}

static PymObject *object_subclasshook(PymObject *cls, PymObject *const *args, PymSize nargs)
{
    PYM_RETURN_NOTIMPLEMENTED;
}

static PymObject *object_init_subclass(PymObject *cls, PymObject *unused) { PYM_RETURN_NONE; }

static PymMethodDef object_methods[] = {
    {"__reduce_ex__", (void (*)(void))object_reduce_ex, PYM_METH_O, "Helper for pickle."},
    {"__reduce__", (void (*)(void))object_reduce, PYM_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", (void (*)(void))object_getstate, PYM_METH_NOARGS,
     "Helper for pickle."},
    {"__subclasshook__", (void (*)(void))object_subclasshook, PYM_METH_CLASS | PYM_METH_FASTCALL,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", (void (*)(void))object_init_subclass, PYM_METH_CLASS | PYM_METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__format__", (void (*)(void))object_format, PYM_METH_O, "Default object formatter."},
    {"__sizeof__", (void (*)(void))object_sizeof, PYM_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", (void (*)(void))object_dir, PYM_METH_NOARGS, "Default dir() implementation."},
    PYM_METHOD_END,
};

static PymGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_object_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "object",
    .basicsize = sizeof(PymObject),
    .flags = PYM_TPFLAG_BASETYPE,
    .dealloc = object_dealloc,
    .repr = pym_object_default_repr,
    .str = object_str,
    .hash = pym_object_default_hash,
    .richcompare = pym_object_default_richcompare,
    .getattro = pym_object_generic_getattr,
    .setattro = pym_object_generic_setattr,
    .init = pym_object_init,
    .new_ = pym_object_tp_new,
    .free = pym_object_free_raw,
    .methods = object_methods,
    .getset = object_getset,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
           "returns a new featureless\ninstance that has no instance attributes and cannot be "
           "given any.\n",
};
