/* test_dict.c — dict: insert/lookup/delete with many keys, resize sizes
 * (CPython 3.11's sys.getsizeof figures), insertion order, colliding
 * hashes, iteration and its mutation checks, collector tracking. */
#include <criterion/criterion.h>
#include <stdio.h>
#include "runtime/pym.h"
#include "runtime/dict_internal.h"
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

TestSuite(dict, .init = setup, .fini = teardown);

static PymObject *num(int64_t v)
{
    PymObject *o = pym_int_from_i64(v);
    cr_assert_not_null(o);
    return o;
}

static PymObject *text(const char *fmt, int i)
{
    char buf[64];
    snprintf(buf, sizeof buf, fmt, i);
    PymObject *s = pym_str_from_cstr(buf);
    cr_assert_not_null(s);
    return s;
}

/* What sys.getsizeof reports: 16 (GC header) + 48 + the table unless it
 * is the shared empty one. */
static PymSize getsizeof_dict(PymObject *d)
{
    PymDictKeys *dk = ((PymDictObject *)d)->keys;
    PymSize size = 16 + (PymSize)sizeof(PymDictObject);
    if (dk->log2_size == 0)
        return size;
    PymSize usable = (((PymSize)1 << dk->log2_size) << 1) / 3;
    PymSize entry = dk->kind == DICT_KEYS_UNICODE ? 16 : 24;
    return size + 32 + ((PymSize)1 << dk->log2_index_bytes) + usable * entry;
}

static void set_int(PymObject *d, int64_t k, int64_t v)
{
    PymObject *key = num(k), *value = num(v);
    cr_assert_eq(pym_dict_setitem(d, key, value), 0);
    PYM_DECREF(key);
    PYM_DECREF(value);
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

Test(dict, sizes_follow_cpython)
{
    PymObject *d = pym_dict_new();
    cr_assert_eq(getsizeof_dict(d), 64);
    /* python3: sizes after 1, 5, 6, 10, 11, 22, 43, 86 int keys */
    int checkpoints[][2] = {{1, 224}, {5, 224}, {6, 352}, {10, 352}, {11, 632},
                            {21, 632}, {22, 1168}, {43, 2264}, {86, 4688}};
    int next = 0;
    for (int i = 1; i <= 86; i++) {
        set_int(d, i, i);
        if (checkpoints[next][0] == i) {
            cr_assert_eq(getsizeof_dict(d), checkpoints[next][1], "%d keys: %zd", i,
                         getsizeof_dict(d));
            next++;
        }
    }
    PYM_DECREF(d);

    /* str keys use the narrower unicode table */
    d = pym_dict_new();
    int str_checkpoints[][2] = {{1, 184}, {5, 184}, {6, 272}, {10, 272}, {11, 464}, {22, 832}};
    next = 0;
    for (int i = 1; i <= 22; i++) {
        PymObject *k = text("k%d", i), *v = num(i);
        cr_assert_eq(pym_dict_setitem(d, k, v), 0);
        PYM_DECREF(k);
        PYM_DECREF(v);
        if (str_checkpoints[next][0] == i) {
            cr_assert_eq(getsizeof_dict(d), str_checkpoints[next][1], "%d keys: %zd", i,
                         getsizeof_dict(d));
            next++;
        }
    }
    /* a non-str key converts the table: {'a': 1}; d[1] = 2 is 352 */
    PymObject *small = pym_dict_new();
    PymObject *a = pym_str_from_cstr("a"), *one = num(1), *two = num(2);
    pym_dict_setitem(small, a, one);
    cr_assert_eq(getsizeof_dict(small), 184);
    pym_dict_setitem(small, one, two);
    cr_assert_eq(getsizeof_dict(small), 352);
    PYM_DECREF(a);
    PYM_DECREF(one);
    PYM_DECREF(two);
    PYM_DECREF(small);
    /* clear() returns to the shared empty table */
    pym_dict_clear(d);
    cr_assert_eq(getsizeof_dict(d), 64);
    PYM_DECREF(d);
}

Test(dict, presized_displays)
{
    /* {'a': 1, ..., 'f': 6} (BUILD_CONST_KEY_MAP) is 272; six int keys 352 */
    PymObject *keys[6], *values[6];
    for (int i = 0; i < 6; i++) {
        keys[i] = text("%c", 'a' + i);
        values[i] = num(i);
    }
    PymObject *d = pym_dict_from_items(keys, 1, values, 1, 6);
    cr_assert_eq(getsizeof_dict(d), 272);
    cr_assert_str_eq(repr_of(d), "{'a': 0, 'b': 1, 'c': 2, 'd': 3, 'e': 4, 'f': 5}");
    PYM_DECREF(d);
    for (int i = 0; i < 6; i++) {
        PYM_DECREF(keys[i]);
        keys[i] = num(i + 10);
    }
    d = pym_dict_from_items(keys, 1, values, 1, 6);
    cr_assert_eq(getsizeof_dict(d), 352);
    PYM_DECREF(d);
    for (int i = 0; i < 6; i++) {
        PYM_DECREF(keys[i]);
        PYM_DECREF(values[i]);
    }
}

Test(dict, many_keys_insert_lookup_delete_order)
{
    PymObject *d = pym_dict_new();
    const int n = 20000;
    for (int i = 0; i < n; i++)
        set_int(d, (int64_t)i * 7919 % 100003, i);
    cr_assert_eq(pym_dict_size(d), n);
    for (int i = 0; i < n; i++) {
        PymObject *k = num((int64_t)i * 7919 % 100003);
        PymObject *v = pym_dict_getitem_borrow(d, k);
        cr_assert_not_null(v);
        cr_assert_eq(pym_int_small_value(v), i);
        PYM_DECREF(k);
    }
    /* delete the odd insertions */
    for (int i = 1; i < n; i += 2) {
        PymObject *k = num((int64_t)i * 7919 % 100003);
        cr_assert_eq(pym_dict_delitem(d, k), 0);
        PYM_DECREF(k);
    }
    cr_assert_eq(pym_dict_size(d), n / 2);
    /* deleting a missing key: KeyError */
    PymObject *missing = num(-5);
    cr_assert_eq(pym_dict_delitem(d, missing), -1);
    cr_assert(pym_err_exception_matches(&pym_exc_KeyError));
    pym_err_clear();
    cr_assert_eq(pym_dict_contains(d, missing), 0);
    PYM_DECREF(missing);
    /* iteration keeps insertion order */
    PymSize pos = 0, seen = 0;
    PymObject *k, *v;
    while (pym_dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(pym_int_small_value(v), 2 * seen);
        seen++;
    }
    cr_assert_eq(seen, n / 2);
    /* re-insert: appended at the end */
    set_int(d, 1 * 7919 % 100003, -1);
    pos = 0;
    PymObject *last = NULL;
    while (pym_dict_next(d, &pos, &k, &v))
        last = v;
    cr_assert_eq(pym_int_small_value(last), -1);
    PYM_DECREF(d);
}

/* Ints 5 + k * (2**61 - 1) all hash to 5. */
static PymObject *colliding_key(int k)
{
    PymObject *modulus = pym_int_from_i64(((int64_t)1 << 61) - 1);
    PymObject *kk = num(k), *five = num(5);
    PymObject *prod = pym_number_multiply(kk, modulus);
    PymObject *key = pym_number_add(prod, five);
    cr_assert_not_null(key);
    PYM_DECREF(modulus);
    PYM_DECREF(kk);
    PYM_DECREF(five);
    PYM_DECREF(prod);
    return key;
}

Test(dict, colliding_hashes)
{
    PymObject *d = pym_dict_new();
    const int n = 300;
    for (int i = 0; i < n; i++) {
        PymObject *key = colliding_key(i), *v = num(i);
        cr_assert_eq(pym_object_hash(key), 5);
        cr_assert_eq(pym_dict_setitem(d, key, v), 0);
        PYM_DECREF(key);
        PYM_DECREF(v);
    }
    cr_assert_eq(pym_dict_size(d), n);
    for (int i = 0; i < n; i += 3) {
        PymObject *key = colliding_key(i);
        cr_assert_eq(pym_dict_delitem(d, key), 0);
        PYM_DECREF(key);
    }
    for (int i = 0; i < n; i++) {
        PymObject *key = colliding_key(i);
        PymObject *v = pym_dict_getitem_borrow(d, key);
        cr_assert_null(pym_err_occurred());
        if (i % 3 == 0) {
            cr_assert_null(v);
        } else {
            cr_assert_not_null(v);
            cr_assert_eq(pym_int_small_value(v), i);
        }
        PYM_DECREF(key);
    }
    /* -1 and -2 hash alike too */
    PymObject *m1 = num(-1), *m2 = num(-2);
    cr_assert_eq(pym_object_hash(m1), pym_object_hash(m2));
    pym_dict_setitem(d, m1, m1);
    pym_dict_setitem(d, m2, m2);
    cr_assert_eq(pym_int_small_value(pym_dict_getitem_borrow(d, m1)), -1);
    cr_assert_eq(pym_int_small_value(pym_dict_getitem_borrow(d, m2)), -2);
    PYM_DECREF(m1);
    PYM_DECREF(m2);
    PYM_DECREF(d);
}

Test(dict, iteration_detects_mutation)
{
    PymObject *d = pym_dict_new();
    set_int(d, 1, 1);
    set_int(d, 2, 2);
    PymObject *it = pym_object_get_iter(d);
    cr_assert_not_null(it);
    PymObject *first = pym_iter_next(it);
    cr_assert_eq(pym_int_small_value(first), 1);
    PYM_DECREF(first);
    set_int(d, 3, 3);
    cr_assert_null(pym_iter_next(it));
    cr_assert(pym_err_exception_matches(&pym_exc_RuntimeError));
    pym_err_clear();
    PYM_DECREF(it);
    PYM_DECREF(d);
}

Test(dict, tracking_rule)
{
    PymObject *d = pym_dict_new();
    cr_assert_eq(pym_gc_is_tracked(d), 0);
    set_int(d, 1, 2);
    cr_assert_eq(pym_gc_is_tracked(d), 0);
    PymObject *l = pym_list_new(0), *one = num(1);
    cr_assert_eq(pym_dict_setitem(d, one, l), 0);
    cr_assert_eq(pym_gc_is_tracked(d), 1);
    /* a copy of a tracked dict is tracked */
    PymObject *c = pym_dict_copy(d);
    cr_assert_eq(pym_gc_is_tracked(c), 1);
    PYM_DECREF(c);
    PYM_DECREF(l);
    PYM_DECREF(one);
    PYM_DECREF(d);
}

Test(dict, repr_and_recursion)
{
    PymObject *d = pym_dict_new();
    PymObject *k = pym_str_from_cstr("a"), *one = num(1);
    pym_dict_setitem(d, k, one);
    pym_dict_setitem(d, one, d);
    cr_assert_str_eq(repr_of(d), "{'a': 1, 1: {...}}");
    pym_dict_clear(d);
    cr_assert_str_eq(repr_of(d), "{}");
    PYM_DECREF(k);
    PYM_DECREF(one);
    PYM_DECREF(d);
}

Test(dict, merge_and_update)
{
    PymObject *a = pym_dict_new(), *b = pym_dict_new();
    for (int i = 0; i < 10; i++)
        set_int(a, i, i);
    for (int i = 5; i < 15; i++)
        set_int(b, i, -i);
    cr_assert_eq(pym_dict_merge(a, b, 0), 0); /* keep existing */
    cr_assert_eq(pym_dict_size(a), 15);
    PymObject *k = num(7);
    cr_assert_eq(pym_int_small_value(pym_dict_getitem_borrow(a, k)), 7);
    cr_assert_eq(pym_dict_update(a, b), 0); /* override */
    cr_assert_eq(pym_int_small_value(pym_dict_getitem_borrow(a, k)), -7);
    cr_assert_eq(pym_dict_merge(a, b, 2), -1); /* duplicate keys: KeyError */
    cr_assert(pym_err_exception_matches(&pym_exc_KeyError));
    pym_err_clear();
    PYM_DECREF(k);
    /* update from a list of pairs */
    PymObject *pairs = pym_list_new(0);
    PymObject *x = pym_str_from_cstr("x"), *y = num(99);
    PymObject *pair = pym_tuple_pack(2, x, y);
    pym_list_append(pairs, pair);
    cr_assert_eq(pym_dict_update(b, pairs), 0);
    cr_assert_eq(pym_int_small_value(pym_dict_getitem_borrow(b, x)), 99);
    PYM_DECREF(pair);
    PYM_DECREF(pairs);
    PYM_DECREF(x);
    PYM_DECREF(y);
    PYM_DECREF(a);
    PYM_DECREF(b);
}

Test(dict, deep_nesting_dealloc)
{
    PymObject *d = pym_dict_new();
    PymObject *key = num(0);
    for (int i = 0; i < 100000; i++) {
        PymObject *outer = pym_dict_new();
        pym_dict_setitem(outer, key, d);
        PYM_DECREF(d);
        d = outer;
    }
    PYM_DECREF(d);
    PYM_DECREF(key);
}
