/* range.c — range, its iterators (machine-word and big-int), and slice.
 *
 * Invariants:
 *  - A range holds start, stop, step (step != 0) and its length as ints;
 *    everything is computed in machine words when the values allow, and
 *    with int objects otherwise, so range(10**20) works as in CPython.
 *  - `x in range` and index()/count() of ints are O(1).
 *  - iter(range) is a range_iterator of C longs when start, step and the
 *    length fit, else a longrange_iterator of ints (CPython's split).
 *  - slice holds start, stop and step, None when absent; it is a GC type
 *    (it can hold anything) and is unhashable, as in CPython 3.11.
 */
#include "pym.h"
#include "container_args.h"
#include <limits.h>

#define RANGE(o) ((PymRangeObject *)(o))
#define SLICE(o) ((PymSliceObject *)(o))

/* ---- int helpers ---------------------------------------------------------- */

static PymObject *int_zero(void)
{
    return pym_int_from_i64(0);
}

static PymObject *int_one(void)
{
    return pym_int_from_i64(1);
}

/* 1, 0, -1 as the sign of an int. */
static int int_sign(PymObject *o)
{
    int64_t v;
    if (cont_small_int(o, &v))
        return (v > 0) - (v < 0);
    return pym_int_sign(o);
}

/* a + b * c for ints; machine words when nothing overflows. */
static PymObject *int_add_mul(PymObject *a, PymObject *b, PymObject *c)
{
    int64_t x, y, z, prod, sum;
    if (cont_small_int(a, &x) && cont_small_int(b, &y) && cont_small_int(c, &z) &&
        !__builtin_mul_overflow(y, z, &prod) && !__builtin_add_overflow(x, prod, &sum))
        return pym_int_from_i64(sum);
    PymObject *p = pym_number_multiply(b, c);
    if (p == NULL)
        return NULL;
    PymObject *r = pym_number_add(a, p);
    PYM_DECREF(p);
    return r;
}

/* ---- range ----------------------------------------------------------------- */

/* Number of values: ceil((stop - start) / step) when positive, else 0. */
static PymObject *compute_range_length(PymObject *start, PymObject *stop, PymObject *step)
{
    int64_t lo, hi, st;
    if (cont_small_int(start, &lo) && cont_small_int(stop, &hi) && cont_small_int(step, &st)) {
        uint64_t len = 0;
        if (st > 0 && lo < hi)
            len = ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)st + 1;
        else if (st < 0 && lo > hi)
            len = ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)st) + 1;
        return pym_int_from_u64(len);
    }
    PymObject *low, *high, *abs_step;
    if (int_sign(step) > 0) {
        low = start;
        high = stop;
        abs_step = pym_newref(step);
    } else {
        low = stop;
        high = start;
        abs_step = pym_number_negative(step);
        if (abs_step == NULL)
            return NULL;
    }
    int ge = pym_object_richcompare_bool(low, high, PYM_GE);
    if (ge != 0) {
        PYM_DECREF(abs_step);
        return ge < 0 ? NULL : int_zero();
    }
    PymObject *one = int_one();
    PymObject *diff = pym_number_subtract(high, low);
    PymObject *tmp = diff ? pym_number_subtract(diff, one) : NULL;
    PymObject *quot = tmp ? pym_number_floor_divide(tmp, abs_step) : NULL;
    PymObject *result = quot ? pym_number_add(quot, one) : NULL;
    PYM_XDECREF(diff);
    PYM_XDECREF(tmp);
    PYM_XDECREF(quot);
    PYM_DECREF(one);
    PYM_DECREF(abs_step);
    return result;
}

/* Takes over the three references. */
static PymObject *make_range(PymType *type, PymObject *start, PymObject *stop, PymObject *step)
{
    PymObject *length = compute_range_length(start, stop, step);
    if (length == NULL)
        goto fail;
    PymRangeObject *r = (PymRangeObject *)pym_object_new(type);
    if (r == NULL) {
        PYM_DECREF(length);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (PymObject *)r;
fail:
    PYM_DECREF(start);
    PYM_DECREF(stop);
    PYM_DECREF(step);
    return NULL;
}

PymObject *pym_range_new(PymObject *start, PymObject *stop, PymObject *step)
{
    if (int_sign(step) == 0) {
        pym_err_set_string(&pym_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return make_range(&pym_range_type, pym_newref(start), pym_newref(stop), pym_newref(step));
}

static PymObject *range_new(PymType *type, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames)
{
    if (cont_no_kwargs("range", kwnames) < 0)
        return NULL;
    if (cont_check_positional("range", nargs, 1, 3) < 0)
        return NULL;
    PymObject *start, *stop, *step;
    if (nargs == 1) {
        stop = pym_number_index(args[0]);
        if (stop == NULL)
            return NULL;
        start = int_zero();
        step = int_one();
    } else {
        start = pym_number_index(args[0]);
        stop = start ? pym_number_index(args[1]) : NULL;
        step = nargs == 3 ? (stop ? pym_number_index(args[2]) : NULL) : int_one();
        if (start == NULL || stop == NULL || step == NULL) {
            PYM_XDECREF(start);
            PYM_XDECREF(stop);
            PYM_XDECREF(step);
            return NULL;
        }
        if (int_sign(step) == 0) {
            pym_err_set_string(&pym_exc_ValueError, "range() arg 3 must not be zero");
            PYM_DECREF(start);
            PYM_DECREF(stop);
            PYM_DECREF(step);
            return NULL;
        }
    }
    return make_range(type, start, stop, step);
}

static void range_dealloc(PymObject *self)
{
    PymRangeObject *r = RANGE(self);
    PYM_DECREF(r->start);
    PYM_DECREF(r->stop);
    PYM_DECREF(r->step);
    PYM_DECREF(r->length);
    PYM_TYPE(self)->free(self);
}

static PymSize range_length(PymObject *self)
{
    return pym_int_as_ssize(RANGE(self)->length);
}

static int range_bool(PymObject *self)
{
    return int_sign(RANGE(self)->length) != 0;
}

/* r[i] for 0 <= i < len (not checked). */
static PymObject *compute_item(PymRangeObject *r, PymObject *i)
{
    return int_add_mul(r->start, i, r->step);
}

static PymObject *range_item(PymObject *self, PymSize i)
{
    PymRangeObject *r = RANGE(self);
    int64_t len;
    int in_range;
    if (cont_small_int(r->length, &len)) {
        in_range = i >= 0 && i < len;
    } else {
        in_range = i >= 0; /* a big length exceeds every ssize */
    }
    if (!in_range) {
        pym_err_set_string(&pym_exc_IndexError, "range object index out of range");
        return NULL;
    }
    PymObject *index = pym_int_from_ssize(i);
    if (index == NULL)
        return NULL;
    PymObject *result = compute_item(r, index);
    PYM_DECREF(index);
    return result;
}

/* r[arg] for any int arg, negative counting from the end. */
static PymObject *compute_range_item(PymRangeObject *r, PymObject *arg)
{
    int64_t a, len;
    if (cont_small_int(arg, &a) && cont_small_int(r->length, &len)) {
        if (a < 0)
            a += len;
        if (a < 0 || a >= len) {
            pym_err_set_string(&pym_exc_IndexError, "range object index out of range");
            return NULL;
        }
        PymObject *i = pym_int_from_i64(a);
        if (i == NULL)
            return NULL;
        PymObject *result = compute_item(r, i);
        PYM_DECREF(i);
        return result;
    }
    PymObject *i;
    int ok;
    if (int_sign(arg) < 0) {
        i = pym_number_add(arg, r->length);
        if (i == NULL)
            return NULL;
        ok = int_sign(i) >= 0;
    } else {
        i = pym_newref(arg);
        ok = pym_object_richcompare_bool(i, r->length, PYM_LT);
        if (ok < 0) {
            PYM_DECREF(i);
            return NULL;
        }
    }
    if (!ok) {
        PYM_DECREF(i);
        pym_err_set_string(&pym_exc_IndexError, "range object index out of range");
        return NULL;
    }
    PymObject *result = compute_item(r, i);
    PYM_DECREF(i);
    return result;
}

/* index() of a slice bound, or the TypeError slices give. */
static PymObject *evaluate_slice_index(PymObject *v)
{
    if (cont_has_index(v))
        return pym_number_index(v);
    pym_err_set_string(&pym_exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
    return NULL;
}

/* Clamp a start/stop value (given) against [lower, upper] after adding
 * length to negatives.  Returns a new reference. */
static PymObject *clamp_slice_bound(PymObject *given, PymObject *length, PymObject *lower,
                                    PymObject *upper)
{
    PymObject *v = evaluate_slice_index(given);
    if (v == NULL)
        return NULL;
    if (int_sign(v) < 0) {
        PymObject *tmp = pym_number_add(v, length);
        PYM_DECREF(v);
        if (tmp == NULL)
            return NULL;
        v = tmp;
        int lt = pym_object_richcompare_bool(v, lower, PYM_LT);
        if (lt < 0) {
            PYM_DECREF(v);
            return NULL;
        }
        if (lt)
            PYM_SETREF(v, pym_newref(lower));
    } else {
        int gt = pym_object_richcompare_bool(v, upper, PYM_GT);
        if (gt < 0) {
            PYM_DECREF(v);
            return NULL;
        }
        if (gt)
            PYM_SETREF(v, pym_newref(upper));
    }
    return v;
}

/* CPython's _PySlice_GetLongIndices: a slice against an int length, with
 * ints for the results (slice.indices(), range slicing). */
static int slice_long_indices(PymObject *slice, PymObject *length, PymObject **start_out,
                              PymObject **stop_out, PymObject **step_out)
{
    PymSliceObject *s = SLICE(slice);
    PymObject *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    int negative;
    if (s->step == PYM_NONE) {
        step = int_one();
        negative = 0;
    } else {
        step = evaluate_slice_index(s->step);
        if (step == NULL)
            goto error;
        int sign = int_sign(step);
        if (sign == 0) {
            pym_err_set_string(&pym_exc_ValueError, "slice step cannot be zero");
            goto error;
        }
        negative = sign < 0;
    }
    if (negative) {
        lower = pym_int_from_i64(-1);
        upper = lower ? pym_number_add(length, lower) : NULL;
        if (upper == NULL)
            goto error;
    } else {
        lower = int_zero();
        upper = pym_newref(length);
    }
    if (s->start == PYM_NONE)
        start = pym_newref(negative ? upper : lower);
    else
        start = clamp_slice_bound(s->start, length, lower, upper);
    if (start == NULL)
        goto error;
    if (s->stop == PYM_NONE)
        stop = pym_newref(negative ? lower : upper);
    else
        stop = clamp_slice_bound(s->stop, length, lower, upper);
    if (stop == NULL)
        goto error;
    PYM_DECREF(lower);
    PYM_DECREF(upper);
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    return 0;
error:
    PYM_XDECREF(step);
    PYM_XDECREF(lower);
    PYM_XDECREF(upper);
    PYM_XDECREF(start);
    PYM_XDECREF(stop);
    return -1;
}

static PymObject *range_slice(PymRangeObject *r, PymObject *slice)
{
    PymObject *start, *stop, *step;
    if (slice_long_indices(slice, r->length, &start, &stop, &step) < 0)
        return NULL;
    PymObject *substep = pym_number_multiply(r->step, step);
    PymObject *substart = substep ? compute_item(r, start) : NULL;
    PymObject *substop = substart ? compute_item(r, stop) : NULL;
    PYM_DECREF(start);
    PYM_DECREF(stop);
    PYM_DECREF(step);
    if (substop == NULL) {
        PYM_XDECREF(substep);
        PYM_XDECREF(substart);
        return NULL;
    }
    return make_range(PYM_TYPE(r), substart, substop, substep);
}

static PymObject *range_subscript(PymObject *self, PymObject *key)
{
    if (cont_has_index(key)) {
        PymObject *i = pym_number_index(key);
        if (i == NULL)
            return NULL;
        PymObject *result = compute_range_item(RANGE(self), i);
        PYM_DECREF(i);
        return result;
    }
    if (PYM_SLICE_CHECK(key))
        return range_slice(RANGE(self), key);
    return pym_err_format(&pym_exc_TypeError, "range indices must be integers or slices, not %.200s",
                          PYM_TYPE_NAME(key));
}

/* ob (an int) is one of the range's values: 1, 0, -1. */
static int range_contains_long(PymRangeObject *r, PymObject *ob)
{
    int64_t start, stop, step, v;
    if (cont_small_int(r->start, &start) && cont_small_int(r->stop, &stop) &&
        cont_small_int(r->step, &step) && cont_small_int(ob, &v)) {
        uint64_t diff;
        if (step > 0) {
            if (!(start <= v && v < stop))
                return 0;
            diff = (uint64_t)v - (uint64_t)start;
            return diff % (uint64_t)step == 0;
        }
        if (!(stop < v && v <= start))
            return 0;
        diff = (uint64_t)start - (uint64_t)v;
        return diff % (0 - (uint64_t)step) == 0;
    }
    int cmp1, cmp2;
    if (int_sign(r->step) > 0) {
        cmp1 = pym_object_richcompare_bool(r->start, ob, PYM_LE);
        cmp2 = cmp1 > 0 ? pym_object_richcompare_bool(ob, r->stop, PYM_LT) : cmp1;
    } else {
        cmp1 = pym_object_richcompare_bool(ob, r->start, PYM_LE);
        cmp2 = cmp1 > 0 ? pym_object_richcompare_bool(r->stop, ob, PYM_LT) : cmp1;
    }
    if (cmp2 <= 0)
        return cmp2;
    PymObject *diff = pym_number_subtract(ob, r->start);
    if (diff == NULL)
        return -1;
    PymObject *rem = pym_number_remainder(diff, r->step);
    PYM_DECREF(diff);
    if (rem == NULL)
        return -1;
    int result = int_sign(rem) == 0;
    PYM_DECREF(rem);
    return result;
}

/* Linear search through iteration, for non-int values: the count of
 * matches, or with first_only the index of the first (-2 when absent). */
static PymSize range_iter_search(PymObject *self, PymObject *ob, int first_only)
{
    PymObject *it = pym_object_get_iter(self);
    if (it == NULL)
        return -1;
    PymSize n = 0, i = 0;
    PymObject *item;
    while ((item = pym_iter_next(it)) != NULL) {
        int cmp = pym_object_richcompare_bool(item, ob, PYM_EQ);
        PYM_DECREF(item);
        if (cmp < 0) {
            PYM_DECREF(it);
            return -1;
        }
        if (cmp) {
            if (first_only) {
                PYM_DECREF(it);
                return i;
            }
            n++;
        }
        i++;
    }
    PYM_DECREF(it);
    if (pym_err_occurred())
        return -1;
    return first_only ? -2 : n;
}

static int is_exact_int(PymObject *o)
{
    return PYM_INT_CHECK_EXACT(o) || PYM_BOOL_CHECK(o);
}

static int range_contains(PymObject *self, PymObject *ob)
{
    if (is_exact_int(ob))
        return range_contains_long(RANGE(self), ob);
    PymSize r = range_iter_search(self, ob, 1);
    return r == -1 ? -1 : r >= 0;
}

static PymObject *range_count_meth(PymObject *self, PymObject *ob)
{
    if (is_exact_int(ob)) {
        int r = range_contains_long(RANGE(self), ob);
        return r < 0 ? NULL : pym_int_from_i64(r);
    }
    PymSize n = range_iter_search(self, ob, 0);
    return n < 0 ? NULL : pym_int_from_ssize(n);
}

static PymObject *range_index_meth(PymObject *self, PymObject *ob)
{
    PymRangeObject *r = RANGE(self);
    if (is_exact_int(ob)) {
        int contains = range_contains_long(r, ob);
        if (contains < 0)
            return NULL;
        if (!contains)
            return pym_err_format(&pym_exc_ValueError, "%R is not in range", ob);
        PymObject *diff = pym_number_subtract(ob, r->start);
        if (diff == NULL)
            return NULL;
        PymObject *idx = pym_number_floor_divide(diff, r->step);
        PYM_DECREF(diff);
        return idx;
    }
    PymSize i = range_iter_search(self, ob, 1);
    if (i == -1)
        return NULL;
    if (i == -2) {
        pym_err_set_string(&pym_exc_ValueError, "sequence.index(x): x not in sequence");
        return NULL;
    }
    return pym_int_from_ssize(i);
}

/* Equal ranges produce the same values (range(0) == range(2, 1)). */
static int range_equals(PymRangeObject *r0, PymRangeObject *r1)
{
    if (r0 == r1)
        return 1;
    int cmp = pym_object_richcompare_bool(r0->length, r1->length, PYM_EQ);
    if (cmp != 1)
        return cmp;
    if (int_sign(r0->length) == 0)
        return 1;
    cmp = pym_object_richcompare_bool(r0->start, r1->start, PYM_EQ);
    if (cmp != 1)
        return cmp;
    cmp = pym_object_richcompare_bool(r0->length, PYM_TRUE, PYM_EQ);
    if (cmp != 0)
        return cmp;
    return pym_object_richcompare_bool(r0->step, r1->step, PYM_EQ);
}

static PymObject *range_richcompare(PymObject *self, PymObject *other, int op)
{
    if (!PYM_RANGE_CHECK(other) || (op != PYM_EQ && op != PYM_NE))
        PYM_RETURN_NOTIMPLEMENTED;
    int r = range_equals(RANGE(self), RANGE(other));
    if (r < 0)
        return NULL;
    return pym_bool_from(op == PYM_EQ ? r : !r);
}

/* hash((len, start, step)), with None for what does not matter. */
static PymHash range_hash(PymObject *self)
{
    PymRangeObject *r = RANGE(self);
    PymObject *items[3] = {r->length, PYM_NONE, PYM_NONE};
    int sign = int_sign(r->length);
    if (sign != 0) {
        items[1] = r->start;
        int is_one = pym_object_richcompare_bool(r->length, PYM_TRUE, PYM_EQ);
        if (is_one < 0)
            return -1;
        if (!is_one)
            items[2] = r->step;
    }
    return pym_tuple_hash_items(items, 3);
}

static PymObject *range_repr(PymObject *self)
{
    PymRangeObject *r = RANGE(self);
    int64_t step;
    if (cont_small_int(r->step, &step) && step == 1)
        return pym_str_from_format("range(%R, %R)", r->start, r->stop);
    return pym_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* ---- range iterators -------------------------------------------------------- */

static PymObject *fast_range_iter(long start, long step, long len)
{
    PymRangeIterObject *it = (PymRangeIterObject *)pym_object_new(&pym_range_iter_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    return (PymObject *)it;
}

typedef struct LongRangeIterObject {
    PYM_OBJECT_HEAD;
    PymObject *index;
    PymObject *start;
    PymObject *step;
    PymObject *len;
} LongRangeIterObject;

/* Takes over the references. */
static PymObject *long_range_iter(PymObject *start, PymObject *step, PymObject *len)
{
    LongRangeIterObject *it = (LongRangeIterObject *)pym_object_new(&pym_longrange_iter_type);
    if (it == NULL) {
        PYM_DECREF(start);
        PYM_DECREF(step);
        PYM_DECREF(len);
        return NULL;
    }
    it->index = int_zero();
    it->start = start;
    it->step = step;
    it->len = len;
    return (PymObject *)it;
}

static PymObject *range_iter(PymObject *self)
{
    PymRangeObject *r = RANGE(self);
    int64_t start, stop, step, len;
    if (cont_small_int(r->start, &start) && cont_small_int(r->stop, &stop) &&
        cont_small_int(r->step, &step) && cont_small_int(r->length, &len))
        return fast_range_iter((long)start, (long)step, (long)len);
    return long_range_iter(pym_newref(r->start), pym_newref(r->step), pym_newref(r->length));
}

/* reversed(range(start, stop, step)) is range(start + (n-1)*step,
 * start - step, -step). */
static PymObject *range_reversed_meth(PymObject *self, PymObject *unused)
{
    PymRangeObject *r = RANGE(self);
    int64_t start, stop, step, len, last, before;
    if (cont_small_int(r->start, &start) && cont_small_int(r->stop, &stop) &&
        cont_small_int(r->step, &step) && cont_small_int(r->length, &len) && step != INT64_MIN &&
        !__builtin_sub_overflow(start, step, &before)) {
        last = (int64_t)((uint64_t)start + (uint64_t)(len > 0 ? len - 1 : 0) * (uint64_t)step);
        return fast_range_iter((long)last, (long)-step, (long)len);
    }
    PymObject *one = int_one();
    PymObject *n1 = pym_number_subtract(r->length, one);
    PYM_DECREF(one);
    if (n1 == NULL)
        return NULL;
    PymObject *new_start = compute_item(r, n1);
    PYM_DECREF(n1);
    if (new_start == NULL)
        return NULL;
    PymObject *new_step = pym_number_negative(r->step);
    if (new_step == NULL) {
        PYM_DECREF(new_start);
        return NULL;
    }
    return long_range_iter(new_start, new_step, pym_newref(r->length));
}

static PymObject *rangeiter_next(PymObject *self)
{
    PymRangeIterObject *it = (PymRangeIterObject *)self;
    if (it->index < it->len) {
        /* start + index*step cannot overflow here, but the product alone
         * may: compute it modulo 2**64. */
        unsigned long v = (unsigned long)it->start +
                          (unsigned long)(it->index++) * (unsigned long)it->step;
        return pym_int_from_i64((int64_t)v);
    }
    return NULL;
}

static PymObject *rangeiter_length_hint(PymObject *self, PymObject *unused)
{
    PymRangeIterObject *it = (PymRangeIterObject *)self;
    return pym_int_from_i64(it->len - it->index);
}

static void longrangeiter_dealloc(PymObject *self)
{
    LongRangeIterObject *it = (LongRangeIterObject *)self;
    PYM_XDECREF(it->index);
    PYM_XDECREF(it->start);
    PYM_XDECREF(it->step);
    PYM_XDECREF(it->len);
    PYM_TYPE(self)->free(self);
}

static PymObject *longrangeiter_next(PymObject *self)
{
    LongRangeIterObject *it = (LongRangeIterObject *)self;
    int more = pym_object_richcompare_bool(it->index, it->len, PYM_LT);
    if (more != 1)
        return NULL;
    PymObject *one = int_one();
    PymObject *new_index = pym_number_add(it->index, one);
    PYM_DECREF(one);
    if (new_index == NULL)
        return NULL;
    PymObject *result = int_add_mul(it->start, it->index, it->step);
    if (result == NULL) {
        PYM_DECREF(new_index);
        return NULL;
    }
    PYM_SETREF(it->index, new_index);
    return result;
}

static PymObject *longrangeiter_length_hint(PymObject *self, PymObject *unused)
{
    LongRangeIterObject *it = (LongRangeIterObject *)self;
    return pym_number_subtract(it->len, it->index);
}

/* ---- type objects --------------------------------------------------------- */

static PymNumberMethods range_as_number = {
    .bool_ = range_bool,
};

static PymSequenceMethods range_as_sequence = {
    .length = range_length,
    .item = range_item,
    .contains = range_contains,
};

static PymMappingMethods range_as_mapping = {
    .length = range_length,
    .subscript = range_subscript,
};

static PymMethodDef range_methods[] = {
    PYM_METHOD("__reversed__", range_reversed_meth, PYM_METH_NOARGS),
    PYM_METHOD("count", range_count_meth, PYM_METH_O),
    PYM_METHOD("index", range_index_meth, PYM_METH_O),
    PYM_METHOD_END,
};

static PymMemberDef range_members[] = {
    {"start", PYM_MEMBER_OBJECT, offsetof(PymRangeObject, start), PYM_MEMBER_READONLY, NULL},
    {"stop", PYM_MEMBER_OBJECT, offsetof(PymRangeObject, stop), PYM_MEMBER_READONLY, NULL},
    {"step", PYM_MEMBER_OBJECT, offsetof(PymRangeObject, step), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_range_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "range",
    .basicsize = sizeof(PymRangeObject),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .free = pym_object_free_raw,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .methods = range_methods,
    .members = range_members,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.",
};

static PymMethodDef rangeiter_methods[] = {
    PYM_METHOD("__length_hint__", rangeiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static void rangeiter_dealloc(PymObject *self)
{
    PYM_TYPE(self)->free(self);
}

PymType pym_range_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "range_iterator",
    .basicsize = sizeof(PymRangeIterObject),
    .dealloc = rangeiter_dealloc,
    .iter = cont_self_iter,
    .iternext = rangeiter_next,
    .free = pym_object_free_raw,
    .methods = rangeiter_methods,
};

static PymMethodDef longrangeiter_methods[] = {
    PYM_METHOD("__length_hint__", longrangeiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_longrange_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObject),
    .dealloc = longrangeiter_dealloc,
    .iter = cont_self_iter,
    .iternext = longrangeiter_next,
    .free = pym_object_free_raw,
    .methods = longrangeiter_methods,
};

/* ---- slice ------------------------------------------------------------------ */

PymObject *pym_slice_new(PymObject *start, PymObject *stop, PymObject *step)
{
    PymSliceObject *s = (PymSliceObject *)pym_gc_alloc(&pym_slice_type, sizeof(PymSliceObject));
    if (s == NULL)
        return NULL;
    s->start = pym_newref(start ? start : PYM_NONE);
    s->stop = pym_newref(stop ? stop : PYM_NONE);
    s->step = pym_newref(step ? step : PYM_NONE);
    pym_gc_track((PymObject *)s);
    return (PymObject *)s;
}

/* A bound of a slice as a clamped ssize (None leaves *out alone). */
static int slice_bound(PymObject *v, PymSize *out)
{
    if (v == PYM_NONE)
        return 0;
    int64_t small;
    if (cont_small_int(v, &small)) {
        *out = (PymSize)small;
        return 0;
    }
    if (!cont_has_index(v)) {
        pym_err_set_string(&pym_exc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    PymSize r = pym_number_as_ssize(v, NULL);
    if (r == -1 && pym_err_occurred())
        return -1;
    *out = r;
    return 0;
}

PymSize pym_slice_indices(PymObject *slice, PymSize length, PymSize *start, PymSize *stop,
                          PymSize *step)
{
    PymSliceObject *s = SLICE(slice);
    *step = 1;
    if (slice_bound(s->step, step) < 0)
        return -1;
    if (*step == 0) {
        pym_err_set_string(&pym_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    /* -step must not overflow */
    if (*step < -CONT_SSIZE_MAX)
        *step = -CONT_SSIZE_MAX;
    *start = *step < 0 ? CONT_SSIZE_MAX : 0;
    if (slice_bound(s->start, start) < 0)
        return -1;
    *stop = *step < 0 ? CONT_SSIZE_MIN : CONT_SSIZE_MAX;
    if (slice_bound(s->stop, stop) < 0)
        return -1;

    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = *step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = *step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = *step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = *step < 0 ? length - 1 : length;
    }
    if (*step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-*step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / *step + 1;
    }
    return 0;
}

static PymObject *slice_new(PymType *type, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames)
{
    if (cont_no_kwargs("slice", kwnames) < 0)
        return NULL;
    if (cont_check_positional("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return pym_slice_new(NULL, args[0], NULL);
    return pym_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void slice_dealloc(PymObject *self)
{
    PymSliceObject *s = SLICE(self);
    cont_untrack(self);
    PYM_DECREF(s->start);
    PYM_DECREF(s->stop);
    PYM_DECREF(s->step);
    PYM_TYPE(self)->free(self);
}

static int slice_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymSliceObject *s = SLICE(self);
    CONT_VISIT(s->start);
    CONT_VISIT(s->stop);
    CONT_VISIT(s->step);
    return 0;
}

static PymObject *slice_repr(PymObject *self)
{
    PymSliceObject *s = SLICE(self);
    return pym_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static PymObject *slice_richcompare(PymObject *v, PymObject *w, int op)
{
    if (!PYM_SLICE_CHECK(v) || !PYM_SLICE_CHECK(w))
        PYM_RETURN_NOTIMPLEMENTED;
    if (v == w)
        return pym_bool_from(op == PYM_EQ || op == PYM_LE || op == PYM_GE);
    PymObject *t1 = pym_tuple_pack(3, SLICE(v)->start, SLICE(v)->stop, SLICE(v)->step);
    if (t1 == NULL)
        return NULL;
    PymObject *t2 = pym_tuple_pack(3, SLICE(w)->start, SLICE(w)->stop, SLICE(w)->step);
    if (t2 == NULL) {
        PYM_DECREF(t1);
        return NULL;
    }
    PymObject *res = pym_object_richcompare(t1, t2, op);
    PYM_DECREF(t1);
    PYM_DECREF(t2);
    return res;
}

static PymObject *slice_indices_meth(PymObject *self, PymObject *len)
{
    PymObject *length = pym_number_index(len);
    if (length == NULL)
        return NULL;
    if (int_sign(length) < 0) {
        PYM_DECREF(length);
        pym_err_set_string(&pym_exc_ValueError, "length should not be negative");
        return NULL;
    }
    PymObject *start, *stop, *step;
    int r = slice_long_indices(self, length, &start, &stop, &step);
    PYM_DECREF(length);
    if (r < 0)
        return NULL;
    PymObject *result = pym_tuple_pack(3, start, stop, step);
    PYM_DECREF(start);
    PYM_DECREF(stop);
    PYM_DECREF(step);
    return result;
}

static PymMethodDef slice_methods[] = {
    PYM_METHOD("indices", slice_indices_meth, PYM_METH_O),
    PYM_METHOD_END,
};

static PymMemberDef slice_members[] = {
    {"start", PYM_MEMBER_OBJECT, offsetof(PymSliceObject, start), PYM_MEMBER_READONLY, NULL},
    {"stop", PYM_MEMBER_OBJECT, offsetof(PymSliceObject, stop), PYM_MEMBER_READONLY, NULL},
    {"step", PYM_MEMBER_OBJECT, offsetof(PymSliceObject, step), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_slice_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "slice",
    .basicsize = sizeof(PymSliceObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .traverse = slice_traverse,
    .free = pym_gc_free,
    .methods = slice_methods,
    .members = slice_members,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
};
