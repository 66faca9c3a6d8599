/* test_float.c — float: the shortest round-tripping repr laid out as
 * CPython's, parsing, hashing equal to int hashing, the sign rules of //
 * and %, comparisons with ints, rounding, and the overflow errors.
 * Expected values are CPython 3.11's. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "runtime/pym.h"
#include "src/lifecycle.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }

TestSuite(float, .init = setup, .fini = teardown);

static void expect_repr(double v, const char *expected)
{
    char buf[64];
    pym_float_repr_buf(v, buf, sizeof buf);
    cr_expect_str_eq(buf, expected, "repr of %.17g", v);
    PymObject *f = pym_float_from_double(v);
    PymObject *r = pym_object_repr(f);
    cr_assert_not_null(r);
    cr_expect_str_eq(pym_str_as_utf8(r), expected);
    PYM_DECREF(r);
    PYM_DECREF(f);
}

/* repr(result) compared with expected; consumes result. */
static void expect_result(PymObject *result, const char *expected)
{
    cr_assert_not_null(result, "expected %s", expected);
    PymObject *r = pym_object_repr(result);
    cr_expect_str_eq(pym_str_as_utf8(r), expected);
    PYM_DECREF(r);
    PYM_DECREF(result);
}

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

Test(float, repr_is_shortest_round_trip)
{
    expect_repr(0.1, "0.1");
    expect_repr(1.0 / 3.0, "0.3333333333333333");
    expect_repr(2.0 / 3.0, "0.6666666666666666");
    expect_repr(1e16, "1e+16");
    expect_repr(1e15, "1000000000000000.0");
    expect_repr(1e-5, "1e-05");
    expect_repr(1e-4, "0.0001");
    expect_repr(123456789.0, "123456789.0");
    expect_repr(2.5e-07, "2.5e-07");
    expect_repr(1.5, "1.5");
    expect_repr(1.0, "1.0");
    expect_repr(-2.5, "-2.5");
    expect_repr(INFINITY, "inf");
    expect_repr(-INFINITY, "-inf");
    expect_repr(NAN, "nan");
    expect_repr(0.0, "0.0");
    expect_repr(-0.0, "-0.0");
    expect_repr(5e-324, "5e-324");
    expect_repr(1.7976931348623157e+308, "1.7976931348623157e+308");
    expect_repr(12345678901234567.0, "1.2345678901234568e+16");
    expect_repr(0.1 + 0.2, "0.30000000000000004");
    expect_repr(1e22, "1e+22");
    /* a power of two whose shortest string is not the nearest 16 digits */
    expect_repr(ldexp(1.0, -44), "5.684341886080802e-14");
}

static double parse(const char *text)
{
    double v = -12345.0;
    cr_assert_eq(pym_float_parse(text, (PymSize)strlen(text), &v), 0, "parsing '%s'", text);
    return v;
}

Test(float, parsing)
{
    cr_expect_eq(parse("  1.5 "), 1.5);
    cr_expect_eq(parse("1_000.25"), 1000.25);
    cr_expect_eq(parse("-Infinity"), -INFINITY);
    cr_expect(isnan(parse("nan")));
    cr_expect_eq(parse(".5e-3"), 0.0005);
    cr_expect_eq(parse("1e400"), INFINITY);
    double v;
    const char *bad[] = {"x", "1e", "1__0", "_1", "1_", "0x10", "", " ", "1 0", "1e5.5", "in f"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_expect_eq(pym_float_parse(bad[i], (PymSize)strlen(bad[i]), &v), -1, "'%s'", bad[i]);
    PymObject *s = pym_str_from_cstr("1x");
    expect_error(pym_float_from_string(s), &pym_exc_ValueError,
                 "could not convert string to float: '1x'");
    PYM_DECREF(s);
}

Test(float, hash_agrees_with_int)
{
    PymObject *f = pym_float_from_double(1.0), *i = pym_int_from_i64(1);
    cr_expect_eq(pym_object_hash(f), pym_object_hash(i));
    PYM_DECREF(f);
    PYM_DECREF(i);
    cr_expect_eq(pym_float_hash_double(NULL, 1.5), 1152921504606846977);
    cr_expect_eq(pym_float_hash_double(NULL, -1.0), -2);
    cr_expect_eq(pym_float_hash_double(NULL, 0.1), 230584300921369408);
    cr_expect_eq(pym_float_hash_double(NULL, INFINITY), 314159);
    cr_expect_eq(pym_float_hash_double(NULL, 1e300), 1224995262755759164);
}

static void expect_binary(PymObject *(*op)(PymObject *, PymObject *), double a, double b,
                          const char *expected)
{
    PymObject *x = pym_float_from_double(a), *y = pym_float_from_double(b);
    expect_result(op(x, y), expected);
    PYM_DECREF(x);
    PYM_DECREF(y);
}

Test(float, floor_division_and_modulo)
{
    expect_binary(pym_number_floor_divide, -7.5, 2.0, "-4.0");
    expect_binary(pym_number_remainder, -7.5, 2.0, "0.5");
    expect_binary(pym_number_remainder, 7.5, -2.0, "-0.5");
    expect_binary(pym_number_remainder, -0.0, 5.0, "0.0");
    expect_binary(pym_number_floor_divide, 0.0, -1.0, "-0.0");
    expect_binary(pym_number_floor_divide, 3.0, 0.7, "4.0");
    expect_binary(pym_number_remainder, 3.0, -0.7, "-0.4999999999999998");
    expect_binary(pym_number_remainder, -1.5, INFINITY, "inf");
    expect_binary(pym_number_divmod, 7.5, -2.0, "(-4.0, -0.5)");
    PymObject *one = pym_float_from_double(1.0), *zero = pym_float_from_double(0.0);
    expect_error(pym_number_true_divide(one, zero), &pym_exc_ZeroDivisionError,
                 "float division by zero");
    expect_error(pym_number_floor_divide(one, zero), &pym_exc_ZeroDivisionError,
                 "float floor division by zero");
    expect_error(pym_number_remainder(one, zero), &pym_exc_ZeroDivisionError, "float modulo");
    expect_error(pym_number_divmod(one, zero), &pym_exc_ZeroDivisionError, "float divmod()");
    PYM_DECREF(one);
    PYM_DECREF(zero);
}

Test(float, power_errors)
{
    PymObject *ten = pym_float_from_double(10.0), *e = pym_float_from_double(400.0);
    expect_error(pym_number_power(ten, e, PYM_NONE), &pym_exc_OverflowError,
                 "(34, 'Numerical result out of range')");
    PymObject *zero = pym_float_from_double(0.0), *neg = pym_float_from_double(-1.0);
    expect_error(pym_number_power(zero, neg, PYM_NONE), &pym_exc_ZeroDivisionError,
                 "0.0 cannot be raised to a negative power");
    expect_result(pym_number_power(neg, e, PYM_NONE), "1.0");
    PYM_DECREF(ten);
    PYM_DECREF(e);
    PYM_DECREF(zero);
    PYM_DECREF(neg);
}

Test(float, comparisons_with_ints_are_exact)
{
    PymObject *big = pym_int_from_string("9007199254740993", 16, 10); /* 2**53 + 1 */
    PymObject *f = pym_float_from_double(9007199254740992.0);
    cr_expect_eq(pym_object_richcompare_bool(big, f, PYM_EQ), 0);
    cr_expect_eq(pym_object_richcompare_bool(big, f, PYM_GT), 1);
    cr_expect_eq(pym_object_richcompare_bool(f, big, PYM_LT), 1);
    PYM_DECREF(big);
    PYM_DECREF(f);
    PymObject *nan = pym_float_from_double(NAN), *one = pym_int_from_i64(1);
    cr_expect_eq(pym_object_richcompare_bool(one, nan, PYM_LT), 0);
    cr_expect_eq(pym_object_richcompare_bool(one, nan, PYM_NE), 1);
    PYM_DECREF(nan);
    PYM_DECREF(one);
}

Test(float, int_conversion_errors)
{
    char text[402];
    memset(text, '0', sizeof text);
    text[0] = '1';
    text[401] = '\0'; /* 10**400 */
    PymObject *huge = pym_int_from_string(text, 401, 10);
    cr_assert_not_null(huge);
    expect_error(pym_number_float(huge), &pym_exc_OverflowError, "int too large to convert to float");
    PYM_DECREF(huge);
}
