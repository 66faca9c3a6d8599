/* test_set.c — set and frozenset: the operators and methods, sizes and
 * iteration order as CPython 3.11's, hashing, colliding keys. */
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

TestSuite(set, .init = setup, .fini = teardown);

static PymObject *num(int64_t v)
{
    PymObject *o = pym_int_from_i64(v);
    cr_assert_not_null(o);
    return o;
}

static PymObject *set_of(const int64_t *values, int n)
{
    PymObject *s = pym_set_new(NULL);
    cr_assert_not_null(s);
    for (int i = 0; i < n; i++) {
        PymObject *v = num(values[i]);
        cr_assert_eq(pym_set_add(s, v), 0);
        PYM_DECREF(v);
    }
    return s;
}

static const char *repr_of(PymObject *o)
{
    static char buf[1024];
    PymObject *r = pym_object_repr(o);
    cr_assert_not_null(r);
    snprintf(buf, sizeof buf, "%s", pym_str_as_utf8(r));
    PYM_DECREF(r);
    return buf;
}

static PymSize sizeof_of(PymObject *o)
{
    PymObject *r = pym_object_call_method_str(o, "__sizeof__", NULL, 0);
    cr_assert_not_null(r);
    PymSize n = pym_int_as_ssize(r);
    PYM_DECREF(r);
    return n + 16; /* sys.getsizeof adds the GC header */
}

Test(set, repr_and_iteration_order)
{
    /* python3: {5, 1, 3, 100, 33, 8} → {1, 33, 3, 100, 5, 8} */
    static const int64_t a[] = {5, 1, 3, 100, 33, 8};
    PymObject *s = set_of(a, 6);
    cr_assert_str_eq(repr_of(s), "{1, 33, 3, 100, 5, 8}");
    PYM_DECREF(s);
    static const int64_t b[] = {-1, -2, 7, 8, 9, 1000};
    s = set_of(b, 6);
    cr_assert_str_eq(repr_of(s), "{7, 8, 9, 1000, -2, -1}");
    PymObject *empty = pym_set_new(NULL);
    cr_assert_str_eq(repr_of(empty), "set()");
    /* set(frozenset(...)) re-inserts into a 16-slot table */
    PymObject *list = pym_sequence_list(s);
    PymObject *fz = pym_frozenset_new(list);
    cr_assert_str_eq(repr_of(fz), "frozenset({7, 8, 9, 1000, -1, -2})");
    PymObject *again = pym_set_new(fz);
    cr_assert_str_eq(repr_of(again), "{-1, 7, 8, 9, -2, 1000}");
    PYM_DECREF(again);
    PYM_DECREF(list);
    PymObject *efz = pym_frozenset_new(NULL);
    cr_assert_str_eq(repr_of(efz), "frozenset()");
    PYM_DECREF(efz);
    PYM_DECREF(fz);
    PYM_DECREF(empty);
    PYM_DECREF(s);
}

Test(set, sizes_follow_cpython)
{
    PymObject *s = pym_set_new(NULL);
    cr_assert_eq(sizeof_of(s), 216);
    /* python3: growth at the 5th, 19th and 77th add */
    for (int i = 0; i < 100; i++) {
        PymObject *v = num(i);
        pym_set_add(s, v);
        PYM_DECREF(v);
        PymSize expect = i < 4 ? 216 : i < 18 ? 728 : i < 76 ? 2264 : 8408;
        cr_assert_eq(sizeof_of(s), expect, "after %d adds: %zd", i + 1, sizeof_of(s));
    }
    /* a set built from a set resizes once: set of 5 is 472 */
    static const int64_t five[] = {1, 2, 3, 4, 5};
    PymObject *src = set_of(five, 5);
    PymObject *copy = pym_set_new(src);
    cr_assert_eq(sizeof_of(src), 728);
    cr_assert_eq(sizeof_of(copy), 472);
    PYM_DECREF(copy);
    PYM_DECREF(src);
    PYM_DECREF(s);
}

Test(set, operators)
{
    static const int64_t a[] = {1, 2, 3}, b[] = {2, 3, 4};
    PymObject *x = set_of(a, 3), *y = set_of(b, 3);
    PymObject *r = pym_number_and(x, y);
    cr_assert_str_eq(repr_of(r), "{2, 3}");
    PYM_DECREF(r);
    r = pym_number_or(x, y);
    cr_assert_str_eq(repr_of(r), "{1, 2, 3, 4}");
    PYM_DECREF(r);
    r = pym_number_subtract(x, y);
    cr_assert_str_eq(repr_of(r), "{1}");
    PYM_DECREF(r);
    r = pym_number_xor(x, y);
    cr_assert_str_eq(repr_of(r), "{1, 4}");
    PYM_DECREF(r);
    cr_assert_eq(pym_object_richcompare_bool(x, y, PYM_EQ), 0);
    PymObject *sub = pym_number_and(x, y);
    cr_assert_eq(pym_object_richcompare_bool(sub, x, PYM_LT), 1);
    cr_assert_eq(pym_object_richcompare_bool(x, sub, PYM_GE), 1);
    cr_assert_eq(pym_object_richcompare_bool(x, x, PYM_LT), 0);
    PYM_DECREF(sub);
    /* a set and a list do not mix with operators */
    PymObject *l = pym_list_new(0);
    cr_assert_null(pym_number_or(x, l));
    cr_assert(pym_err_exception_matches(&pym_exc_TypeError));
    pym_err_clear();
    PYM_DECREF(l);
    /* frozenset | set is a frozenset, set | frozenset a set */
    PymObject *fz = pym_frozenset_new(x);
    r = pym_number_or(fz, y);
    cr_assert(PYM_TYPE(r) == &pym_frozenset_type);
    PYM_DECREF(r);
    r = pym_number_or(y, fz);
    cr_assert(PYM_TYPE(r) == &pym_set_type);
    PYM_DECREF(r);
    /* equal sets, equal frozensets, equal hashes */
    PymObject *fz2 = pym_frozenset_new(x);
    cr_assert_eq(pym_object_richcompare_bool(fz, x, PYM_EQ), 1);
    cr_assert_eq(pym_object_hash(fz), pym_object_hash(fz2));
    PYM_DECREF(fz2);
    PYM_DECREF(fz);
    PYM_DECREF(x);
    PYM_DECREF(y);
}

Test(set, methods)
{
    static const int64_t a[] = {1, 2, 3, 4, 5, 6};
    PymObject *s = set_of(a, 6);
    PymObject *three = num(3), *ten = num(10);
    cr_assert_eq(pym_set_discard(s, three), 1);
    cr_assert_eq(pym_set_discard(s, three), 0);
    cr_assert_eq(pym_set_contains(s, three), 0);
    PymObject *r = pym_object_call_method_str(s, "remove", &ten, 1);
    cr_assert_null(r);
    cr_assert(pym_err_exception_matches(&pym_exc_KeyError));
    pym_err_clear();
    PymObject *l = pym_list_new(0);
    pym_list_append(l, ten);
    pym_list_append(l, three);
    r = pym_object_call_method_str(s, "union", &l, 1);
    cr_assert_str_eq(repr_of(r), "{1, 2, 3, 4, 5, 6, 10}");
    PYM_DECREF(r);
    r = pym_object_call_method_str(s, "intersection", &l, 1);
    cr_assert_str_eq(repr_of(r), "set()");
    PYM_DECREF(r);
    r = pym_object_call_method_str(s, "isdisjoint", &l, 1);
    cr_assert(r == PYM_TRUE);
    PYM_DECREF(r);
    r = pym_object_call_method_str(s, "issuperset", &l, 1);
    cr_assert(r == PYM_FALSE);
    PYM_DECREF(r);
    r = pym_object_call_method_str(s, "symmetric_difference_update", &l, 1);
    PYM_DECREF(r);
    cr_assert_str_eq(repr_of(s), "{1, 2, 3, 4, 5, 6, 10}");
    r = pym_object_call_method_str(s, "difference_update", &l, 1);
    PYM_DECREF(r);
    cr_assert_str_eq(repr_of(s), "{1, 2, 4, 5, 6}");
    /* pop() walks from the start of the table */
    r = pym_object_call_method_str(s, "pop", NULL, 0);
    cr_assert_eq(pym_int_small_value(r), 1);
    PYM_DECREF(r);
    r = pym_object_call_method_str(s, "clear", NULL, 0);
    PYM_DECREF(r);
    r = pym_object_call_method_str(s, "pop", NULL, 0);
    cr_assert_null(r);
    cr_assert(pym_err_exception_matches(&pym_exc_KeyError));
    pym_err_clear();
    PYM_DECREF(l);
    PYM_DECREF(three);
    PYM_DECREF(ten);
    PYM_DECREF(s);
}

Test(set, unhashable_and_frozen_lookup)
{
    PymObject *s = pym_set_new(NULL);
    PymObject *l = pym_list_new(0);
    cr_assert_eq(pym_set_add(s, l), -1);
    cr_assert(pym_err_exception_matches(&pym_exc_TypeError));
    pym_err_clear();
    /* a set key is looked up as the equal frozenset */
    PymObject *inner = pym_set_new(NULL);
    PymObject *fz = pym_frozenset_new(inner);
    pym_set_add(s, fz);
    cr_assert_eq(pym_sequence_contains(s, inner), 1);
    PYM_DECREF(fz);
    PYM_DECREF(inner);
    PYM_DECREF(l);
    PYM_DECREF(s);
}

Test(set, frozenset_hash_matches_cpython)
{
    static const int64_t a[] = {1, 2, 3};
    PymObject *s = set_of(a, 3);
    PymObject *fz = pym_frozenset_new(s);
    cr_assert_eq(pym_object_hash(fz), (PymHash)-272375401224217160LL);
    PymObject *empty = pym_frozenset_new(NULL);
    cr_assert_eq(pym_object_hash(empty), (PymHash)133146708735736LL);
    PYM_DECREF(empty);
    PYM_DECREF(fz);
    PYM_DECREF(s);
}

Test(set, many_and_colliding_keys)
{
    PymObject *s = pym_set_new(NULL);
    for (int i = 0; i < 5000; i++) {
        PymObject *v = num(i * 31);
        pym_set_add(s, v);
        PYM_DECREF(v);
    }
    for (int i = 0; i < 5000; i += 2) {
        PymObject *v = num(i * 31);
        cr_assert_eq(pym_set_discard(s, v), 1);
        PYM_DECREF(v);
    }
    cr_assert_eq(pym_set_size(s), 2500);
    for (int i = 0; i < 5000; i++) {
        PymObject *v = num(i * 31);
        cr_assert_eq(pym_set_contains(s, v), i % 2);
        PYM_DECREF(v);
    }
    PYM_DECREF(s);
    /* keys 5 + k * (2**61 - 1) share one hash */
    s = pym_set_new(NULL);
    PymObject *modulus = num(((int64_t)1 << 61) - 1), *five = num(5);
    for (int k = 0; k < 100; k++) {
        PymObject *kk = num(k);
        PymObject *prod = pym_number_multiply(kk, modulus);
        PymObject *key = pym_number_add(prod, five);
        cr_assert_eq(pym_object_hash(key), 5);
        pym_set_add(s, key);
        pym_set_add(s, key);
        PYM_DECREF(kk);
        PYM_DECREF(prod);
        PYM_DECREF(key);
    }
    cr_assert_eq(pym_set_size(s), 100);
    PYM_DECREF(modulus);
    PYM_DECREF(five);
    PYM_DECREF(s);
}

Test(set, iteration_detects_mutation)
{
    static const int64_t a[] = {1, 2};
    PymObject *s = set_of(a, 2);
    PymObject *it = pym_object_get_iter(s);
    PymObject *first = pym_iter_next(it);
    PYM_DECREF(first);
    PymObject *v = num(7);
    pym_set_add(s, v);
    cr_assert_null(pym_iter_next(it));
    cr_assert(pym_err_exception_matches(&pym_exc_RuntimeError));
    pym_err_clear();
    PYM_DECREF(v);
    PYM_DECREF(it);
    PYM_DECREF(s);
}
