/* abstract.c — the abstract object protocols: calling, iteration, item
 * access, length, containment, the number protocol with CPython's binary
 * operator dispatch, isinstance / issubclass, and conversions (index, int,
 * float, tuple, list).
 *
 * Invariants:
 *  - Binary operators try the left operand's slot, then the right's; a right
 *    operand whose type is a proper subclass of the left's goes first.  A slot
 *    returning NotImplemented passes the turn; when nobody accepts, the error
 *    is CPython's "unsupported operand type(s) for +: 'int' and 'str'".
 *  - Arguments are always borrowed (vectorcall); nothing here keeps a
 *    reference beyond the call it makes, so refcounts stay CPython's.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#include <string.h>

/* ---- calling ---------------------------------------------------------------- */

/* Calls through these types re-enter the evaluator (which counts the
 * recursion itself) or are thin C shims; everything else counts one level,
 * as CPython's tp_call path does. */
static int call_needs_guard(PymType *t)
{
    return t != &pym_function_type && t != &pym_method_type && t != &pym_cfunction_type &&
           t != &pym_method_descr_type && t != &pym_classmethod_descr_type &&
           t != &pym_wrapper_descr_type && t != &pym_method_wrapper_type;
}

PymObject *pym_object_call(PymObject *callable, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames)
{
    PymType *t = PYM_TYPE(callable);
    PymCallFunc call = t->call;
    if (!call)
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not callable",
                              pym_type_name(t));
    if (kwnames && PYM_TUPLE_SIZE(kwnames) == 0)
        kwnames = NULL;
    int guard = call_needs_guard(t);
    if (guard && pym_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    PymObject *exc_before = pym_tstate.exc;
    PymObject *res = call(callable, args, nargs, kwnames);
    if (guard)
        pym_leave_recursive_call();
    if (!res && !pym_err_occurred())
        pym_err_format(&pym_exc_SystemError, "%R returned NULL without setting an exception",
                       callable);
    else if (res && pym_tstate.exc && pym_tstate.exc != exc_before) {
        /* A result with a fresh exception left set is a bug in the callee;
         * drop the stale exception rather than failing later at a random
         * place. */
        pym_err_clear();
    }
    return res;
}

PymObject *pym_object_call0(PymObject *callable)
{
    return pym_object_call(callable, NULL, 0, NULL);
}

PymObject *pym_object_call1(PymObject *callable, PymObject *arg)
{
    PymObject *args[1] = {arg};
    return pym_object_call(callable, args, 1, NULL);
}

PymObject *pym_object_call_tuple_dict(PymObject *callable, PymObject *args_tuple,
                                      PymObject *kwargs_dict)
{
    PymSize nargs = args_tuple ? PYM_TUPLE_SIZE(args_tuple) : 0;
    PymSize nkw = kwargs_dict ? pym_dict_size(kwargs_dict) : 0;
    if (nkw == 0)
        return pym_object_call(callable, nargs ? PYM_TUPLE_ITEMS(args_tuple) : NULL, nargs, NULL);
    PymObject *small[16];
    PymObject **stack = small;
    if (nargs + nkw > 16) {
        stack = pym_mem_malloc((size_t)(nargs + nkw) * sizeof(PymObject *));
        if (!stack)
            return pym_err_no_memory();
    }
    PymObject *kwnames = pym_tuple_new(nkw);
    PymObject *res = NULL;
    if (!kwnames)
        goto done;
    for (PymSize i = 0; i < nargs; i++)
        stack[i] = PYM_TUPLE_BORROW_ITEM(args_tuple, i);
    PymSize pos = 0, k = 0;
    PymObject *key, *value;
    while (pym_dict_next(kwargs_dict, &pos, &key, &value)) {
        if (!PYM_STR_CHECK(key)) {
            pym_err_set_string(&pym_exc_TypeError, "keywords must be strings");
            goto done;
        }
        PYM_TUPLE_SET_ITEM_STEAL(kwnames, k, PYM_NEWREF(key));
        /* The dict holds the values for the duration of the call. */
        stack[nargs + k] = value;
        k++;
    }
    /* Keep the dict alive even if the callee mutates it. */
    PYM_INCREF(kwargs_dict);
    PymObject **values = stack + nargs;
    for (PymSize i = 0; i < nkw; i++)
        PYM_INCREF(values[i]);
    res = pym_object_call(callable, stack, nargs, kwnames);
    for (PymSize i = 0; i < nkw; i++)
        PYM_DECREF(values[i]);
    PYM_DECREF(kwargs_dict);
done:
    PYM_XDECREF(kwnames);
    if (stack != small)
        pym_mem_free(stack);
    return res;
}

/* Call meth(self, *args) when `unbound`, else meth(*args). */
static PymObject *call_maybe_unbound(PymObject *meth, int unbound, PymObject *self,
                                     PymObject *const *args, PymSize nargs)
{
    if (!unbound)
        return pym_object_call(meth, args, nargs, NULL);
    PymObject *small[8];
    PymObject **stack = small;
    if (nargs + 1 > 8) {
        stack = pym_mem_malloc((size_t)(nargs + 1) * sizeof(PymObject *));
        if (!stack)
            return pym_err_no_memory();
    }
    stack[0] = self;
    for (PymSize i = 0; i < nargs; i++)
        stack[i + 1] = args[i];
    PymObject *res = pym_object_call(meth, stack, nargs + 1, NULL);
    if (stack != small)
        pym_mem_free(stack);
    return res;
}

PymObject *pym_object_call_method(PymObject *o, PymObject *name, PymObject *const *args,
                                  PymSize nargs)
{
    PymObject *meth;
    int unbound = pym_object_get_method(o, name, &meth);
    if (unbound < 0)
        return NULL;
    PymObject *res = call_maybe_unbound(meth, unbound, o, args, nargs);
    PYM_DECREF(meth);
    return res;
}

PymObject *pym_object_call_method_str(PymObject *o, const char *name, PymObject *const *args,
                                      PymSize nargs)
{
    PymObject *n = pym_str_from_cstr(name);
    if (!n)
        return NULL;
    PymObject *res = pym_object_call_method(o, n, args, nargs);
    PYM_DECREF(n);
    return res;
}

PymObject *pym_call_special(PymObject *self, PymObject *name, PymObject *const *args,
                            PymSize nargs, int *found)
{
    PymType *t = PYM_TYPE(self);
    PymObject *attr = pym_type_lookup_borrow(t, name);
    *found = attr != NULL;
    if (!attr)
        return NULL;
    PYM_INCREF(attr);
    PymObject *res;
    PymType *at = PYM_TYPE(attr);
    if (PYM_TYPE_HAS_FLAG(at, PYM_TPFLAG_METHOD_DESCRIPTOR) || at == &pym_function_type) {
        res = call_maybe_unbound(attr, 1, self, args, nargs);
    } else if (at->descr_get) {
        PymObject *bound = at->descr_get(attr, self, (PymObject *)t);
        res = bound ? pym_object_call(bound, args, nargs, NULL) : NULL;
        PYM_XDECREF(bound);
    } else {
        res = pym_object_call(attr, args, nargs, NULL);
    }
    PYM_DECREF(attr);
    return res;
}

int pym_callable_check(PymObject *o) { return PYM_TYPE(o)->call != NULL; }

/* ---- iteration ------------------------------------------------------------------ */

static int sequence_check(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    return !PYM_DICT_CHECK(o) && t->as_sequence && t->as_sequence->item;
}

int pym_iter_check(PymObject *o) { return PYM_TYPE(o)->iternext != NULL; }

PymObject *pym_object_get_iter(PymObject *o)
{
    PymGetIterFunc f = PYM_TYPE(o)->iter;
    if (!f) {
        if (sequence_check(o))
            return pym_seq_iter_new(o);
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not iterable",
                              PYM_TYPE_NAME(o));
    }
    PymObject *res = f(o);
    if (res && !pym_iter_check(res)) {
        pym_err_format(&pym_exc_TypeError, "iter() returned non-iterator of type '%.100s'",
                       PYM_TYPE_NAME(res));
        PYM_DECREF(res);
        return NULL;
    }
    return res;
}

PymObject *pym_iter_next(PymObject *iter)
{
    PymIterNextFunc f = PYM_TYPE(iter)->iternext;
    if (!f)
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not an iterator",
                              PYM_TYPE_NAME(iter));
    PymObject *res = f(iter);
    if (!res && pym_err_occurred() && pym_err_exception_matches(&pym_exc_StopIteration))
        pym_err_clear();
    return res;
}

/* ---- items and length ------------------------------------------------------------ */

static int has_index(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    return t->as_number && t->as_number->index;
}

PymObject *pym_sequence_getitem(PymObject *o, PymSize i)
{
    PymType *t = PYM_TYPE(o);
    PymSequenceMethods *s = t->as_sequence;
    if (s && s->item) {
        if (i < 0 && s->length) {
            PymSize n = s->length(o);
            if (n < 0)
                return NULL;
            i += n;
        }
        return s->item(o, i);
    }
    if (t->as_mapping && t->as_mapping->subscript) {
        PymObject *key = pym_int_from_ssize(i);
        if (!key)
            return NULL;
        PymObject *res = t->as_mapping->subscript(o, key);
        PYM_DECREF(key);
        return res;
    }
    return pym_err_format(&pym_exc_TypeError, "'%.200s' object does not support indexing",
                          pym_type_name(t));
}

PymObject *pym_object_getitem(PymObject *o, PymObject *key)
{
    PymType *t = PYM_TYPE(o);
    if (t->as_mapping && t->as_mapping->subscript)
        return t->as_mapping->subscript(o, key);
    if (t->as_sequence && t->as_sequence->item) {
        if (has_index(key)) {
            PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
            if (i == -1 && pym_err_occurred())
                return NULL;
            return pym_sequence_getitem(o, i);
        }
        return pym_err_format(&pym_exc_TypeError, "sequence index must be integer, not '%.200s'",
                              PYM_TYPE_NAME(key));
    }
    if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_TYPE_SUBCLASS)) {
        /* list[int] and friends: the class's __class_getitem__. */
        PymObject *meth;
        if (pym_object_lookup_attr(o, PYM_ID(__class_getitem__), &meth) < 0)
            return NULL;
        if (meth) {
            PymObject *res = pym_object_call1(meth, key);
            PYM_DECREF(meth);
            return res;
        }
        return pym_err_format(&pym_exc_TypeError, "type '%.200s' is not subscriptable",
                              ((PymType *)o)->name);
    }
    return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not subscriptable",
                          pym_type_name(t));
}

static int sequence_setitem(PymObject *o, PymObject *key, PymObject *value)
{
    PymSequenceMethods *s = PYM_TYPE(o)->as_sequence;
    if (!has_index(key)) {
        pym_err_format(&pym_exc_TypeError, "sequence index must be integer, not '%.200s'",
                       PYM_TYPE_NAME(key));
        return -1;
    }
    PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
    if (i == -1 && pym_err_occurred())
        return -1;
    if (i < 0 && s->length) {
        PymSize n = s->length(o);
        if (n < 0)
            return -1;
        i += n;
    }
    return s->ass_item(o, i, value);
}

int pym_object_setitem(PymObject *o, PymObject *key, PymObject *value)
{
    PymType *t = PYM_TYPE(o);
    if (t->as_mapping && t->as_mapping->ass_subscript)
        return t->as_mapping->ass_subscript(o, key, value);
    if (t->as_sequence && t->as_sequence->ass_item)
        return sequence_setitem(o, key, value);
    pym_err_format(&pym_exc_TypeError, "'%.200s' object does not support item assignment",
                   pym_type_name(t));
    return -1;
}

int pym_object_delitem(PymObject *o, PymObject *key)
{
    PymType *t = PYM_TYPE(o);
    if (t->as_mapping && t->as_mapping->ass_subscript)
        return t->as_mapping->ass_subscript(o, key, NULL);
    if (t->as_sequence && t->as_sequence->ass_item)
        return sequence_setitem(o, key, NULL);
    pym_err_format(&pym_exc_TypeError, "'%.200s' object doesn't support item deletion",
                   pym_type_name(t));
    return -1;
}

PymSize pym_object_length(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    if (t->as_sequence && t->as_sequence->length)
        return t->as_sequence->length(o);
    if (t->as_mapping && t->as_mapping->length)
        return t->as_mapping->length(o);
    pym_err_format(&pym_exc_TypeError, "object of type '%.200s' has no len()", pym_type_name(t));
    return -1;
}

PymSize pym_object_length_hint(PymObject *o, PymSize default_value)
{
    PymType *t = PYM_TYPE(o);
    if ((t->as_sequence && t->as_sequence->length) || (t->as_mapping && t->as_mapping->length)) {
        PymSize n = pym_object_length(o);
        if (n >= 0)
            return n;
        if (!pym_err_exception_matches(&pym_exc_TypeError))
            return -1;
        pym_err_clear();
    }
    int found;
    PymObject *hint = pym_call_special(o, PYM_ID(__length_hint__), NULL, 0, &found);
    if (!found)
        return default_value;
    if (!hint) {
        if (pym_err_exception_matches(&pym_exc_TypeError)) {
            pym_err_clear();
            return default_value;
        }
        return -1;
    }
    if (hint == PYM_NOTIMPLEMENTED) {
        PYM_DECREF(hint);
        return default_value;
    }
    if (!PYM_INT_CHECK(hint)) {
        pym_err_format(&pym_exc_TypeError, "__length_hint__ must be an integer, not %.100s",
                       PYM_TYPE_NAME(hint));
        PYM_DECREF(hint);
        return -1;
    }
    PymSize n = pym_int_as_ssize(hint);
    PYM_DECREF(hint);
    if (n == -1 && pym_err_occurred())
        return -1;
    if (n < 0) {
        pym_err_set_string(&pym_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* `item in o` by iteration, when o has no __contains__. */
static int iter_search_contains(PymObject *seq, PymObject *item)
{
    PymObject *it = pym_object_get_iter(seq);
    if (!it) {
        if (pym_err_exception_matches(&pym_exc_TypeError))
            pym_err_format(&pym_exc_TypeError, "argument of type '%.200s' is not iterable",
                           PYM_TYPE_NAME(seq));
        return -1;
    }
    int result = 0;
    for (;;) {
        PymObject *x = pym_iter_next(it);
        if (!x) {
            result = pym_err_occurred() ? -1 : 0;
            break;
        }
        int eq = pym_object_richcompare_bool(x, item, PYM_EQ);
        PYM_DECREF(x);
        if (eq != 0) {
            result = eq;
            break;
        }
    }
    PYM_DECREF(it);
    return result;
}

int pym_sequence_contains(PymObject *seq, PymObject *item)
{
    PymSequenceMethods *s = PYM_TYPE(seq)->as_sequence;
    if (s && s->contains)
        return s->contains(seq, item);
    return iter_search_contains(seq, item);
}

PymObject *pym_sequence_list(PymObject *iterable)
{
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    if (pym_list_extend(list, iterable) < 0) {
        PYM_DECREF(list);
        return NULL;
    }
    return list;
}

PymObject *pym_sequence_tuple(PymObject *iterable)
{
    if (PYM_TUPLE_CHECK_EXACT(iterable))
        return PYM_NEWREF(iterable);
    if (PYM_LIST_CHECK_EXACT(iterable))
        return pym_list_as_tuple(iterable);
    PymObject *list = pym_sequence_list(iterable);
    if (!list)
        return NULL;
    PymObject *t = pym_list_as_tuple(list);
    PYM_DECREF(list);
    return t;
}

/* ---- the number protocol ------------------------------------------------------------ */

#define NB_SLOT(name) offsetof(PymNumberMethods, name)

static PymBinaryFunc nb_binary(PymType *t, size_t slot)
{
    if (!t->as_number)
        return NULL;
    return *(PymBinaryFunc *)((char *)t->as_number + slot);
}

static PymTernaryFunc nb_ternary(PymType *t, size_t slot)
{
    if (!t->as_number)
        return NULL;
    return *(PymTernaryFunc *)((char *)t->as_number + slot);
}

/* Returns NotImplemented (new reference) when neither operand accepts. */
static PymObject *binary_op1(PymObject *v, PymObject *w, size_t slot)
{
    PymBinaryFunc slotv = nb_binary(PYM_TYPE(v), slot), slotw = NULL;
    if (PYM_TYPE(w) != PYM_TYPE(v)) {
        slotw = nb_binary(PYM_TYPE(w), slot);
        if (slotw == slotv)
            slotw = NULL;
    }
    PymObject *x;
    if (slotv) {
        if (slotw && pym_type_is_subtype(PYM_TYPE(w), PYM_TYPE(v))) {
            x = slotw(v, w);
            if (x != PYM_NOTIMPLEMENTED)
                return x;
            PYM_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w);
        if (x != PYM_NOTIMPLEMENTED)
            return x;
        PYM_DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w);
        if (x != PYM_NOTIMPLEMENTED)
            return x;
        PYM_DECREF(x);
    }
    PYM_RETURN_NOTIMPLEMENTED;
}

static PymObject *binop_type_error(PymObject *v, PymObject *w, const char *op_name)
{
    return pym_err_format(&pym_exc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                          op_name, PYM_TYPE_NAME(v), PYM_TYPE_NAME(w));
}

static PymObject *binary_op(PymObject *v, PymObject *w, size_t slot, const char *op_name)
{
    PymObject *res = binary_op1(v, w, slot);
    if (res != PYM_NOTIMPLEMENTED)
        return res;
    PYM_DECREF(res);
    if (slot == NB_SLOT(rshift) && PYM_CFUNCTION_CHECK(v) &&
        strcmp(((PymCFunctionObject *)v)->def->name, "print") == 0) {
        return pym_err_format(&pym_exc_TypeError,
                              "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'. "
                              "Did you mean \"print(<message>, file=<output_stream>)\"?",
                              op_name, PYM_TYPE_NAME(v), PYM_TYPE_NAME(w));
    }
    return binop_type_error(v, w, op_name);
}

/* In-place: the left operand's in-place slot first, then the plain operator. */
static PymObject *binary_iop1(PymObject *v, PymObject *w, size_t iop_slot, size_t op_slot)
{
    PymBinaryFunc slot = nb_binary(PYM_TYPE(v), iop_slot);
    if (slot) {
        PymObject *x = slot(v, w);
        if (x != PYM_NOTIMPLEMENTED)
            return x;
        PYM_DECREF(x);
    }
    return binary_op1(v, w, op_slot);
}

static PymObject *binary_iop(PymObject *v, PymObject *w, size_t iop_slot, size_t op_slot,
                             const char *op_name)
{
    PymObject *res = binary_iop1(v, w, iop_slot, op_slot);
    if (res != PYM_NOTIMPLEMENTED)
        return res;
    PYM_DECREF(res);
    return binop_type_error(v, w, op_name);
}

static PymObject *ternary_op(PymObject *v, PymObject *w, PymObject *z, size_t slot,
                             const char *op_name)
{
    PymTernaryFunc slotv = nb_ternary(PYM_TYPE(v), slot), slotw = NULL;
    if (PYM_TYPE(w) != PYM_TYPE(v)) {
        slotw = nb_ternary(PYM_TYPE(w), slot);
        if (slotw == slotv)
            slotw = NULL;
    }
    PymObject *x;
    if (slotv) {
        if (slotw && pym_type_is_subtype(PYM_TYPE(w), PYM_TYPE(v))) {
            x = slotw(v, w, z);
            if (x != PYM_NOTIMPLEMENTED)
                return x;
            PYM_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != PYM_NOTIMPLEMENTED)
            return x;
        PYM_DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w, z);
        if (x != PYM_NOTIMPLEMENTED)
            return x;
        PYM_DECREF(x);
    }
    if (z != PYM_NONE) {
        PymTernaryFunc slotz = nb_ternary(PYM_TYPE(z), slot);
        if (slotz == slotv || slotz == slotw)
            slotz = NULL;
        if (slotz) {
            x = slotz(v, w, z);
            if (x != PYM_NOTIMPLEMENTED)
                return x;
            PYM_DECREF(x);
        }
    }
    if (z == PYM_NONE)
        return pym_err_format(&pym_exc_TypeError,
                              "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                              op_name, PYM_TYPE_NAME(v), PYM_TYPE_NAME(w));
    return pym_err_format(&pym_exc_TypeError,
                          "unsupported operand type(s) for %.100s: '%.100s', '%.100s', '%.100s'",
                          op_name, PYM_TYPE_NAME(v), PYM_TYPE_NAME(w), PYM_TYPE_NAME(z));
}

static PymObject *sequence_repeat(PymSizeArgFunc repeat, PymObject *seq, PymObject *n)
{
    if (!has_index(n))
        return pym_err_format(&pym_exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                              PYM_TYPE_NAME(n));
    PymSize count = pym_number_as_ssize(n, &pym_exc_OverflowError);
    if (count == -1 && pym_err_occurred())
        return NULL;
    return repeat(seq, count);
}

#define BINARY_FUNC(fname, slot, symbol)                         \
    PymObject *fname(PymObject *a, PymObject *b)                 \
    {                                                            \
        return binary_op(a, b, NB_SLOT(slot), symbol);           \
    }

BINARY_FUNC(pym_number_subtract, subtract, "-")
BINARY_FUNC(pym_number_matrix_multiply, matrix_multiply, "@")
BINARY_FUNC(pym_number_true_divide, true_divide, "/")
BINARY_FUNC(pym_number_floor_divide, floor_divide, "//")
BINARY_FUNC(pym_number_remainder, remainder, "%")
BINARY_FUNC(pym_number_divmod, divmod, "divmod()")
BINARY_FUNC(pym_number_lshift, lshift, "<<")
BINARY_FUNC(pym_number_rshift, rshift, ">>")
BINARY_FUNC(pym_number_and, and_, "&")
BINARY_FUNC(pym_number_or, or_, "|")
BINARY_FUNC(pym_number_xor, xor_, "^")

#define INPLACE_FUNC(fname, islot, slot, symbol)                              \
    PymObject *fname(PymObject *a, PymObject *b)                              \
    {                                                                         \
        return binary_iop(a, b, NB_SLOT(islot), NB_SLOT(slot), symbol);       \
    }

INPLACE_FUNC(pym_number_inplace_subtract, inplace_subtract, subtract, "-=")
INPLACE_FUNC(pym_number_inplace_matrix_multiply, inplace_matrix_multiply, matrix_multiply, "@=")
INPLACE_FUNC(pym_number_inplace_true_divide, inplace_true_divide, true_divide, "/=")
INPLACE_FUNC(pym_number_inplace_floor_divide, inplace_floor_divide, floor_divide, "//=")
INPLACE_FUNC(pym_number_inplace_remainder, inplace_remainder, remainder, "%=")
INPLACE_FUNC(pym_number_inplace_lshift, inplace_lshift, lshift, "<<=")
INPLACE_FUNC(pym_number_inplace_rshift, inplace_rshift, rshift, ">>=")
INPLACE_FUNC(pym_number_inplace_and, inplace_and, and_, "&=")
INPLACE_FUNC(pym_number_inplace_or, inplace_or, or_, "|=")
INPLACE_FUNC(pym_number_inplace_xor, inplace_xor, xor_, "^=")

PymObject *pym_number_add(PymObject *a, PymObject *b)
{
    PymObject *res = binary_op1(a, b, NB_SLOT(add));
    if (res != PYM_NOTIMPLEMENTED)
        return res;
    PYM_DECREF(res);
    PymSequenceMethods *s = PYM_TYPE(a)->as_sequence;
    if (s && s->concat)
        return s->concat(a, b);
    return binop_type_error(a, b, "+");
}

PymObject *pym_number_multiply(PymObject *a, PymObject *b)
{
    PymObject *res = binary_op1(a, b, NB_SLOT(multiply));
    if (res != PYM_NOTIMPLEMENTED)
        return res;
    PYM_DECREF(res);
    PymSequenceMethods *sa = PYM_TYPE(a)->as_sequence, *sb = PYM_TYPE(b)->as_sequence;
    if (sa && sa->repeat)
        return sequence_repeat(sa->repeat, a, b);
    if (sb && sb->repeat)
        return sequence_repeat(sb->repeat, b, a);
    return binop_type_error(a, b, "*");
}

PymObject *pym_number_power(PymObject *a, PymObject *b, PymObject *mod)
{
    return ternary_op(a, b, mod ? mod : PYM_NONE, NB_SLOT(power), "** or pow()");
}

PymObject *pym_number_inplace_add(PymObject *a, PymObject *b)
{
    PymObject *res = binary_iop1(a, b, NB_SLOT(inplace_add), NB_SLOT(add));
    if (res != PYM_NOTIMPLEMENTED)
        return res;
    PYM_DECREF(res);
    PymSequenceMethods *s = PYM_TYPE(a)->as_sequence;
    if (s) {
        PymBinaryFunc f = s->inplace_concat ? s->inplace_concat : s->concat;
        if (f)
            return f(a, b);
    }
    return binop_type_error(a, b, "+=");
}

PymObject *pym_number_inplace_multiply(PymObject *a, PymObject *b)
{
    PymObject *res = binary_iop1(a, b, NB_SLOT(inplace_multiply), NB_SLOT(multiply));
    if (res != PYM_NOTIMPLEMENTED)
        return res;
    PYM_DECREF(res);
    PymSequenceMethods *sa = PYM_TYPE(a)->as_sequence, *sb = PYM_TYPE(b)->as_sequence;
    if (sa) {
        PymSizeArgFunc f = sa->inplace_repeat ? sa->inplace_repeat : sa->repeat;
        if (f)
            return sequence_repeat(f, a, b);
    }
    if (sb && sb->repeat)
        return sequence_repeat(sb->repeat, b, a);
    return binop_type_error(a, b, "*=");
}

PymObject *pym_number_inplace_power(PymObject *a, PymObject *b, PymObject *mod)
{
    if (!mod)
        mod = PYM_NONE;
    PymTernaryFunc slot = nb_ternary(PYM_TYPE(a), NB_SLOT(inplace_power));
    if (slot) {
        PymObject *x = slot(a, b, mod);
        if (x != PYM_NOTIMPLEMENTED)
            return x;
        PYM_DECREF(x);
    }
    return ternary_op(a, b, mod, NB_SLOT(power), "**=");
}

#define UNARY_FUNC(fname, slot, message)                                              \
    PymObject *fname(PymObject *o)                                                    \
    {                                                                                 \
        PymNumberMethods *m = PYM_TYPE(o)->as_number;                                 \
        if (m && m->slot)                                                             \
            return m->slot(o);                                                        \
        return pym_err_format(&pym_exc_TypeError, message, PYM_TYPE_NAME(o));         \
    }

UNARY_FUNC(pym_number_negative, negative, "bad operand type for unary -: '%.200s'")
UNARY_FUNC(pym_number_positive, positive, "bad operand type for unary +: '%.200s'")
UNARY_FUNC(pym_number_invert, invert, "bad operand type for unary ~: '%.200s'")
UNARY_FUNC(pym_number_absolute, absolute, "bad operand type for abs(): '%.200s'")

/* An exact int from an int subclass instance. */
static PymObject *exact_int(PymObject *o)
{
    if (PYM_INT_CHECK_EXACT(o))
        return o;
    PymObject *res = pym_object_call1((PymObject *)&pym_int_type, o);
    PYM_DECREF(o);
    return res;
}

/* operator.index without the exact-int conversion. */
static PymObject *number_index_any(PymObject *o)
{
    if (PYM_INT_CHECK(o))
        return PYM_NEWREF(o);
    PymNumberMethods *m = PYM_TYPE(o)->as_number;
    if (!m || !m->index)
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                              PYM_TYPE_NAME(o));
    PymObject *res = m->index(o);
    if (res && !PYM_INT_CHECK(res)) {
        pym_err_format(&pym_exc_TypeError, "__index__ returned non-int (type %.200s)",
                       PYM_TYPE_NAME(res));
        PYM_DECREF(res);
        return NULL;
    }
    return res;
}

PymObject *pym_number_index(PymObject *o)
{
    PymObject *res = number_index_any(o);
    return res ? exact_int(res) : NULL;
}

PymSize pym_number_as_ssize(PymObject *o, PymType *overflow_exc)
{
    PymObject *value = number_index_any(o);
    if (!value)
        return -1;
    int overflow = 0;
    int64_t v = pym_int_as_i64_overflow(value, &overflow);
    if (overflow) {
        if (!overflow_exc) {
            PYM_DECREF(value);
            return overflow < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
        }
        pym_err_format(overflow_exc, "cannot fit '%.200s' into an index-sized integer",
                       PYM_TYPE_NAME(o));
        PYM_DECREF(value);
        return -1;
    }
    PYM_DECREF(value);
    return (PymSize)v;
}

static PymObject *int_from_text(PymObject *o)
{
    if (PYM_STR_CHECK(o)) {
        PymSize n;
        const char *s = pym_str_as_utf8_and_size(o, &n);
        if (!s)
            return NULL;
        return pym_int_from_string(s, n, 10);
    }
    return pym_int_from_string(pym_bytes_data(o), pym_bytes_size(o), 10);
}

PymObject *pym_number_long(PymObject *o)
{
    if (PYM_INT_CHECK_EXACT(o))
        return PYM_NEWREF(o);
    PymNumberMethods *m = PYM_TYPE(o)->as_number;
    if (m && m->int_) {
        PymObject *res = m->int_(o);
        if (res && !PYM_INT_CHECK(res)) {
            pym_err_format(&pym_exc_TypeError, "__int__ returned non-int (type %.200s)",
                           PYM_TYPE_NAME(res));
            PYM_DECREF(res);
            return NULL;
        }
        return res ? exact_int(res) : NULL;
    }
    if (m && m->index)
        return pym_number_index(o);
    int found;
    PymObject *trunc = pym_call_special(o, PYM_ID(__trunc__), NULL, 0, &found);
    if (found) {
        if (!trunc)
            return NULL;
        if (PYM_INT_CHECK(trunc))
            return exact_int(trunc);
        PymObject *res = NULL;
        if (has_index(trunc))
            res = pym_number_index(trunc);
        else
            pym_err_format(&pym_exc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                           PYM_TYPE_NAME(trunc));
        PYM_DECREF(trunc);
        return res;
    }
    if (PYM_STR_CHECK(o) || PYM_BYTES_CHECK(o))
        return int_from_text(o);
    return pym_err_format(&pym_exc_TypeError,
                          "int() argument must be a string, a bytes-like object or a real number, not '%.200s'",
                          PYM_TYPE_NAME(o));
}

PymObject *pym_number_float(PymObject *o)
{
    if (PYM_FLOAT_CHECK_EXACT(o))
        return PYM_NEWREF(o);
    PymNumberMethods *m = PYM_TYPE(o)->as_number;
    if (m && m->float_) {
        PymObject *res = m->float_(o);
        if (!res)
            return NULL;
        if (!PYM_FLOAT_CHECK(res)) {
            pym_err_format(&pym_exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                           PYM_TYPE_NAME(o), PYM_TYPE_NAME(res));
            PYM_DECREF(res);
            return NULL;
        }
        if (!PYM_FLOAT_CHECK_EXACT(res)) {
            PymObject *exact = pym_float_from_double(PYM_FLOAT_VALUE(res));
            PYM_DECREF(res);
            return exact;
        }
        return res;
    }
    if (m && m->index) {
        PymObject *i = pym_number_index(o);
        if (!i)
            return NULL;
        double d = pym_int_as_double(i);
        PYM_DECREF(i);
        if (d == -1.0 && pym_err_occurred())
            return NULL;
        return pym_float_from_double(d);
    }
    if (PYM_FLOAT_CHECK(o))
        return pym_float_from_double(PYM_FLOAT_VALUE(o));
    if (PYM_STR_CHECK(o))
        return pym_float_from_string(o);
    if (PYM_BYTES_CHECK(o)) {
        PymObject *text = pym_bytes_decode_utf8(o);
        if (!text)
            return NULL;
        PymObject *res = pym_float_from_string(text);
        PYM_DECREF(text);
        return res;
    }
    return pym_err_format(&pym_exc_TypeError,
                          "float() argument must be a string or a real number, not '%.200s'",
                          PYM_TYPE_NAME(o));
}

/* ---- isinstance / issubclass ---------------------------------------------------------- */

#define IS_TYPE(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_TYPE_SUBCLASS)

int pym_type_is_subtype(PymType *a, PymType *b)
{
    if (a == b)
        return 1;
    PymObject *mro = a->mro;
    if (mro) {
        PymSize n = PYM_TUPLE_SIZE(mro);
        for (PymSize i = 0; i < n; i++)
            if (PYM_TUPLE_BORROW_ITEM(mro, i) == (PymObject *)b)
                return 1;
        return 0;
    }
    /* Not ready yet: follow the base chain. */
    for (PymType *t = a; t; t = t->base)
        if (t == b)
            return 1;
    return b == &pym_object_type;
}

/* cls.__bases__ if it is a tuple, else NULL (no exception unless real). */
static PymObject *abstract_get_bases(PymObject *cls)
{
    PymObject *bases;
    if (pym_object_lookup_attr(cls, PYM_ID(__bases__), &bases) < 0)
        return NULL;
    if (bases && !PYM_TUPLE_CHECK(bases)) {
        PYM_DECREF(bases);
        return NULL;
    }
    return bases;
}

static int abstract_issubclass(PymObject *derived, PymObject *cls)
{
    for (;;) {
        if (derived == cls)
            return 1;
        PymObject *bases = abstract_get_bases(derived);
        if (!bases)
            return pym_err_occurred() ? -1 : 0;
        PymSize n = PYM_TUPLE_SIZE(bases);
        if (n == 0) {
            PYM_DECREF(bases);
            return 0;
        }
        if (n == 1) {
            /* Avoid recursion in the single inheritance case. */
            derived = PYM_TUPLE_BORROW_ITEM(bases, 0);
            PYM_DECREF(bases); /* a class's __bases__ keeps its items alive */
            continue;
        }
        int r = 0;
        for (PymSize i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(PYM_TUPLE_BORROW_ITEM(bases, i), cls);
        PYM_DECREF(bases);
        return r;
    }
}

static int check_class(PymObject *cls, const char *error)
{
    PymObject *bases = abstract_get_bases(cls);
    if (!bases) {
        if (!pym_err_occurred())
            pym_err_set_string(&pym_exc_TypeError, error);
        return 0;
    }
    PYM_DECREF(bases);
    return 1;
}

static int object_isinstance(PymObject *inst, PymObject *cls)
{
    PymObject *icls;
    int retval;
    if (IS_TYPE(cls)) {
        retval = PYM_OBJECT_TYPE_CHECK(inst, (PymType *)cls);
        if (retval == 0) {
            /* An object may claim another class through __class__. */
            if (pym_object_lookup_attr(inst, PYM_ID(__class__), &icls) < 0)
                return -1;
            if (icls) {
                if (icls != (PymObject *)PYM_TYPE(inst) && IS_TYPE(icls))
                    retval = pym_type_is_subtype((PymType *)icls, (PymType *)cls);
                PYM_DECREF(icls);
            }
        }
        return retval;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    if (pym_object_lookup_attr(inst, PYM_ID(__class__), &icls) < 0)
        return -1;
    if (!icls)
        return 0;
    retval = abstract_issubclass(icls, cls);
    PYM_DECREF(icls);
    return retval;
}

/* type(cls).name bound to cls, or NULL (with an exception only if real). */
static PymObject *lookup_special(PymObject *cls, PymObject *name)
{
    PymType *meta = PYM_TYPE(cls);
    PymObject *attr = pym_type_lookup_borrow(meta, name);
    if (!attr)
        return NULL;
    PymDescrGetFunc get = PYM_TYPE(attr)->descr_get;
    if (get)
        return get(attr, cls, (PymObject *)meta);
    return PYM_NEWREF(attr);
}

static int call_checker(PymObject *checker, PymObject *arg)
{
    if (pym_enter_recursive_call(" in __instancecheck__") < 0) {
        PYM_DECREF(checker);
        return -1;
    }
    PymObject *res = pym_object_call1(checker, arg);
    pym_leave_recursive_call();
    PYM_DECREF(checker);
    if (!res)
        return -1;
    int ok = pym_object_is_true(res);
    PYM_DECREF(res);
    return ok;
}

int pym_object_isinstance(PymObject *inst, PymObject *cls)
{
    if ((PymObject *)PYM_TYPE(inst) == cls)
        return 1;
    if (PYM_TYPE(cls) == &pym_type_type)
        return object_isinstance(inst, cls);
    if (PYM_TUPLE_CHECK(cls)) {
        if (pym_enter_recursive_call(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(cls) && r == 0; i++)
            r = pym_object_isinstance(inst, PYM_TUPLE_BORROW_ITEM(cls, i));
        pym_leave_recursive_call();
        return r;
    }
    PymObject *checker = lookup_special(cls, PYM_ID(__instancecheck__));
    if (checker)
        return call_checker(checker, inst);
    if (pym_err_occurred())
        return -1;
    return object_isinstance(inst, cls);
}

static int recursive_issubclass(PymObject *derived, PymObject *cls)
{
    if (IS_TYPE(cls) && IS_TYPE(derived))
        return pym_type_is_subtype((PymType *)derived, (PymType *)cls);
    if (!check_class(derived, "issubclass() arg 1 must be a class"))
        return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(derived, cls);
}

int pym_object_issubclass(PymObject *derived, PymObject *cls)
{
    if (PYM_TYPE(cls) == &pym_type_type) {
        if (derived == cls)
            return 1;
        return recursive_issubclass(derived, cls);
    }
    if (PYM_TUPLE_CHECK(cls)) {
        if (pym_enter_recursive_call(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(cls) && r == 0; i++)
            r = pym_object_issubclass(derived, PYM_TUPLE_BORROW_ITEM(cls, i));
        pym_leave_recursive_call();
        return r;
    }
    PymObject *checker = lookup_special(cls, PYM_ID(__subclasscheck__));
    if (checker)
        return call_checker(checker, derived);
    if (pym_err_occurred())
        return -1;
    return recursive_issubclass(derived, cls);
}

/* type.__instancecheck__ / type.__subclasscheck__: the checks without the
 * metaclass hooks (what a metaclass's super() call reaches). */
PymObject *pym_type_instancecheck(PymObject *cls, PymObject *inst)
{
    int r = object_isinstance(inst, cls);
    return r < 0 ? NULL : pym_bool_from(r);
}

PymObject *pym_type_subclasscheck(PymObject *cls, PymObject *derived)
{
    int r = recursive_issubclass(derived, cls);
    return r < 0 ? NULL : pym_bool_from(r);
}
