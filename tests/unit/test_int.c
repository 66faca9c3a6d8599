/* test_int.c — int and bool: arithmetic across the int64 word boundary
 * (results growing into GMP and shrinking back to machine words), floor
 * division and modulo signs, CPython's hash values, parsing and printing of
 * big values, the small-int cache and the True/False singletons.  Expected
 * values are CPython 3.11's. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "runtime/pym.h"
#include "src/lifecycle.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }

TestSuite(int, .init = setup, .fini = teardown);

/* An int from decimal text (owned by the caller). */
static PymObject *num(const char *text)
{
    PymObject *o = pym_int_from_string(text, (PymSize)strlen(text), 10);
    cr_assert_not_null(o, "parsing %s", text);
    return o;
}

/* str(o) compared with the expected text; consumes o. */
static void expect_str(PymObject *o, const char *expected)
{
    cr_assert_not_null(o, "operation failed (expected %s)", expected);
    PymObject *s = pym_object_str(o);
    cr_assert_not_null(s);
    cr_expect_str_eq(pym_str_as_utf8(s), expected);
    PYM_DECREF(s);
    PYM_DECREF(o);
}

typedef PymObject *(*BinaryOp)(PymObject *, PymObject *);

static void expect_binary(BinaryOp op, const char *a, const char *b, const char *expected)
{
    PymObject *x = num(a), *y = num(b);
    expect_str(op(x, y), expected);
    PYM_DECREF(x);
    PYM_DECREF(y);
}

/* The message of the raised exception, which must be of type `type`. */
static void expect_error(PymObject *result, PymType *type, const char *message)
{
    cr_assert_null(result);
    cr_assert(pym_err_exception_matches(type), "wrong exception type");
    PymObject *exc = pym_err_fetch();
    PymObject *s = pym_object_str(exc);
    cr_expect_str_eq(pym_str_as_utf8(s), message);
    PYM_DECREF(s);
    PYM_DECREF(exc);
}

Test(int, add_sub_cross_the_word_boundary)
{
    expect_binary(pym_number_add, "9223372036854775807", "1", "9223372036854775808");
    expect_binary(pym_number_subtract, "-9223372036854775808", "1", "-9223372036854775809");
    expect_binary(pym_number_add, "-9223372036854775808", "-9223372036854775808",
                  "-18446744073709551616");
    /* and back down into a machine word */
    PymObject *big = num("9223372036854775808"), *one = pym_int_from_i64(1);
    cr_assert(!pym_int_is_small(big));
    PymObject *back = pym_number_subtract(big, one);
    cr_assert(pym_int_is_small(back));
    cr_expect_eq(pym_int_small_value(back), INT64_MAX);
    PYM_DECREF(back);
    PYM_DECREF(big);
    PYM_DECREF(one);
}

Test(int, multiplication_overflows_into_gmp_and_shrinks_back)
{
    expect_binary(pym_number_multiply, "3037000500", "3037000500", "9223372037000250000");
    expect_binary(pym_number_multiply, "-9223372036854775808", "-1", "9223372036854775808");
    expect_binary(pym_number_multiply, "123456789012345678901234567890", "987654321",
                  "121932631124828532112482853211126352690");
    PymObject *a = num("3037000500");
    PymObject *square = pym_number_multiply(a, a);
    cr_assert(!pym_int_is_small(square));
    PymObject *quotient = pym_number_floor_divide(square, a);
    cr_assert(pym_int_is_small(quotient));
    cr_expect_eq(pym_int_small_value(quotient), 3037000500);
    PYM_DECREF(quotient);
    PYM_DECREF(square);
    PYM_DECREF(a);
}

Test(int, floor_division_and_modulo_signs)
{
    expect_binary(pym_number_floor_divide, "-7", "2", "-4");
    expect_binary(pym_number_remainder, "-7", "2", "1");
    expect_binary(pym_number_floor_divide, "7", "-2", "-4");
    expect_binary(pym_number_remainder, "7", "-2", "-1");
    expect_binary(pym_number_floor_divide, "-9223372036854775808", "-1", "9223372036854775808");
    expect_binary(pym_number_remainder, "-9223372036854775808", "-1", "0");
    expect_binary(pym_number_floor_divide, "-100000000000000000000", "7", "-14285714285714285715");
    expect_binary(pym_number_remainder, "-100000000000000000000", "7", "5");
    expect_binary(pym_number_remainder, "100000000000000000000", "-7", "-5");
    expect_binary(pym_number_divmod, "-7", "2", "(-4, 1)");
    PymObject *one = pym_int_from_i64(1), *zero = pym_int_from_i64(0);
    expect_error(pym_number_floor_divide(one, zero), &pym_exc_ZeroDivisionError,
                 "integer division or modulo by zero");
    expect_error(pym_number_remainder(one, zero), &pym_exc_ZeroDivisionError,
                 "integer modulo by zero");
    expect_error(pym_number_true_divide(one, zero), &pym_exc_ZeroDivisionError, "division by zero");
    PYM_DECREF(one);
    PYM_DECREF(zero);
}

Test(int, true_division_is_correctly_rounded)
{
    expect_binary(pym_number_true_divide, "1", "3", "0.3333333333333333");
    expect_binary(pym_number_true_divide, "18014398509481987", "1", "1.8014398509481988e+16");
    expect_binary(pym_number_true_divide, "1000000000000000000000000000000", "3",
                  "3.333333333333333e+29");
    expect_binary(pym_number_true_divide, "0", "-5", "-0.0");
}

Test(int, power_and_shifts)
{
    expect_binary(pym_number_lshift, "1", "64", "18446744073709551616");
    expect_binary(pym_number_rshift, "-18446744073709551616", "63", "-2");
    expect_binary(pym_number_rshift, "-1", "1000", "-1");
    expect_binary(pym_number_and, "-18446744073709551616", "18446744073709551615", "0");
    expect_binary(pym_number_xor, "-1", "18446744073709551616", "-18446744073709551617");
    PymObject *two = pym_int_from_i64(2), *e = pym_int_from_i64(100), *m = pym_int_from_i64(-7);
    expect_str(pym_number_power(two, e, PYM_NONE), "1267650600228229401496703205376");
    expect_str(pym_number_power(two, e, m), "-5");
    PymObject *neg = pym_int_from_i64(-1);
    expect_str(pym_number_power(two, neg, PYM_NONE), "0.5");
    PymObject *zero = pym_int_from_i64(0);
    expect_error(pym_number_power(zero, neg, PYM_NONE), &pym_exc_ZeroDivisionError,
                 "0.0 cannot be raised to a negative power");
    expect_error(pym_number_lshift(two, neg), &pym_exc_ValueError, "negative shift count");
    PYM_DECREF(two);
    PYM_DECREF(e);
    PYM_DECREF(m);
    PYM_DECREF(neg);
    PYM_DECREF(zero);
}

static PymHash hash_of(const char *text)
{
    PymObject *o = num(text);
    PymHash h = pym_object_hash(o);
    PYM_DECREF(o);
    return h;
}

Test(int, hash_matches_cpython)
{
    cr_expect_eq(hash_of("-1"), -2);
    cr_expect_eq(hash_of("-2"), -2);
    cr_expect_eq(hash_of("12345"), 12345);
    cr_expect_eq(hash_of("2305843009213693951"), 0); /* 2**61 - 1 */
    cr_expect_eq(hash_of("2305843009213693952"), 1);
    cr_expect_eq(hash_of("-2305843009213693952"), -2);
    cr_expect_eq(hash_of("9223372036854775808"), 4);
    cr_expect_eq(hash_of("10000000000000000000000000000000000000000000000000000000000000000000000"
                         "000000000000000000000000000000"),
                 910685213754167845);
    PymObject *f = pym_float_from_double(1e300);
    cr_expect_eq(pym_object_hash(f), 1224995262755759164);
    PYM_DECREF(f);
}

Test(int, parse_and_print_big_values)
{
    const char *values[] = {"0", "-1", "9223372036854775807", "-9223372036854775808",
                            "9223372036854775808", "-9223372036854775809",
                            "340282366920938463463374607431768211456",
                            "-123456789012345678901234567890123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        expect_str(num(values[i]), values[i]);
    expect_str(pym_int_from_string(" -1_000_000_000_000_000_000_000 ", 32, 10),
               "-1000000000000000000000");
    expect_str(pym_int_from_string("0xffffffffffffffffffff", 22, 0), "1208925819614629174706175");
    expect_str(pym_int_from_string("zz", 2, 36), "1295");
    expect_error(pym_int_from_string("1__0", 4, 10), &pym_exc_ValueError,
                 "invalid literal for int() with base 10: '1__0'");
    expect_error(pym_int_from_string("010", 3, 0), &pym_exc_ValueError,
                 "invalid literal for int() with base 0: '010'");
    PymObject *big = num("-1208925819614629174706175");
    expect_str(pym_int_format_base(big, 16, 1), "-0xffffffffffffffffffff");
    expect_str(pym_int_format_base(big, 2, 0),
               "-11111111111111111111111111111111111111111111111111111111111111111111111111111111");
    PYM_DECREF(big);
}

Test(int, conversions_to_double_round_to_nearest_even)
{
    PymObject *o = num("18014398509481987"); /* 2**54 + 3 */
    cr_expect_eq(pym_int_as_double(o), 18014398509481988.0);
    PYM_DECREF(o);
    o = num("9007199254740993"); /* 2**53 + 1: a tie, to even */
    cr_expect_eq(pym_int_as_double(o), 9007199254740992.0);
    cr_expect_eq(pym_int_compare_double(o, 9007199254740992.0), 1);
    PYM_DECREF(o);
    PymObject *huge = pym_int_from_double(1e300);
    cr_assert_not_null(huge);
    cr_expect_eq(pym_int_as_double(huge), 1e300);
    PYM_DECREF(huge);
    expect_error(pym_int_from_double(1.0 / 0.0), &pym_exc_OverflowError,
                 "cannot convert float infinity to integer");
}

Test(int, small_int_cache_and_bools)
{
    PymObject *a = pym_int_from_i64(256), *b = num("256");
    cr_expect_eq(a, b);
    PymObject *c = pym_int_from_i64(257), *d = num("257");
    cr_expect_neq(c, d);
    PymObject *m5 = pym_int_from_i64(-5), *m6 = pym_int_from_i64(-6), *m6b = pym_int_from_i64(-6);
    cr_expect_eq(m5, pym_int_from_i64(-5));
    PYM_DECREF(m5);
    cr_expect_neq(m6, m6b);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(c);
    PYM_DECREF(d);
    PYM_DECREF(m5);
    PYM_DECREF(m6);
    PYM_DECREF(m6b);

    cr_expect(PYM_INT_CHECK(PYM_TRUE));
    cr_expect_eq(pym_int_small_value(PYM_TRUE), 1);
    expect_str(PYM_NEWREF(PYM_TRUE), "True");
    PymObject *r = pym_number_and(PYM_TRUE, PYM_FALSE);
    cr_expect_eq(r, PYM_FALSE);
    PYM_DECREF(r);
    expect_str(pym_number_add(PYM_TRUE, PYM_TRUE), "2");
}

Test(int, str_digit_limit)
{
    char text[5002];
    memset(text, '9', 5000);
    text[5000] = '\0';
    expect_error(pym_int_from_string(text, 5000, 10), &pym_exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
                 "digits; use sys.set_int_max_str_digits() to increase the limit");
    PymObject *ten = pym_int_from_i64(10), *e = pym_int_from_i64(4300);
    PymObject *big = pym_number_power(ten, e, PYM_NONE);
    expect_error(pym_object_str(big), &pym_exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit");
    PYM_DECREF(big);
    PYM_DECREF(ten);
    PYM_DECREF(e);
}

Test(int, u32_words_round_trip)
{
    /* 2**100 + 2**40 + 7: words (least significant first) 7, 0x100, 0, 16 */
    PymObject *n = num("1267650600228229402596214833159");
    uint32_t words[5];
    pym_int_abs_to_u32_words(n, words, 5);
    cr_expect_eq(words[0], 7u);
    cr_expect_eq(words[1], 0x100u);
    cr_expect_eq(words[2], 0u);
    cr_expect_eq(words[3], 16u);
    cr_expect_eq(words[4], 0u, "padding words are zero");
    expect_str(pym_int_from_u32_words(words, 4), "1267650600228229402596214833159");
    PYM_DECREF(n);

    PymObject *negative = num("-4294967297"); /* the absolute value is used */
    pym_int_abs_to_u32_words(negative, words, 2);
    cr_expect_eq(words[0], 1u);
    cr_expect_eq(words[1], 1u);
    PYM_DECREF(negative);

    PymObject *zero = num("0");
    words[0] = 99;
    pym_int_abs_to_u32_words(zero, words, 1);
    cr_expect_eq(words[0], 0u);
    PYM_DECREF(zero);
    expect_str(pym_int_from_u32_words(words, 0), "0");
    uint32_t top[2] = {0xffffffffu, 0xffffffffu};
    expect_str(pym_int_from_u32_words(top, 2), "18446744073709551615");
}
