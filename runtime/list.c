/* list.c — the list type, its forward and reverse iterators, and the
 * trashcan (deferred deallocation of deeply nested containers).
 *
 * Invariants:
 *  - items[0..size) are owned, non-NULL references; allocated >= size.
 *  - items is NULL only for a list that never had storage (or was cleared);
 *    that distinction matters because CPython 3.11 sizes the first
 *    allocation exactly (rounded up to even) but over-allocates later
 *    growth, and sys.getsizeof (40 + 8 * allocated + 16) must match it.
 *  - allocated == -1 only while list.sort() runs: any mutation from a key
 *    function or a comparison is then detected ("list modified during sort").
 *  - Items are released from the last to the first, as CPython does, so
 *    __del__ order is the same.
 */
#include "pym.h"
#include "container_args.h"
#include <string.h>

#define LIST(o) ((PymListObject *)(o))

/* ---- the trashcan -------------------------------------------------------- */

/* Deallocs nest one C frame per container level.  Past this depth, objects
 * are queued instead and deallocated when the outermost dealloc returns. */
#define TRASHCAN_DEPTH_LIMIT 50

static int trash_depth;
static int trash_draining;
static PymObject **trash_queue;
static PymSize trash_len, trash_cap;

int pym_trashcan_begin(PymObject *o)
{
    if (trash_depth >= TRASHCAN_DEPTH_LIMIT) {
        if (trash_len == trash_cap) {
            PymSize cap = trash_cap ? trash_cap * 2 : 64;
            PymObject **q = pym_raw_realloc(trash_queue, (size_t)cap * sizeof(PymObject *));
            if (q == NULL)
                goto recurse; /* out of memory: fall back to plain recursion */
            trash_queue = q;
            trash_cap = cap;
        }
        trash_queue[trash_len++] = o;
        return 1;
    }
recurse:
    trash_depth++;
    return 0;
}

void pym_trashcan_end(void)
{
    if (--trash_depth > 0 || trash_draining || trash_len == 0)
        return;
    /* Back at the outermost dealloc: finish the queued objects.  Their own
     * deallocs may queue more; the loop drains those too. */
    trash_draining = 1;
    while (trash_len > 0) {
        PymObject *o = trash_queue[--trash_len];
        PYM_TYPE(o)->dealloc(o);
    }
    trash_draining = 0;
    pym_raw_free(trash_queue);
    trash_queue = NULL;
    trash_cap = 0;
}

/* ---- storage ------------------------------------------------------------- */

/* CPython's list_resize: keep the block when it is big enough and not
 * less than half used; otherwise grow by ~1/8 plus padding to a multiple
 * of 4, unless the request is closer to that than to the old size. */
static int list_resize(PymListObject *self, PymSize newsize)
{
    PymSize allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        PYM_SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - PYM_SIZE(self) > (PymSize)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    if (new_allocated > (size_t)CONT_SSIZE_MAX / sizeof(PymObject *)) {
        pym_err_no_memory();
        return -1;
    }
    PymObject **items = pym_mem_realloc(self->items, new_allocated * sizeof(PymObject *));
    if (items == NULL) {
        pym_err_no_memory();
        return -1;
    }
    self->items = items;
    PYM_SIZE(self) = newsize;
    self->allocated = (PymSize)new_allocated;
    return 0;
}

/* First storage of an empty list: exactly `size` slots, rounded up to even
 * (the allocator's granularity makes the odd slot free). */
static int list_preallocate_exact(PymListObject *self, PymSize size)
{
    size = (size + 1) & ~(PymSize)1;
    if ((size_t)size > (size_t)CONT_SSIZE_MAX / sizeof(PymObject *)) {
        pym_err_no_memory();
        return -1;
    }
    PymObject **items = pym_mem_malloc((size_t)size * sizeof(PymObject *));
    if (items == NULL) {
        pym_err_no_memory();
        return -1;
    }
    self->items = items;
    self->allocated = size;
    return 0;
}

PymObject *pym_list_new(PymSize size)
{
    if (size < 0) {
        pym_err_bad_internal_call();
        return NULL;
    }
    PymListObject *op = (PymListObject *)pym_gc_alloc(&pym_list_type, sizeof(PymListObject));
    if (op == NULL)
        return NULL;
    if (size > 0) {
        if ((size_t)size > (size_t)CONT_SSIZE_MAX / sizeof(PymObject *)) {
            PYM_DECREF(op);
            return pym_err_no_memory();
        }
        op->items = pym_mem_calloc((size_t)size, sizeof(PymObject *));
        if (op->items == NULL) {
            PYM_DECREF(op);
            return pym_err_no_memory();
        }
    }
    PYM_SIZE(op) = size;
    op->allocated = size;
    pym_gc_track((PymObject *)op);
    return (PymObject *)op;
}

/* Empty the list first, then release the old items last to first: a
 * __del__ run by a decref sees a consistent (empty) list. */
static void list_clear_items(PymListObject *a)
{
    PymObject **items = a->items;
    if (items == NULL)
        return;
    PymSize i = PYM_SIZE(a);
    PYM_SIZE(a) = 0;
    a->items = NULL;
    a->allocated = 0;
    while (--i >= 0)
        PYM_XDECREF(items[i]);
    pym_mem_free(items);
}

void pym_list_clear(PymObject *list)
{
    list_clear_items(LIST(list));
}

static int list_tp_clear(PymObject *self)
{
    list_clear_items(LIST(self));
    return 0;
}

static void list_dealloc(PymObject *self)
{
    PymListObject *op = LIST(self);
    cont_untrack(self);
    PYM_TRASHCAN_BEGIN(self, list_dealloc)
    if (op->items != NULL) {
        PymSize i = PYM_SIZE(op);
        while (--i >= 0)
            PYM_XDECREF(op->items[i]);
        pym_mem_free(op->items);
    }
    PYM_TYPE(self)->free(self);
    PYM_TRASHCAN_END;
}

static int list_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymListObject *op = LIST(self);
    for (PymSize i = PYM_SIZE(op); --i >= 0;)
        CONT_VISIT(op->items[i]);
    return 0;
}

/* Append taking over the reference to v (v is released on failure). */
static int list_append_steal(PymListObject *self, PymObject *v)
{
    PymSize n = PYM_SIZE(self);
    if (self->allocated > n) {
        self->items[n] = v;
        PYM_SIZE(self) = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0) {
        PYM_DECREF(v);
        return -1;
    }
    self->items[n] = v;
    return 0;
}

int pym_list_append(PymObject *list, PymObject *item)
{
    if (!PYM_LIST_CHECK(list) || item == NULL) {
        pym_err_bad_internal_call();
        return -1;
    }
    return list_append_steal(LIST(list), pym_newref(item));
}

static int list_insert_at(PymListObject *self, PymSize where, PymObject *v)
{
    PymSize n = PYM_SIZE(self);
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    PymObject **items = self->items;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(PymObject *));
    items[where] = pym_newref(v);
    return 0;
}

int pym_list_insert(PymObject *list, PymSize where, PymObject *item)
{
    if (!PYM_LIST_CHECK(list) || item == NULL) {
        pym_err_bad_internal_call();
        return -1;
    }
    return list_insert_at(LIST(list), where, item);
}

int pym_list_set_item(PymObject *list, PymSize i, PymObject *item)
{
    if (!PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return -1;
    }
    if (i < 0 || i >= PYM_SIZE(list)) {
        pym_err_set_string(&pym_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    PYM_SETREF(LIST(list)->items[i], pym_newref(item));
    return 0;
}

/* ---- extend -------------------------------------------------------------- */

static int list_extend_impl(PymListObject *self, PymObject *iterable)
{
    if (PYM_LIST_CHECK_EXACT(iterable) || PYM_TUPLE_CHECK_EXACT(iterable) ||
        iterable == (PymObject *)self) {
        PymSize n = PYM_SIZE(iterable);
        if (n == 0)
            return 0;
        PymSize m = PYM_SIZE(self);
        if (self->items == NULL) {
            if (list_preallocate_exact(self, n) < 0)
                return -1;
            PYM_SIZE(self) = n;
        } else if (list_resize(self, m + n) < 0) {
            return -1;
        }
        /* Read the source only now: it may be self, just resized. */
        PymObject **src = PYM_TUPLE_CHECK_EXACT(iterable) ? PYM_TUPLE_ITEMS(iterable)
                                                          : LIST(iterable)->items;
        PymObject **dest = self->items + m;
        for (PymSize i = 0; i < n; i++)
            dest[i] = pym_newref(src[i]);
        return 0;
    }

    PymObject *it = pym_object_get_iter(iterable);
    if (it == NULL)
        return -1;
    PymIterNextFunc iternext = PYM_TYPE(it)->iternext;
    PymSize n = pym_object_length_hint(iterable, 8);
    if (n < 0)
        goto error;
    PymSize m = PYM_SIZE(self);
    if (m > CONT_SSIZE_MAX - n) {
        /* The hint overflowed: ignore it and let the loop grow the list. */
    } else if (self->items == NULL) {
        if (n && list_preallocate_exact(self, n) < 0)
            goto error;
    } else {
        if (list_resize(self, m + n) < 0)
            goto error;
        PYM_SIZE(self) = m; /* the room is reserved, the list still looks short */
    }
    for (;;) {
        PymObject *item = iternext(it);
        if (item == NULL) {
            if (pym_err_occurred()) {
                if (!pym_err_exception_matches(&pym_exc_StopIteration))
                    goto error;
                pym_err_clear();
            }
            break;
        }
        if (list_append_steal(self, item) < 0)
            goto error;
    }
    /* Give back what a generous hint reserved. */
    if (PYM_SIZE(self) < self->allocated && list_resize(self, PYM_SIZE(self)) < 0)
        goto error;
    PYM_DECREF(it);
    return 0;
error:
    PYM_DECREF(it);
    return -1;
}

int pym_list_extend(PymObject *list, PymObject *iterable)
{
    if (!PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return list_extend_impl(LIST(list), iterable);
}

/* ---- slices -------------------------------------------------------------- */

static PymObject *list_slice(PymListObject *a, PymSize lo, PymSize hi)
{
    PymSize len = hi - lo;
    if (len <= 0)
        return pym_list_new(0);
    PymObject *np = pym_list_new(len);
    if (np == NULL)
        return NULL;
    PymObject **src = a->items + lo, **dest = LIST(np)->items;
    for (PymSize i = 0; i < len; i++)
        dest[i] = pym_newref(src[i]);
    return np;
}

PymObject *pym_list_get_slice(PymObject *list, PymSize lo, PymSize hi)
{
    if (!PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return NULL;
    }
    PymSize n = PYM_SIZE(list);
    if (lo < 0)
        lo = 0;
    else if (lo > n)
        lo = n;
    if (hi < lo)
        hi = lo;
    else if (hi > n)
        hi = n;
    return list_slice(LIST(list), lo, hi);
}

/* a[ilow:ihigh] = v (v NULL deletes), CPython's list_ass_slice: the
 * replaced items are released last to first after the list is whole. */
static int list_ass_slice(PymListObject *a, PymSize ilow, PymSize ihigh, PymObject *v)
{
    PymObject *v_fast = NULL;
    PymObject *recycle_small[8];
    PymObject **recycle = recycle_small;
    PymObject **vitems = NULL;
    PymSize n = 0;
    int result = -1;

    if (v != NULL) {
        if (v == (PymObject *)a) {
            v = list_slice(a, 0, PYM_SIZE(a));
            if (v == NULL)
                return -1;
            result = list_ass_slice(a, ilow, ihigh, v);
            PYM_DECREF(v);
            return result;
        }
        v_fast = cont_sequence_fast(v, "can only assign an iterable");
        if (v_fast == NULL)
            return -1;
        n = PYM_SIZE(v_fast);
        vitems = cont_fast_items(v_fast);
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > PYM_SIZE(a))
        ilow = PYM_SIZE(a);
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > PYM_SIZE(a))
        ihigh = PYM_SIZE(a);

    PymSize norig = ihigh - ilow;
    PymSize d = n - norig;
    if (PYM_SIZE(a) + d == 0) {
        PYM_XDECREF(v_fast);
        list_clear_items(a);
        return 0;
    }
    PymObject **items = a->items;
    size_t recycle_bytes = (size_t)norig * sizeof(PymObject *);
    if (recycle_bytes > sizeof(recycle_small)) {
        recycle = pym_mem_malloc(recycle_bytes);
        if (recycle == NULL) {
            pym_err_no_memory();
            goto done;
        }
    }
    if (norig)
        memcpy(recycle, &items[ilow], recycle_bytes);

    if (d < 0) {
        size_t tail = (size_t)(PYM_SIZE(a) - ihigh) * sizeof(PymObject *);
        memmove(&items[ihigh + d], &items[ihigh], tail);
        if (list_resize(a, PYM_SIZE(a) + d) < 0) {
            memmove(&items[ihigh], &items[ihigh + d], tail);
            memcpy(&items[ilow], recycle, recycle_bytes);
            goto done;
        }
        items = a->items;
    } else if (d > 0) {
        PymSize k = PYM_SIZE(a);
        if (list_resize(a, k + d) < 0)
            goto done;
        items = a->items;
        memmove(&items[ihigh + d], &items[ihigh], (size_t)(k - ihigh) * sizeof(PymObject *));
    }
    for (PymSize k = 0; k < n; k++, ilow++)
        items[ilow] = pym_newref(vitems[k]);
    for (PymSize k = norig - 1; k >= 0; --k)
        PYM_XDECREF(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_small)
        pym_mem_free(recycle);
    PYM_XDECREF(v_fast);
    return result;
}

int pym_list_set_slice(PymObject *list, PymSize lo, PymSize hi, PymObject *value)
{
    if (!PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return list_ass_slice(LIST(list), lo, hi, value);
}

/* ---- sequence and mapping slots ------------------------------------------ */

static PymSize list_length(PymObject *self)
{
    return PYM_SIZE(self);
}

static int list_contains(PymObject *self, PymObject *value)
{
    PymListObject *a = LIST(self);
    for (PymSize i = 0; i < PYM_SIZE(a); i++) {
        PymObject *item = pym_newref(a->items[i]);
        int cmp = pym_object_richcompare_bool(item, value, PYM_EQ);
        PYM_DECREF(item);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static PymObject *list_item(PymObject *self, PymSize i)
{
    if ((size_t)i >= (size_t)PYM_SIZE(self)) {
        pym_err_set_string(&pym_exc_IndexError, "list index out of range");
        return NULL;
    }
    return pym_newref(LIST(self)->items[i]);
}

static int list_ass_item(PymObject *self, PymSize i, PymObject *v)
{
    PymListObject *a = LIST(self);
    if ((size_t)i >= (size_t)PYM_SIZE(a)) {
        pym_err_set_string(&pym_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return list_ass_slice(a, i, i + 1, NULL);
    PYM_SETREF(a->items[i], pym_newref(v));
    return 0;
}

static PymObject *list_concat(PymObject *self, PymObject *other)
{
    if (!PYM_LIST_CHECK(other)) {
        return pym_err_format(&pym_exc_TypeError,
                              "can only concatenate list (not \"%.200s\") to list",
                              PYM_TYPE_NAME(other));
    }
    PymSize na = PYM_SIZE(self), nb = PYM_SIZE(other);
    if (na > CONT_SSIZE_MAX - nb)
        return pym_err_no_memory();
    PymObject *np = pym_list_new(na + nb);
    if (np == NULL)
        return NULL;
    PymObject **dest = LIST(np)->items;
    for (PymSize i = 0; i < na; i++)
        dest[i] = pym_newref(LIST(self)->items[i]);
    for (PymSize i = 0; i < nb; i++)
        dest[na + i] = pym_newref(LIST(other)->items[i]);
    return np;
}

static PymObject *list_repeat(PymObject *self, PymSize n)
{
    PymSize size = PYM_SIZE(self);
    if (n < 0)
        n = 0;
    if (n > 0 && size > CONT_SSIZE_MAX / n)
        return pym_err_no_memory();
    PymSize total = size * n;
    if (total == 0)
        return pym_list_new(0);
    PymObject *np = pym_list_new(total);
    if (np == NULL)
        return NULL;
    PymObject **src = LIST(self)->items, **dest = LIST(np)->items;
    for (PymSize r = 0; r < n; r++)
        for (PymSize i = 0; i < size; i++)
            *dest++ = pym_newref(src[i]);
    return np;
}

static PymObject *list_inplace_concat(PymObject *self, PymObject *other)
{
    if (list_extend_impl(LIST(self), other) < 0)
        return NULL;
    return pym_newref(self);
}

static PymObject *list_inplace_repeat(PymObject *self, PymSize n)
{
    PymListObject *a = LIST(self);
    PymSize size = PYM_SIZE(a);
    if (size == 0 || n == 1)
        return pym_newref(self);
    if (n < 1) {
        list_clear_items(a);
        return pym_newref(self);
    }
    if (size > CONT_SSIZE_MAX / n)
        return pym_err_no_memory();
    if (list_resize(a, size * n) < 0)
        return NULL;
    PymObject **items = a->items;
    for (PymSize r = 1; r < n; r++)
        for (PymSize i = 0; i < size; i++)
            items[r * size + i] = pym_newref(items[i]);
    return pym_newref(self);
}

static PymObject *list_subscript(PymObject *self, PymObject *key)
{
    PymListObject *a = LIST(self);
    int64_t small;
    if (cont_small_int(key, &small)) {
        if (small < 0)
            small += PYM_SIZE(a);
        return list_item(self, (PymSize)small);
    }
    if (cont_has_index(key)) {
        PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
        if (i == -1 && pym_err_occurred())
            return NULL;
        if (i < 0)
            i += PYM_SIZE(a);
        return list_item(self, i);
    }
    if (PYM_SLICE_CHECK(key)) {
        PymSize start, stop, step;
        PymSize len = pym_slice_indices(key, PYM_SIZE(a), &start, &stop, &step);
        if (len < 0)
            return NULL;
        if (step == 1)
            return list_slice(a, start, stop);
        PymObject *result = pym_list_new(len);
        if (result == NULL)
            return NULL;
        PymObject **dest = LIST(result)->items;
        for (PymSize cur = start, i = 0; i < len; cur += step, i++)
            dest[i] = pym_newref(a->items[cur]);
        return result;
    }
    return pym_err_format(&pym_exc_TypeError, "list indices must be integers or slices, not %.200s",
                          PYM_TYPE_NAME(key));
}

/* del a[start:stop:step] with step != 1: compact the survivors, shrink,
 * then release the removed items in slice order. */
static int list_delete_extended(PymListObject *self, PymSize start, PymSize stop, PymSize step,
                                PymSize slicelen)
{
    if (slicelen <= 0)
        return 0;
    if (step < 0) {
        stop = start + 1;
        start = stop + step * (slicelen - 1) - 1;
        step = -step;
    }
    PymObject **garbage = pym_mem_malloc((size_t)slicelen * sizeof(PymObject *));
    if (garbage == NULL) {
        pym_err_no_memory();
        return -1;
    }
    PymObject **items = self->items;
    PymSize n = PYM_SIZE(self), dest = start, g = 0;
    for (PymSize cur = start; cur < n; cur++) {
        if (cur < stop && (cur - start) % step == 0 && g < slicelen)
            garbage[g++] = items[cur];
        else
            items[dest++] = items[cur];
    }
    PYM_SIZE(self) = n - slicelen;
    int res = list_resize(self, PYM_SIZE(self));
    for (PymSize i = 0; i < slicelen; i++)
        PYM_DECREF(garbage[i]);
    pym_mem_free(garbage);
    return res;
}

static int list_ass_subscript(PymObject *self, PymObject *key, PymObject *value)
{
    PymListObject *a = LIST(self);
    int64_t small;
    if (cont_small_int(key, &small)) {
        if (small < 0)
            small += PYM_SIZE(a);
        return list_ass_item(self, (PymSize)small, value);
    }
    if (cont_has_index(key)) {
        PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
        if (i == -1 && pym_err_occurred())
            return -1;
        if (i < 0)
            i += PYM_SIZE(a);
        return list_ass_item(self, i, value);
    }
    if (!PYM_SLICE_CHECK(key)) {
        pym_err_format(&pym_exc_TypeError, "list indices must be integers or slices, not %.200s",
                       PYM_TYPE_NAME(key));
        return -1;
    }
    PymSize start, stop, step;
    PymSize slicelen = pym_slice_indices(key, PYM_SIZE(a), &start, &stop, &step);
    if (slicelen < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(a, start, stop, value);
    /* s[5:2] = [...] inserts before 5, not before 2 */
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (value == NULL)
        return list_delete_extended(a, start, stop, step, slicelen);

    PymObject *seq;
    if (value == self)
        seq = list_slice(a, 0, PYM_SIZE(a));
    else
        seq = cont_sequence_fast(value, "must assign iterable to extended slice");
    if (seq == NULL)
        return -1;
    if (PYM_SIZE(seq) != slicelen) {
        pym_err_format(&pym_exc_ValueError,
                       "attempt to assign sequence of size %zd to extended slice of size %zd",
                       PYM_SIZE(seq), slicelen);
        PYM_DECREF(seq);
        return -1;
    }
    if (slicelen == 0) {
        PYM_DECREF(seq);
        return 0;
    }
    PymObject **garbage = pym_mem_malloc((size_t)slicelen * sizeof(PymObject *));
    if (garbage == NULL) {
        PYM_DECREF(seq);
        pym_err_no_memory();
        return -1;
    }
    PymObject **src = cont_fast_items(seq);
    for (PymSize cur = start, i = 0; i < slicelen; cur += step, i++) {
        garbage[i] = a->items[cur];
        a->items[cur] = pym_newref(src[i]);
    }
    for (PymSize i = 0; i < slicelen; i++)
        PYM_DECREF(garbage[i]);
    pym_mem_free(garbage);
    PYM_DECREF(seq);
    return 0;
}

/* ---- repr and comparison ------------------------------------------------- */

static PymObject *list_repr(PymObject *self)
{
    PymListObject *v = LIST(self);
    if (PYM_SIZE(v) == 0)
        return pym_str_from_cstr("[]");
    int r = pym_repr_enter(self);
    if (r != 0)
        return r > 0 ? pym_str_from_cstr("[...]") : NULL;
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (pym_str_writer_write_char(&w, '[') < 0)
        goto error;
    /* The size is re-read each turn: an item's __repr__ may mutate the list. */
    for (PymSize i = 0; i < PYM_SIZE(v); i++) {
        if (i > 0 && pym_str_writer_write_cstr(&w, ", ") < 0)
            goto error;
        PymObject *item = pym_newref(v->items[i]);
        if (pym_enter_recursive_call(" while getting the repr of an object")) {
            PYM_DECREF(item);
            goto error;
        }
        PymObject *s = pym_object_repr(item);
        pym_leave_recursive_call();
        PYM_DECREF(item);
        if (s == NULL)
            goto error;
        int wr = pym_str_writer_write_str(&w, s);
        PYM_DECREF(s);
        if (wr < 0)
            goto error;
    }
    if (pym_str_writer_write_char(&w, ']') < 0)
        goto error;
    pym_repr_leave(self);
    return pym_str_writer_finish(&w);
error:
    pym_str_writer_discard(&w);
    pym_repr_leave(self);
    return NULL;
}

static PymObject *compare_sizes(PymSize a, PymSize b, int op)
{
    int r;
    switch (op) {
    case PYM_LT: r = a < b; break;
    case PYM_LE: r = a <= b; break;
    case PYM_EQ: r = a == b; break;
    case PYM_NE: r = a != b; break;
    case PYM_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return pym_bool_from(r);
}

static PymObject *list_richcompare(PymObject *v, PymObject *w, int op)
{
    if (!PYM_LIST_CHECK(v) || !PYM_LIST_CHECK(w))
        PYM_RETURN_NOTIMPLEMENTED;
    PymListObject *vl = LIST(v), *wl = LIST(w);
    if (PYM_SIZE(vl) != PYM_SIZE(wl) && (op == PYM_EQ || op == PYM_NE))
        return pym_bool_from(op == PYM_NE);
    PymSize i;
    for (i = 0; i < PYM_SIZE(vl) && i < PYM_SIZE(wl); i++) {
        PymObject *vi = vl->items[i], *wi = wl->items[i];
        if (vi == wi)
            continue;
        PYM_INCREF(vi);
        PYM_INCREF(wi);
        int k = pym_object_richcompare_bool(vi, wi, PYM_EQ);
        PYM_DECREF(vi);
        PYM_DECREF(wi);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= PYM_SIZE(vl) || i >= PYM_SIZE(wl))
        return compare_sizes(PYM_SIZE(vl), PYM_SIZE(wl), op);
    if (op == PYM_EQ)
        PYM_RETURN_FALSE;
    if (op == PYM_NE)
        PYM_RETURN_TRUE;
    PymObject *vi = pym_newref(vl->items[i]), *wi = pym_newref(wl->items[i]);
    PymObject *res = pym_object_richcompare(vi, wi, op);
    PYM_DECREF(vi);
    PYM_DECREF(wi);
    return res;
}

/* ---- sort: a natural merge sort in the manner of timsort ----------------- */

/* Keys are sorted; values (the items, when key= is given) move along. */
typedef struct SortSlice {
    PymObject **keys;
    PymObject **values;
} SortSlice;

typedef struct SortRun {
    PymSize base, len;
} SortRun;

#define SORT_MAX_RUNS 85 /* enough for 2**64 items under the run invariants */

typedef struct SortState SortState;
typedef int (*SortCompare)(SortState *, PymObject *, PymObject *);

struct SortState {
    SortCompare lt;            /* 1, 0, or -1 with an exception */
    /* For tuple keys: equality and order of the first items, which decide
     * most comparisons. */
    int (*tuple_first_eq)(PymObject *, PymObject *);
    SortCompare tuple_first_lt;
    SortSlice s;
    PymObject **tmp_keys, **tmp_values;
    PymSize tmp_cap;
    SortRun runs[SORT_MAX_RUNS];
    int nruns;
};

static int lt_generic(SortState *st, PymObject *a, PymObject *b)
{
    return pym_object_richcompare_bool(a, b, PYM_LT);
}

static int lt_small_int(SortState *st, PymObject *a, PymObject *b)
{
    return PYM_INT_SMALL_VALUE(a) < PYM_INT_SMALL_VALUE(b);
}

static int lt_float(SortState *st, PymObject *a, PymObject *b)
{
    return PYM_FLOAT_VALUE(a) < PYM_FLOAT_VALUE(b);
}

static int lt_str(SortState *st, PymObject *a, PymObject *b)
{
    return pym_str_compare(a, b) < 0;
}

static int eq_generic(PymObject *a, PymObject *b)
{
    return pym_object_richcompare_bool(a, b, PYM_EQ);
}

static int eq_small_int(PymObject *a, PymObject *b)
{
    return PYM_INT_SMALL_VALUE(a) == PYM_INT_SMALL_VALUE(b);
}

static int eq_float(PymObject *a, PymObject *b)
{
    return PYM_FLOAT_VALUE(a) == PYM_FLOAT_VALUE(b);
}

static int eq_str(PymObject *a, PymObject *b)
{
    return pym_str_equal(a, b);
}

/* Tuples compare as `<` does: the first differing items decide; the first
 * items use the comparison chosen for them. */
static int lt_tuple(SortState *st, PymObject *v, PymObject *w)
{
    PymSize vlen = PYM_SIZE(v), wlen = PYM_SIZE(w);
    PymSize len = vlen < wlen ? vlen : wlen, i;
    PymObject **vi = PYM_TUPLE_ITEMS(v), **wi = PYM_TUPLE_ITEMS(w);
    for (i = 0; i < len; i++) {
        if (vi[i] == wi[i])
            continue;
        int k = i == 0 ? st->tuple_first_eq(vi[i], wi[i])
                       : pym_object_richcompare_bool(vi[i], wi[i], PYM_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= len)
        return vlen < wlen;
    if (i == 0)
        return st->tuple_first_lt(st, vi[0], wi[0]);
    return pym_object_richcompare_bool(vi[i], wi[i], PYM_LT);
}

/* The comparison for keys that all have type t (NULL: mixed types). */
static SortCompare comparison_for(PymType *t, int all_small, int (**eq)(PymObject *, PymObject *))
{
    if (t == &pym_int_type && all_small) {
        *eq = eq_small_int;
        return lt_small_int;
    }
    if (t == &pym_float_type) {
        *eq = eq_float;
        return lt_float;
    }
    if (t == &pym_str_type) {
        *eq = eq_str;
        return lt_str;
    }
    *eq = eq_generic;
    return lt_generic;
}

/* Homogeneous keys of the common exact types compare without dispatch;
 * the result is the same as `<`. */
static void choose_comparison(SortState *st, PymObject **keys, PymSize n)
{
    PymType *t = PYM_TYPE(keys[0]);
    int all_small = 1;
    for (PymSize i = 0; i < n; i++) {
        if (PYM_TYPE(keys[i]) != t) {
            st->lt = lt_generic;
            return;
        }
        if (t == &pym_int_type && all_small && !PYM_INT_IS_SMALL(keys[i]))
            all_small = 0;
    }
    int (*unused_eq)(PymObject *, PymObject *);
    if (t != &pym_tuple_type) {
        st->lt = comparison_for(t, all_small, &unused_eq);
        return;
    }
    /* Tuples: look at the first items the same way. */
    PymType *first = NULL;
    int first_small = 1;
    for (PymSize i = 0; i < n; i++) {
        if (PYM_SIZE(keys[i]) == 0) {
            first = NULL;
            break;
        }
        PymObject *item = PYM_TUPLE_ITEMS(keys[i])[0];
        if (i == 0)
            first = PYM_TYPE(item);
        else if (PYM_TYPE(item) != first) {
            first = NULL;
            break;
        }
        if (first == &pym_int_type && first_small && !PYM_INT_IS_SMALL(item))
            first_small = 0;
    }
    st->tuple_first_lt = comparison_for(first, first_small, &st->tuple_first_eq);
    st->lt = lt_tuple;
}

static void reverse_range(PymObject **lo, PymObject **hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        PymObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void slice_reverse(SortSlice *s, PymSize lo, PymSize hi)
{
    reverse_range(s->keys + lo, s->keys + hi);
    if (s->values)
        reverse_range(s->values + lo, s->values + hi);
}

/* [lo, start) is sorted; insert [start, hi) one by one (binary search for
 * the place after any equal keys, so the sort stays stable). */
static int binary_insertion(SortState *st, PymSize lo, PymSize hi, PymSize start)
{
    PymObject **keys = st->s.keys, **values = st->s.values;
    for (; start < hi; start++) {
        PymObject *pivot = keys[start];
        PymSize l = lo, r = start;
        while (l < r) {
            PymSize p = l + ((r - l) >> 1);
            int c = st->lt(st, pivot, keys[p]);
            if (c < 0)
                return -1;
            if (c)
                r = p;
            else
                l = p + 1;
        }
        memmove(&keys[l + 1], &keys[l], (size_t)(start - l) * sizeof(PymObject *));
        keys[l] = pivot;
        if (values) {
            PymObject *v = values[start];
            memmove(&values[l + 1], &values[l], (size_t)(start - l) * sizeof(PymObject *));
            values[l] = v;
        }
    }
    return 0;
}

/* Length of the run at lo: non-decreasing, or strictly decreasing (then
 * *descending is set; reversing it keeps the sort stable). */
static PymSize count_run(SortState *st, PymSize lo, PymSize hi, int *descending)
{
    PymObject **keys = st->s.keys;
    *descending = 0;
    if (lo + 1 >= hi)
        return 1;
    int c = st->lt(st, keys[lo + 1], keys[lo]);
    if (c < 0)
        return -1;
    PymSize i = lo + 2;
    if (c) {
        *descending = 1;
        for (; i < hi; i++) {
            c = st->lt(st, keys[i], keys[i - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
    } else {
        for (; i < hi; i++) {
            c = st->lt(st, keys[i], keys[i - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return i - lo;
}

static int ensure_tmp(SortState *st, PymSize need)
{
    if (need <= st->tmp_cap)
        return 0;
    pym_mem_free(st->tmp_keys);
    pym_mem_free(st->tmp_values);
    st->tmp_values = NULL;
    st->tmp_keys = pym_mem_malloc((size_t)need * sizeof(PymObject *));
    if (st->tmp_keys && st->s.values)
        st->tmp_values = pym_mem_malloc((size_t)need * sizeof(PymObject *));
    if (st->tmp_keys == NULL || (st->s.values && st->tmp_values == NULL)) {
        st->tmp_cap = 0;
        pym_err_no_memory();
        return -1;
    }
    st->tmp_cap = need;
    return 0;
}

static inline void move_item(SortState *st, PymSize dest, PymObject **ksrc, PymObject **vsrc,
                             PymSize src)
{
    st->s.keys[dest] = ksrc[src];
    if (st->s.values)
        st->s.values[dest] = vsrc[src];
}

/* Merge adjacent runs A = [a, a+na) and B = [a+na, a+na+nb), copying the
 * shorter one aside.  On a comparison error the rest of the copy goes
 * back, so the array always holds every item exactly once. */
static int merge_low(SortState *st, PymSize a, PymSize na, PymSize nb)
{
    if (ensure_tmp(st, na) < 0)
        return -1;
    PymObject **keys = st->s.keys, **values = st->s.values;
    memcpy(st->tmp_keys, keys + a, (size_t)na * sizeof(PymObject *));
    if (values)
        memcpy(st->tmp_values, values + a, (size_t)na * sizeof(PymObject *));
    PymSize dest = a, pa = 0, pb = a + na, end_b = a + na + nb;
    int rc = 0;
    while (pa < na && pb < end_b) {
        int c = st->lt(st, keys[pb], st->tmp_keys[pa]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c)
            move_item(st, dest++, keys, values, pb++);
        else
            move_item(st, dest++, st->tmp_keys, st->tmp_values, pa++);
    }
    while (pa < na)
        move_item(st, dest++, st->tmp_keys, st->tmp_values, pa++);
    return rc;
}

static int merge_high(SortState *st, PymSize a, PymSize na, PymSize nb)
{
    if (ensure_tmp(st, nb) < 0)
        return -1;
    PymObject **keys = st->s.keys, **values = st->s.values;
    PymSize b = a + na;
    memcpy(st->tmp_keys, keys + b, (size_t)nb * sizeof(PymObject *));
    if (values)
        memcpy(st->tmp_values, values + b, (size_t)nb * sizeof(PymObject *));
    PymSize dest = b + nb - 1, pa = b - 1, pb = nb - 1;
    int rc = 0;
    while (pa >= a && pb >= 0) {
        int c = st->lt(st, st->tmp_keys[pb], keys[pa]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c)
            move_item(st, dest--, keys, values, pa--);
        else
            move_item(st, dest--, st->tmp_keys, st->tmp_values, pb--);
    }
    while (pb >= 0)
        move_item(st, dest--, st->tmp_keys, st->tmp_values, pb--);
    return rc;
}

/* First index in [lo, hi) whose key is greater than `key` (-1 on error). */
static PymSize upper_bound(SortState *st, PymObject *key, PymSize lo, PymSize hi)
{
    while (lo < hi) {
        PymSize mid = lo + ((hi - lo) >> 1);
        int c = st->lt(st, key, st->s.keys[mid]);
        if (c < 0)
            return -1;
        if (c)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* First index in [lo, hi) whose key is not less than `key` (-1 on error). */
static PymSize lower_bound(SortState *st, PymObject *key, PymSize lo, PymSize hi)
{
    while (lo < hi) {
        PymSize mid = lo + ((hi - lo) >> 1);
        int c = st->lt(st, st->s.keys[mid], key);
        if (c < 0)
            return -1;
        if (c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int merge_at(SortState *st, int i)
{
    PymSize a = st->runs[i].base, na = st->runs[i].len;
    PymSize b = st->runs[i + 1].base, nb = st->runs[i + 1].len;
    st->runs[i].len = na + nb;
    if (i == st->nruns - 3)
        st->runs[i + 1] = st->runs[i + 2];
    st->nruns--;
    /* Items of A not greater than B's first are already in place, and so
     * are items of B not less than A's last. */
    PymSize k = upper_bound(st, st->s.keys[b], a, b);
    if (k < 0)
        return -1;
    na -= k - a;
    a = k;
    if (na == 0)
        return 0;
    PymSize end_b = lower_bound(st, st->s.keys[b - 1], b, b + nb);
    if (end_b < 0)
        return -1;
    nb = end_b - b;
    if (nb == 0)
        return 0;
    return na <= nb ? merge_low(st, a, na, nb) : merge_high(st, a, na, nb);
}

static int merge_collapse(SortState *st)
{
    SortRun *r = st->runs;
    while (st->nruns > 1) {
        int n = st->nruns - 2;
        if ((n > 0 && r[n - 1].len <= r[n].len + r[n + 1].len) ||
            (n > 1 && r[n - 2].len <= r[n - 1].len + r[n].len)) {
            if (r[n - 1].len < r[n + 1].len)
                n--;
        } else if (r[n].len > r[n + 1].len) {
            break;
        }
        if (merge_at(st, n) < 0)
            return -1;
    }
    return 0;
}

static int merge_force_collapse(SortState *st)
{
    while (st->nruns > 1) {
        int n = st->nruns - 2;
        if (n > 0 && st->runs[n - 1].len < st->runs[n + 1].len)
            n--;
        if (merge_at(st, n) < 0)
            return -1;
    }
    return 0;
}

static PymSize compute_minrun(PymSize n)
{
    PymSize r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_slice(SortSlice s, PymSize n)
{
    SortState st;
    st.s = s;
    st.tmp_keys = st.tmp_values = NULL;
    st.tmp_cap = 0;
    st.nruns = 0;
    choose_comparison(&st, s.keys, n);
    PymSize minrun = compute_minrun(n), lo = 0, remaining = n;
    int rc = -1;
    while (remaining > 0) {
        int descending;
        PymSize run = count_run(&st, lo, lo + remaining, &descending);
        if (run < 0)
            goto done;
        if (descending)
            slice_reverse(&st.s, lo, lo + run);
        if (run < minrun) {
            PymSize force = remaining < minrun ? remaining : minrun;
            if (binary_insertion(&st, lo, lo + force, lo + run) < 0)
                goto done;
            run = force;
        }
        st.runs[st.nruns].base = lo;
        st.runs[st.nruns].len = run;
        st.nruns++;
        if (merge_collapse(&st) < 0)
            goto done;
        lo += run;
        remaining -= run;
    }
    rc = merge_force_collapse(&st);
done:
    pym_mem_free(st.tmp_keys);
    pym_mem_free(st.tmp_values);
    return rc;
}

/* list.sort: the list looks empty (and allocated is -1) while sorting, so
 * that a key function or comparison cannot see or corrupt the items. */
static int list_sort_impl(PymListObject *self, PymObject *keyfunc, int reverse)
{
    PymSize saved_size = PYM_SIZE(self), saved_allocated = self->allocated;
    PymObject **saved_items = self->items;
    PymObject **keys = NULL;
    int result = -1;
    PYM_SIZE(self) = 0;
    self->items = NULL;
    self->allocated = -1;

    if (keyfunc == PYM_NONE)
        keyfunc = NULL;
    if (keyfunc != NULL && saved_size > 0) {
        keys = pym_mem_malloc((size_t)saved_size * sizeof(PymObject *));
        if (keys == NULL) {
            pym_err_no_memory();
            goto restore;
        }
        for (PymSize i = 0; i < saved_size; i++) {
            keys[i] = pym_object_call1(keyfunc, saved_items[i]);
            if (keys[i] == NULL) {
                for (PymSize j = 0; j < i; j++)
                    PYM_DECREF(keys[j]);
                pym_mem_free(keys);
                keys = NULL;
                goto restore;
            }
        }
    }
    SortSlice s;
    s.keys = keys ? keys : saved_items;
    s.values = keys ? saved_items : NULL;
    /* Reversing before and after a stable sort keeps equal items in their
     * original order under reverse=True. */
    if (reverse && saved_size > 1)
        slice_reverse(&s, 0, saved_size);
    if (saved_size > 1)
        result = sort_slice(s, saved_size);
    else
        result = 0;
    if (keys != NULL) {
        for (PymSize i = 0; i < saved_size; i++)
            PYM_DECREF(keys[i]);
        pym_mem_free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        pym_err_set_string(&pym_exc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_size > 1)
        reverse_range(saved_items, saved_items + saved_size);
restore:;
    PymObject **final_items = self->items;
    PymSize i = PYM_SIZE(self);
    PYM_SIZE(self) = saved_size;
    self->items = saved_items;
    self->allocated = saved_allocated;
    if (final_items != NULL) {
        while (--i >= 0)
            PYM_XDECREF(final_items[i]);
        pym_mem_free(final_items);
    }
    return result;
}

int pym_list_sort(PymObject *list)
{
    return pym_list_sort_ex(list, NULL, 0);
}

int pym_list_sort_ex(PymObject *list, PymObject *key, int reverse)
{
    if (list == NULL || !PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return -1;
    }
    return list_sort_impl(LIST(list), key, reverse);
}

int pym_list_reverse(PymObject *list)
{
    if (list == NULL || !PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return -1;
    }
    if (PYM_SIZE(list) > 1)
        reverse_range(LIST(list)->items, LIST(list)->items + PYM_SIZE(list));
    return 0;
}

PymObject *pym_list_as_tuple(PymObject *list)
{
    if (list == NULL || !PYM_LIST_CHECK(list)) {
        pym_err_bad_internal_call();
        return NULL;
    }
    return pym_tuple_from_array(LIST(list)->items, PYM_SIZE(list));
}

/* ---- methods ------------------------------------------------------------- */

static PymObject *list_append_meth(PymObject *self, PymObject *item)
{
    if (list_append_steal(LIST(self), pym_newref(item)) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *list_extend_meth(PymObject *self, PymObject *iterable)
{
    if (list_extend_impl(LIST(self), iterable) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *list_insert_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (cont_check_positional("insert", nargs, 2, 2) < 0)
        return NULL;
    PymSize where = cont_ssize_arg(args[0]);
    if (where == -1 && pym_err_occurred())
        return NULL;
    if (list_insert_at(LIST(self), where, args[1]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *list_clear_meth(PymObject *self, PymObject *unused)
{
    list_clear_items(LIST(self));
    PYM_RETURN_NONE;
}

static PymObject *list_copy_meth(PymObject *self, PymObject *unused)
{
    return list_slice(LIST(self), 0, PYM_SIZE(self));
}

static PymObject *list_pop_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymListObject *a = LIST(self);
    if (cont_check_positional("pop", nargs, 0, 1) < 0)
        return NULL;
    PymSize index = -1;
    if (nargs == 1) {
        index = cont_ssize_arg(args[0]);
        if (index == -1 && pym_err_occurred())
            return NULL;
    }
    if (PYM_SIZE(a) == 0) {
        pym_err_set_string(&pym_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (index < 0)
        index += PYM_SIZE(a);
    if ((size_t)index >= (size_t)PYM_SIZE(a)) {
        pym_err_set_string(&pym_exc_IndexError, "pop index out of range");
        return NULL;
    }
    PymObject *v = a->items[index];
    if (index == PYM_SIZE(a) - 1) {
        /* v keeps the reference the list had */
        if (list_resize(a, PYM_SIZE(a) - 1) < 0)
            return NULL;
        return v;
    }
    PYM_INCREF(v);
    if (list_ass_slice(a, index, index + 1, NULL) < 0) {
        PYM_DECREF(v);
        return NULL;
    }
    return v;
}

static PymObject *list_remove_meth(PymObject *self, PymObject *value)
{
    PymListObject *a = LIST(self);
    for (PymSize i = 0; i < PYM_SIZE(a); i++) {
        PymObject *item = pym_newref(a->items[i]);
        int cmp = pym_object_richcompare_bool(item, value, PYM_EQ);
        PYM_DECREF(item);
        if (cmp > 0) {
            if (list_ass_slice(a, i, i + 1, NULL) < 0)
                return NULL;
            PYM_RETURN_NONE;
        }
        if (cmp < 0)
            return NULL;
    }
    pym_err_set_string(&pym_exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

/* start/stop of index(): negative values count from the end, clamped. */
static int resolve_search_bounds(PymObject *const *args, PymSize nargs, PymSize len,
                                 PymSize *start, PymSize *stop)
{
    *start = 0;
    *stop = CONT_SSIZE_MAX;
    if (nargs > 1 && cont_clamped_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && cont_clamped_index(args[2], stop) < 0)
        return -1;
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = 0;
    }
    return 0;
}

static PymObject *list_index_meth(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymListObject *a = LIST(self);
    if (cont_check_positional("index", nargs, 1, 3) < 0)
        return NULL;
    PymSize start, stop;
    if (resolve_search_bounds(args, nargs, PYM_SIZE(a), &start, &stop) < 0)
        return NULL;
    for (PymSize i = start; i < stop && i < PYM_SIZE(a); i++) {
        PymObject *item = pym_newref(a->items[i]);
        int cmp = pym_object_richcompare_bool(item, args[0], PYM_EQ);
        PYM_DECREF(item);
        if (cmp > 0)
            return pym_int_from_ssize(i);
        if (cmp < 0)
            return NULL;
    }
    return pym_err_format(&pym_exc_ValueError, "%R is not in list", args[0]);
}

static PymObject *list_count_meth(PymObject *self, PymObject *value)
{
    PymListObject *a = LIST(self);
    PymSize count = 0;
    for (PymSize i = 0; i < PYM_SIZE(a); i++) {
        PymObject *item = a->items[i];
        if (item == value) {
            count++;
            continue;
        }
        PYM_INCREF(item);
        int cmp = pym_object_richcompare_bool(item, value, PYM_EQ);
        PYM_DECREF(item);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return pym_int_from_ssize(count);
}

static PymObject *list_reverse_meth(PymObject *self, PymObject *unused)
{
    if (pym_list_reverse(self) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *list_sort_meth(PymObject *self, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    if (nargs > 0) {
        pym_err_set_string(&pym_exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    PymSize nkw = cont_kwcount(kwnames);
    if (nkw > 2) {
        return pym_err_format(&pym_exc_TypeError,
                              "sort() takes at most 2 keyword arguments (%zd given)", nkw);
    }
    PymObject *keyfunc = NULL;
    int reverse = 0;
    for (PymSize i = 0; i < nkw; i++) {
        PymObject *name = PYM_TUPLE_BORROW_ITEM(kwnames, i);
        PymObject *value = args[nargs + i];
        if (cont_name_is(name, PYM_ID(key))) {
            keyfunc = value;
        } else if (cont_name_is(name, PYM_ID(reverse))) {
            PymObject *as_int = pym_number_index(value);
            if (as_int == NULL)
                return NULL;
            reverse = pym_int_sign(as_int) != 0;
            PYM_DECREF(as_int);
        } else {
            return pym_err_format(&pym_exc_TypeError,
                                  "'%U' is an invalid keyword argument for sort()", name);
        }
    }
    if (list_sort_impl(LIST(self), keyfunc, reverse) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *list_sizeof_meth(PymObject *self, PymObject *unused)
{
    PymSize allocated = LIST(self)->allocated;
    if (allocated < 0)
        allocated = 0;
    return pym_int_from_ssize(PYM_TYPE(self)->basicsize + allocated * (PymSize)sizeof(PymObject *));
}

static PymObject *list_reviter_new(PymObject *seq);

static PymObject *list_reversed_meth(PymObject *self, PymObject *unused)
{
    return list_reviter_new(self);
}

/* ---- construction -------------------------------------------------------- */

static PymObject *list_new(PymType *type, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames)
{
    PymObject *self = pym_type_generic_alloc(type, 0);
    if (self == NULL)
        return NULL;
    pym_gc_track(self);
    return self;
}

static int list_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (PYM_TYPE(self) == &pym_list_type && cont_no_kwargs("list", kwnames) < 0)
        return -1;
    if (cont_check_positional("list", nargs, 0, 1) < 0)
        return -1;
    PymListObject *a = LIST(self);
    if (a->items != NULL)
        list_clear_items(a);
    if (nargs == 0)
        return 0;
    PymObject *iterable = args[0];
    /* A sized iterable gets exactly its length up front. */
    PymSequenceMethods *sq = PYM_TYPE(iterable)->as_sequence;
    PymMappingMethods *mp = PYM_TYPE(iterable)->as_mapping;
    if ((sq && sq->length) || (mp && mp->length)) {
        PymSize n = pym_object_length(iterable);
        if (n < 0) {
            if (!pym_err_exception_matches(&pym_exc_TypeError))
                return -1;
            pym_err_clear();
        }
        if (n > 0 && a->items == NULL && list_preallocate_exact(a, n) < 0)
            return -1;
    }
    return list_extend_impl(a, iterable);
}

static PymObject *list_iter(PymObject *seq);

static PymSequenceMethods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .ass_item = list_ass_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

static PymMappingMethods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

static PymMethodDef list_methods[] = {
    PYM_METHOD("append", list_append_meth, PYM_METH_O),
    PYM_METHOD("extend", list_extend_meth, PYM_METH_O),
    PYM_METHOD("insert", list_insert_meth, PYM_METH_FASTCALL),
    PYM_METHOD("remove", list_remove_meth, PYM_METH_O),
    PYM_METHOD("pop", list_pop_meth, PYM_METH_FASTCALL),
    PYM_METHOD("clear", list_clear_meth, PYM_METH_NOARGS),
    PYM_METHOD("index", list_index_meth, PYM_METH_FASTCALL),
    PYM_METHOD("count", list_count_meth, PYM_METH_O),
    PYM_METHOD("sort", list_sort_meth, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("reverse", list_reverse_meth, PYM_METH_NOARGS),
    PYM_METHOD("copy", list_copy_meth, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", list_sizeof_meth, PYM_METH_NOARGS),
    PYM_METHOD("__reversed__", list_reversed_meth, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_list_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "list",
    .basicsize = sizeof(PymListObject),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_LIST_SUBCLASS,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .traverse = list_traverse,
    .clear = list_tp_clear,
    .free = pym_gc_free,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
};

/* ---- iterators ------------------------------------------------------------ */

/* iter(list): index walks up; seq is dropped at the end.  The reverse
 * iterator walks down from the end (index == -1 when done). */
typedef struct ListIterObject {
    PYM_OBJECT_HEAD;
    PymSize index;
    PymObject *seq;
} ListIterObject;

static PymObject *list_iter(PymObject *seq)
{
    ListIterObject *it = (ListIterObject *)pym_gc_alloc(&pym_list_iter_type, sizeof(ListIterObject));
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = pym_newref(seq);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static PymObject *list_reviter_new(PymObject *seq)
{
    ListIterObject *it =
        (ListIterObject *)pym_gc_alloc(&pym_list_reviter_type, sizeof(ListIterObject));
    if (it == NULL)
        return NULL;
    it->index = PYM_SIZE(seq) - 1;
    it->seq = pym_newref(seq);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void listiter_dealloc(PymObject *self)
{
    cont_untrack(self);
    PYM_XDECREF(((ListIterObject *)self)->seq);
    PYM_TYPE(self)->free(self);
}

static int listiter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CONT_VISIT(((ListIterObject *)self)->seq);
    return 0;
}

static int listiter_clear(PymObject *self)
{
    PYM_CLEAR(((ListIterObject *)self)->seq);
    return 0;
}

static PymObject *listiter_next(PymObject *self)
{
    ListIterObject *it = (ListIterObject *)self;
    PymObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index < PYM_SIZE(seq))
        return pym_newref(LIST(seq)->items[it->index++]);
    it->seq = NULL;
    PYM_DECREF(seq);
    return NULL;
}

static PymObject *listiter_length_hint(PymObject *self, PymObject *unused)
{
    ListIterObject *it = (ListIterObject *)self;
    PymSize n = 0;
    if (it->seq != NULL && PYM_SIZE(it->seq) > it->index)
        n = PYM_SIZE(it->seq) - it->index;
    return pym_int_from_ssize(n);
}

static PymObject *listreviter_next(PymObject *self)
{
    ListIterObject *it = (ListIterObject *)self;
    PymObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index >= 0 && it->index < PYM_SIZE(seq))
        return pym_newref(LIST(seq)->items[it->index--]);
    it->index = -1;
    it->seq = NULL;
    PYM_DECREF(seq);
    return NULL;
}

static PymObject *listreviter_length_hint(PymObject *self, PymObject *unused)
{
    ListIterObject *it = (ListIterObject *)self;
    PymSize n = it->index + 1;
    if (it->seq == NULL || PYM_SIZE(it->seq) < n)
        n = 0;
    return pym_int_from_ssize(n);
}

static PymMethodDef listiter_methods[] = {
    PYM_METHOD("__length_hint__", listiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymMethodDef listreviter_methods[] = {
    PYM_METHOD("__length_hint__", listreviter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_list_iter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = listiter_dealloc,
    .iter = cont_self_iter,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .free = pym_gc_free,
    .methods = listiter_methods,
};

PymType pym_list_reviter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = listiter_dealloc,
    .iter = cont_self_iter,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .free = pym_gc_free,
    .methods = listreviter_methods,
};
