/* weakref.c — weak references: weakref.ref, weakref.proxy and the callable
 * proxy, and the clearing of an object's weak references when it dies.
 *
 * Invariants:
 *  - a weakly referenceable object has a list head at
 *    type->weaklistoffset; the list links every live PymWeakReference to
 *    it; the "basic" ref (exact ref type, no callback) comes first, then
 *    the basic proxy (no callback), then everything else, most recent
 *    first — so ref(o) and proxy(o) without callback are shared;
 *  - referent is borrowed and NULL once the referent is gone; a cleared
 *    weakref is on no list;
 *  - when the referent dies every weakref to it is cleared before any
 *    callback runs (callbacks see a dead ref), and callbacks run in list
 *    order; their errors are reported, never propagated;
 *  - weakrefs are GC objects (the callback may close a cycle) and always
 *    tracked.
 */
#include "weakref.h"

#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "ids.h"
#include "int.h"
#include "list.h"
#include "obmalloc.h"
#include "str.h"
#include "tuple.h"
#include "typeobject.h"

#include <stddef.h>

#define WR(o) ((PymWeakReference *)(o))

int pym_type_supports_weakrefs(PymType *t)
{
    return t->weaklistoffset > 0;
}

static PymObject *unsupported(PymObject *o)
{
    return pym_err_format(&pym_exc_TypeError, "cannot create weak reference to '%s' object",
                          PYM_TYPE_NAME(o));
}

/* ---- the list of an object's weakrefs ----------------------------------- */

/* The shared basic ref and basic proxy at the head of the list, if any. */
static void get_basic_refs(PymWeakReference *head, PymWeakReference **ref,
                           PymWeakReference **proxy)
{
    *ref = *proxy = NULL;
    if (head && !head->callback) {
        /* Subclass instances are never basic. */
        if (PYM_TYPE(head) == &pym_weakref_type) {
            *ref = head;
            head = head->next;
        }
        if (head && !head->callback && PYM_WEAKREF_PROXY_CHECK(head))
            *proxy = head;
    }
}

static void insert_head(PymWeakReference *wr, PymWeakReference **list)
{
    PymWeakReference *next = *list;
    wr->prev = NULL;
    wr->next = next;
    if (next)
        next->prev = wr;
    *list = wr;
}

static void insert_after(PymWeakReference *wr, PymWeakReference *prev)
{
    wr->prev = prev;
    wr->next = prev->next;
    if (prev->next)
        prev->next->prev = wr;
    prev->next = wr;
}

/* Link a new weakref into the list: basic ones at the front, the others
 * right after the basic ref/proxy. */
static void link_weakref(PymWeakReference *wr, PymWeakReference **list, int basic_ref)
{
    if (basic_ref) {
        insert_head(wr, list);
        return;
    }
    PymWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    PymWeakReference *prev = proxy ? proxy : ref;
    if (prev)
        insert_after(wr, prev);
    else
        insert_head(wr, list);
}

void pym_weakref_clear_ref(PymWeakReference *wr)
{
    PymObject *o = wr->referent;
    if (!o)
        return;
    PymWeakReference **list = PYM_WEAKLIST_PTR(o);
    if (*list == wr)
        *list = wr->next;
    if (wr->prev)
        wr->prev->next = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->referent = NULL;
    wr->prev = wr->next = NULL;
}

/* Clear the ref and drop its callback. */
static void clear_weakref(PymWeakReference *wr)
{
    pym_weakref_clear_ref(wr);
    PYM_CLEAR(wr->callback);
}

PymSize pym_weakref_count(PymObject *o)
{
    if (!pym_type_supports_weakrefs(PYM_TYPE(o)))
        return 0;
    PymSize n = 0;
    for (PymWeakReference *wr = *PYM_WEAKLIST_PTR(o); wr; wr = wr->next)
        n++;
    return n;
}

PymObject *pym_weakref_list(PymObject *o)
{
    PymObject *result = pym_list_new(0);
    if (!result || !pym_type_supports_weakrefs(PYM_TYPE(o)))
        return result;
    for (PymWeakReference *wr = *PYM_WEAKLIST_PTR(o); wr; wr = wr->next) {
        if (pym_list_append(result, (PymObject *)wr) < 0) {
            PYM_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static void call_callback(PymWeakReference *wr, PymObject *callback)
{
    PymObject *r = pym_object_call1(callback, (PymObject *)wr);
    if (r)
        PYM_DECREF(r);
    else
        pym_err_write_unraisable(callback);
}

void pym_weakref_clear_refs(PymObject *o)
{
    if (!pym_type_supports_weakrefs(PYM_TYPE(o)))
        return;
    PymWeakReference **list = PYM_WEAKLIST_PTR(o);
    /* The callback-less basic ref and proxy go first, quietly. */
    for (int i = 0; i < 2 && *list && !(*list)->callback; i++)
        clear_weakref(*list);
    if (!*list)
        return;

    PymObject *saved = pym_err_fetch();
    PymSize count = 0;
    for (PymWeakReference *wr = *list; wr; wr = wr->next)
        count++;
    /* Clear them all, keeping (ref, callback) pairs of the refs that are
     * still alive themselves, then call the callbacks in list order. */
    PymObject **pairs = pym_mem_malloc((size_t)count * 2 * sizeof *pairs);
    PymSize npairs = 0;
    while (*list) {
        PymWeakReference *wr = *list;
        PymObject *callback = wr->callback;
        wr->callback = NULL;
        pym_weakref_clear_ref(wr);
        if (!callback)
            continue;
        if (pairs && PYM_REFCNT(wr) > 0) {
            pairs[2 * npairs] = PYM_NEWREF(wr);
            pairs[2 * npairs + 1] = callback;
            npairs++;
        } else {
            PYM_DECREF(callback);
        }
    }
    for (PymSize i = 0; i < npairs; i++) {
        call_callback(WR(pairs[2 * i]), pairs[2 * i + 1]);
        PYM_DECREF(pairs[2 * i + 1]);
        PYM_DECREF(pairs[2 * i]);
    }
    pym_mem_free(pairs); /* (NULL when out of memory: the callbacks were dropped) */
    pym_err_restore(saved);
}

/* ---- creation ----------------------------------------------------------- */

static PymWeakReference *weakref_alloc(PymType *type, PymObject *referent, PymObject *callback)
{
    PymWeakReference *wr = (PymWeakReference *)pym_type_generic_alloc(type, 0);
    if (!wr)
        return NULL;
    wr->referent = referent;
    wr->callback = PYM_XNEWREF(callback);
    wr->hash = -1;
    wr->prev = wr->next = NULL;
    pym_gc_track((PymObject *)wr);
    return wr;
}

PymObject *pym_weakref_new_ref(PymObject *referent, PymObject *callback)
{
    if (!pym_type_supports_weakrefs(PYM_TYPE(referent)))
        return unsupported(referent);
    if (callback == PYM_NONE)
        callback = NULL;
    PymWeakReference **list = PYM_WEAKLIST_PTR(referent);
    PymWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback && ref)
        return PYM_NEWREF(ref);
    PymWeakReference *wr = weakref_alloc(&pym_weakref_type, referent, callback);
    if (!wr)
        return NULL;
    /* The allocation may have run a collection that changed the list:
     * look at the basic refs afresh. */
    if (!callback) {
        get_basic_refs(*list, &ref, &proxy);
        if (ref) {
            PYM_DECREF(wr);
            return PYM_NEWREF(ref);
        }
    }
    link_weakref(wr, list, callback == NULL);
    return (PymObject *)wr;
}

PymObject *pym_weakref_new_proxy(PymObject *referent, PymObject *callback)
{
    if (!pym_type_supports_weakrefs(PYM_TYPE(referent)))
        return unsupported(referent);
    if (callback == PYM_NONE)
        callback = NULL;
    PymWeakReference **list = PYM_WEAKLIST_PTR(referent);
    PymWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback && proxy)
        return PYM_NEWREF(proxy);
    PymType *type = pym_callable_check(referent) ? &pym_weakcallableproxy_type : &pym_weakproxy_type;
    PymWeakReference *wr = weakref_alloc(type, referent, callback);
    if (!wr)
        return NULL;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback) {
        if (proxy) {
            PYM_DECREF(wr);
            return PYM_NEWREF(proxy);
        }
        /* The basic proxy goes right after the basic ref. */
        if (ref)
            insert_after(wr, ref);
        else
            insert_head(wr, list);
        return (PymObject *)wr;
    }
    link_weakref(wr, list, 0);
    return (PymObject *)wr;
}

PymObject *pym_weakref_borrow_referent(PymObject *ref)
{
    PymObject *o = WR(ref)->referent;
    return o ? o : PYM_NONE;
}

/* ---- the shared slots --------------------------------------------------- */

static void weakref_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    clear_weakref(WR(self));
    PYM_TYPE(self)->free(self);
}

static int weakref_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymObject *callback = WR(self)->callback;
    return callback ? visit(callback, arg) : 0;
}

static int weakref_clear(PymObject *self)
{
    clear_weakref(WR(self));
    return 0;
}

/* ---- weakref.ref -------------------------------------------------------- */

static int unpack_ref_args(const char *fname, PymObject *const *args, PymSize nargs,
                           PymObject **referent, PymObject **callback)
{
    if (nargs < 1) {
        pym_err_format(&pym_exc_TypeError, "%s expected at least 1 argument, got %zd", fname, nargs);
        return -1;
    }
    if (nargs > 2) {
        pym_err_format(&pym_exc_TypeError, "%s expected at most 2 arguments, got %zd", fname, nargs);
        return -1;
    }
    *referent = args[0];
    *callback = nargs > 1 ? args[1] : NULL;
    return 0;
}

/* ref(o[, callback]) — keyword arguments are the business of __init__. */
static PymObject *weakref_new(PymType *type, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    PymObject *referent, *callback;
    if (unpack_ref_args("__new__", args, nargs, &referent, &callback) < 0)
        return NULL;
    if (type == &pym_weakref_type)
        return pym_weakref_new_ref(referent, callback);
    /* Subclass instances are never shared. */
    if (!pym_type_supports_weakrefs(PYM_TYPE(referent)))
        return unsupported(referent);
    if (callback == PYM_NONE)
        callback = NULL;
    PymWeakReference *wr = weakref_alloc(type, referent, callback);
    if (!wr)
        return NULL;
    link_weakref(wr, PYM_WEAKLIST_PTR(referent), 0);
    return (PymObject *)wr;
}

static int weakref_init(PymObject *self, PymObject *const *args, PymSize nargs,
                        PymObject *kwnames)
{
    PymObject *referent, *callback;
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0) {
        pym_err_set_string(&pym_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return unpack_ref_args("__init__", args, nargs, &referent, &callback);
}

static PymObject *weakref_call(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0)
        return pym_err_format(&pym_exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs != 0)
        return pym_err_format(&pym_exc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    return PYM_NEWREF(pym_weakref_borrow_referent(self));
}

static PymHash weakref_hash(PymObject *self)
{
    PymWeakReference *wr = WR(self);
    if (wr->hash != -1)
        return wr->hash;
    PymObject *o = wr->referent;
    if (!o) {
        pym_err_set_string(&pym_exc_TypeError, "weak object has gone away");
        return -1;
    }
    PYM_INCREF(o);
    wr->hash = pym_object_hash(o);
    PYM_DECREF(o);
    return wr->hash;
}

/* Equal when both referents are alive and equal; dead refs compare by
 * identity. */
static PymObject *weakref_richcompare(PymObject *self, PymObject *other, int op)
{
    if ((op != PYM_EQ && op != PYM_NE) || !PYM_WEAKREF_CHECK(self) || !PYM_WEAKREF_CHECK(other))
        PYM_RETURN_NOTIMPLEMENTED;
    PymObject *a = WR(self)->referent, *b = WR(other)->referent;
    if (!a || !b) {
        int same = self == other;
        return pym_bool_from(op == PYM_EQ ? same : !same);
    }
    PYM_INCREF(a);
    PYM_INCREF(b);
    PymObject *r = pym_object_richcompare(a, b, op);
    PYM_DECREF(a);
    PYM_DECREF(b);
    return r;
}

static PymObject *weakref_repr(PymObject *self)
{
    PymObject *o = WR(self)->referent;
    if (!o)
        return pym_str_from_format("<weakref at %p; dead>", (void *)self);
    PYM_INCREF(o);
    PymObject *name = NULL;
    if (pym_object_lookup_attr(o, PYM_ID(__name__), &name) < 0) {
        PYM_DECREF(o);
        return NULL;
    }
    PymObject *r;
    if (name && PYM_STR_CHECK(name))
        r = pym_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                                PYM_TYPE_NAME(o), (void *)o, name);
    else
        r = pym_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self, PYM_TYPE_NAME(o),
                                (void *)o);
    PYM_XDECREF(name);
    PYM_DECREF(o);
    return r;
}

/* ref[T] in annotations: types.GenericAlias(ref, T). */
static PymObject *weakref_class_getitem(PymObject *cls, PymObject *item)
{
    PymObject *args[2] = {cls, item};
    return pym_object_call((PymObject *)&pym_genericalias_type, args, 2, NULL);
}

static PymMethodDef weakref_methods[] = {
    PYM_METHOD("__class_getitem__", weakref_class_getitem, PYM_METH_O | PYM_METH_CLASS),
    PYM_METHOD_END,
};

static PymMemberDef weakref_members[] = {
    {"__callback__", PYM_MEMBER_OBJECT, offsetof(PymWeakReference, callback), PYM_MEMBER_READONLY,
     NULL},
    {NULL},
};

PymType pym_weakref_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(PymWeakReference),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = weakref_dealloc,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new_ = weakref_new,
    .init = weakref_init,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .free = pym_gc_free,
    .methods = weakref_methods,
    .members = weakref_members,
};

/* ---- proxies ------------------------------------------------------------ */

/* The live referent of a proxy (new reference), or ReferenceError. */
static PymObject *proxy_target(PymObject *proxy)
{
    PymObject *o = WR(proxy)->referent;
    if (!o) {
        pym_err_set_string(&pym_exc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return PYM_NEWREF(o);
}

/* An operand with proxies replaced by their referents (new reference). */
static PymObject *unwrap(PymObject *o)
{
    return PYM_WEAKREF_PROXY_CHECK(o) ? proxy_target(o) : PYM_NEWREF(o);
}

static PymObject *proxy_repr(PymObject *self)
{
    PymObject *o = WR(self)->referent;
    PymObject *shown = o ? o : PYM_NONE;
    return pym_str_from_format("<weakproxy at %p to %s at %p>", (void *)self, PYM_TYPE_NAME(shown),
                               (void *)shown);
}

#define PROXY_UNARY(fname, call)                                                  \
    static PymObject *fname(PymObject *self)                                      \
    {                                                                             \
        PymObject *o = proxy_target(self);                                        \
        if (!o)                                                                   \
            return NULL;                                                          \
        PymObject *r = call(o);                                                   \
        PYM_DECREF(o);                                                            \
        return r;                                                                 \
    }

#define PROXY_BINARY(fname, call)                                                 \
    static PymObject *fname(PymObject *a, PymObject *b)                           \
    {                                                                             \
        PymObject *x = unwrap(a);                                                 \
        if (!x)                                                                   \
            return NULL;                                                          \
        PymObject *y = unwrap(b);                                                 \
        if (!y) {                                                                 \
            PYM_DECREF(x);                                                        \
            return NULL;                                                          \
        }                                                                         \
        PymObject *r = call(x, y);                                                \
        PYM_DECREF(x);                                                            \
        PYM_DECREF(y);                                                            \
        return r;                                                                 \
    }

#define PROXY_TERNARY(fname, call)                                                \
    static PymObject *fname(PymObject *a, PymObject *b, PymObject *c)             \
    {                                                                             \
        PymObject *x = unwrap(a), *y = x ? unwrap(b) : NULL;                      \
        PymObject *z = y ? unwrap(c) : NULL;                                      \
        PymObject *r = z ? call(x, y, z) : NULL;                                  \
        PYM_XDECREF(x);                                                           \
        PYM_XDECREF(y);                                                           \
        PYM_XDECREF(z);                                                           \
        return r;                                                                 \
    }

PROXY_UNARY(proxy_str, pym_object_str)
PROXY_UNARY(proxy_neg, pym_number_negative)
PROXY_UNARY(proxy_pos, pym_number_positive)
PROXY_UNARY(proxy_abs, pym_number_absolute)
PROXY_UNARY(proxy_invert, pym_number_invert)
PROXY_UNARY(proxy_int, pym_number_long)
PROXY_UNARY(proxy_float, pym_number_float)
PROXY_UNARY(proxy_index, pym_number_index)
PROXY_UNARY(proxy_iter, pym_object_get_iter)
PROXY_BINARY(proxy_add, pym_number_add)
PROXY_BINARY(proxy_sub, pym_number_subtract)
PROXY_BINARY(proxy_mul, pym_number_multiply)
PROXY_BINARY(proxy_matmul, pym_number_matrix_multiply)
PROXY_BINARY(proxy_truediv, pym_number_true_divide)
PROXY_BINARY(proxy_floordiv, pym_number_floor_divide)
PROXY_BINARY(proxy_mod, pym_number_remainder)
PROXY_BINARY(proxy_divmod, pym_number_divmod)
PROXY_BINARY(proxy_lshift, pym_number_lshift)
PROXY_BINARY(proxy_rshift, pym_number_rshift)
PROXY_BINARY(proxy_and, pym_number_and)
PROXY_BINARY(proxy_or, pym_number_or)
PROXY_BINARY(proxy_xor, pym_number_xor)
PROXY_BINARY(proxy_iadd, pym_number_inplace_add)
PROXY_BINARY(proxy_isub, pym_number_inplace_subtract)
PROXY_BINARY(proxy_imul, pym_number_inplace_multiply)
PROXY_BINARY(proxy_imatmul, pym_number_inplace_matrix_multiply)
PROXY_BINARY(proxy_itruediv, pym_number_inplace_true_divide)
PROXY_BINARY(proxy_ifloordiv, pym_number_inplace_floor_divide)
PROXY_BINARY(proxy_imod, pym_number_inplace_remainder)
PROXY_BINARY(proxy_ilshift, pym_number_inplace_lshift)
PROXY_BINARY(proxy_irshift, pym_number_inplace_rshift)
PROXY_BINARY(proxy_iand, pym_number_inplace_and)
PROXY_BINARY(proxy_ior, pym_number_inplace_or)
PROXY_BINARY(proxy_ixor, pym_number_inplace_xor)
PROXY_BINARY(proxy_getitem, pym_object_getitem)
PROXY_BINARY(proxy_getattr, pym_object_getattr)
PROXY_TERNARY(proxy_pow, pym_number_power)
PROXY_TERNARY(proxy_ipow, pym_number_inplace_power)

static PymObject *proxy_richcompare(PymObject *a, PymObject *b, int op)
{
    PymObject *x = unwrap(a), *y = x ? unwrap(b) : NULL;
    PymObject *r = y ? pym_object_richcompare(x, y, op) : NULL;
    PYM_XDECREF(x);
    PYM_XDECREF(y);
    return r;
}

static int proxy_setattr(PymObject *self, PymObject *name, PymObject *value)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = pym_object_setattr(o, name, value);
    PYM_DECREF(o);
    return r;
}

static int proxy_bool(PymObject *self)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = pym_object_is_true(o);
    PYM_DECREF(o);
    return r;
}

static PymSize proxy_length(PymObject *self)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return -1;
    PymSize n = pym_object_length(o);
    PYM_DECREF(o);
    return n;
}

static int proxy_contains(PymObject *self, PymObject *value)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = pym_sequence_contains(o, value);
    PYM_DECREF(o);
    return r;
}

static int proxy_setitem(PymObject *self, PymObject *key, PymObject *value)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = value ? pym_object_setitem(o, key, value) : pym_object_delitem(o, key);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_iternext(PymObject *self)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return NULL;
    PymObject *r = NULL;
    if (!pym_iter_check(o))
        pym_err_format(&pym_exc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                       PYM_TYPE_NAME(o));
    else
        r = pym_iter_next(o);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_call(PymObject *self, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return NULL;
    PymObject *r = pym_object_call(o, args, nargs, kwnames);
    PYM_DECREF(o);
    return r;
}

/* o.name() on the referent, for the dunders with no slot. */
static PymObject *proxy_call_method(PymObject *self, PymObject *name)
{
    PymObject *o = proxy_target(self);
    if (!o)
        return NULL;
    PymObject *r = pym_object_call_method(o, name, NULL, 0);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_bytes(PymObject *self, PymObject *unused)
{
    return proxy_call_method(self, PYM_ID(__bytes__));
}

static PymObject *proxy_reversed(PymObject *self, PymObject *unused)
{
    return proxy_call_method(self, PYM_ID(__reversed__));
}

static PymNumberMethods proxy_as_number = {
    .add = proxy_add,
    .subtract = proxy_sub,
    .multiply = proxy_mul,
    .remainder = proxy_mod,
    .divmod = proxy_divmod,
    .power = proxy_pow,
    .negative = proxy_neg,
    .positive = proxy_pos,
    .absolute = proxy_abs,
    .bool_ = proxy_bool,
    .invert = proxy_invert,
    .lshift = proxy_lshift,
    .rshift = proxy_rshift,
    .and_ = proxy_and,
    .xor_ = proxy_xor,
    .or_ = proxy_or,
    .int_ = proxy_int,
    .float_ = proxy_float,
    .inplace_add = proxy_iadd,
    .inplace_subtract = proxy_isub,
    .inplace_multiply = proxy_imul,
    .inplace_remainder = proxy_imod,
    .inplace_power = proxy_ipow,
    .inplace_lshift = proxy_ilshift,
    .inplace_rshift = proxy_irshift,
    .inplace_and = proxy_iand,
    .inplace_xor = proxy_ixor,
    .inplace_or = proxy_ior,
    .floor_divide = proxy_floordiv,
    .true_divide = proxy_truediv,
    .inplace_floor_divide = proxy_ifloordiv,
    .inplace_true_divide = proxy_itruediv,
    .index = proxy_index,
    .matrix_multiply = proxy_matmul,
    .inplace_matrix_multiply = proxy_imatmul,
};

static PymSequenceMethods proxy_as_sequence = {
    .contains = proxy_contains,
};

static PymMappingMethods proxy_as_mapping = {
    .length = proxy_length,
    .subscript = proxy_getitem,
    .ass_subscript = proxy_setitem,
};

static PymMethodDef proxy_methods[] = {
    PYM_METHOD("__bytes__", proxy_bytes, PYM_METH_NOARGS),
    PYM_METHOD("__reversed__", proxy_reversed, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

#define PROXY_TYPE_FIELDS                                   \
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),           \
    .basicsize = sizeof(PymWeakReference),                  \
    .flags = PYM_TPFLAG_HAVE_GC,                            \
    .dealloc = weakref_dealloc,                             \
    .repr = proxy_repr,                                     \
    .str = proxy_str,                                       \
    .hash = pym_object_hash_not_implemented,                \
    .richcompare = proxy_richcompare,                       \
    .getattro = proxy_getattr,                              \
    .setattro = proxy_setattr,                              \
    .iter = proxy_iter,                                     \
    .iternext = proxy_iternext,                             \
    .traverse = weakref_traverse,                           \
    .clear = weakref_clear,                                 \
    .free = pym_gc_free,                                    \
    .as_number = &proxy_as_number,                          \
    .as_sequence = &proxy_as_sequence,                      \
    .as_mapping = &proxy_as_mapping,                        \
    .methods = proxy_methods

PymType pym_weakproxy_type = {
    PROXY_TYPE_FIELDS,
    .name = "weakref.ProxyType",
};

PymType pym_weakcallableproxy_type = {
    PROXY_TYPE_FIELDS,
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
};
