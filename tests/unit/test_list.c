/* test_list.c — list and tuple: growth sizes (CPython 3.11's figures for
 * sys.getsizeof), slicing, sorting, comparison, the trashcan. */
#include <criterion/criterion.h>
#include <stdio.h>
#include "runtime/pym.h"
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

TestSuite(list, .init = setup, .fini = teardown);

static PymObject *num(int64_t v)
{
    PymObject *o = pym_int_from_i64(v);
    cr_assert_not_null(o);
    return o;
}

/* sys.getsizeof(list) == 56 + 8 * allocated */
static PymSize getsizeof_list(PymObject *l)
{
    return 16 + (PymSize)sizeof(PymListObject) + 8 * ((PymListObject *)l)->allocated;
}

static PymObject *range_list(int n)
{
    PymObject *l = pym_list_new(0);
    for (int i = 0; i < n; i++) {
        PymObject *v = num(i);
        cr_assert_eq(pym_list_append(l, v), 0);
        PYM_DECREF(v);
    }
    return l;
}

static const char *repr_of(PymObject *o)
{
    static char buf[512];
    PymObject *r = pym_object_repr(o);
    cr_assert_not_null(r);
    snprintf(buf, sizeof buf, "%s", pym_str_as_utf8(r));
    PYM_DECREF(r);
    return buf;
}

Test(list, layout_matches_cpython)
{
    cr_assert_eq(sizeof(PymListObject), 40);
    cr_assert_eq(offsetof(PymTupleObject, items), 24);
    PymObject *l = pym_list_new(0);
    cr_assert_eq(getsizeof_list(l), 56);
    PYM_DECREF(l);
    l = pym_list_new(3); /* BUILD_LIST 3 */
    for (int i = 0; i < 3; i++)
        PYM_LIST_SET_ITEM_STEAL(l, i, num(i));
    cr_assert_eq(getsizeof_list(l), 80);
    PYM_DECREF(l);
}

Test(list, append_growth_pattern)
{
    /* python3: l = []; for i in range(40): l.append(i); sys.getsizeof(l) */
    static const int expected[40] = {4,  4,  4,  4,  8,  8,  8,  8,  16, 16, 16, 16, 16, 16,
                                     16, 16, 24, 24, 24, 24, 24, 24, 24, 24, 32, 32, 32, 32,
                                     32, 32, 32, 32, 40, 40, 40, 40, 40, 40, 40, 40};
    PymObject *l = pym_list_new(0);
    for (int i = 0; i < 40; i++) {
        PymObject *v = num(i);
        cr_assert_eq(pym_list_append(l, v), 0);
        PYM_DECREF(v);
        cr_assert_eq(((PymListObject *)l)->allocated, expected[i], "after %d appends: %zd", i + 1,
                     ((PymListObject *)l)->allocated);
    }
    cr_assert_eq(PYM_SIZE(l), 40);
    for (int i = 0; i < 40; i++)
        cr_assert_eq(pym_int_small_value(PYM_LIST_BORROW_ITEM(l, i)), i);
    PYM_DECREF(l);
}

Test(list, pop_shrink_pattern)
{
    /* python3: l = list(range(40)); pop until empty */
    static const int expected[40] = {40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
                                     40, 40, 40, 40, 40, 40, 24, 24, 24, 24, 24, 24, 24, 24,
                                     16, 16, 16, 16, 12, 12, 8,  8,  8,  8,  4,  0};
    PymObject *src = range_list(40);
    PymObject *t = pym_list_as_tuple(src);
    PymObject *l = pym_list_new(0);
    cr_assert_eq(pym_list_extend(l, t), 0);
    PYM_DECREF(t);
    cr_assert_eq(((PymListObject *)l)->allocated, 40);
    for (int i = 0; i < 40; i++) {
        cr_assert_eq(pym_list_set_slice(l, PYM_SIZE(l) - 1, PYM_SIZE(l), NULL), 0);
        cr_assert_eq(((PymListObject *)l)->allocated, expected[i], "after %d pops: %zd", i + 1,
                     ((PymListObject *)l)->allocated);
    }
    PYM_DECREF(l);
    PYM_DECREF(src);
}

Test(list, extend_sizes)
{
    /* [1, 2, 3] is BUILD_LIST 0 + LIST_EXTEND (1, 2, 3): 88 bytes */
    PymObject *one = num(1), *two = num(2), *three = num(3);
    PymObject *t = pym_tuple_pack(3, one, two, three);
    PYM_DECREF(one);
    PYM_DECREF(two);
    PYM_DECREF(three);
    PymObject *l = pym_list_new(0);
    cr_assert_eq(pym_list_extend(l, t), 0);
    cr_assert_eq(getsizeof_list(l), 88);
    /* l.extend(l) doubles with over-allocation */
    cr_assert_eq(pym_list_extend(l, l), 0);
    cr_assert_eq(PYM_SIZE(l), 6);
    cr_assert_str_eq(repr_of(l), "[1, 2, 3, 1, 2, 3]");
    PYM_DECREF(l);
    PYM_DECREF(t);

    /* extend from an iterator with a length hint: exact, rounded to even */
    PymObject *src = range_list(3);
    PymObject *it = pym_object_get_iter(src);
    l = pym_list_new(0);
    cr_assert_eq(pym_list_extend(l, it), 0);
    cr_assert_eq(getsizeof_list(l), 88);
    PYM_DECREF(it);
    PYM_DECREF(l);
    PYM_DECREF(src);
}

Test(list, slices)
{
    PymObject *l = range_list(10);
    PymObject *s = pym_list_get_slice(l, 2, 5);
    cr_assert_str_eq(repr_of(s), "[2, 3, 4]");
    cr_assert_eq(getsizeof_list(s), 80);
    PYM_DECREF(s);

    PymObject *step = num(-3);
    PymObject *sl = pym_slice_new(NULL, NULL, step);
    s = pym_object_getitem(l, sl);
    cr_assert_str_eq(repr_of(s), "[9, 6, 3, 0]");
    PYM_DECREF(s);

    /* l[::-3] = 'abcd' */
    PymObject *abcd = pym_str_from_cstr("abcd");
    cr_assert_eq(pym_object_setitem(l, sl, abcd), 0);
    cr_assert_str_eq(repr_of(l), "['d', 1, 2, 'c', 4, 5, 'b', 7, 8, 'a']");
    /* wrong length: ValueError with CPython's message */
    PymObject *two = pym_str_from_cstr("xy");
    cr_assert_eq(pym_object_setitem(l, sl, two), -1);
    cr_assert(pym_err_exception_matches(&pym_exc_ValueError));
    pym_err_clear();
    /* del l[::-3] */
    cr_assert_eq(pym_object_delitem(l, sl), 0);
    cr_assert_str_eq(repr_of(l), "[1, 2, 4, 5, 7, 8]");
    /* l[1:1] = l */
    cr_assert_eq(pym_list_set_slice(l, 1, 1, l), 0);
    cr_assert_str_eq(repr_of(l), "[1, 1, 2, 4, 5, 7, 8, 2, 4, 5, 7, 8]");
    PYM_DECREF(two);
    PYM_DECREF(abcd);
    PYM_DECREF(sl);
    PYM_DECREF(step);
    PYM_DECREF(l);
}

Test(list, index_errors)
{
    PymObject *l = range_list(2);
    PymObject *big = num(5);
    cr_assert_null(pym_object_getitem(l, big));
    cr_assert(pym_err_exception_matches(&pym_exc_IndexError));
    pym_err_clear();
    cr_assert_eq(pym_object_setitem(l, big, big), -1);
    cr_assert(pym_err_exception_matches(&pym_exc_IndexError));
    pym_err_clear();
    PymObject *neg = num(-1);
    PymObject *v = pym_object_getitem(l, neg);
    cr_assert_eq(pym_int_small_value(v), 1);
    PYM_DECREF(v);
    PYM_DECREF(neg);
    PYM_DECREF(big);
    PYM_DECREF(l);
}

Test(list, sort_stable_with_key_and_reverse)
{
    /* sort pairs by their first item: equal keys keep their order */
    PymObject *l = pym_list_new(0);
    int data[][2] = {{3, 0}, {1, 1}, {3, 2}, {2, 3}, {1, 4}, {3, 5}, {2, 6}};
    for (size_t i = 0; i < sizeof data / sizeof data[0]; i++) {
        PymObject *a = num(data[i][0]), *b = num(data[i][1]);
        PymObject *t = pym_tuple_pack(2, a, b);
        pym_list_append(l, t);
        PYM_DECREF(t);
        PYM_DECREF(a);
        PYM_DECREF(b);
    }
    cr_assert_eq(pym_list_sort(l), 0);
    cr_assert_str_eq(repr_of(l), "[(1, 1), (1, 4), (2, 3), (2, 6), (3, 0), (3, 2), (3, 5)]");
    cr_assert_eq(pym_list_sort_ex(l, NULL, 1), 0);
    cr_assert_str_eq(repr_of(l), "[(3, 5), (3, 2), (3, 0), (2, 6), (2, 3), (1, 4), (1, 1)]");
    PYM_DECREF(l);
}

Test(list, sort_many_and_mixed_types)
{
    /* a pseudo-random permutation of 0..9999 comes back in order */
    PymObject *l = pym_list_new(0);
    uint32_t x = 12345;
    for (int i = 0; i < 10000; i++) {
        x = x * 1103515245u + 12345u;
        PymObject *v = num((x >> 8) % 1000);
        pym_list_append(l, v);
        PYM_DECREF(v);
    }
    cr_assert_eq(pym_list_sort(l), 0);
    for (PymSize i = 1; i < PYM_SIZE(l); i++)
        cr_assert_leq(pym_int_small_value(PYM_LIST_BORROW_ITEM(l, i - 1)),
                      pym_int_small_value(PYM_LIST_BORROW_ITEM(l, i)));
    PYM_DECREF(l);

    /* [1, 'a'].sort(): TypeError from '<', the list keeps its items */
    l = pym_list_new(0);
    PymObject *one = num(1), *a = pym_str_from_cstr("a");
    pym_list_append(l, one);
    pym_list_append(l, a);
    cr_assert_eq(pym_list_sort(l), -1);
    cr_assert(pym_err_exception_matches(&pym_exc_TypeError));
    pym_err_clear();
    cr_assert_eq(PYM_SIZE(l), 2);
    PYM_DECREF(one);
    PYM_DECREF(a);
    PYM_DECREF(l);
}

Test(list, comparison_and_repr)
{
    PymObject *a = range_list(3), *b = range_list(3), *c = range_list(2);
    cr_assert_eq(pym_object_richcompare_bool(a, b, PYM_EQ), 1);
    cr_assert_eq(pym_object_richcompare_bool(c, a, PYM_LT), 1);
    cr_assert_eq(pym_object_richcompare_bool(a, c, PYM_GT), 1);
    pym_list_append(a, a);
    cr_assert_str_eq(repr_of(a), "[0, 1, 2, [...]]");
    pym_list_clear(a);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(c);
}

/* CPython overflows the C stack hashing a tuple nested this deep; pym
 * raises RecursionError, and hashes moderately deep ones as CPython does. */
Test(list, deeply_nested_tuple_hash_raises_instead_of_crashing)
{
    PymObject *t = pym_tuple_new(0);
    for (int depth = 1; depth <= 300000; depth++) {
        PymObject *outer = pym_tuple_pack(1, t);
        PYM_DECREF(t);
        t = outer;
        if (depth == 10000) {
            cr_assert_neq(pym_object_hash(t), -1, "depth 10000 should hash");
        }
    }
    cr_assert_eq(pym_object_hash(t), -1);
    cr_assert(pym_err_exception_matches(&pym_exc_RecursionError));
    pym_err_clear();
    PYM_DECREF(t);
}

Test(list, tuple_hash_and_repr)
{
    PymObject *one = num(1), *two = num(2);
    PymObject *t = pym_tuple_pack(2, one, two);
    cr_assert_eq(pym_object_hash(t), (PymHash)-3550055125485641917LL);
    PymObject *e = pym_tuple_new(0);
    cr_assert_eq(pym_object_hash(e), (PymHash)5740354900026072187LL);
    cr_assert_eq(pym_gc_is_tracked(e), 0);
    cr_assert_str_eq(repr_of(e), "()");
    PymObject *single = pym_tuple_pack(1, one);
    cr_assert_str_eq(repr_of(single), "(1,)");
    /* tracked from birth; the collector's rule untracks atoms-only tuples */
    cr_assert_eq(pym_gc_is_tracked(t), 1);
    pym_tuple_maybe_untrack(t);
    cr_assert_eq(pym_gc_is_tracked(t), 0);
    PymObject *l = pym_list_new(0);
    PymObject *holder = pym_tuple_pack(1, l);
    pym_tuple_maybe_untrack(holder);
    cr_assert_eq(pym_gc_is_tracked(holder), 1);
    PYM_DECREF(holder);
    PYM_DECREF(l);
    PYM_DECREF(single);
    PYM_DECREF(e);
    PYM_DECREF(t);
    PYM_DECREF(one);
    PYM_DECREF(two);
}

Test(list, deep_nesting_dealloc)
{
    /* 100,000 nested lists: freeing must not recurse on the C stack */
    PymObject *outer = pym_list_new(0);
    for (int i = 0; i < 100000; i++) {
        PymObject *next = pym_list_new(0);
        pym_list_append(next, outer);
        PYM_DECREF(outer);
        outer = next;
    }
    PYM_DECREF(outer);
    /* and the same through tuples */
    PymObject *t = pym_tuple_new(0);
    for (int i = 0; i < 100000; i++) {
        PymObject *next = pym_tuple_pack(1, t);
        PYM_DECREF(t);
        t = next;
    }
    PYM_DECREF(t);
}
