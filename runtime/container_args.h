/* container_args.h — small helpers shared by the container files (list.c,
 * tuple.c, dict.c, dictviews.c, set.c, range.c, iterobject.c): argument
 * checks with CPython 3.11's messages, index conversion and the collector
 * predicates.  Private to those files: everything here is static inline.
 * Invariant: every helper returns 0/-1 (or NULL) with an exception set on
 * failure, like the rest of the runtime. */
#ifndef PYM_CONTAINER_ARGS_H
#define PYM_CONTAINER_ARGS_H

#include "pym.h"

#define CONT_SSIZE_MAX ((PymSize)(SIZE_MAX >> 1))
#define CONT_SSIZE_MIN (-CONT_SSIZE_MAX - 1)

static inline PymSize cont_kwcount(PymObject *kwnames)
{
    return kwnames ? PYM_SIZE(kwnames) : 0;
}

/* "NAME expected at most 1 argument, got 2" (CPython's _PyArg_CheckPositional). */
static inline int cont_check_positional(const char *name, PymSize nargs, PymSize min, PymSize max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        pym_err_format(&pym_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                       min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        pym_err_format(&pym_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name,
                       min, min == 1 ? "" : "s", nargs);
    else
        pym_err_format(&pym_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name,
                       max, max == 1 ? "" : "s", nargs);
    return -1;
}

/* "NAME() takes no keyword arguments" */
static inline int cont_no_kwargs(const char *name, PymObject *kwnames)
{
    if (cont_kwcount(kwnames) == 0)
        return 0;
    pym_err_format(&pym_exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

/* Keyword names are interned identifiers in practice: identity first. */
static inline int cont_name_is(PymObject *name, PymObject *id)
{
    return name == id || pym_str_equal(name, id);
}

static inline int cont_has_index(PymObject *o)
{
    PymNumberMethods *nb = PYM_TYPE(o)->as_number;
    return nb != NULL && nb->index != NULL;
}

/* A machine-word view of an int when it has one: 1 and *out set, else 0. */
static inline int cont_small_int(PymObject *o, int64_t *out)
{
    if (PYM_INT_CHECK(o) && PYM_INT_IS_SMALL(o)) {
        *out = PYM_INT_SMALL_VALUE(o);
        return 1;
    }
    return 0;
}

/* Like CPython's "n" argument converter: __index__, then an exact ssize
 * ("Python int too large to convert to C ssize_t"). -1 with error set. */
static inline PymSize cont_ssize_arg(PymObject *o)
{
    int64_t v;
    if (cont_small_int(o, &v))
        return (PymSize)v;
    PymObject *i = pym_number_index(o);
    if (i == NULL)
        return -1;
    PymSize r = pym_int_as_ssize(i);
    PYM_DECREF(i);
    return r;
}

/* Like _PyEval_SliceIndexNotNone: an index clamped to the ssize range;
 * "slice indices must be integers or have an __index__ method". */
static inline int cont_clamped_index(PymObject *o, PymSize *out)
{
    int64_t v;
    if (cont_small_int(o, &v)) {
        *out = (PymSize)v;
        return 0;
    }
    if (!cont_has_index(o)) {
        pym_err_set_string(&pym_exc_TypeError,
                           "slice indices must be integers or have an __index__ method");
        return -1;
    }
    PymSize r = pym_number_as_ssize(o, NULL);
    if (r == -1 && pym_err_occurred())
        return -1;
    *out = r;
    return 0;
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED: could this object take part in
 * a reference cycle?  Tuples count only while they are tracked (a dict
 * always counts: d[1] = d must track d); static type objects carry no GC
 * header at all. */
static inline int cont_may_be_tracked(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    if (!PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HAVE_GC))
        return 0;
    if (t == &pym_tuple_type)
        return pym_gc_is_tracked(o);
    if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_TYPE_SUBCLASS) &&
        !PYM_TYPE_HAS_FLAG((PymType *)o, PYM_TPFLAG_HEAPTYPE))
        return 0;
    return 1;
}

/* Deallocation may run twice for an object the trashcan deferred, and a
 * subclass's dealloc may have untracked already. */
static inline void cont_untrack(PymObject *o)
{
    if (pym_gc_is_tracked(o))
        pym_gc_untrack(o);
}

static inline PymObject *cont_self_iter(PymObject *self)
{
    return pym_newref(self);
}

/* PySequence_Fast: a list or tuple as is, anything else iterated into a
 * list; `message` replaces the TypeError of a non-iterable. */
static inline PymObject *cont_sequence_fast(PymObject *o, const char *message)
{
    if (PYM_LIST_CHECK_EXACT(o) || PYM_TUPLE_CHECK_EXACT(o))
        return pym_newref(o);
    PymObject *it = pym_object_get_iter(o);
    if (it == NULL) {
        if (pym_err_exception_matches(&pym_exc_TypeError))
            pym_err_set_string(&pym_exc_TypeError, message);
        return NULL;
    }
    PymObject *list = pym_list_new(0);
    if (list != NULL && pym_list_extend(list, it) < 0)
        PYM_CLEAR(list);
    PYM_DECREF(it);
    return list;
}

static inline PymObject **cont_fast_items(PymObject *seq)
{
    return PYM_TUPLE_CHECK_EXACT(seq) ? PYM_TUPLE_ITEMS(seq) : PYM_LIST_ITEMS(seq);
}

#define CONT_VISIT(o)                          \
    do {                                       \
        PymObject *v_ = PYM_OB(o);             \
        if (v_) {                              \
            int vr_ = visit(v_, arg);          \
            if (vr_)                           \
                return vr_;                    \
        }                                      \
    } while (0)

#endif
