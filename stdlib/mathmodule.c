/* mathmodule.c — the math module: CPython 3.11's functions and constants
 * with its error rules.
 *
 * Invariants: real-valued functions take anything float() accepts (ints
 * exactly rounded, OverflowError when too large); a NaN result from a
 * non-NaN argument is ValueError "math domain error", an infinite result
 * from a finite argument is OverflowError "math range error" for the
 * functions that can overflow and "math domain error" for the others;
 * integer functions (gcd, factorial, comb, isqrt …) are exact, through
 * GMP, and accept any object with __index__.
 */
#include "runtime/int_internal.h"
#include "runtime/pym.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#define PI 3.141592653589793238462643383279502884
#define E 2.718281828459045235360287471352662498

/* ---- helpers ---------------------------------------------------------------- */

static int as_double(PymObject *o, double *out)
{
    if (PYM_FLOAT_CHECK_EXACT(o)) {
        *out = PYM_FLOAT_VALUE(o);
        return 0;
    }
    *out = pym_float_as_double(o);
    return *out == -1.0 && pym_err_occurred() ? -1 : 0;
}

static PymObject *domain_error(void)
{
    pym_err_set_string(&pym_exc_ValueError, "math domain error");
    return NULL;
}

static PymObject *range_error(void)
{
    pym_err_set_string(&pym_exc_OverflowError, "math range error");
    return NULL;
}

/* The result of a one-argument real function, with CPython's checks. */
static PymObject *real_result(double x, double r, int can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return pym_float_from_double(r);
}

static PymObject *math_1(PymObject *arg, double (*func)(double), int can_overflow)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return real_result(x, func(x), can_overflow);
}

static int check_args(const char *name, PymSize nargs, PymSize min, PymSize max)
{
    if (nargs < min || nargs > max) {
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
    return 0;
}

/* Bound special method of o's type (new ref), or NULL without exception. */
static PymObject *lookup_special(PymObject *o, PymObject *name)
{
    PymObject *f = pym_type_lookup_borrow(PYM_TYPE(o), name);
    if (!f)
        return NULL;
    PymDescrGetFunc get = PYM_TYPE(f)->descr_get;
    return get ? get(f, o, (PymObject *)PYM_TYPE(o)) : PYM_NEWREF(f);
}

#define MATH_1(fname, cfunc, overflow) \
    static PymObject *math_##fname(PymObject *m, PymObject *x) { return math_1(x, cfunc, overflow); }

MATH_1(sqrt, sqrt, 0)
MATH_1(exp, exp, 1)
MATH_1(exp2, exp2, 1)
MATH_1(expm1, expm1, 1)
MATH_1(sin, sin, 0)
MATH_1(cos, cos, 0)
MATH_1(tan, tan, 0)
MATH_1(asin, asin, 0)
MATH_1(acos, acos, 0)
MATH_1(atan, atan, 0)
MATH_1(sinh, sinh, 1)
MATH_1(cosh, cosh, 1)
MATH_1(tanh, tanh, 0)
MATH_1(asinh, asinh, 0)
MATH_1(acosh, acosh, 0)
MATH_1(atanh, atanh, 0)
MATH_1(fabs, fabs, 0)
MATH_1(cbrt, cbrt, 0)
MATH_1(erf, erf, 0)
MATH_1(erfc, erfc, 0)
MATH_1(log1p, log1p, 0)

/* gamma and lgamma have poles at 0 and the negative integers: domain errors. */
static int is_pole(double x) { return isfinite(x) && x <= 0 && floor(x) == x; }

static PymObject *math_gamma(PymObject *m, PymObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (is_pole(x))
        return domain_error();
    return real_result(x, tgamma(x), 1);
}

static PymObject *math_lgamma(PymObject *m, PymObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (is_pole(x))
        return domain_error();
    return real_result(x, lgamma(x), 1);
}

static PymObject *math_degrees(PymObject *m, PymObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return pym_float_from_double(x * (180.0 / PI));
}

static PymObject *math_radians(PymObject *m, PymObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return pym_float_from_double(x * (PI / 180.0));
}

static PymObject *math_isnan(PymObject *m, PymObject *arg)
{
    double x;
    return as_double(arg, &x) < 0 ? NULL : pym_bool_from(isnan(x));
}

static PymObject *math_isinf(PymObject *m, PymObject *arg)
{
    double x;
    return as_double(arg, &x) < 0 ? NULL : pym_bool_from(isinf(x));
}

static PymObject *math_isfinite(PymObject *m, PymObject *arg)
{
    double x;
    return as_double(arg, &x) < 0 ? NULL : pym_bool_from(isfinite(x));
}

/* ---- rounding to int ---------------------------------------------------- */

/* floor/ceil: floats directly, else the type's __floor__/__ceil__, else
 * through float. */
static PymObject *floor_or_ceil(PymObject *arg, PymObject *dunder, double (*func)(double))
{
    if (!PYM_FLOAT_CHECK_EXACT(arg)) {
        PymObject *method = lookup_special(arg, dunder);
        if (method) {
            PymObject *r = pym_object_call0(method);
            PYM_DECREF(method);
            return r;
        }
        if (pym_err_occurred())
            return NULL;
    }
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return pym_int_from_double(func(x));
}

static PymObject *math_floor(PymObject *m, PymObject *arg)
{
    if (PYM_INT_CHECK_EXACT(arg))
        return PYM_NEWREF(arg);
    return floor_or_ceil(arg, PYM_ID(__floor__), floor);
}

static PymObject *math_ceil(PymObject *m, PymObject *arg)
{
    if (PYM_INT_CHECK_EXACT(arg))
        return PYM_NEWREF(arg);
    return floor_or_ceil(arg, PYM_ID(__ceil__), ceil);
}

static PymObject *math_trunc(PymObject *m, PymObject *arg)
{
    if (PYM_FLOAT_CHECK_EXACT(arg))
        return pym_int_from_double(PYM_FLOAT_VALUE(arg));
    PymObject *method = lookup_special(arg, PYM_ID(__trunc__));
    if (!method) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_TypeError, "type %.100s doesn't define __trunc__ method",
                           PYM_TYPE_NAME(arg));
        return NULL;
    }
    PymObject *r = pym_object_call0(method);
    PYM_DECREF(method);
    return r;
}

/* ---- two-argument real functions --------------------------------------- */

static int two_doubles(const char *name, PymObject *const *args, PymSize nargs, double *x, double *y)
{
    if (check_args(name, nargs, 2, 2) < 0 || as_double(args[0], x) < 0 || as_double(args[1], y) < 0)
        return -1;
    return 0;
}

static PymObject *math_atan2(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double y, x;
    if (two_doubles("atan2", args, nargs, &y, &x) < 0)
        return NULL;
    return pym_float_from_double(atan2(y, x));
}

static PymObject *math_copysign(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double x, y;
    if (two_doubles("copysign", args, nargs, &x, &y) < 0)
        return NULL;
    return pym_float_from_double(copysign(x, y));
}

static PymObject *math_fmod(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return pym_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return pym_float_from_double(r);
}

static PymObject *math_remainder(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double x, y;
    if (two_doubles("remainder", args, nargs, &x, &y) < 0)
        return NULL;
    if (isnan(x) || isnan(y))
        return pym_float_from_double(NAN);
    if (isinf(x) || y == 0)
        return domain_error();
    if (isinf(y))
        return pym_float_from_double(x);
    return pym_float_from_double(remainder(x, y));
}

static PymObject *math_nextafter(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0)
        return NULL;
    return pym_float_from_double(nextafter(x, y));
}

static PymObject *math_ulp(PymObject *m, PymObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return pym_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return pym_float_from_double(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up))
        return pym_float_from_double(x - nextafter(x, -HUGE_VAL));
    return pym_float_from_double(up - x);
}

static PymObject *math_pow(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double x, y, r;
    if (two_doubles("pow", args, nargs, &x, &y) < 0)
        return NULL;
    if (!isfinite(x) || !isfinite(y)) {
        /* C99 Annex F's rules, spelled out as CPython does */
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (x > 0.)
                r = y > 0. ? x : 0.;
            else
                r = y > 0. ? (odd_y ? x : -x) : (odd_y ? copysign(0., x) : 0.);
        } else {
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
        return pym_float_from_double(r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error();
    if (isinf(r))
        return x == 0. ? domain_error() : range_error();
    return pym_float_from_double(r);
}

/* log of a positive int or float, big ints included: func(m) + func(2)*e. */
static int log_helper(PymObject *arg, double (*func)(double), double *out)
{
    if (PYM_INT_CHECK(arg)) {
        if (pym_int_sign(arg) <= 0) {
            domain_error();
            return -1;
        }
        if (pym_int_bit_length(arg) <= 1000) {
            *out = func(pym_int_as_double(arg));
            return 0;
        }
        mpz_t s;
        mp_limb_t l;
        mpz_srcptr z = pym_int_view(arg, s, &l);
        long bits = (long)mpz_sizeinbase(z, 2);
        int overflow;
        double mant = pym_int_scaled_to_double(z, -bits, 0, &overflow); /* in [0.5, 1] */
        *out = func(mant) + func(2.0) * (double)bits;
        return 0;
    }
    double x;
    if (as_double(arg, &x) < 0)
        return -1;
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = func(x);
    return 0;
}

static PymObject *math_log(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_args("log", nargs, 1, 2) < 0)
        return NULL;
    double num, den;
    if (log_helper(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return pym_float_from_double(num);
    if (log_helper(args[1], log, &den) < 0)
        return NULL;
    if (den == 0) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return pym_float_from_double(num / den);
}

static PymObject *math_log2(PymObject *m, PymObject *arg)
{
    double r;
    return log_helper(arg, log2, &r) < 0 ? NULL : pym_float_from_double(r);
}

static PymObject *math_log10(PymObject *m, PymObject *arg)
{
    double r;
    return log_helper(arg, log10, &r) < 0 ? NULL : pym_float_from_double(r);
}

static PymObject *math_modf(PymObject *m, PymObject *arg)
{
    double x, ip, fp;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    PymObject *a = pym_float_from_double(fp), *b = pym_float_from_double(ip);
    PymObject *t = a && b ? pym_tuple_pack(2, a, b) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    return t;
}

static PymObject *math_frexp(PymObject *m, PymObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    int e = 0;
    double mant = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    PymObject *a = pym_float_from_double(mant), *b = pym_int_from_i64(e);
    PymObject *t = a && b ? pym_tuple_pack(2, a, b) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    return t;
}

static PymObject *math_ldexp(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_args("ldexp", nargs, 2, 2) < 0)
        return NULL;
    double x;
    if (as_double(args[0], &x) < 0)
        return NULL;
    if (!PYM_INT_CHECK(args[1])) {
        pym_err_set_string(&pym_exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int overflow;
    int64_t e = pym_int_as_i64_overflow(args[1], &overflow);
    if (overflow || e > 100000 || e < -100000)
        e = (overflow ? overflow : (e > 0 ? 1 : -1)) * 100000;
    if (x == 0 || !isfinite(x))
        return pym_float_from_double(x);
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return pym_float_from_double(r);
}

/* ---- sums, norms, closeness --------------------------------------------------- */

/* Euclidean norm of n values (all finite, n >= 1): scaled by the largest
 * magnitude and summed with compensation for a result within an ulp. */
static double vector_norm(const double *v, PymSize n, double max, int found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0 || n <= 1)
        return max;
    if (n == 2)
        return hypot(v[0], v[1]);
    int e;
    frexp(max, &e);
    double sum = 0.0, comp = 0.0;
    for (PymSize k = 0; k < n; k++) {
        double x = ldexp(v[k], -e);
        double sq = x * x;
        double t = sum + sq;
        comp += fabs(sum) >= fabs(sq) ? (sum - t) + sq : (sq - t) + sum;
        sum = t;
    }
    double h = sqrt(sum + comp);
    /* one Newton step against the compensated sum */
    double residual = (sum - h * h) + comp;
    h += residual / (2.0 * h);
    return ldexp(h, e);
}

static PymObject *math_hypot(PymObject *m, PymObject *const *args, PymSize nargs)
{
    double stack[16] = {0};
    double *v = nargs <= 16 ? stack : pym_mem_malloc(sizeof(double) * (size_t)nargs);
    if (!v)
        return pym_err_no_memory();
    double max = 0.0;
    int found_nan = 0;
    for (PymSize k = 0; k < nargs; k++) {
        double x;
        if (as_double(args[k], &x) < 0) {
            if (v != stack)
                pym_mem_free(v);
            return NULL;
        }
        x = fabs(x);
        v[k] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(v, nargs, max, found_nan);
    if (v != stack)
        pym_mem_free(v);
    return pym_float_from_double(r);
}

static PymObject *math_dist(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_args("dist", nargs, 2, 2) < 0)
        return NULL;
    PymObject *p = pym_sequence_tuple(args[0]);
    PymObject *q = p ? pym_sequence_tuple(args[1]) : NULL;
    PymObject *result = NULL;
    double *v = NULL;
    if (!q)
        goto done;
    PymSize n = PYM_TUPLE_SIZE(p);
    if (PYM_TUPLE_SIZE(q) != n) {
        pym_err_set_string(&pym_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = pym_mem_malloc(sizeof(double) * (size_t)(n ? n : 1));
    if (!v) {
        pym_err_no_memory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (PymSize k = 0; k < n; k++) {
        double a, b;
        if (as_double(PYM_TUPLE_BORROW_ITEM(p, k), &a) < 0 || as_double(PYM_TUPLE_BORROW_ITEM(q, k), &b) < 0)
            goto done;
        double x = fabs(a - b);
        v[k] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    result = pym_float_from_double(vector_norm(v, n, max, found_nan));
done:
    pym_mem_free(v);
    PYM_XDECREF(p);
    PYM_XDECREF(q);
    return result;
}

/* Exact summation with a list of non-overlapping partials (Shewchuk), and
 * CPython's handling of infinities, NaNs and the final half-way case. */
static PymObject *math_fsum(PymObject *m, PymObject *iterable)
{
    PymObject *it = pym_object_get_iter(iterable);
    if (!it)
        return NULL;
    double stack[32];
    double *partials = stack;
    PymSize n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    PymObject *item;
    PymObject *result = NULL;
    while ((item = pym_iter_next(it)) != NULL) {
        double x;
        int rc = as_double(item, &x);
        PYM_DECREF(item);
        if (rc < 0)
            goto done;
        double original = x;
        PymSize i = 0;
        for (PymSize j = 0; j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                partials[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* a finite input made an infinite sum: intermediate overflow */
                if (isfinite(original)) {
                    pym_err_set_string(&pym_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(original))
                    inf_sum += original;
                special_sum += original;
                n = 0;
            } else {
                if (n >= cap) {
                    double *bigger = pym_mem_malloc(sizeof(double) * (size_t)cap * 2);
                    if (!bigger) {
                        pym_err_no_memory();
                        goto done;
                    }
                    memcpy(bigger, partials, sizeof(double) * (size_t)n);
                    if (partials != stack)
                        pym_mem_free(partials);
                    partials = bigger;
                    cap *= 2;
                }
                partials[n++] = x;
            }
        }
    }
    if (pym_err_occurred())
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            pym_err_set_string(&pym_exc_ValueError, "-inf + inf in fsum");
        else
            result = pym_float_from_double(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = partials[--n];
        /* add the partials from the top, stopping at the first inexact sum */
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        /* round half-even correctly when the rest lies exactly half-way */
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    result = pym_float_from_double(hi);
done:
    if (partials != stack)
        pym_mem_free(partials);
    PYM_DECREF(it);
    return result;
}

static PymObject *math_isclose(PymObject *m, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    PymObject *a[4];
    if (pym_int_bind_args("isclose", args, nargs, kwnames, names, 4, 0, 2, 2, a) < 0)
        return NULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(a[0], &x) < 0 || as_double(a[1], &y) < 0 ||
        (a[2] && as_double(a[2], &rel_tol) < 0) || (a[3] && as_double(a[3], &abs_tol) < 0))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        pym_err_set_string(&pym_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (x == y)
        PYM_RETURN_TRUE;
    if (isinf(x) || isinf(y))
        PYM_RETURN_FALSE;
    double diff = fabs(y - x);
    return pym_bool_from(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

static PymObject *math_prod(PymObject *m, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    PymObject *a[2];
    if (pym_int_bind_args("prod", args, nargs, kwnames, names, 2, 1, 1, 1, a) < 0)
        return NULL;
    PymObject *result = a[1] ? PYM_NEWREF(a[1]) : pym_int_from_i64(1);
    PymObject *it = result ? pym_object_get_iter(a[0]) : NULL;
    if (!it) {
        PYM_XDECREF(result);
        return NULL;
    }
    PymObject *item;
    while ((item = pym_iter_next(it)) != NULL) {
        PymObject *next = pym_number_multiply(result, item);
        PYM_DECREF(item);
        PYM_DECREF(result);
        result = next;
        if (!result)
            break;
    }
    PYM_DECREF(it);
    if (result && pym_err_occurred())
        PYM_CLEAR(result);
    return result;
}

/* ---- integer functions ------------------------------------------------------- */

/* An argument as an exact int via __index__ (new ref). */
static PymObject *as_index(PymObject *o) { return pym_number_index(o); }

static PymObject *gcd_or_lcm(PymObject *const *args, PymSize nargs, int lcm)
{
    mpz_t acc;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (PymSize k = 0; k < nargs; k++) {
        PymObject *i = as_index(args[k]);
        if (!i) {
            mpz_clear(acc);
            return NULL;
        }
        mpz_t s;
        mp_limb_t l;
        mpz_srcptr z = pym_int_view(i, s, &l);
        if (lcm)
            mpz_lcm(acc, acc, z);
        else
            mpz_gcd(acc, acc, z);
        PYM_DECREF(i);
    }
    return pym_int_from_mpz_steal(acc);
}

static PymObject *math_gcd(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return gcd_or_lcm(args, nargs, 0);
}

static PymObject *math_lcm(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return gcd_or_lcm(args, nargs, 1);
}

static PymObject *math_factorial(PymObject *m, PymObject *arg)
{
    PymObject *i = as_index(arg);
    if (!i)
        return NULL;
    int overflow;
    int64_t n = pym_int_as_i64_overflow(i, &overflow);
    PYM_DECREF(i);
    if (overflow > 0)
        return pym_err_format(&pym_exc_OverflowError,
                              "factorial() argument should not exceed %ld", (long)INT64_MAX);
    if (overflow < 0 || n < 0) {
        pym_err_set_string(&pym_exc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (n > 100000000)
        return pym_err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)n);
    return pym_int_from_mpz_steal(r);
}

static PymObject *math_isqrt(PymObject *m, PymObject *arg)
{
    PymObject *i = as_index(arg);
    if (!i)
        return NULL;
    if (pym_int_sign(i) < 0) {
        PYM_DECREF(i);
        pym_err_set_string(&pym_exc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    mpz_t s, r;
    mp_limb_t l;
    mpz_init(r);
    mpz_sqrt(r, pym_int_view(i, s, &l));
    PYM_DECREF(i);
    return pym_int_from_mpz_steal(r);
}

/* n and k of comb/perm as non-negative ints; 1 when k > n (result 0). */
static int comb_args(const char *name, PymObject *const *args, PymSize nargs, int k_optional,
                     PymObject **n_out, PymObject **k_out)
{
    *n_out = *k_out = NULL;
    if (check_args(name, nargs, k_optional ? 1 : 2, 2) < 0)
        return -1;
    *n_out = as_index(args[0]);
    if (!*n_out)
        return -1;
    if (nargs > 1 && args[1] != PYM_NONE) {
        *k_out = as_index(args[1]);
        if (!*k_out)
            return -1;
    }
    if (pym_int_sign(*n_out) < 0) {
        pym_err_set_string(&pym_exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (*k_out && pym_int_sign(*k_out) < 0) {
        pym_err_set_string(&pym_exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static PymObject *math_comb(PymObject *m, PymObject *const *args, PymSize nargs)
{
    PymObject *n, *k, *result = NULL;
    if (comb_args("comb", args, nargs, 0, &n, &k) == 0) {
        mpz_t sn, sk, r, rest;
        mp_limb_t ln, lk;
        mpz_srcptr zn = pym_int_view(n, sn, &ln), zk = pym_int_view(k, sk, &lk);
        mpz_init(r);
        if (mpz_cmp(zk, zn) <= 0) {
            mpz_init(rest);
            mpz_sub(rest, zn, zk);
            mpz_srcptr smaller = mpz_cmp(rest, zk) < 0 ? rest : zk;
            if (mpz_fits_ulong_p(smaller))
                mpz_bin_ui(r, zn, mpz_get_ui(smaller));
            mpz_clear(rest);
        }
        result = pym_int_from_mpz_steal(r);
    }
    PYM_XDECREF(n);
    PYM_XDECREF(k);
    return result;
}

static PymObject *math_perm(PymObject *m, PymObject *const *args, PymSize nargs)
{
    PymObject *n, *k, *result = NULL;
    if (comb_args("perm", args, nargs, 1, &n, &k) == 0) {
        mpz_t sn, sk, r, factor;
        mp_limb_t ln, lk;
        mpz_srcptr zn = pym_int_view(n, sn, &ln);
        mpz_srcptr zk = k ? pym_int_view(k, sk, &lk) : zn;
        mpz_init(r);
        if (mpz_cmp(zk, zn) <= 0 && mpz_fits_ulong_p(zk)) {
            /* n * (n-1) * ... * (n-k+1) */
            unsigned long count = mpz_get_ui(zk);
            mpz_set_ui(r, 1);
            mpz_init_set(factor, zn);
            for (unsigned long j = 0; j < count; j++) {
                mpz_mul(r, r, factor);
                mpz_sub_ui(factor, factor, 1);
            }
            mpz_clear(factor);
        }
        result = pym_int_from_mpz_steal(r);
    }
    PYM_XDECREF(n);
    PYM_XDECREF(k);
    return result;
}

/* ---- the module ---------------------------------------------------------------- */

static PymMethodDef math_functions[] = {
    PYM_METHOD("sqrt", math_sqrt, PYM_METH_O),
    PYM_METHOD("exp", math_exp, PYM_METH_O),
    PYM_METHOD("exp2", math_exp2, PYM_METH_O),
    PYM_METHOD("expm1", math_expm1, PYM_METH_O),
    PYM_METHOD("log", math_log, PYM_METH_FASTCALL),
    PYM_METHOD("log2", math_log2, PYM_METH_O),
    PYM_METHOD("log10", math_log10, PYM_METH_O),
    PYM_METHOD("log1p", math_log1p, PYM_METH_O),
    PYM_METHOD("sin", math_sin, PYM_METH_O),
    PYM_METHOD("cos", math_cos, PYM_METH_O),
    PYM_METHOD("tan", math_tan, PYM_METH_O),
    PYM_METHOD("asin", math_asin, PYM_METH_O),
    PYM_METHOD("acos", math_acos, PYM_METH_O),
    PYM_METHOD("atan", math_atan, PYM_METH_O),
    PYM_METHOD("atan2", math_atan2, PYM_METH_FASTCALL),
    PYM_METHOD("sinh", math_sinh, PYM_METH_O),
    PYM_METHOD("cosh", math_cosh, PYM_METH_O),
    PYM_METHOD("tanh", math_tanh, PYM_METH_O),
    PYM_METHOD("asinh", math_asinh, PYM_METH_O),
    PYM_METHOD("acosh", math_acosh, PYM_METH_O),
    PYM_METHOD("atanh", math_atanh, PYM_METH_O),
    PYM_METHOD("erf", math_erf, PYM_METH_O),
    PYM_METHOD("erfc", math_erfc, PYM_METH_O),
    PYM_METHOD("gamma", math_gamma, PYM_METH_O),
    PYM_METHOD("lgamma", math_lgamma, PYM_METH_O),
    PYM_METHOD("cbrt", math_cbrt, PYM_METH_O),
    PYM_METHOD("hypot", math_hypot, PYM_METH_FASTCALL),
    PYM_METHOD("dist", math_dist, PYM_METH_FASTCALL),
    PYM_METHOD("degrees", math_degrees, PYM_METH_O),
    PYM_METHOD("radians", math_radians, PYM_METH_O),
    PYM_METHOD("isnan", math_isnan, PYM_METH_O),
    PYM_METHOD("isinf", math_isinf, PYM_METH_O),
    PYM_METHOD("isfinite", math_isfinite, PYM_METH_O),
    PYM_METHOD("isclose", math_isclose, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("floor", math_floor, PYM_METH_O),
    PYM_METHOD("ceil", math_ceil, PYM_METH_O),
    PYM_METHOD("trunc", math_trunc, PYM_METH_O),
    PYM_METHOD("fabs", math_fabs, PYM_METH_O),
    PYM_METHOD("pow", math_pow, PYM_METH_FASTCALL),
    PYM_METHOD("copysign", math_copysign, PYM_METH_FASTCALL),
    PYM_METHOD("fmod", math_fmod, PYM_METH_FASTCALL),
    PYM_METHOD("remainder", math_remainder, PYM_METH_FASTCALL),
    PYM_METHOD("nextafter", math_nextafter, PYM_METH_FASTCALL),
    PYM_METHOD("ulp", math_ulp, PYM_METH_O),
    PYM_METHOD("modf", math_modf, PYM_METH_O),
    PYM_METHOD("frexp", math_frexp, PYM_METH_O),
    PYM_METHOD("ldexp", math_ldexp, PYM_METH_FASTCALL),
    PYM_METHOD("fsum", math_fsum, PYM_METH_O),
    PYM_METHOD("prod", math_prod, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("gcd", math_gcd, PYM_METH_FASTCALL),
    PYM_METHOD("lcm", math_lcm, PYM_METH_FASTCALL),
    PYM_METHOD("factorial", math_factorial, PYM_METH_O),
    PYM_METHOD("isqrt", math_isqrt, PYM_METH_O),
    PYM_METHOD("comb", math_comb, PYM_METH_FASTCALL),
    PYM_METHOD("perm", math_perm, PYM_METH_FASTCALL),
    PYM_METHOD_END,
};

static int add_float(PymObject *module, const char *name, double value)
{
    PymObject *f = pym_float_from_double(value);
    if (!f)
        return -1;
    int rc = pym_module_add_object(module, name, f);
    PYM_DECREF(f);
    return rc;
}

PymObject *pym_init_math(void)
{
    PymObject *module = pym_module_new("math");
    if (!module)
        return NULL;
    if (pym_module_add_functions(module, math_functions) < 0 || add_float(module, "pi", PI) < 0 ||
        add_float(module, "e", E) < 0 || add_float(module, "tau", 2 * PI) < 0 ||
        add_float(module, "inf", HUGE_VAL) < 0 || add_float(module, "nan", NAN) < 0) {
        PYM_DECREF(module);
        return NULL;
    }
    return module;
}
