/* typeslots.c — the bridge between dunder methods and C slots, both ways:
 *
 *  - slot wrappers: a built-in type's C slot exposed as a Python-callable
 *    attribute (int.__add__, list.__len__, object.__init__), through the
 *    wrapper functions of the slot table;
 *  - slot dispatchers: a class that defines __add__ (or inherits it from a
 *    Python class) gets nb_add pointing at a function that looks __add__ up
 *    on the type and calls it, with CPython's reflected-operand rules.
 *
 * Invariants: pym_slotdefs lists each dunder with the slot it feeds; the
 * entries that feed one slot are adjacent (a group), and a slot of a class
 * is always recomputed for its whole group.  A class keeps the C function of
 * a built-in base when its MRO resolves the dunder to that base's own slot
 * wrapper, so subclasses of built-ins keep their fast paths.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#include <string.h>

#define AREA_TYPE PYM_SLOTAREA_TYPE
#define AREA_NB PYM_SLOTAREA_NUMBER
#define AREA_SQ PYM_SLOTAREA_SEQUENCE
#define AREA_MP PYM_SLOTAREA_MAPPING

typedef PymGenericFunc GF;

PymGenericFunc *pym_slot_ptr(PymType *t, const PymSlotDef *d)
{
    char *base;
    switch (d->area) {
    case AREA_TYPE:
        base = (char *)t;
        break;
    case AREA_NB:
        base = (char *)t->as_number;
        break;
    case AREA_SQ:
        base = (char *)t->as_sequence;
        break;
    default:
        base = (char *)t->as_mapping;
        break;
    }
    return base ? (PymGenericFunc *)(base + d->offset) : NULL;
}

/* ---- calling dunders found on the type ---------------------------------------- */

/* Look name up on type(self); NULL with no exception when absent. */
static PymObject *lookup_maybe(PymObject *self, PymObject *name, int *unbound)
{
    PymType *t = PYM_TYPE(self);
    PymObject *res = pym_type_lookup_borrow(t, name);
    if (!res) {
        *unbound = 0;
        return NULL;
    }
    PymType *rt = PYM_TYPE(res);
    if (PYM_TYPE_HAS_FLAG(rt, PYM_TPFLAG_METHOD_DESCRIPTOR) || rt == &pym_function_type) {
        *unbound = 1;
        return PYM_NEWREF(res);
    }
    *unbound = 0;
    if (rt->descr_get)
        return rt->descr_get(res, self, (PymObject *)t);
    return PYM_NEWREF(res);
}

/* func(self, *args, **kw) when unbound, func(*args, **kw) otherwise; the
 * keyword values follow the positional ones in args. */
static PymObject *call_unbound(PymObject *func, int unbound, PymObject *self,
                               PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (!unbound)
        return pym_object_call(func, args, nargs, kwnames);
    PymSize total = nargs + (kwnames ? PYM_TUPLE_SIZE(kwnames) : 0);
    PymObject *small[8];
    PymObject **stack = small;
    if (total + 1 > 8) {
        stack = pym_mem_malloc((size_t)(total + 1) * sizeof(PymObject *));
        if (!stack)
            return pym_err_no_memory();
    }
    stack[0] = self;
    if (total)
        memcpy(stack + 1, args, (size_t)total * sizeof(PymObject *));
    PymObject *res = pym_object_call(func, stack, nargs + 1, kwnames);
    if (stack != small)
        pym_mem_free(stack);
    return res;
}

/* Call a dunder that must exist (AttributeError otherwise). */
static PymObject *call_method(PymObject *self, PymObject *name, PymObject *const *args,
                              PymSize nargs)
{
    int unbound;
    PymObject *func = lookup_maybe(self, name, &unbound);
    if (!func) {
        if (!pym_err_occurred())
            pym_err_set_object(&pym_exc_AttributeError, name);
        return NULL;
    }
    PymObject *res = call_unbound(func, unbound, self, args, nargs, NULL);
    PYM_DECREF(func);
    return res;
}

/* Call a dunder if the type has it; NotImplemented when it does not. */
static PymObject *call_maybe(PymObject *self, PymObject *name, PymObject *const *args, PymSize nargs)
{
    int unbound;
    PymObject *func = lookup_maybe(self, name, &unbound);
    if (!func) {
        if (pym_err_occurred())
            return NULL;
        PYM_RETURN_NOTIMPLEMENTED;
    }
    PymObject *res = call_unbound(func, unbound, self, args, nargs, NULL);
    PYM_DECREF(func);
    return res;
}

/* ---- slot dispatchers installed in classes -------------------------------------- */

static PymObject *slot_tp_repr(PymObject *self)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__repr__), &unbound);
    if (!func)
        return pym_err_occurred() ? NULL : pym_object_default_repr(self);
    PymObject *res = call_unbound(func, unbound, self, NULL, 0, NULL);
    PYM_DECREF(func);
    return res;
}

static PymObject *slot_tp_str(PymObject *self) { return call_method(self, PYM_ID(__str__), NULL, 0); }

static PymHash slot_tp_hash(PymObject *self)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__hash__), &unbound);
    if (func == PYM_NONE) {
        PYM_DECREF(func);
        func = NULL;
    }
    if (!func)
        return pym_err_occurred() ? -1 : pym_object_hash_not_implemented(self);
    PymObject *res = call_unbound(func, unbound, self, NULL, 0, NULL);
    PYM_DECREF(func);
    if (!res)
        return -1;
    if (!PYM_INT_CHECK(res)) {
        pym_err_set_string(&pym_exc_TypeError, "__hash__ method should return an integer");
        PYM_DECREF(res);
        return -1;
    }
    /* A result that fits a machine word is the hash itself; larger ones
     * are reduced the way int hashes itself. */
    int overflow = 0;
    int64_t v = pym_int_as_i64_overflow(res, &overflow);
    PymHash h = overflow ? pym_object_hash(res) : (PymHash)v;
    PYM_DECREF(res);
    if (h == -1 && (!overflow || !pym_err_occurred()))
        h = -2;
    return h;
}

static PymObject *slot_tp_call(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__call__), &unbound);
    if (!func) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_TypeError, "'%.200s' object is not callable", PYM_TYPE_NAME(self));
        return NULL;
    }
    PymObject *res = call_unbound(func, unbound, self, args, nargs, kwnames);
    PYM_DECREF(func);
    return res;
}

/* obj.__getattribute__ / __getattr__ as looked up on the type: bound
 * through its descriptor protocol, then called with the name. */
static PymObject *call_attribute(PymObject *self, PymObject *attr, PymObject *name)
{
    PymType *at = PYM_TYPE(attr);
    if (PYM_TYPE_HAS_FLAG(at, PYM_TPFLAG_METHOD_DESCRIPTOR) || at == &pym_function_type) {
        PymObject *args[2] = {self, name};
        return pym_object_call(attr, args, 2, NULL);
    }
    PymObject *bound = NULL;
    if (at->descr_get) {
        bound = at->descr_get(attr, self, (PymObject *)PYM_TYPE(self));
        if (!bound)
            return NULL;
        attr = bound;
    }
    PymObject *res = pym_object_call1(attr, name);
    PYM_XDECREF(bound);
    return res;
}

static int is_generic_getattribute(PymObject *descr)
{
    return PYM_TYPE(descr) == &pym_wrapper_descr_type &&
           ((PymWrapperDescrObject *)descr)->wrapped == (PymGenericFunc)pym_object_generic_getattr;
}

PymObject *pym_slot_tp_getattr_hook(PymObject *self, PymObject *name)
{
    PymType *t = PYM_TYPE(self);
    PymObject *getattribute = pym_type_lookup_borrow(t, PYM_ID(__getattribute__));
    PymObject *getattr = pym_type_lookup_borrow(t, PYM_ID(__getattr__));
    PYM_XINCREF(getattr);
    PymObject *res;
    if (!getattribute || is_generic_getattribute(getattribute))
        res = pym_object_generic_getattr(self, name);
    else {
        PYM_INCREF(getattribute);
        res = call_attribute(self, getattribute, name);
        PYM_DECREF(getattribute);
    }
    if (!res && getattr && pym_err_exception_matches(&pym_exc_AttributeError)) {
        pym_err_clear();
        res = call_attribute(self, getattr, name);
    }
    PYM_XDECREF(getattr);
    return res;
}

static int slot_tp_setattro(PymObject *self, PymObject *name, PymObject *value)
{
    PymObject *res;
    if (value) {
        PymObject *args[2] = {name, value};
        res = call_method(self, PYM_ID(__setattr__), args, 2);
    } else {
        res = call_method(self, PYM_ID(__delattr__), &name, 1);
    }
    if (!res)
        return -1;
    PYM_DECREF(res);
    return 0;
}

static PymObject **richcmp_name(int op)
{
    static PymObject **names[6] = {&pym_id___lt__, &pym_id___le__, &pym_id___eq__,
                                   &pym_id___ne__, &pym_id___gt__, &pym_id___ge__};
    return names[op];
}

static PymObject *slot_tp_richcompare(PymObject *self, PymObject *other, int op)
{
    int unbound;
    PymObject *func = lookup_maybe(self, *richcmp_name(op), &unbound);
    if (!func) {
        pym_err_clear();
        PYM_RETURN_NOTIMPLEMENTED;
    }
    PymObject *res = call_unbound(func, unbound, self, &other, 1, NULL);
    PYM_DECREF(func);
    return res;
}

static PymObject *slot_tp_iter(PymObject *self)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__iter__), &unbound);
    if (func == PYM_NONE) {
        PYM_DECREF(func);
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not iterable", PYM_TYPE_NAME(self));
    }
    if (func) {
        PymObject *res = call_unbound(func, unbound, self, NULL, 0, NULL);
        PYM_DECREF(func);
        return res;
    }
    if (pym_err_occurred())
        return NULL;
    PymObject *getitem = lookup_maybe(self, PYM_ID(__getitem__), &unbound);
    if (!getitem)
        return pym_err_occurred() ? NULL
                                  : pym_err_format(&pym_exc_TypeError, "'%.200s' object is not iterable",
                                                   PYM_TYPE_NAME(self));
    PYM_DECREF(getitem);
    return pym_seq_iter_new(self);
}

static PymObject *slot_tp_iternext(PymObject *self)
{
    PymObject *res = call_method(self, PYM_ID(__next__), NULL, 0);
    /* The iternext contract: exhaustion is NULL with no exception set. */
    if (!res && pym_err_exception_matches(&pym_exc_StopIteration))
        pym_err_clear();
    return res;
}

static PymObject *slot_tp_descr_get(PymObject *self, PymObject *obj, PymObject *type)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__get__), &unbound);
    if (!func) {
        if (pym_err_occurred())
            return NULL;
        /* Deleted since the slot was set: behave as a plain attribute. */
        return PYM_NEWREF(self);
    }
    PymObject *args[2] = {obj ? obj : PYM_NONE, type ? type : PYM_NONE};
    PymObject *res = call_unbound(func, unbound, self, args, 2, NULL);
    PYM_DECREF(func);
    return res;
}

static int slot_tp_descr_set(PymObject *self, PymObject *target, PymObject *value)
{
    PymObject *res;
    if (value) {
        PymObject *args[2] = {target, value};
        res = call_method(self, PYM_ID(__set__), args, 2);
    } else {
        res = call_method(self, PYM_ID(__delete__), &target, 1);
    }
    if (!res)
        return -1;
    PYM_DECREF(res);
    return 0;
}

static int slot_tp_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__init__), &unbound);
    if (!func) {
        if (!pym_err_occurred())
            pym_err_set_object(&pym_exc_AttributeError, PYM_ID(__init__));
        return -1;
    }
    PymObject *res = call_unbound(func, unbound, self, args, nargs, kwnames);
    PYM_DECREF(func);
    if (!res)
        return -1;
    if (res != PYM_NONE) {
        pym_err_format(&pym_exc_TypeError, "__init__() should return None, not '%.200s'",
                       PYM_TYPE_NAME(res));
        PYM_DECREF(res);
        return -1;
    }
    PYM_DECREF(res);
    return 0;
}

PymObject *pym_type_python_init_borrow(PymType *t)
{
    if (t->new_ != pym_object_tp_new || t->init != slot_tp_init)
        return NULL;
    PymObject *init = pym_type_lookup_borrow(t, PYM_ID(__init__));
    return init && PYM_FUNCTION_CHECK(init) ? init : NULL;
}

PymObject *pym_slot_tp_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    /* type.__new__ comes back unwrapped from its staticmethod. */
    PymObject *func = pym_object_getattr((PymObject *)type, PYM_ID(__new__));
    if (!func)
        return NULL;
    PymObject *res = call_unbound(func, 1, (PymObject *)type, args, nargs, kwnames);
    PYM_DECREF(func);
    return res;
}

void pym_slot_tp_finalize(PymObject *self)
{
    PymObject *saved = pym_err_fetch();
    int unbound;
    PymObject *del = lookup_maybe(self, PYM_ID(__del__), &unbound);
    if (del) {
        PymObject *res = call_unbound(del, unbound, self, NULL, 0, NULL);
        if (res)
            PYM_DECREF(res);
        else
            pym_err_write_unraisable(del);
        PYM_DECREF(del);
    } else if (pym_err_occurred()) {
        pym_err_clear();
    }
    pym_err_restore(saved);
}

/* ---- numeric dispatchers ------------------------------------------------------------- */

/* Does the right operand's class define name differently from the left's?
 * Only then is its reflected method tried first. */
static int method_is_overloaded(PymObject *left, PymObject *right, PymObject *name)
{
    PymObject *b = pym_type_lookup_borrow(PYM_TYPE(right), name);
    if (!b)
        return 0;
    PymObject *a = pym_type_lookup_borrow(PYM_TYPE(left), name);
    return a != b;
}

#define NB_FUNC(t, field) ((t)->as_number ? (t)->as_number->field : NULL)

/* CPython's binary dispatch for classes: self.__op__(other), with other's
 * __rop__ first when other's class is a subclass overriding it. */
static PymObject *binary_dispatch(PymObject *self, PymObject *other, PymGenericFunc this_slot,
                                  size_t offset, PymObject *name, PymObject *rname)
{
#define SLOT_OF(o) (PYM_TYPE(o)->as_number ? *(PymGenericFunc *)((char *)PYM_TYPE(o)->as_number + offset) : NULL)
    int do_other = PYM_TYPE(self) != PYM_TYPE(other) && SLOT_OF(other) == this_slot;
    if (SLOT_OF(self) == this_slot) {
        if (do_other && pym_type_is_subtype(PYM_TYPE(other), PYM_TYPE(self)) &&
            method_is_overloaded(self, other, rname)) {
            PymObject *r = call_maybe(other, rname, &self, 1);
            if (r != PYM_NOTIMPLEMENTED)
                return r;
            PYM_DECREF(r);
            do_other = 0;
        }
        PymObject *r = call_maybe(self, name, &other, 1);
        if (r != PYM_NOTIMPLEMENTED || PYM_TYPE(other) == PYM_TYPE(self))
            return r;
        PYM_DECREF(r);
    }
    if (do_other)
        return call_maybe(other, rname, &self, 1);
    PYM_RETURN_NOTIMPLEMENTED;
#undef SLOT_OF
}

#define BINARY_DISPATCHER(fname, field, op, rop)                                               \
    static PymObject *fname(PymObject *self, PymObject *other)                                 \
    {                                                                                          \
        return binary_dispatch(self, other, (GF)fname, offsetof(PymNumberMethods, field),      \
                               PYM_ID(op), PYM_ID(rop));                                       \
    }

BINARY_DISPATCHER(slot_nb_add, add, __add__, __radd__)
BINARY_DISPATCHER(slot_nb_subtract, subtract, __sub__, __rsub__)
BINARY_DISPATCHER(slot_nb_multiply, multiply, __mul__, __rmul__)
BINARY_DISPATCHER(slot_nb_remainder, remainder, __mod__, __rmod__)
BINARY_DISPATCHER(slot_nb_divmod, divmod, __divmod__, __rdivmod__)
BINARY_DISPATCHER(slot_nb_lshift, lshift, __lshift__, __rlshift__)
BINARY_DISPATCHER(slot_nb_rshift, rshift, __rshift__, __rrshift__)
BINARY_DISPATCHER(slot_nb_and, and_, __and__, __rand__)
BINARY_DISPATCHER(slot_nb_xor, xor_, __xor__, __rxor__)
BINARY_DISPATCHER(slot_nb_or, or_, __or__, __ror__)
BINARY_DISPATCHER(slot_nb_floor_divide, floor_divide, __floordiv__, __rfloordiv__)
BINARY_DISPATCHER(slot_nb_true_divide, true_divide, __truediv__, __rtruediv__)
BINARY_DISPATCHER(slot_nb_matrix_multiply, matrix_multiply, __matmul__, __rmatmul__)

static PymObject *slot_nb_power(PymObject *self, PymObject *other, PymObject *modulus);

static PymObject *power_dispatch2(PymObject *self, PymObject *other)
{
    return binary_dispatch(self, other, (GF)slot_nb_power, offsetof(PymNumberMethods, power),
                           PYM_ID(__pow__), PYM_ID(__rpow__));
}

static PymObject *slot_nb_power(PymObject *self, PymObject *other, PymObject *modulus)
{
    if (!modulus || modulus == PYM_NONE)
        return power_dispatch2(self, other);
    /* Three-argument pow() only tries the left operand's __pow__. */
    if (NB_FUNC(PYM_TYPE(self), power) == slot_nb_power) {
        PymObject *args[2] = {other, modulus};
        return call_maybe(self, PYM_ID(__pow__), args, 2);
    }
    PYM_RETURN_NOTIMPLEMENTED;
}

#define UNARY_DISPATCHER(fname, dunder)                              \
    static PymObject *fname(PymObject *self)                         \
    {                                                                \
        return call_method(self, PYM_ID(dunder), NULL, 0);           \
    }

UNARY_DISPATCHER(slot_nb_negative, __neg__)
UNARY_DISPATCHER(slot_nb_positive, __pos__)
UNARY_DISPATCHER(slot_nb_absolute, __abs__)
UNARY_DISPATCHER(slot_nb_invert, __invert__)
UNARY_DISPATCHER(slot_nb_int, __int__)
UNARY_DISPATCHER(slot_nb_float, __float__)
UNARY_DISPATCHER(slot_nb_index, __index__)

#define INPLACE_DISPATCHER(fname, dunder)                            \
    static PymObject *fname(PymObject *self, PymObject *other)       \
    {                                                                \
        return call_method(self, PYM_ID(dunder), &other, 1);         \
    }

INPLACE_DISPATCHER(slot_nb_inplace_add, __iadd__)
INPLACE_DISPATCHER(slot_nb_inplace_subtract, __isub__)
INPLACE_DISPATCHER(slot_nb_inplace_multiply, __imul__)
INPLACE_DISPATCHER(slot_nb_inplace_remainder, __imod__)
INPLACE_DISPATCHER(slot_nb_inplace_lshift, __ilshift__)
INPLACE_DISPATCHER(slot_nb_inplace_rshift, __irshift__)
INPLACE_DISPATCHER(slot_nb_inplace_and, __iand__)
INPLACE_DISPATCHER(slot_nb_inplace_xor, __ixor__)
INPLACE_DISPATCHER(slot_nb_inplace_or, __ior__)
INPLACE_DISPATCHER(slot_nb_inplace_floor_divide, __ifloordiv__)
INPLACE_DISPATCHER(slot_nb_inplace_true_divide, __itruediv__)
INPLACE_DISPATCHER(slot_nb_inplace_matrix_multiply, __imatmul__)

static PymObject *slot_nb_inplace_power(PymObject *self, PymObject *other, PymObject *modulus)
{
    return call_method(self, PYM_ID(__ipow__), &other, 1);
}

static int slot_nb_bool(PymObject *self)
{
    int unbound, using_len = 0;
    PymObject *func = lookup_maybe(self, PYM_ID(__bool__), &unbound);
    if (!func) {
        if (pym_err_occurred())
            return -1;
        func = lookup_maybe(self, PYM_ID(__len__), &unbound);
        if (!func)
            return pym_err_occurred() ? -1 : 1;
        using_len = 1;
    }
    PymObject *value = call_unbound(func, unbound, self, NULL, 0, NULL);
    PYM_DECREF(func);
    if (!value)
        return -1;
    int result;
    if (using_len || PYM_BOOL_CHECK(value))
        result = pym_object_is_true(value);
    else {
        pym_err_format(&pym_exc_TypeError, "__bool__ should return bool, returned %s",
                       PYM_TYPE_NAME(value));
        result = -1;
    }
    PYM_DECREF(value);
    return result;
}

/* ---- container dispatchers -------------------------------------------------------------- */

static PymSize slot_length(PymObject *self)
{
    PymObject *res = call_method(self, PYM_ID(__len__), NULL, 0);
    if (!res)
        return -1;
    PymObject *index = pym_number_index(res);
    PYM_DECREF(res);
    if (!index)
        return -1;
    if (pym_int_sign(index) < 0) {
        PYM_DECREF(index);
        pym_err_set_string(&pym_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    PymSize len = pym_number_as_ssize(index, &pym_exc_OverflowError);
    PYM_DECREF(index);
    return len;
}

static PymObject *slot_sq_item(PymObject *self, PymSize i)
{
    PymObject *key = pym_int_from_ssize(i);
    if (!key)
        return NULL;
    PymObject *res = call_method(self, PYM_ID(__getitem__), &key, 1);
    PYM_DECREF(key);
    return res;
}

static PymObject *slot_mp_subscript(PymObject *self, PymObject *key)
{
    return call_method(self, PYM_ID(__getitem__), &key, 1);
}

static int slot_mp_ass_subscript(PymObject *self, PymObject *key, PymObject *value)
{
    PymObject *res;
    if (value) {
        PymObject *args[2] = {key, value};
        res = call_method(self, PYM_ID(__setitem__), args, 2);
    } else {
        res = call_method(self, PYM_ID(__delitem__), &key, 1);
    }
    if (!res)
        return -1;
    PYM_DECREF(res);
    return 0;
}

static int slot_sq_ass_item(PymObject *self, PymSize i, PymObject *value)
{
    PymObject *key = pym_int_from_ssize(i);
    if (!key)
        return -1;
    int rc = slot_mp_ass_subscript(self, key, value);
    PYM_DECREF(key);
    return rc;
}

static int slot_sq_contains(PymObject *self, PymObject *value)
{
    int unbound;
    PymObject *func = lookup_maybe(self, PYM_ID(__contains__), &unbound);
    if (func == PYM_NONE) {
        PYM_DECREF(func);
        pym_err_format(&pym_exc_TypeError, "'%.200s' object is not a container", PYM_TYPE_NAME(self));
        return -1;
    }
    if (!func) {
        if (pym_err_occurred())
            return -1;
        /* Fall back to iterating, as `in` does for any iterable. */
        PymObject *it = pym_object_get_iter(self);
        if (!it)
            return -1;
        int found = 0;
        for (;;) {
            PymObject *x = pym_iter_next(it);
            if (!x) {
                found = pym_err_occurred() ? -1 : 0;
                break;
            }
            int eq = pym_object_richcompare_bool(x, value, PYM_EQ);
            PYM_DECREF(x);
            if (eq != 0) {
                found = eq;
                break;
            }
        }
        PYM_DECREF(it);
        return found;
    }
    PymObject *res = call_unbound(func, unbound, self, &value, 1, NULL);
    PYM_DECREF(func);
    if (!res)
        return -1;
    int r = pym_object_is_true(res);
    PYM_DECREF(res);
    return r;
}

/* ---- wrappers: C slots called from Python ------------------------------------------------ */

static int check_args(PymSize nargs, PymSize n)
{
    if (nargs != n) {
        pym_err_format(&pym_exc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s",
                       nargs);
        return -1;
    }
    return 0;
}

static int check_args_range(PymSize nargs, PymSize lo, PymSize hi)
{
    if (nargs < lo) {
        pym_err_format(&pym_exc_TypeError, "expected at least %zd argument%s, got %zd", lo,
                       lo == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > hi) {
        pym_err_format(&pym_exc_TypeError, "expected at most %zd argument%s, got %zd", hi,
                       hi == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define WRAPPER(name) \
    static PymObject *name(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames, GF wrapped)

WRAPPER(wrap_unaryfunc)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    return ((PymUnaryFunc)wrapped)(self);
}

WRAPPER(wrap_binaryfunc)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((PymBinaryFunc)wrapped)(self, args[0]);
}

/* Binary number operators: the same call as wrap_binaryfunc, kept distinct
 * so that a sequence slot is never taken for a number slot. */
WRAPPER(wrap_binaryfunc_l)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((PymBinaryFunc)wrapped)(self, args[0]);
}

WRAPPER(wrap_binaryfunc_r)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((PymBinaryFunc)wrapped)(args[0], self);
}

WRAPPER(wrap_ternaryfunc)
{
    if (check_args_range(nargs, 1, 2) < 0)
        return NULL;
    return ((PymTernaryFunc)wrapped)(self, args[0], nargs > 1 ? args[1] : PYM_NONE);
}

WRAPPER(wrap_ternaryfunc_r)
{
    if (check_args_range(nargs, 1, 2) < 0)
        return NULL;
    return ((PymTernaryFunc)wrapped)(args[0], self, nargs > 1 ? args[1] : PYM_NONE);
}

WRAPPER(wrap_inquirypred)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    int r = ((PymInquiry)wrapped)(self);
    return r < 0 ? NULL : pym_bool_from(r);
}

WRAPPER(wrap_lenfunc)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    PymSize n = ((PymLenFunc)wrapped)(self);
    return n < 0 && pym_err_occurred() ? NULL : pym_int_from_ssize(n);
}

WRAPPER(wrap_indexargfunc)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    PymSize i = pym_number_as_ssize(args[0], &pym_exc_OverflowError);
    if (i == -1 && pym_err_occurred())
        return NULL;
    return ((PymSizeArgFunc)wrapped)(self, i);
}

/* An index argument of a sequence slot, negative ones counted from the end. */
static PymSize sequence_index(PymObject *self, PymObject *arg)
{
    PymSize i = pym_number_as_ssize(arg, &pym_exc_OverflowError);
    if (i == -1 && pym_err_occurred())
        return -1;
    if (i < 0) {
        PymSequenceMethods *s = PYM_TYPE(self)->as_sequence;
        if (s && s->length) {
            PymSize n = s->length(self);
            if (n < 0)
                return -1;
            i += n;
        }
    }
    return i;
}

WRAPPER(wrap_sq_item)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    PymSize i = sequence_index(self, args[0]);
    if (i == -1 && pym_err_occurred())
        return NULL;
    return ((PymSizeArgFunc)wrapped)(self, i);
}

WRAPPER(wrap_sq_setitem)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    PymSize i = sequence_index(self, args[0]);
    if (i == -1 && pym_err_occurred())
        return NULL;
    if (((PymSizeObjArgProc)wrapped)(self, i, args[1]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_sq_delitem)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    PymSize i = sequence_index(self, args[0]);
    if (i == -1 && pym_err_occurred())
        return NULL;
    if (((PymSizeObjArgProc)wrapped)(self, i, NULL) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_objobjproc)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    int r = ((PymObjObjProc)wrapped)(self, args[0]);
    return r < 0 ? NULL : pym_bool_from(r);
}

WRAPPER(wrap_objobjargproc)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    if (((PymObjObjArgProc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_delitem)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (((PymObjObjArgProc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_setattr)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    if (((PymSetAttrFunc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_delattr)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (((PymSetAttrFunc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_hashfunc)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    PymHash h = ((PymHashFunc)wrapped)(self);
    return h == -1 && pym_err_occurred() ? NULL : pym_int_from_i64(h);
}

WRAPPER(wrap_call) { return ((PymCallFunc)wrapped)(self, args, nargs, kwnames); }

#define RICHCMP_WRAPPER(name, op)                                \
    WRAPPER(name)                                                \
    {                                                            \
        if (check_args(nargs, 1) < 0)                            \
            return NULL;                                         \
        return ((PymRichCmpFunc)wrapped)(self, args[0], op);     \
    }

RICHCMP_WRAPPER(wrap_richcmp_lt, PYM_LT)
RICHCMP_WRAPPER(wrap_richcmp_le, PYM_LE)
RICHCMP_WRAPPER(wrap_richcmp_eq, PYM_EQ)
RICHCMP_WRAPPER(wrap_richcmp_ne, PYM_NE)
RICHCMP_WRAPPER(wrap_richcmp_gt, PYM_GT)
RICHCMP_WRAPPER(wrap_richcmp_ge, PYM_GE)

WRAPPER(wrap_next)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    PymObject *res = ((PymIterNextFunc)wrapped)(self);
    if (!res && !pym_err_occurred())
        pym_err_set_none(&pym_exc_StopIteration);
    return res;
}

WRAPPER(wrap_descr_get)
{
    if (check_args_range(nargs, 1, 2) < 0)
        return NULL;
    PymObject *obj = args[0] == PYM_NONE ? NULL : args[0];
    PymObject *type = nargs > 1 && args[1] != PYM_NONE ? args[1] : NULL;
    if (!obj && !type) {
        pym_err_set_string(&pym_exc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((PymDescrGetFunc)wrapped)(self, obj, type);
}

WRAPPER(wrap_descr_set)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    if (((PymDescrSetFunc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_descr_delete)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (((PymDescrSetFunc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_init)
{
    if (((PymInitFunc)wrapped)(self, args, nargs, kwnames) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

WRAPPER(wrap_del)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    ((PymDestructor)wrapped)(self);
    if (pym_err_occurred())
        return NULL;
    PYM_RETURN_NONE;
}

/* ---- __new__ of built-in types ------------------------------------------------------------- */

static PymObject *tp_new_wrapper(PymObject *self, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    PymType *type = (PymType *)self;
    if (nargs < 1)
        return pym_err_format(&pym_exc_TypeError, "%s.__new__(): not enough arguments", pym_type_name(type));
    PymObject *arg0 = args[0];
    if (!PYM_TYPE_HAS_FLAG(PYM_TYPE(arg0), PYM_TPFLAG_TYPE_SUBCLASS))
        return pym_err_format(&pym_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                              pym_type_name(type), PYM_TYPE_NAME(arg0));
    PymType *subtype = (PymType *)arg0;
    if (!pym_type_is_subtype(subtype, type))
        return pym_err_format(&pym_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                              pym_type_name(type), pym_type_name(subtype), pym_type_name(subtype),
                              pym_type_name(type));
    /* The nearest static base of subtype must construct like type does
     * (object.__new__(int) would make a broken int). */
    PymType *staticbase = subtype;
    while (staticbase && staticbase->new_ == pym_slot_tp_new)
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != type->new_)
        return pym_err_format(&pym_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                              pym_type_name(type), pym_type_name(subtype), pym_type_name(staticbase));
    return type->new_(subtype, args + 1, nargs - 1, kwnames);
}

PymMethodDef pym_tp_new_wrapper_def = {
    "__new__", (void (*)(void))tp_new_wrapper, PYM_METH_FASTCALL | PYM_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

/* ---- the table ------------------------------------------------------------------------------ */

#define TP(field) AREA_TYPE, offsetof(PymType, field)
#define NB(field) AREA_NB, offsetof(PymNumberMethods, field)
#define SQ(field) AREA_SQ, offsetof(PymSequenceMethods, field)
#define MP(field) AREA_MP, offsetof(PymMappingMethods, field)
#define ENTRY(name, where, heap, wrapper, doc) {name, where, (GF)(heap), wrapper, 0, doc, NULL}
#define ENTRY_KW(name, where, heap, wrapper, doc) {name, where, (GF)(heap), wrapper, 1, doc, NULL}
#define BIN(name, field, heap, doc) ENTRY(name, NB(field), heap, wrap_binaryfunc_l, "Return " doc ".")
#define RBIN(name, field, heap, doc) ENTRY(name, NB(field), heap, wrap_binaryfunc_r, "Return " doc ".")
#define IBIN(name, field, heap, doc) ENTRY(name, NB(field), heap, wrap_binaryfunc, "Return " doc ".")

PymSlotDef pym_slotdefs[] = {
    ENTRY("__repr__", TP(repr), slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    ENTRY("__hash__", TP(hash), slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    ENTRY_KW("__call__", TP(call), slot_tp_call, wrap_call, "Call self as a function."),
    ENTRY("__str__", TP(str), slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    ENTRY("__getattribute__", TP(getattro), pym_slot_tp_getattr_hook, wrap_binaryfunc,
          "Return getattr(self, name)."),
    ENTRY("__getattr__", TP(getattro), pym_slot_tp_getattr_hook, NULL, NULL),
    ENTRY("__setattr__", TP(setattro), slot_tp_setattro, wrap_setattr, "Implement setattr(self, name, value)."),
    ENTRY("__delattr__", TP(setattro), slot_tp_setattro, wrap_delattr, "Implement delattr(self, name)."),
    ENTRY("__lt__", TP(richcompare), slot_tp_richcompare, wrap_richcmp_lt, "Return self<value."),
    ENTRY("__le__", TP(richcompare), slot_tp_richcompare, wrap_richcmp_le, "Return self<=value."),
    ENTRY("__eq__", TP(richcompare), slot_tp_richcompare, wrap_richcmp_eq, "Return self==value."),
    ENTRY("__ne__", TP(richcompare), slot_tp_richcompare, wrap_richcmp_ne, "Return self!=value."),
    ENTRY("__gt__", TP(richcompare), slot_tp_richcompare, wrap_richcmp_gt, "Return self>value."),
    ENTRY("__ge__", TP(richcompare), slot_tp_richcompare, wrap_richcmp_ge, "Return self>=value."),
    ENTRY("__iter__", TP(iter), slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    ENTRY("__next__", TP(iternext), slot_tp_iternext, wrap_next, "Implement next(self)."),
    ENTRY("__get__", TP(descr_get), slot_tp_descr_get, wrap_descr_get,
          "Return an attribute of instance, which is of type owner."),
    ENTRY("__set__", TP(descr_set), slot_tp_descr_set, wrap_descr_set,
          "Set an attribute of instance to value."),
    ENTRY("__delete__", TP(descr_set), slot_tp_descr_set, wrap_descr_delete,
          "Delete an attribute of instance."),
    ENTRY_KW("__init__", TP(init), slot_tp_init, wrap_init,
             "Initialize self.  See help(type(self)) for accurate signature."),
    ENTRY("__new__", TP(new_), pym_slot_tp_new, NULL, NULL),
    ENTRY("__del__", TP(finalize), pym_slot_tp_finalize, wrap_del,
          "Called when the instance is about to be destroyed."),
    BIN("__add__", add, slot_nb_add, "self+value"),
    RBIN("__radd__", add, slot_nb_add, "value+self"),
    BIN("__sub__", subtract, slot_nb_subtract, "self-value"),
    RBIN("__rsub__", subtract, slot_nb_subtract, "value-self"),
    BIN("__mul__", multiply, slot_nb_multiply, "self*value"),
    RBIN("__rmul__", multiply, slot_nb_multiply, "value*self"),
    BIN("__mod__", remainder, slot_nb_remainder, "self%value"),
    RBIN("__rmod__", remainder, slot_nb_remainder, "value%self"),
    BIN("__divmod__", divmod, slot_nb_divmod, "divmod(self, value)"),
    RBIN("__rdivmod__", divmod, slot_nb_divmod, "divmod(value, self)"),
    ENTRY("__pow__", NB(power), slot_nb_power, wrap_ternaryfunc, "Return pow(self, value, mod)."),
    ENTRY("__rpow__", NB(power), slot_nb_power, wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    ENTRY("__neg__", NB(negative), slot_nb_negative, wrap_unaryfunc, "-self"),
    ENTRY("__pos__", NB(positive), slot_nb_positive, wrap_unaryfunc, "+self"),
    ENTRY("__abs__", NB(absolute), slot_nb_absolute, wrap_unaryfunc, "abs(self)"),
    ENTRY("__bool__", NB(bool_), slot_nb_bool, wrap_inquirypred, "True if self else False"),
    ENTRY("__invert__", NB(invert), slot_nb_invert, wrap_unaryfunc, "~self"),
    BIN("__lshift__", lshift, slot_nb_lshift, "self<<value"),
    RBIN("__rlshift__", lshift, slot_nb_lshift, "value<<self"),
    BIN("__rshift__", rshift, slot_nb_rshift, "self>>value"),
    RBIN("__rrshift__", rshift, slot_nb_rshift, "value>>self"),
    BIN("__and__", and_, slot_nb_and, "self&value"),
    RBIN("__rand__", and_, slot_nb_and, "value&self"),
    BIN("__xor__", xor_, slot_nb_xor, "self^value"),
    RBIN("__rxor__", xor_, slot_nb_xor, "value^self"),
    BIN("__or__", or_, slot_nb_or, "self|value"),
    RBIN("__ror__", or_, slot_nb_or, "value|self"),
    ENTRY("__int__", NB(int_), slot_nb_int, wrap_unaryfunc, "int(self)"),
    ENTRY("__float__", NB(float_), slot_nb_float, wrap_unaryfunc, "float(self)"),
    IBIN("__iadd__", inplace_add, slot_nb_inplace_add, "self+=value"),
    IBIN("__isub__", inplace_subtract, slot_nb_inplace_subtract, "self-=value"),
    IBIN("__imul__", inplace_multiply, slot_nb_inplace_multiply, "self*=value"),
    IBIN("__imod__", inplace_remainder, slot_nb_inplace_remainder, "self%=value"),
    ENTRY("__ipow__", NB(inplace_power), slot_nb_inplace_power, wrap_ternaryfunc, "Return self**=value."),
    IBIN("__ilshift__", inplace_lshift, slot_nb_inplace_lshift, "self<<=value"),
    IBIN("__irshift__", inplace_rshift, slot_nb_inplace_rshift, "self>>=value"),
    IBIN("__iand__", inplace_and, slot_nb_inplace_and, "self&=value"),
    IBIN("__ixor__", inplace_xor, slot_nb_inplace_xor, "self^=value"),
    IBIN("__ior__", inplace_or, slot_nb_inplace_or, "self|=value"),
    BIN("__floordiv__", floor_divide, slot_nb_floor_divide, "self//value"),
    RBIN("__rfloordiv__", floor_divide, slot_nb_floor_divide, "value//self"),
    BIN("__truediv__", true_divide, slot_nb_true_divide, "self/value"),
    RBIN("__rtruediv__", true_divide, slot_nb_true_divide, "value/self"),
    IBIN("__ifloordiv__", inplace_floor_divide, slot_nb_inplace_floor_divide, "self//=value"),
    IBIN("__itruediv__", inplace_true_divide, slot_nb_inplace_true_divide, "self/=value"),
    ENTRY("__index__", NB(index), slot_nb_index, wrap_unaryfunc,
          "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", matrix_multiply, slot_nb_matrix_multiply, "self@value"),
    RBIN("__rmatmul__", matrix_multiply, slot_nb_matrix_multiply, "value@self"),
    IBIN("__imatmul__", inplace_matrix_multiply, slot_nb_inplace_matrix_multiply, "self@=value"),
    ENTRY("__len__", MP(length), slot_length, wrap_lenfunc, "Return len(self)."),
    ENTRY("__getitem__", MP(subscript), slot_mp_subscript, wrap_binaryfunc, "Return self[key]."),
    ENTRY("__setitem__", MP(ass_subscript), slot_mp_ass_subscript, wrap_objobjargproc,
          "Set self[key] to value."),
    ENTRY("__delitem__", MP(ass_subscript), slot_mp_ass_subscript, wrap_delitem, "Delete self[key]."),
    ENTRY("__len__", SQ(length), slot_length, wrap_lenfunc, "Return len(self)."),
    ENTRY("__add__", SQ(concat), NULL, wrap_binaryfunc, "Return self+value."),
    ENTRY("__mul__", SQ(repeat), NULL, wrap_indexargfunc, "Return self*value."),
    ENTRY("__rmul__", SQ(repeat), NULL, wrap_indexargfunc, "Return value*self."),
    ENTRY("__getitem__", SQ(item), slot_sq_item, wrap_sq_item, "Return self[key]."),
    ENTRY("__setitem__", SQ(ass_item), slot_sq_ass_item, wrap_sq_setitem, "Set self[key] to value."),
    ENTRY("__delitem__", SQ(ass_item), slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    ENTRY("__contains__", SQ(contains), slot_sq_contains, wrap_objobjproc, "Return key in self."),
    ENTRY("__iadd__", SQ(inplace_concat), NULL, wrap_binaryfunc, "Implement self+=value."),
    ENTRY("__imul__", SQ(inplace_repeat), NULL, wrap_indexargfunc, "Implement self*=value."),
    {NULL, 0, 0, NULL, NULL, 0, NULL, NULL},
};

int pym_slotdefs_init(void)
{
    for (PymSlotDef *p = pym_slotdefs; p->name; p++) {
        if (p->name_str)
            continue;
        p->name_str = pym_str_intern_cstr(p->name);
        if (!p->name_str)
            return -1;
    }
    return 0;
}

void pym_slotdefs_fini(void)
{
    for (PymSlotDef *p = pym_slotdefs; p->name; p++)
        PYM_CLEAR(p->name_str);
}

static int same_slot(const PymSlotDef *a, const PymSlotDef *b)
{
    return a->area == b->area && a->offset == b->offset;
}

/* ---- filling dicts and slots ----------------------------------------------------------------- */

int pym_type_add_slot_wrappers(PymType *t)
{
    for (PymSlotDef *p = pym_slotdefs; p->name; p++) {
        if (!p->wrapper)
            continue;
        PymGenericFunc *ptr = pym_slot_ptr(t, p);
        if (!ptr || !*ptr)
            continue;
        int has = pym_dict_contains(t->dict, p->name_str);
        if (has < 0)
            return -1;
        if (has)
            continue;
        int rc;
        if (*ptr == (GF)pym_object_hash_not_implemented) {
            rc = pym_dict_setitem(t->dict, p->name_str, PYM_NONE);
        } else {
            PymObject *descr = pym_descr_new_wrapper(t, p, *ptr);
            if (!descr)
                return -1;
            rc = pym_dict_setitem(t->dict, p->name_str, descr);
            PYM_DECREF(descr);
        }
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* The one slot of t that `name` currently fills, or NULL when it fills
 * none or several (then a generic dispatcher is needed). */
static PymGenericFunc *resolve_slotdups(PymType *t, PymObject *name)
{
    PymGenericFunc *res = NULL;
    for (PymSlotDef *p = pym_slotdefs; p->name; p++) {
        if (p->name_str != name)
            continue;
        PymGenericFunc *ptr = pym_slot_ptr(t, p);
        if (!ptr || !*ptr)
            continue;
        if (res && res != ptr)
            return NULL;
        res = ptr;
    }
    return res;
}

/* Recompute the slot fed by the group starting at p; returns the entry
 * after the group. */
static PymSlotDef *update_one_slot(PymType *t, PymSlotDef *p)
{
    PymGenericFunc *ptr = pym_slot_ptr(t, p);
    PymSlotDef *group = p;
    if (!ptr) {
        while (p->name && same_slot(p, group))
            p++;
        return p;
    }
    GF generic = NULL, specific = NULL;
    int use_generic = 0;
    for (; p->name && same_slot(p, group); p++) {
        PymObject *descr = pym_type_lookup_borrow(t, p->name_str);
        if (!descr)
            continue;
        if (PYM_TYPE(descr) == &pym_wrapper_descr_type &&
            ((PymWrapperDescrObject *)descr)->base->name_str == p->name_str) {
            PymWrapperDescrObject *d = (PymWrapperDescrObject *)descr;
            PymGenericFunc *tptr = resolve_slotdups(t, p->name_str);
            if (!tptr || tptr == ptr)
                generic = p->heap_func;
            /* The same wrapper means the same C signature and calling
             * convention (binary number slots have their own wrapper, so
             * list's sq_concat never becomes an nb_add). */
            if ((!specific || specific == d->wrapped) && d->base->wrapper == p->wrapper &&
                pym_type_is_subtype(t, d->d.type))
                specific = d->wrapped;
            else
                use_generic = 1;
        } else if (PYM_CFUNCTION_CHECK(descr) &&
                   ((PymCFunctionObject *)descr)->def == &pym_tp_new_wrapper_def &&
                   ptr == (PymGenericFunc *)&t->new_) {
            specific = (GF)t->new_;
        } else if (descr == PYM_NONE && ptr == (PymGenericFunc *)&t->hash) {
            specific = (GF)pym_object_hash_not_implemented;
        } else {
            use_generic = 1;
            generic = p->heap_func;
        }
    }
    *ptr = specific && !use_generic ? specific : generic;
    return p;
}

void pym_type_fixup_slots(PymType *t)
{
    PymObject *saved = pym_err_fetch();
    for (PymSlotDef *p = pym_slotdefs; p->name;)
        p = update_one_slot(t, p);
    pym_err_clear();
    pym_err_restore(saved);
}

static void update_slots_named(PymType *t, PymObject *name);

static void update_subclass(PymType *sub, void *arg)
{
    PymObject *name = arg;
    /* A subclass defining the name itself is not affected. */
    if (sub->dict && pym_dict_getitem_borrow(sub->dict, name))
        return;
    update_slots_named(sub, name);
}

static void update_slots_named(PymType *t, PymObject *name)
{
    for (PymSlotDef *p = pym_slotdefs; p->name; p++) {
        if (p->name_str != name)
            continue;
        PymSlotDef *group = p;
        while (group > pym_slotdefs && same_slot(group - 1, p))
            group--;
        update_one_slot(t, group);
    }
    PymObject *subs = t->subclasses;
    if (!subs)
        return;
    PymObject *refs = pym_dict_values(subs);
    if (!refs) {
        pym_err_clear();
        return;
    }
    for (PymSize i = 0; i < PYM_LIST_SIZE(refs); i++) {
        PymObject *sub = pym_weakref_borrow_referent(PYM_LIST_BORROW_ITEM(refs, i));
        if (sub && sub != PYM_NONE && PYM_TYPE_HAS_FLAG(PYM_TYPE(sub), PYM_TPFLAG_TYPE_SUBCLASS))
            update_subclass((PymType *)sub, name);
    }
    PYM_DECREF(refs);
}

void pym_type_update_slot(PymType *t, PymObject *name)
{
    PymObject *saved = pym_err_fetch();
    PymObject *interned = PYM_NEWREF(name);
    pym_str_intern_in_place(&interned);
    update_slots_named(t, interned);
    PYM_DECREF(interned);
    pym_err_clear();
    pym_err_restore(saved);
}
