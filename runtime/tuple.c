/* tuple.c — the tuple type and its iterator.
 *
 * Invariants:
 *  - Layout as CPython's: a 24-byte header then one pointer per item, so
 *    sys.getsizeof(()) == 40 and each item adds 8.
 *  - Items are owned and non-NULL once construction is done; a tuple is
 *    tracked from birth (pym_tuple_new) and the collector may untrack one
 *    that holds only atoms (pym_tuple_maybe_untrack), CPython 3.11's rule.
 *  - () is a static singleton, never tracked and never deallocated.
 *  - Items are released from the last to the first, as CPython does.
 */
#include "pym.h"
#include "container_args.h"
#include <string.h>

#define TUPLE(o) ((PymTupleObject *)(o))
#define TUPLE_HEADER_SIZE ((PymSize)offsetof(PymTupleObject, items))

/* The empty tuple lives in static storage with its GC header in front. */
static struct {
    PymGCHead gc;
    PymTupleObject tuple;
} empty_tuple_storage = {
    {0, 0},
    {PYM_STATIC_VAR_HEAD(&pym_tuple_type, 0), {NULL}},
};
#define EMPTY_TUPLE ((PymObject *)&empty_tuple_storage.tuple)

static PymObject *tuple_alloc(PymSize size)
{
    if ((size_t)size > ((size_t)CONT_SSIZE_MAX - (size_t)TUPLE_HEADER_SIZE) / sizeof(PymObject *))
        return pym_err_no_memory();
    PymObject *op = pym_gc_alloc(&pym_tuple_type,
                                 (size_t)TUPLE_HEADER_SIZE + (size_t)size * sizeof(PymObject *));
    if (op == NULL)
        return NULL;
    PYM_SIZE(op) = size;
    return op;
}

PymObject *pym_tuple_new(PymSize size)
{
    if (size < 0) {
        pym_err_bad_internal_call();
        return NULL;
    }
    if (size == 0)
        return pym_newref(EMPTY_TUPLE);
    PymObject *op = tuple_alloc(size);
    if (op == NULL)
        return NULL;
    pym_gc_track(op);
    return op;
}

PymObject *pym_tuple_from_array(PymObject *const *items, PymSize n)
{
    if (n == 0)
        return pym_newref(EMPTY_TUPLE);
    PymObject *op = tuple_alloc(n);
    if (op == NULL)
        return NULL;
    PymObject **dest = PYM_TUPLE_ITEMS(op);
    for (PymSize i = 0; i < n; i++)
        dest[i] = pym_newref(items[i]);
    pym_gc_track(op);
    return op;
}

PymObject *pym_tuple_pack(PymSize n, ...)
{
    if (n == 0)
        return pym_newref(EMPTY_TUPLE);
    PymObject *op = tuple_alloc(n);
    if (op == NULL)
        return NULL;
    va_list va;
    va_start(va, n);
    for (PymSize i = 0; i < n; i++)
        PYM_TUPLE_ITEMS(op)[i] = pym_newref(va_arg(va, PymObject *));
    va_end(va);
    pym_gc_track(op);
    return op;
}

PymObject *pym_tuple_get_slice(PymObject *t, PymSize lo, PymSize hi)
{
    if (t == NULL || !PYM_TUPLE_CHECK(t)) {
        pym_err_bad_internal_call();
        return NULL;
    }
    PymSize n = PYM_SIZE(t);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == n && PYM_TUPLE_CHECK_EXACT(t))
        return pym_newref(t);
    return pym_tuple_from_array(PYM_TUPLE_ITEMS(t) + lo, hi - lo);
}

void pym_tuple_maybe_untrack(PymObject *t)
{
    if (!PYM_TUPLE_CHECK_EXACT(t) || !pym_gc_is_tracked(t))
        return;
    for (PymSize i = PYM_SIZE(t); --i >= 0;) {
        PymObject *item = PYM_TUPLE_ITEMS(t)[i];
        /* A tuple still under construction stays tracked. */
        if (item == NULL || cont_may_be_tracked(item))
            return;
    }
    pym_gc_untrack(t);
}

int pym_tuple_resize(PymObject **pt, PymSize newsize)
{
    PymObject *t = *pt;
    if (t == NULL || !PYM_TUPLE_CHECK_EXACT(t) || newsize < 0 ||
        (PYM_REFCNT(t) != 1 && t != EMPTY_TUPLE)) {
        *pt = NULL;
        PYM_XDECREF(t);
        pym_err_bad_internal_call();
        return -1;
    }
    PymSize oldsize = PYM_SIZE(t);
    if (oldsize == newsize)
        return 0;
    if (newsize == 0) {
        PYM_DECREF(t);
        *pt = pym_newref(EMPTY_TUPLE);
        return 0;
    }
    if (t == EMPTY_TUPLE) {
        PYM_DECREF(t);
        *pt = pym_tuple_new(newsize);
        return *pt == NULL ? -1 : 0;
    }
    if ((size_t)newsize > ((size_t)CONT_SSIZE_MAX - (size_t)TUPLE_HEADER_SIZE) / sizeof(PymObject *)) {
        *pt = NULL;
        PYM_DECREF(t);
        pym_err_no_memory();
        return -1;
    }
    int was_tracked = pym_gc_is_tracked(t);
    if (was_tracked)
        pym_gc_untrack(t);
    for (PymSize i = newsize; i < oldsize; i++)
        PYM_CLEAR(PYM_TUPLE_ITEMS(t)[i]);
    PymObject *fresh = pym_gc_realloc_var(t, (size_t)TUPLE_HEADER_SIZE +
                                                 (size_t)newsize * sizeof(PymObject *));
    if (fresh == NULL) {
        *pt = NULL;
        PYM_SIZE(t) = newsize < oldsize ? newsize : oldsize;
        PYM_DECREF(t);
        pym_err_no_memory();
        return -1;
    }
    if (newsize > oldsize)
        memset(PYM_TUPLE_ITEMS(fresh) + oldsize, 0,
               (size_t)(newsize - oldsize) * sizeof(PymObject *));
    PYM_SIZE(fresh) = newsize;
    if (was_tracked)
        pym_gc_track(fresh);
    *pt = fresh;
    return 0;
}

static void tuple_dealloc(PymObject *self)
{
    if (self == EMPTY_TUPLE) {
        /* Unbalanced decrefs of (); keep the singleton alive. */
        PYM_REFCNT(self) = 1;
        return;
    }
    cont_untrack(self);
    PYM_TRASHCAN_BEGIN(self, tuple_dealloc)
    PymSize i = PYM_SIZE(self);
    while (--i >= 0)
        PYM_XDECREF(PYM_TUPLE_ITEMS(self)[i]);
    PYM_TYPE(self)->free(self);
    PYM_TRASHCAN_END;
}

static int tuple_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    for (PymSize i = PYM_SIZE(self); --i >= 0;)
        CONT_VISIT(PYM_TUPLE_ITEMS(self)[i]);
    return 0;
}

/* ---- hash: CPython's xxHash-based tuple hash (64-bit constants) ---------- */

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

enum { MAX_NESTED_HASH_DEPTH = 20000 };
static int nested_hash_depth;

PymHash pym_tuple_hash_items(PymObject *const *items, PymSize n)
{
    uint64_t acc = XXPRIME_5;
    for (PymSize i = 0; i < n; i++) {
        PymHash h;
        if (PYM_TUPLE_CHECK(items[i])) {
            /* Nested tuples hash recursively in C.  CPython hashes them at
             * any depth its C stack allows and crashes beyond; pym allows a
             * depth that fits the stack comfortably and raises after it. */
            if (nested_hash_depth >= MAX_NESTED_HASH_DEPTH) {
                pym_err_set_string(&pym_exc_RecursionError,
                                   "maximum recursion depth exceeded while getting the hash of "
                                   "an object");
                return -1;
            }
            nested_hash_depth++;
            h = pym_object_hash(items[i]);
            nested_hash_depth--;
        } else {
            h = pym_object_hash(items[i]);
        }
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* The length, mangled so that hash(()) keeps its historical value. */
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (PymHash)acc;
}

static PymHash tuple_hash(PymObject *self)
{
    return pym_tuple_hash_items(PYM_TUPLE_ITEMS(self), PYM_SIZE(self));
}

/* ---- sequence slots ------------------------------------------------------ */

static PymSize tuple_length(PymObject *self)
{
    return PYM_SIZE(self);
}

static int tuple_contains(PymObject *self, PymObject *value)
{
    for (PymSize i = 0; i < PYM_SIZE(self); i++) {
        int cmp = pym_object_richcompare_bool(PYM_TUPLE_ITEMS(self)[i], value, PYM_EQ);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static PymObject *tuple_item(PymObject *self, PymSize i)
{
    if ((size_t)i >= (size_t)PYM_SIZE(self)) {
        pym_err_set_string(&pym_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return pym_newref(PYM_TUPLE_ITEMS(self)[i]);
}

static PymObject *tuple_concat(PymObject *a, PymObject *b)
{
    if (!PYM_TUPLE_CHECK(b)) {
        return pym_err_format(&pym_exc_TypeError,
                              "can only concatenate tuple (not \"%.200s\") to tuple",
                              PYM_TYPE_NAME(b));
    }
    if (PYM_SIZE(b) == 0 && PYM_TUPLE_CHECK_EXACT(a))
        return pym_newref(a);
    if (PYM_SIZE(a) == 0 && PYM_TUPLE_CHECK_EXACT(b))
        return pym_newref(b);
    PymSize na = PYM_SIZE(a), nb = PYM_SIZE(b);
    if (na > CONT_SSIZE_MAX - nb)
        return pym_err_no_memory();
    PymObject *np = tuple_alloc(na + nb);
    if (np == NULL)
        return NULL;
    PymObject **dest = PYM_TUPLE_ITEMS(np);
    for (PymSize i = 0; i < na; i++)
        dest[i] = pym_newref(PYM_TUPLE_ITEMS(a)[i]);
    for (PymSize i = 0; i < nb; i++)
        dest[na + i] = pym_newref(PYM_TUPLE_ITEMS(b)[i]);
    pym_gc_track(np);
    return np;
}

static PymObject *tuple_repeat(PymObject *a, PymSize n)
{
    PymSize size = PYM_SIZE(a);
    if (size == 0 || n == 1) {
        if (PYM_TUPLE_CHECK_EXACT(a))
            return pym_newref(a);
        if (size == 0)
            return pym_newref(EMPTY_TUPLE);
    }
    if (n <= 0 || size == 0)
        return pym_newref(EMPTY_TUPLE);
    if (size > CONT_SSIZE_MAX / n)
        return pym_err_no_memory();
    PymObject *np = tuple_alloc(size * n);
    if (np == NULL)
        return NULL;
    PymObject **dest = PYM_TUPLE_ITEMS(np);
    for (PymSize r = 0; r < n; r++)
        for (PymSize i = 0; i < size; i++)
            *dest++ = pym_newref(PYM_TUPLE_ITEMS(a)[i]);
    pym_gc_track(np);
    return np;
}

static PymObject *tuple_subscript(PymObject *self, PymObject *key)
{
    int64_t small;
    if (cont_small_int(key, &small)) {
        if (small < 0)
            small += PYM_SIZE(self);
        return tuple_item(self, (PymSize)small);
    }
    if (cont_has_index(key)) {
        PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
        if (i == -1 && pym_err_occurred())
            return NULL;
        if (i < 0)
            i += PYM_SIZE(self);
        return tuple_item(self, i);
    }
    if (PYM_SLICE_CHECK(key)) {
        PymSize start, stop, step;
        PymSize len = pym_slice_indices(key, PYM_SIZE(self), &start, &stop, &step);
        if (len < 0)
            return NULL;
        if (len <= 0)
            return pym_newref(EMPTY_TUPLE);
        if (start == 0 && step == 1 && len == PYM_SIZE(self) && PYM_TUPLE_CHECK_EXACT(self))
            return pym_newref(self);
        PymObject *result = tuple_alloc(len);
        if (result == NULL)
            return NULL;
        PymObject **src = PYM_TUPLE_ITEMS(self), **dest = PYM_TUPLE_ITEMS(result);
        for (PymSize cur = start, i = 0; i < len; cur += step, i++)
            dest[i] = pym_newref(src[cur]);
        pym_gc_track(result);
        return result;
    }
    return pym_err_format(&pym_exc_TypeError, "tuple indices must be integers or slices, not %.200s",
                          PYM_TYPE_NAME(key));
}

/* ---- repr and comparison ------------------------------------------------- */

static PymObject *tuple_repr(PymObject *self)
{
    PymSize n = PYM_SIZE(self);
    if (n == 0)
        return pym_str_from_cstr("()");
    /* Tuples cannot be recursive without help from a list or another
     * container; the guard still stops that cycle at the tuple. */
    int r = pym_repr_enter(self);
    if (r != 0)
        return r > 0 ? pym_str_from_cstr("(...)") : NULL;
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (pym_str_writer_write_char(&w, '(') < 0)
        goto error;
    for (PymSize i = 0; i < n; i++) {
        if (i > 0 && pym_str_writer_write_cstr(&w, ", ") < 0)
            goto error;
        if (pym_enter_recursive_call(" while getting the repr of an object"))
            goto error;
        PymObject *s = pym_object_repr(PYM_TUPLE_ITEMS(self)[i]);
        pym_leave_recursive_call();
        if (s == NULL)
            goto error;
        int wr = pym_str_writer_write_str(&w, s);
        PYM_DECREF(s);
        if (wr < 0)
            goto error;
    }
    if (pym_str_writer_write_cstr(&w, n == 1 ? ",)" : ")") < 0)
        goto error;
    pym_repr_leave(self);
    return pym_str_writer_finish(&w);
error:
    pym_str_writer_discard(&w);
    pym_repr_leave(self);
    return NULL;
}

static PymObject *tuple_richcompare(PymObject *v, PymObject *w, int op)
{
    if (!PYM_TUPLE_CHECK(v) || !PYM_TUPLE_CHECK(w))
        PYM_RETURN_NOTIMPLEMENTED;
    PymSize vlen = PYM_SIZE(v), wlen = PYM_SIZE(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = pym_object_richcompare_bool(PYM_TUPLE_ITEMS(v)[i], PYM_TUPLE_ITEMS(w)[i], PYM_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vlen || i >= wlen) {
        int r;
        switch (op) {
        case PYM_LT: r = vlen < wlen; break;
        case PYM_LE: r = vlen <= wlen; break;
        case PYM_EQ: r = vlen == wlen; break;
        case PYM_NE: r = vlen != wlen; break;
        case PYM_GT: r = vlen > wlen; break;
        default: r = vlen >= wlen; break;
        }
        return pym_bool_from(r);
    }
    if (op == PYM_EQ)
        PYM_RETURN_FALSE;
    if (op == PYM_NE)
        PYM_RETURN_TRUE;
    return pym_object_richcompare(PYM_TUPLE_ITEMS(v)[i], PYM_TUPLE_ITEMS(w)[i], op);
}

/* ---- methods ------------------------------------------------------------- */

static PymObject *tuple_index_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (cont_check_positional("index", nargs, 1, 3) < 0)
        return NULL;
    PymSize n = PYM_SIZE(self), start = 0, stop = CONT_SSIZE_MAX;
    if (nargs > 1 && cont_clamped_index(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && cont_clamped_index(args[2], &stop) < 0)
        return NULL;
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0)
        stop += n;
    else if (stop > n)
        stop = n;
    for (PymSize i = start; i < stop; i++) {
        int cmp = pym_object_richcompare_bool(PYM_TUPLE_ITEMS(self)[i], args[0], PYM_EQ);
        if (cmp > 0)
            return pym_int_from_ssize(i);
        if (cmp < 0)
            return NULL;
    }
    pym_err_set_string(&pym_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static PymObject *tuple_count_meth(PymObject *self, PymObject *value)
{
    PymSize count = 0;
    for (PymSize i = 0; i < PYM_SIZE(self); i++) {
        int cmp = pym_object_richcompare_bool(PYM_TUPLE_ITEMS(self)[i], value, PYM_EQ);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return pym_int_from_ssize(count);
}

static PymObject *tuple_getnewargs_meth(PymObject *self, PymObject *unused)
{
    PymObject *copy = pym_tuple_from_array(PYM_TUPLE_ITEMS(self), PYM_SIZE(self));
    if (copy == NULL)
        return NULL;
    PymObject *result = pym_tuple_pack(1, copy);
    PYM_DECREF(copy);
    return result;
}

static PymObject *tuple_sizeof_meth(PymObject *self, PymObject *unused)
{
    PymType *t = PYM_TYPE(self);
    return pym_int_from_ssize(t->basicsize + PYM_SIZE(self) * t->itemsize);
}

/* ---- construction -------------------------------------------------------- */

/* tuple(iterable) for an exact tuple result. */
static PymObject *tuple_from_iterable(PymObject *iterable)
{
    if (PYM_TUPLE_CHECK_EXACT(iterable))
        return pym_newref(iterable);
    if (PYM_LIST_CHECK(iterable))
        return pym_tuple_from_array(PYM_LIST_ITEMS(iterable), PYM_SIZE(iterable));
    PymObject *it = pym_object_get_iter(iterable);
    if (it == NULL)
        return NULL;
    PymSize n = pym_object_length_hint(iterable, 10);
    if (n < 0) {
        PYM_DECREF(it);
        return NULL;
    }
    PymObject *result = pym_tuple_new(n);
    if (result == NULL) {
        PYM_DECREF(it);
        return NULL;
    }
    PymSize j = 0;
    for (;; j++) {
        PymObject *item = pym_iter_next(it);
        if (item == NULL) {
            if (pym_err_occurred())
                goto error;
            break;
        }
        if (j >= n) {
            PymSize grown = n + 10;
            grown += grown >> 2;
            if (grown < n) { /* overflow */
                PYM_DECREF(item);
                pym_err_no_memory();
                goto error;
            }
            n = grown;
            if (pym_tuple_resize(&result, n) < 0) {
                PYM_DECREF(item);
                PYM_DECREF(it);
                return NULL;
            }
        }
        PYM_TUPLE_ITEMS(result)[j] = item;
    }
    if (j < n && pym_tuple_resize(&result, j) < 0) {
        PYM_DECREF(it);
        return NULL;
    }
    PYM_DECREF(it);
    return result;
error:
    PYM_DECREF(result);
    PYM_DECREF(it);
    return NULL;
}

static PymObject *tuple_new(PymType *type, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames)
{
    if (type == &pym_tuple_type && cont_no_kwargs("tuple", kwnames) < 0)
        return NULL;
    if (cont_check_positional("tuple", nargs, 0, 1) < 0)
        return NULL;
    PymObject *tmp = nargs == 0 ? pym_newref(EMPTY_TUPLE) : tuple_from_iterable(args[0]);
    if (tmp == NULL || type == &pym_tuple_type)
        return tmp;
    /* A subclass instance: copy the items into an object of that type. */
    PymSize n = PYM_SIZE(tmp);
    PymObject *self = pym_type_generic_alloc(type, n);
    if (self != NULL) {
        PYM_SIZE(self) = n;
        for (PymSize i = 0; i < n; i++)
            PYM_TUPLE_ITEMS(self)[i] = pym_newref(PYM_TUPLE_ITEMS(tmp)[i]);
        pym_gc_track(self);
    }
    PYM_DECREF(tmp);
    return self;
}

static PymObject *tuple_iter(PymObject *seq);

static PymSequenceMethods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

static PymMappingMethods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};

static PymMethodDef tuple_methods[] = {
    PYM_METHOD("index", tuple_index_meth, PYM_METH_FASTCALL),
    PYM_METHOD("count", tuple_count_meth, PYM_METH_O),
    PYM_METHOD("__getnewargs__", tuple_getnewargs_meth, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", tuple_sizeof_meth, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_tuple_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "tuple",
    .basicsize = offsetof(PymTupleObject, items),
    .itemsize = sizeof(PymObject *),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_TUPLE_SUBCLASS,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .traverse = tuple_traverse,
    .free = pym_gc_free,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
};

/* ---- iterator ------------------------------------------------------------ */

typedef struct TupleIterObject {
    PYM_OBJECT_HEAD;
    PymSize index;
    PymObject *seq; /* NULL when exhausted */
} TupleIterObject;

static PymObject *tuple_iter(PymObject *seq)
{
    TupleIterObject *it =
        (TupleIterObject *)pym_gc_alloc(&pym_tuple_iter_type, sizeof(TupleIterObject));
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = pym_newref(seq);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void tupleiter_dealloc(PymObject *self)
{
    cont_untrack(self);
    PYM_XDECREF(((TupleIterObject *)self)->seq);
    PYM_TYPE(self)->free(self);
}

static int tupleiter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CONT_VISIT(((TupleIterObject *)self)->seq);
    return 0;
}

static int tupleiter_clear(PymObject *self)
{
    PYM_CLEAR(((TupleIterObject *)self)->seq);
    return 0;
}

static PymObject *tupleiter_next(PymObject *self)
{
    TupleIterObject *it = (TupleIterObject *)self;
    PymObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index < PYM_SIZE(seq))
        return pym_newref(PYM_TUPLE_ITEMS(seq)[it->index++]);
    it->seq = NULL;
    PYM_DECREF(seq);
    return NULL;
}

static PymObject *tupleiter_length_hint(PymObject *self, PymObject *unused)
{
    TupleIterObject *it = (TupleIterObject *)self;
    PymSize n = it->seq ? PYM_SIZE(it->seq) - it->index : 0;
    return pym_int_from_ssize(n < 0 ? 0 : n);
}

static PymMethodDef tupleiter_methods[] = {
    PYM_METHOD("__length_hint__", tupleiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_tuple_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = tupleiter_dealloc,
    .iter = cont_self_iter,
    .iternext = tupleiter_next,
    .traverse = tupleiter_traverse,
    .clear = tupleiter_clear,
    .free = pym_gc_free,
    .methods = tupleiter_methods,
};
