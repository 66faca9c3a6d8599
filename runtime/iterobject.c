/* iterobject.c — the generic iterator types: the sequence iterator
 * (iter() over __getitem__), the callable iterator (iter(f, sentinel)),
 * enumerate, zip (with strict=), map, filter and reversed.
 *
 * Invariants:
 *  - Every type here holds references and is a GC type; an exhausted
 *    iterator drops what it held and keeps returning the end.
 *  - enumerate and zip reuse their result tuple when nobody else holds it
 *    (CPython's trick: the loop variable usually unpacks it at once).
 *  - Messages are CPython 3.11's.
 */
#include "object_internal.h"
#include "pym.h"
#include "container_args.h"

static int stop_iteration_or_index_error(void)
{
    return pym_err_exception_matches(&pym_exc_IndexError) ||
           pym_err_exception_matches(&pym_exc_StopIteration);
}

/* Next item from an iterator whose end (NULL, no exception, or
 * StopIteration) is normalised to NULL without exception. */
static PymObject *iter_step(PymObject *it)
{
    PymObject *item = PYM_TYPE(it)->iternext(it);
    if (item == NULL && pym_err_occurred() && pym_err_exception_matches(&pym_exc_StopIteration))
        pym_err_clear();
    return item;
}

/* Refill a 1-reference result tuple in place, or make a new one.  Takes
 * over the n item references. */
static PymObject *reuse_or_new_tuple(PymObject **slot, PymObject **items, PymSize n)
{
    PymObject *result = *slot;
    if (result != NULL && PYM_REFCNT(result) == 1) {
        PYM_INCREF(result);
        for (PymSize i = 0; i < n; i++) {
            PymObject *old = PYM_TUPLE_ITEMS(result)[i];
            PYM_TUPLE_ITEMS(result)[i] = items[i];
            PYM_XDECREF(old);
        }
        /* The collector may have untracked it while it held atoms. */
        if (!pym_gc_is_tracked(result))
            pym_gc_track(result);
        return result;
    }
    result = pym_tuple_new(n);
    if (result == NULL) {
        for (PymSize i = 0; i < n; i++)
            PYM_DECREF(items[i]);
        return NULL;
    }
    for (PymSize i = 0; i < n; i++)
        PYM_TUPLE_ITEMS(result)[i] = items[i];
    return result;
}

/* ---- sequence iterator ------------------------------------------------------ */

typedef struct SeqIterObject {
    PYM_OBJECT_HEAD;
    PymSize index;
    PymObject *seq; /* NULL when exhausted */
} SeqIterObject;

PymObject *pym_seq_iter_new(PymObject *seq)
{
    SeqIterObject *it = (SeqIterObject *)pym_gc_alloc(&pym_seq_iter_type, sizeof(SeqIterObject));
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = pym_newref(seq);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void seqiter_dealloc(PymObject *self)
{
    cont_untrack(self);
    PYM_XDECREF(((SeqIterObject *)self)->seq);
    PYM_TYPE(self)->free(self);
}

static int seqiter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CONT_VISIT(((SeqIterObject *)self)->seq);
    return 0;
}

static int seqiter_clear(PymObject *self)
{
    PYM_CLEAR(((SeqIterObject *)self)->seq);
    return 0;
}

static PymObject *seqiter_next(PymObject *self)
{
    SeqIterObject *it = (SeqIterObject *)self;
    PymObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index == CONT_SSIZE_MAX) {
        pym_err_set_string(&pym_exc_OverflowError, "iter index too large");
        return NULL;
    }
    PymObject *result = pym_sequence_getitem(seq, it->index);
    if (result != NULL) {
        it->index++;
        return result;
    }
    if (stop_iteration_or_index_error()) {
        pym_err_clear();
        it->seq = NULL;
        PYM_DECREF(seq);
    }
    return NULL;
}

static PymObject *seqiter_length_hint(PymObject *self, PymObject *unused)
{
    SeqIterObject *it = (SeqIterObject *)self;
    if (it->seq == NULL)
        return pym_int_from_i64(0);
    PymSequenceMethods *sq = PYM_TYPE(it->seq)->as_sequence;
    PymMappingMethods *mp = PYM_TYPE(it->seq)->as_mapping;
    if ((sq && sq->length) || (mp && mp->length)) {
        PymSize len = pym_object_length(it->seq);
        if (len == -1)
            return NULL;
        len -= it->index;
        return pym_int_from_ssize(len < 0 ? 0 : len);
    }
    return pym_newref(PYM_NOTIMPLEMENTED);
}

static PymMethodDef seqiter_methods[] = {
    PYM_METHOD("__length_hint__", seqiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_seq_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = seqiter_dealloc,
    .iter = cont_self_iter,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .free = pym_gc_free,
    .methods = seqiter_methods,
};

/* ---- callable iterator -------------------------------------------------------- */

typedef struct CallIterObject {
    PYM_OBJECT_HEAD;
    PymObject *callable; /* both NULL when exhausted */
    PymObject *sentinel;
} CallIterObject;

PymObject *pym_callable_iter_new(PymObject *callable, PymObject *sentinel)
{
    CallIterObject *it =
        (CallIterObject *)pym_gc_alloc(&pym_callable_iter_type, sizeof(CallIterObject));
    if (it == NULL)
        return NULL;
    it->callable = pym_newref(callable);
    it->sentinel = pym_newref(sentinel);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void calliter_dealloc(PymObject *self)
{
    CallIterObject *it = (CallIterObject *)self;
    cont_untrack(self);
    PYM_XDECREF(it->callable);
    PYM_XDECREF(it->sentinel);
    PYM_TYPE(self)->free(self);
}

static int calliter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CallIterObject *it = (CallIterObject *)self;
    CONT_VISIT(it->callable);
    CONT_VISIT(it->sentinel);
    return 0;
}

static int calliter_clear(PymObject *self)
{
    CallIterObject *it = (CallIterObject *)self;
    PYM_CLEAR(it->callable);
    PYM_CLEAR(it->sentinel);
    return 0;
}

static PymObject *calliter_next(PymObject *self)
{
    CallIterObject *it = (CallIterObject *)self;
    if (it->callable == NULL)
        return NULL;
    PymObject *result = pym_object_call0(it->callable);
    if (result != NULL) {
        int ok = pym_object_richcompare_bool(it->sentinel, result, PYM_EQ);
        if (ok == 0)
            return result;
        PYM_DECREF(result);
        if (ok > 0)
            calliter_clear(self);
    } else if (pym_err_exception_matches(&pym_exc_StopIteration)) {
        pym_err_clear();
        calliter_clear(self);
    }
    return NULL;
}

PymType pym_callable_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = calliter_dealloc,
    .iter = cont_self_iter,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .free = pym_gc_free,
};

/* ---- enumerate --------------------------------------------------------------- */

typedef struct EnumerateObject {
    PYM_OBJECT_HEAD;
    PymSize index;          /* next index while it fits */
    PymObject *iterator;
    PymObject *result;      /* reusable (index, item) tuple */
    PymObject *long_index;  /* the index as an int once past ssize, else NULL */
    PymObject *one;         /* int 1 for counting past ssize (CPython's layout) */
} EnumerateObject;

static PymObject *enumerate_new(PymType *type, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    PymObject *iterable = nargs > 0 ? args[0] : NULL;
    PymObject *start = nargs > 1 ? args[1] : NULL;
    PymSize nkw = cont_kwcount(kwnames);
    if (nargs + nkw > 2) {
        return pym_err_format(&pym_exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                              nargs + nkw);
    }
    for (PymSize i = 0; i < nkw; i++) {
        PymObject *name = PYM_TUPLE_BORROW_ITEM(kwnames, i);
        PymObject *value = args[nargs + i];
        if (cont_name_is(name, PYM_ID(start)) && start == NULL) {
            start = value;
        } else if (pym_str_equal_cstr(name, "iterable") && iterable == NULL) {
            iterable = value;
        } else if (pym_str_equal_cstr(name, "iterable") || cont_name_is(name, PYM_ID(start))) {
            return pym_err_format(&pym_exc_TypeError,
                                  "argument for enumerate() given by name ('%U') and position (%d)",
                                  name, cont_name_is(name, PYM_ID(start)) ? 2 : 1);
        } else {
            return pym_err_format(&pym_exc_TypeError,
                                  "'%U' is an invalid keyword argument for enumerate()", name);
        }
    }
    if (iterable == NULL) {
        pym_err_set_string(&pym_exc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    PymSize index = 0;
    PymObject *long_index = NULL;
    if (start != NULL) {
        PymObject *s = pym_number_index(start);
        if (s == NULL)
            return NULL;
        int64_t v;
        if (cont_small_int(s, &v)) {
            index = (PymSize)v;
            PYM_DECREF(s);
        } else {
            index = CONT_SSIZE_MAX;
            long_index = s;
        }
    }
    PymObject *it = pym_object_get_iter(iterable);
    if (it == NULL) {
        PYM_XDECREF(long_index);
        return NULL;
    }
    PymObject *result = pym_tuple_pack(2, PYM_NONE, PYM_NONE);
    if (result == NULL) {
        PYM_DECREF(it);
        PYM_XDECREF(long_index);
        return NULL;
    }
    EnumerateObject *en = (EnumerateObject *)pym_type_generic_alloc(type, 0);
    if (en == NULL) {
        PYM_DECREF(it);
        PYM_DECREF(result);
        PYM_XDECREF(long_index);
        return NULL;
    }
    en->index = index;
    en->iterator = it;
    en->result = result;
    en->long_index = long_index;
    en->one = pym_int_from_i64(1);
    pym_gc_track((PymObject *)en);
    return (PymObject *)en;
}

static void enumerate_dealloc(PymObject *self)
{
    EnumerateObject *en = (EnumerateObject *)self;
    cont_untrack(self);
    PYM_XDECREF(en->iterator);
    PYM_XDECREF(en->result);
    PYM_XDECREF(en->long_index);
    PYM_XDECREF(en->one);
    PYM_TYPE(self)->free(self);
}

static int enumerate_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    EnumerateObject *en = (EnumerateObject *)self;
    CONT_VISIT(en->iterator);
    CONT_VISIT(en->result);
    CONT_VISIT(en->long_index);
    return 0;
}

static int enumerate_clear(PymObject *self)
{
    EnumerateObject *en = (EnumerateObject *)self;
    PYM_CLEAR(en->iterator);
    PYM_CLEAR(en->result);
    PYM_CLEAR(en->long_index);
    return 0;
}

static PymObject *enumerate_next(PymObject *self)
{
    EnumerateObject *en = (EnumerateObject *)self;
    if (en->iterator == NULL)
        return NULL;
    PymObject *item = PYM_TYPE(en->iterator)->iternext(en->iterator);
    if (item == NULL)
        return NULL;
    PymObject *index;
    if (en->index == CONT_SSIZE_MAX) {
        /* Past machine words: count with ints. */
        if (en->long_index == NULL) {
            en->long_index = pym_int_from_ssize(CONT_SSIZE_MAX);
            if (en->long_index == NULL) {
                PYM_DECREF(item);
                return NULL;
            }
        }
        index = pym_newref(en->long_index);
        PymObject *next = pym_number_add(en->long_index, en->one);
        if (next == NULL) {
            PYM_DECREF(index);
            PYM_DECREF(item);
            return NULL;
        }
        PYM_SETREF(en->long_index, next);
    } else {
        index = pym_int_from_ssize(en->index);
        if (index == NULL) {
            PYM_DECREF(item);
            return NULL;
        }
        en->index++;
    }
    PymObject *items[2] = {index, item};
    return reuse_or_new_tuple(&en->result, items, 2);
}

PymType pym_enumerate_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = enumerate_dealloc,
    .iter = cont_self_iter,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .free = pym_gc_free,
    .doc = "Return an enumerate object.",
};

/* ---- zip ---------------------------------------------------------------------- */

typedef struct ZipObject {
    PYM_OBJECT_HEAD;
    PymSize tuplesize;
    PymObject *ittuple; /* tuple of iterators */
    PymObject *result;  /* reusable result tuple */
    int strict;
} ZipObject;

static PymObject *zip_new(PymType *type, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames)
{
    int strict = 0;
    if (cont_kwcount(kwnames) > 1)
        return pym_err_format(&pym_exc_TypeError, "zip() takes at most 1 keyword argument (%zd given)",
                              cont_kwcount(kwnames));
    for (PymSize i = 0; i < cont_kwcount(kwnames); i++) {
        PymObject *name = PYM_TUPLE_BORROW_ITEM(kwnames, i);
        if (!cont_name_is(name, PYM_ID(strict)))
            return pym_err_format(&pym_exc_TypeError,
                                  "'%U' is an invalid keyword argument for zip()", name);
        strict = pym_object_is_true(args[nargs + i]);
        if (strict < 0)
            return NULL;
    }
    PymObject *ittuple = pym_tuple_new(nargs);
    if (ittuple == NULL)
        return NULL;
    for (PymSize i = 0; i < nargs; i++) {
        PymObject *it = pym_object_get_iter(args[i]);
        if (it == NULL) {
            PYM_DECREF(ittuple);
            return NULL;
        }
        PYM_TUPLE_SET_ITEM_STEAL(ittuple, i, it);
    }
    PymObject *result = pym_tuple_new(nargs);
    if (result == NULL) {
        PYM_DECREF(ittuple);
        return NULL;
    }
    for (PymSize i = 0; i < nargs; i++)
        PYM_TUPLE_SET_ITEM_STEAL(result, i, pym_newref(PYM_NONE));
    ZipObject *z = (ZipObject *)pym_type_generic_alloc(type, 0);
    if (z == NULL) {
        PYM_DECREF(ittuple);
        PYM_DECREF(result);
        return NULL;
    }
    z->tuplesize = nargs;
    z->ittuple = ittuple;
    z->result = result;
    z->strict = strict;
    pym_gc_track((PymObject *)z);
    return (PymObject *)z;
}

static void zip_dealloc(PymObject *self)
{
    ZipObject *z = (ZipObject *)self;
    cont_untrack(self);
    PYM_XDECREF(z->ittuple);
    PYM_XDECREF(z->result);
    PYM_TYPE(self)->free(self);
}

static int zip_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    ZipObject *z = (ZipObject *)self;
    CONT_VISIT(z->ittuple);
    CONT_VISIT(z->result);
    return 0;
}

static int zip_clear(PymObject *self)
{
    ZipObject *z = (ZipObject *)self;
    PYM_CLEAR(z->ittuple);
    PYM_CLEAR(z->result);
    return 0;
}

/* strict=True and iterator i ran out first (or the first ran out): check
 * that all of them are exhausted together. */
static PymObject *zip_strict_check(ZipObject *z, PymSize i)
{
    if (pym_err_occurred())
        return NULL;
    if (i) {
        return pym_err_format(&pym_exc_ValueError,
                              "zip() argument %zd is shorter than argument%s%zd", i + 1,
                              i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < z->tuplesize; i++) {
        PymObject *it = PYM_TUPLE_ITEMS(z->ittuple)[i];
        PymObject *item = iter_step(it);
        if (item != NULL) {
            PYM_DECREF(item);
            return pym_err_format(&pym_exc_ValueError,
                                  "zip() argument %zd is longer than argument%s%zd", i + 1,
                                  i == 1 ? " " : "s 1-", i);
        }
        if (pym_err_occurred())
            return NULL;
    }
    return NULL;
}

static PymObject *zip_next(PymObject *self)
{
    ZipObject *z = (ZipObject *)self;
    PymSize n = z->tuplesize;
    if (n == 0 || z->ittuple == NULL)
        return NULL;
    PymObject *small[8];
    PymObject **items = n <= 8 ? small : pym_mem_malloc((size_t)n * sizeof(PymObject *));
    if (items == NULL)
        return pym_err_no_memory();
    PymObject *result = NULL;
    PymSize i;
    for (i = 0; i < n; i++) {
        PymObject *it = PYM_TUPLE_ITEMS(z->ittuple)[i];
        PymObject *item = z->strict ? iter_step(it) : PYM_TYPE(it)->iternext(it);
        if (item == NULL) {
            for (PymSize j = 0; j < i; j++)
                PYM_DECREF(items[j]);
            if (z->strict)
                zip_strict_check(z, i);
            goto done;
        }
        items[i] = item;
    }
    result = reuse_or_new_tuple(&z->result, items, n);
done:
    if (items != small)
        pym_mem_free(items);
    return result;
}

PymType pym_zip_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = zip_dealloc,
    .iter = cont_self_iter,
    .iternext = zip_next,
    .new_ = zip_new,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .free = pym_gc_free,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

/* ---- map -------------------------------------------------------------------------- */

typedef struct MapObject {
    PYM_OBJECT_HEAD;
    PymObject *iters; /* tuple of iterators */
    PymObject *func;
} MapObject;

static PymObject *map_new(PymType *type, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames)
{
    if (type == &pym_map_type && cont_no_kwargs("map", kwnames) < 0)
        return NULL;
    if (nargs < 2) {
        pym_err_set_string(&pym_exc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    PymObject *iters = pym_tuple_new(nargs - 1);
    if (iters == NULL)
        return NULL;
    for (PymSize i = 1; i < nargs; i++) {
        PymObject *it = pym_object_get_iter(args[i]);
        if (it == NULL) {
            PYM_DECREF(iters);
            return NULL;
        }
        PYM_TUPLE_SET_ITEM_STEAL(iters, i - 1, it);
    }
    MapObject *m = (MapObject *)pym_type_generic_alloc(type, 0);
    if (m == NULL) {
        PYM_DECREF(iters);
        return NULL;
    }
    m->iters = iters;
    m->func = pym_newref(args[0]);
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

static void map_dealloc(PymObject *self)
{
    MapObject *m = (MapObject *)self;
    cont_untrack(self);
    PYM_XDECREF(m->iters);
    PYM_XDECREF(m->func);
    PYM_TYPE(self)->free(self);
}

static int map_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    MapObject *m = (MapObject *)self;
    CONT_VISIT(m->iters);
    CONT_VISIT(m->func);
    return 0;
}

static int map_clear(PymObject *self)
{
    MapObject *m = (MapObject *)self;
    PYM_CLEAR(m->iters);
    PYM_CLEAR(m->func);
    return 0;
}

static PymObject *map_next(PymObject *self)
{
    MapObject *m = (MapObject *)self;
    if (m->iters == NULL)
        return NULL;
    PymSize n = PYM_SIZE(m->iters);
    PymObject *small[8];
    PymObject **stack = n <= 8 ? small : pym_mem_malloc((size_t)n * sizeof(PymObject *));
    if (stack == NULL)
        return pym_err_no_memory();
    PymObject *result = NULL;
    PymSize got = 0;
    for (; got < n; got++) {
        PymObject *it = PYM_TUPLE_ITEMS(m->iters)[got];
        PymObject *item = PYM_TYPE(it)->iternext(it);
        if (item == NULL)
            goto done;
        stack[got] = item;
    }
    result = pym_object_call(m->func, stack, n, NULL);
done:
    for (PymSize i = 0; i < got; i++)
        PYM_DECREF(stack[i]);
    if (stack != small)
        pym_mem_free(stack);
    return result;
}

PymType pym_map_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "map",
    .basicsize = sizeof(MapObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = map_dealloc,
    .iter = cont_self_iter,
    .iternext = map_next,
    .new_ = map_new,
    .traverse = map_traverse,
    .clear = map_clear,
    .free = pym_gc_free,
    .doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the "
           "function using arguments from\neach of the iterables.  Stops when the shortest "
           "iterable is exhausted.",
};

/* ---- filter ---------------------------------------------------------------------- */

typedef struct FilterObject {
    PYM_OBJECT_HEAD;
    PymObject *func;
    PymObject *it;
} FilterObject;

static PymObject *filter_new(PymType *type, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    if (type == &pym_filter_type && cont_no_kwargs("filter", kwnames) < 0)
        return NULL;
    if (cont_check_positional("filter", nargs, 2, 2) < 0)
        return NULL;
    PymObject *it = pym_object_get_iter(args[1]);
    if (it == NULL)
        return NULL;
    FilterObject *f = (FilterObject *)pym_type_generic_alloc(type, 0);
    if (f == NULL) {
        PYM_DECREF(it);
        return NULL;
    }
    f->func = pym_newref(args[0]);
    f->it = it;
    pym_gc_track((PymObject *)f);
    return (PymObject *)f;
}

static void filter_dealloc(PymObject *self)
{
    FilterObject *f = (FilterObject *)self;
    cont_untrack(self);
    PYM_XDECREF(f->func);
    PYM_XDECREF(f->it);
    PYM_TYPE(self)->free(self);
}

static int filter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    FilterObject *f = (FilterObject *)self;
    CONT_VISIT(f->func);
    CONT_VISIT(f->it);
    return 0;
}

static int filter_clear(PymObject *self)
{
    FilterObject *f = (FilterObject *)self;
    PYM_CLEAR(f->func);
    PYM_CLEAR(f->it);
    return 0;
}

static PymObject *filter_next(PymObject *self)
{
    FilterObject *f = (FilterObject *)self;
    if (f->it == NULL)
        return NULL;
    PymObject *it = f->it;
    int checktrue = f->func == PYM_NONE || f->func == (PymObject *)&pym_bool_type;
    for (;;) {
        PymObject *item = PYM_TYPE(it)->iternext(it);
        if (item == NULL)
            return NULL;
        int ok;
        if (checktrue) {
            ok = pym_object_is_true(item);
        } else {
            PymObject *good = pym_object_call1(f->func, item);
            if (good == NULL) {
                PYM_DECREF(item);
                return NULL;
            }
            ok = pym_object_is_true(good);
            PYM_DECREF(good);
        }
        if (ok > 0)
            return item;
        PYM_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

PymType pym_filter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = filter_dealloc,
    .iter = cont_self_iter,
    .iternext = filter_next,
    .new_ = filter_new,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .free = pym_gc_free,
    .doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator "
           "yielding those items of iterable for which function(item)\nis true. If function "
           "is None, return the items that are true.",
};

/* ---- reversed -------------------------------------------------------------------- */

typedef struct ReversedObject {
    PYM_OBJECT_HEAD;
    PymSize index;
    PymObject *seq; /* NULL when exhausted */
} ReversedObject;

/* CPython's PySequence_Check: __getitem__ without being a dict. */
static int is_sequence(PymObject *o)
{
    if (PYM_DICT_CHECK(o))
        return 0;
    PymSequenceMethods *sq = PYM_TYPE(o)->as_sequence;
    PymMappingMethods *mp = PYM_TYPE(o)->as_mapping;
    return (sq && sq->item) || (mp && mp->subscript);
}

static PymObject *reversed_new(PymType *type, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    if (type == &pym_reversed_type && cont_no_kwargs("reversed", kwnames) < 0)
        return NULL;
    if (cont_check_positional("reversed", nargs, 1, 1) < 0)
        return NULL;
    PymObject *seq = args[0];
    PymObject *reversed_meth = pym_type_lookup_borrow(PYM_TYPE(seq), PYM_ID(__reversed__));
    if (reversed_meth == PYM_NONE) {
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not reversible",
                              PYM_TYPE_NAME(seq));
    }
    if (reversed_meth != NULL)
        return pym_call_special_present(seq, PYM_ID(__reversed__), NULL, 0);
    if (!is_sequence(seq)) {
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not reversible",
                              PYM_TYPE_NAME(seq));
    }
    PymSize n = pym_object_length(seq);
    if (n == -1)
        return NULL;
    ReversedObject *ro = (ReversedObject *)pym_type_generic_alloc(type, 0);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = pym_newref(seq);
    pym_gc_track((PymObject *)ro);
    return (PymObject *)ro;
}

static void reversed_dealloc(PymObject *self)
{
    cont_untrack(self);
    PYM_XDECREF(((ReversedObject *)self)->seq);
    PYM_TYPE(self)->free(self);
}

static int reversed_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CONT_VISIT(((ReversedObject *)self)->seq);
    return 0;
}

static int reversed_clear(PymObject *self)
{
    PYM_CLEAR(((ReversedObject *)self)->seq);
    return 0;
}

static PymObject *reversed_next(PymObject *self)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->index >= 0 && ro->seq != NULL) {
        PymObject *item = pym_sequence_getitem(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (!stop_iteration_or_index_error())
            return NULL;
        pym_err_clear();
    }
    ro->index = -1;
    PYM_CLEAR(ro->seq);
    return NULL;
}

static PymObject *reversed_length_hint(PymObject *self, PymObject *unused)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->seq == NULL)
        return pym_int_from_i64(0);
    PymSize seqsize = pym_object_length(ro->seq);
    if (seqsize == -1)
        return NULL;
    PymSize position = ro->index + 1;
    return pym_int_from_ssize(seqsize < position ? 0 : position);
}

static PymMethodDef reversed_methods[] = {
    PYM_METHOD("__length_hint__", reversed_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_reversed_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "reversed",
    .basicsize = sizeof(ReversedObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASETYPE,
    .dealloc = reversed_dealloc,
    .iter = cont_self_iter,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .free = pym_gc_free,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};
