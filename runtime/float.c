/* float.c — the float type: an IEEE-754 double with CPython's semantics.
 *
 * Invariants:
 *  - repr/str give the shortest decimal string that reads back to the same
 *    double, laid out as CPython's repr (exponent form when the decimal
 *    exponent is < -4 or >= 16);
 *  - mixed float/int arithmetic converts the int exactly-rounded (or
 *    raises OverflowError); float/int comparisons are exact;
 *  - hash(x) == hash(int(x)) for integral x (modulus 2**61-1), NaN hashes
 *    by identity;
 *  - // and % follow the sign of the divisor and satisfy
 *    a == (a // b) * b + a % b as closely as doubles allow (CPython's
 *    float_divmod rules);
 *  - a float on the free list has refcount 0 and its type field links the
 *    list, which holds nothing else.
 */
#include "int_internal.h"
#include "pym.h"
#include "tracemalloc.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* <float.h> is shadowed by runtime/float.h on the include path. */
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* ---- objects ------------------------------------------------------------ */

/* Dead exact floats kept for reuse (as CPython keeps up to 100), linked
 * through their type field.  Neither filled nor drawn from while
 * tracemalloc traces, so that every float made then is traced where it is
 * made and every float freed then gives its block back. */
enum { FREE_FLOATS_MAX = 100 };
static PymFloatObject *free_floats;
static int free_floats_count;

PymObject *pym_float_from_double(double v)
{
    PymFloatObject *f = free_floats;
    if (f && !pym_tracemalloc_is_tracing()) {
        free_floats = (PymFloatObject *)f->ob.type;
        free_floats_count--;
        f->ob.type = &pym_float_type;
        f->ob.refcnt = 1;
        PYM_REF_TOTAL_INC();
    } else {
        f = (PymFloatObject *)pym_object_new(&pym_float_type);
        if (!f)
            return NULL;
    }
    f->value = v;
    return (PymObject *)f;
}

void pym_float_fini(void)
{
    while (free_floats) {
        PymFloatObject *f = free_floats;
        free_floats = (PymFloatObject *)f->ob.type;
        pym_object_free_raw(f);
    }
    free_floats_count = 0;
}

static PymObject *float_subtype_from_double(PymType *type, double v)
{
    if (type == &pym_float_type)
        return pym_float_from_double(v);
    PymFloatObject *f = (PymFloatObject *)pym_type_generic_alloc(type, 0);
    if (!f)
        return NULL;
    f->value = v;
    if (PYM_IS_GC(f)) /* a subclass with a __dict__: tracked once complete */
        pym_gc_track((PymObject *)f);
    return (PymObject *)f;
}

static void float_dealloc(PymObject *o)
{
    if (PYM_TYPE(o) == &pym_float_type && free_floats_count < FREE_FLOATS_MAX &&
        !pym_tracemalloc_is_tracing()) {
        o->type = (PymType *)free_floats;
        free_floats = (PymFloatObject *)o;
        free_floats_count++;
        return;
    }
    PYM_TYPE(o)->free(o);
}

/* An exact float with o's value (o a float or subclass). */
static PymObject *float_exact(PymObject *o)
{
    if (PYM_FLOAT_CHECK_EXACT(o))
        return PYM_NEWREF(o);
    return pym_float_from_double(PYM_FLOAT_VALUE(o));
}

double pym_float_as_double(PymObject *o)
{
    if (PYM_FLOAT_CHECK(o))
        return PYM_FLOAT_VALUE(o);
    if (PYM_INT_CHECK(o))
        return pym_int_as_double(o);
    PymNumberMethods *nb = PYM_TYPE(o)->as_number;
    if (nb && nb->float_) {
        PymObject *r = nb->float_(o);
        if (!r)
            return -1.0;
        if (!PYM_FLOAT_CHECK(r)) {
            pym_err_format(&pym_exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                           PYM_TYPE_NAME(o), PYM_TYPE_NAME(r));
            PYM_DECREF(r);
            return -1.0;
        }
        double v = PYM_FLOAT_VALUE(r);
        PYM_DECREF(r);
        return v;
    }
    if (nb && nb->index) {
        PymObject *i = pym_number_index(o);
        if (!i)
            return -1.0;
        double v = pym_int_as_double(i);
        PYM_DECREF(i);
        return v;
    }
    pym_err_format(&pym_exc_TypeError, "must be real number, not %.200s", PYM_TYPE_NAME(o));
    return -1.0;
}

/* ---- repr ------------------------------------------------------------------ */

/* The shortest decimal digits that read back as v (finite, nonzero):
 * fills digits (no trailing zeros) and the decimal exponent of the first
 * digit; returns 1 when v is negative.  At each precision the correctly
 * rounded digits are tried first, then their neighbours one unit away:
 * next to a power of two the rounding interval is lopsided, and the
 * shortest string that round-trips may not be the nearest one. */
static int shortest_digits(double v, char *digits, int *ndigits, int *exponent)
{
    int negative = signbit(v) != 0;
    double a = fabs(v);
    for (int precision = 1; precision <= 17; precision++) {
        char sci[40];
        snprintf(sci, sizeof sci, "%.*e", precision - 1, a);
        /* sci is "d[.ddd]e[+-]XX" */
        unsigned long long mant = 0;
        const char *p = sci;
        for (; *p != 'e'; p++)
            if (*p != '.')
                mant = mant * 10 + (unsigned long long)(*p - '0');
        int exp10 = atoi(p + 1);
        static const int deltas[] = {0, 1, -1};
        for (int k = 0; k < 3; k++) {
            unsigned long long m = mant + (unsigned long long)(long long)deltas[k];
            if (m == 0)
                continue;
            char candidate[48];
            snprintf(candidate, sizeof candidate, "%llue%d", m, exp10 - (precision - 1));
            if (strtod(candidate, NULL) != a && precision < 17)
                continue; /* 17 significant digits always read back */
            int len = snprintf(digits, 24, "%llu", m);
            *exponent = exp10 + (len - precision); /* a carry adds a digit */
            while (len > 1 && digits[len - 1] == '0')
                len--;
            digits[len] = '\0';
            *ndigits = len;
            return negative;
        }
    }
    return negative; /* not reached */
}

void pym_float_repr_buf(double v, char *buf, size_t bufsize)
{
    if (isnan(v)) {
        snprintf(buf, bufsize, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, bufsize, v > 0 ? "inf" : "-inf");
        return;
    }
    if (v == 0) {
        snprintf(buf, bufsize, signbit(v) ? "-0.0" : "0.0");
        return;
    }
    char digits[24];
    int ndigits = 1, exponent = 0;
    int negative = shortest_digits(v, digits, &ndigits, &exponent);
    char out[64];
    char *o = out;
    if (negative)
        *o++ = '-';
    if (exponent < -4 || exponent >= 16) {
        *o++ = digits[0];
        if (ndigits > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)ndigits - 1);
            o += ndigits - 1;
        }
        snprintf(o, sizeof out - (size_t)(o - out), "e%c%02d", exponent < 0 ? '-' : '+',
                 exponent < 0 ? -exponent : exponent);
    } else {
        int point = exponent + 1; /* digits before the decimal point */
        if (point <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int k = 0; k < -point; k++)
                *o++ = '0';
            memcpy(o, digits, (size_t)ndigits);
            o += ndigits;
        } else if (point >= ndigits) {
            memcpy(o, digits, (size_t)ndigits);
            o += ndigits;
            for (int k = ndigits; k < point; k++)
                *o++ = '0';
            *o++ = '.';
            *o++ = '0';
        } else {
            memcpy(o, digits, (size_t)point);
            o += point;
            *o++ = '.';
            memcpy(o, digits + point, (size_t)(ndigits - point));
            o += ndigits - point;
        }
        *o = '\0';
    }
    snprintf(buf, bufsize, "%s", out);
}

static PymObject *float_repr(PymObject *o)
{
    char buf[64];
    pym_float_repr_buf(PYM_FLOAT_VALUE(o), buf, sizeof buf);
    return pym_str_from_cstr(buf);
}

/* ---- parsing ---------------------------------------------------------------- */

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int match_word(const char *s, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - s) != n)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((s[k] | 0x20) != word[k])
            return 0;
    return 1;
}

/* Copy a run of digits with single underscores between them; returns the
 * position after the run, or NULL on a misplaced underscore. */
static const char *copy_digits(const char *s, const char *end, char **out, int *count)
{
    *count = 0;
    while (s < end) {
        if (is_digit(*s)) {
            *(*out)++ = *s++;
            (*count)++;
        } else if (*s == '_' && *count > 0 && s + 1 < end && is_digit(s[1])) {
            s++;
        } else {
            break;
        }
    }
    return s;
}

int pym_float_parse(const char *text, PymSize len, double *out)
{
    const char *s = text, *end = text + len;
    while (s < end && is_space((unsigned char)*s))
        s++;
    while (end > s && is_space((unsigned char)end[-1]))
        end--;
    int negative = 0;
    const char *body = s;
    if (s < end && (*s == '+' || *s == '-')) {
        negative = *s == '-';
        body = s + 1;
    }
    if (match_word(body, end, "inf") || match_word(body, end, "infinity")) {
        *out = negative ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (match_word(body, end, "nan")) {
        *out = negative ? -NAN : NAN;
        return 0;
    }
    char small[64];
    size_t need = (size_t)(end - s) + 1;
    char *clean = need <= sizeof small ? small : pym_mem_malloc(need);
    if (!clean)
        return -1;
    char *o = clean;
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-'))
        *o++ = *p++;
    int int_digits, frac_digits = 0, exp_digits;
    p = copy_digits(p, end, &o, &int_digits);
    if (p < end && *p == '.') {
        *o++ = *p++;
        p = copy_digits(p, end, &o, &frac_digits);
    }
    int ok = int_digits + frac_digits > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *o++ = *p++;
        p = copy_digits(p, end, &o, &exp_digits);
        ok = exp_digits > 0;
    }
    ok = ok && p == end;
    *o = '\0';
    if (ok)
        *out = strtod(clean, NULL); /* overflow gives ±inf, as CPython */
    if (clean != small)
        pym_mem_free(clean);
    return ok ? 0 : -1;
}

/* float(x) for str/bytes/bytearray; NULL without exception if x is none
 * of those. */
static PymObject *float_from_text_object(PymObject *x)
{
    PymObject *bytes = NULL;
    const char *s;
    PymSize n;
    char *ascii = NULL;
    if (PYM_STR_CHECK(x) && !pym_str_is_ascii(x)) {
        /* Unicode decimal digits and spaces count, as in CPython; any other
         * non-ASCII character becomes one that no float contains. */
        n = pym_str_length(x);
        ascii = pym_mem_malloc((size_t)n + 1);
        if (!ascii)
            return pym_err_no_memory();
        for (PymSize i = 0; i < n; i++) {
            uint32_t cp = pym_str_read_char(x, i);
            int digit = cp < 128 ? -1 : pym_unicode_decimal_value(cp);
            ascii[i] = cp < 128 ? (char)cp : digit >= 0 ? (char)('0' + digit)
                                               : pym_unicode_isspace(cp) ? ' ' : '?';
        }
        ascii[n] = '\0';
        s = ascii;
    } else if (PYM_STR_CHECK(x)) {
        s = pym_str_as_utf8_and_size(x, &n);
        if (!s)
            return NULL;
    } else if (PYM_BYTES_CHECK(x)) {
        s = pym_bytes_data(x);
        n = pym_bytes_size(x);
    } else if (PYM_OBJECT_TYPE_CHECK(x, &pym_bytearray_type)) {
        bytes = pym_object_call1((PymObject *)&pym_bytes_type, x);
        if (!bytes)
            return NULL;
        s = pym_bytes_data(bytes);
        n = pym_bytes_size(bytes);
    } else {
        return NULL;
    }
    double v;
    int rc = pym_float_parse(s, n, &v);
    PYM_XDECREF(bytes);
    pym_mem_free(ascii);
    if (rc < 0) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_ValueError, "could not convert string to float: %R", x);
        return NULL;
    }
    return pym_float_from_double(v);
}

PymObject *pym_float_from_string(PymObject *str)
{
    PymObject *r = float_from_text_object(str);
    if (!r && !pym_err_occurred())
        pym_err_format(&pym_exc_TypeError, "float() argument must be a string or a real number, not '%.200s'",
                       PYM_TYPE_NAME(str));
    return r;
}

/* float(x): CPython's PyNumber_Float order. */
static PymObject *float_from_object(PymObject *x)
{
    if (PYM_FLOAT_CHECK_EXACT(x))
        return PYM_NEWREF(x);
    PymNumberMethods *nb = PYM_TYPE(x)->as_number;
    if (nb && nb->float_) {
        PymObject *r = nb->float_(x);
        if (!r || PYM_FLOAT_CHECK_EXACT(r))
            return r;
        if (PYM_FLOAT_CHECK(r)) {
            PymObject *exact = pym_float_from_double(PYM_FLOAT_VALUE(r));
            PYM_DECREF(r);
            return exact;
        }
        pym_err_format(&pym_exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                       PYM_TYPE_NAME(x), PYM_TYPE_NAME(r));
        PYM_DECREF(r);
        return NULL;
    }
    if (nb && nb->index) {
        PymObject *i = pym_number_index(x);
        if (!i)
            return NULL;
        double v = pym_int_as_double(i);
        PYM_DECREF(i);
        if (v == -1.0 && pym_err_occurred())
            return NULL;
        return pym_float_from_double(v);
    }
    if (PYM_FLOAT_CHECK(x))
        return pym_float_from_double(PYM_FLOAT_VALUE(x));
    return pym_float_from_string(x);
}

static PymObject *float_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0)
        return pym_err_format(&pym_exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "float expected at most 1 argument, got %zd", nargs);
    PymObject *value = nargs ? float_from_object(args[0]) : pym_float_from_double(0.0);
    if (!value || type == &pym_float_type)
        return value;
    PymObject *r = float_subtype_from_double(type, PYM_FLOAT_VALUE(value));
    PYM_DECREF(value);
    return r;
}

/* ---- hash ------------------------------------------------------------------ */

PymHash pym_float_hash_double(PymObject *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? HASH_INF : -HASH_INF;
        PymHash h = (PymHash)((uintptr_t)inst >> 4 | (uintptr_t)inst << (8 * sizeof(uintptr_t) - 4));
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* fold the mantissa in 28 bits at a time, reducing mod 2**61-1 */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    /* multiply by 2**e mod 2**61-1: a rotation by e mod 61 */
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    PymHash h = (PymHash)x * sign;
    return h == -1 ? -2 : h;
}

static PymHash float_hash(PymObject *o) { return pym_float_hash_double(o, PYM_FLOAT_VALUE(o)); }

/* ---- arithmetic ------------------------------------------------------------ */

/* An operand as a double: 1 ok, 0 not a float or int (NotImplemented),
 * -1 error (an int too large). */
static int operand(PymObject *o, double *out)
{
    if (PYM_FLOAT_CHECK(o)) {
        *out = PYM_FLOAT_VALUE(o);
        return 1;
    }
    if (PYM_INT_CHECK(o)) {
        *out = pym_int_as_double(o);
        return *out == -1.0 && pym_err_occurred() ? -1 : 1;
    }
    return 0;
}

#define BINARY_OPERANDS(a, b, x, y)                   \
    double x, y;                                      \
    do {                                              \
        int ra_ = operand(a, &x);                     \
        if (ra_ <= 0) {                               \
            if (ra_ < 0)                              \
                return NULL;                          \
            PYM_RETURN_NOTIMPLEMENTED;                \
        }                                             \
        int rb_ = operand(b, &y);                     \
        if (rb_ <= 0) {                               \
            if (rb_ < 0)                              \
                return NULL;                          \
            PYM_RETURN_NOTIMPLEMENTED;                \
        }                                             \
    } while (0)

static PymObject *float_add(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    return pym_float_from_double(x + y);
}

static PymObject *float_sub(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    return pym_float_from_double(x - y);
}

static PymObject *float_mul(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    return pym_float_from_double(x * y);
}

static PymObject *float_true_div(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return pym_float_from_double(x / y);
}

/* Python's floor division and modulo of doubles (y != 0). */
static void float_divmod_values(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    /* x - m is an exact multiple of y, so this division is exact-ish */
    double div = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) { /* make the remainder take y's sign */
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

static PymObject *float_floor_div(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    double q, r;
    float_divmod_values(x, y, &q, &r);
    return pym_float_from_double(q);
}

static PymObject *float_mod(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return pym_float_from_double(m);
}

static PymObject *float_divmod(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double q, r;
    float_divmod_values(x, y, &q, &r);
    PymObject *fq = pym_float_from_double(q), *fr = pym_float_from_double(r);
    PymObject *t = fq && fr ? pym_tuple_pack(2, fq, fr) : NULL;
    PYM_XDECREF(fq);
    PYM_XDECREF(fr);
    return t;
}

static int is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

static PymObject *float_pow(PymObject *a, PymObject *b, PymObject *m)
{
    if (m && m != PYM_NONE) {
        pym_err_set_string(&pym_exc_TypeError,
                           "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    BINARY_OPERANDS(a, b, v, w);
    /* the special cases of C99 Annex F, with Python's errors */
    if (w == 0)
        return pym_float_from_double(1.0);
    if (isnan(v))
        return pym_float_from_double(v);
    if (isnan(w))
        return pym_float_from_double(v == 1.0 ? 1.0 : w);
    if (isinf(w)) {
        double av = fabs(v);
        if (av == 1.0)
            return pym_float_from_double(1.0);
        return pym_float_from_double((w > 0) == (av > 1.0) ? HUGE_VAL : 0.0);
    }
    if (isinf(v)) {
        int odd = is_odd_integer(w);
        if (v > 0)
            return pym_float_from_double(w > 0 ? v : 0.0);
        return pym_float_from_double(w > 0 ? (odd ? v : -v) : (odd ? -0.0 : 0.0));
    }
    if (v == 0.0) {
        if (w < 0) {
            pym_err_set_string(&pym_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return pym_float_from_double(is_odd_integer(w) ? v : 0.0);
    }
    int negate = 0;
    if (v < 0) {
        if (w != floor(w)) /* the result is complex, as in CPython */
            return pym_complex_power(a, b, m);
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0)
        return pym_float_from_double(negate ? -1.0 : 1.0);
    double r = pow(v, w);
    if (isinf(r)) {
        PymObject *err_no = pym_int_from_i64(ERANGE);
        PymObject *text = pym_str_from_cstr(strerror(ERANGE));
        PymObject *args = err_no && text ? pym_tuple_pack(2, err_no, text) : NULL;
        PYM_XDECREF(err_no);
        PYM_XDECREF(text);
        if (args) {
            pym_err_set_object(&pym_exc_OverflowError, args);
            PYM_DECREF(args);
        }
        return NULL;
    }
    return pym_float_from_double(negate ? -r : r);
}

static PymObject *float_neg(PymObject *a) { return pym_float_from_double(-PYM_FLOAT_VALUE(a)); }
static PymObject *float_abs(PymObject *a) { return pym_float_from_double(fabs(PYM_FLOAT_VALUE(a))); }
static int float_bool(PymObject *a) { return PYM_FLOAT_VALUE(a) != 0.0; }
static PymObject *float_to_int(PymObject *a) { return pym_int_from_double(PYM_FLOAT_VALUE(a)); }

static PymNumberMethods float_as_number = {
    .add = float_add,
    .subtract = float_sub,
    .multiply = float_mul,
    .remainder = float_mod,
    .divmod = float_divmod,
    .power = float_pow,
    .negative = float_neg,
    .positive = float_exact,
    .absolute = float_abs,
    .bool_ = float_bool,
    .int_ = float_to_int,
    .float_ = float_exact,
    .floor_divide = float_floor_div,
    .true_divide = float_true_div,
};

/* ---- comparison ----------------------------------------------------------- */

static PymObject *float_richcompare(PymObject *a, PymObject *b, int op)
{
    if (!PYM_FLOAT_CHECK(a))
        PYM_RETURN_NOTIMPLEMENTED;
    double x = PYM_FLOAT_VALUE(a);
    int c;
    if (PYM_FLOAT_CHECK(b)) {
        double y = PYM_FLOAT_VALUE(b);
        switch (op) {
        case PYM_LT: return pym_bool_from(x < y);
        case PYM_LE: return pym_bool_from(x <= y);
        case PYM_EQ: return pym_bool_from(x == y);
        case PYM_NE: return pym_bool_from(x != y);
        case PYM_GT: return pym_bool_from(x > y);
        default: return pym_bool_from(x >= y);
        }
    }
    if (!PYM_INT_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    if (isnan(x))
        return pym_bool_from(op == PYM_NE);
    c = -pym_int_compare_double(b, x); /* exact, never through a rounded double */
    switch (op) {
    case PYM_LT: return pym_bool_from(c < 0);
    case PYM_LE: return pym_bool_from(c <= 0);
    case PYM_EQ: return pym_bool_from(c == 0);
    case PYM_NE: return pym_bool_from(c != 0);
    case PYM_GT: return pym_bool_from(c > 0);
    default: return pym_bool_from(c >= 0);
    }
}

/* ---- methods ---------------------------------------------------------------- */

static PymObject *float_is_integer(PymObject *self, PymObject *unused)
{
    double v = PYM_FLOAT_VALUE(self);
    return pym_bool_from(isfinite(v) && floor(v) == v);
}

/* v (finite, nonzero) = mant * 2**exp with mant an odd integer. */
static void split_double(double v, mpz_ptr mant, long *exp)
{
    int e;
    double m = frexp(v, &e);
    mpz_init_set_d(mant, ldexp(m, DBL_MANT_DIG)); /* exact: 53 bits */
    long ex = (long)e - DBL_MANT_DIG;
    if (mpz_sgn(mant)) {
        mp_bitcnt_t tz = mpz_scan1(mant, 0);
        mpz_tdiv_q_2exp(mant, mant, tz);
        ex += (long)tz;
    }
    *exp = ex;
}

static PymObject *float_as_integer_ratio(PymObject *self, PymObject *unused)
{
    double v = PYM_FLOAT_VALUE(self);
    if (isinf(v)) {
        pym_err_set_string(&pym_exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        pym_err_set_string(&pym_exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    mpz_t num, den;
    long exp = 0;
    if (v == 0)
        mpz_init(num);
    else
        split_double(v, num, &exp);
    mpz_init_set_ui(den, 1);
    if (exp > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)exp);
    else if (exp < 0)
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
    PymObject *n = pym_int_from_mpz_steal(num), *d = pym_int_from_mpz_steal(den);
    PymObject *t = n && d ? pym_tuple_pack(2, n, d) : NULL;
    PYM_XDECREF(n);
    PYM_XDECREF(d);
    return t;
}

static PymObject *float_hex(PymObject *self, PymObject *unused)
{
    double v = PYM_FLOAT_VALUE(self);
    char buf[64];
    if (!isfinite(v)) {
        pym_float_repr_buf(v, buf, sizeof buf);
        return pym_str_from_cstr(buf);
    }
    if (v == 0)
        return pym_str_from_cstr(signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(v), &e);
    /* leading digit 1 for normal numbers, 0 for subnormals */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *o = buf;
    if (v < 0)
        *o++ = '-';
    *o++ = '0';
    *o++ = 'x';
    int lead = (int)m;
    *o++ = "0123456789abcdef"[lead];
    m -= lead;
    *o++ = '.';
    for (int k = 0; k < (DBL_MANT_DIG - 1) / 4; k++) {
        m *= 16.0;
        int d = (int)m;
        *o++ = "0123456789abcdef"[d];
        m -= d;
    }
    snprintf(o, sizeof buf - (size_t)(o - buf), "p%+d", e);
    return pym_str_from_cstr(buf);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static PymObject *float_fromhex(PymObject *cls, PymObject *arg)
{
    if (!PYM_STR_CHECK(arg))
        return pym_err_format(&pym_exc_TypeError, "fromhex() argument must be str, not %.200s",
                              PYM_TYPE_NAME(arg));
    PymSize len;
    const char *s = pym_str_as_utf8_and_size(arg, &len);
    if (!s)
        return NULL;
    const char *end = s + len;
    while (s < end && is_space((unsigned char)*s))
        s++;
    while (end > s && is_space((unsigned char)end[-1]))
        end--;
    int negative = 0;
    if (s < end && (*s == '+' || *s == '-'))
        negative = *s++ == '-';
    double value;
    if (match_word(s, end, "inf") || match_word(s, end, "infinity")) {
        value = HUGE_VAL;
    } else if (match_word(s, end, "nan")) {
        value = NAN;
    } else {
        if (end - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
            s += 2;
        /* validate [digits][.digits][p[+-]digits] and rebuild it for strtod */
        size_t cap = (size_t)(end - s) + 32;
        char *text = pym_mem_malloc(cap);
        if (!text)
            return pym_err_no_memory();
        char *o = text;
        *o++ = '0';
        *o++ = 'x';
        int ndigits = 0;
        while (s < end && hex_digit(*s) >= 0) {
            *o++ = *s++;
            ndigits++;
        }
        if (s < end && *s == '.') {
            *o++ = *s++;
            while (s < end && hex_digit(*s) >= 0) {
                *o++ = *s++;
                ndigits++;
            }
        }
        int ok = ndigits > 0;
        long exp = 0;
        if (ok && s < end && (*s | 0x20) == 'p') {
            s++;
            int exp_negative = 0;
            if (s < end && (*s == '+' || *s == '-'))
                exp_negative = *s++ == '-';
            int expdigits = 0;
            while (s < end && is_digit(*s)) {
                if (exp < 100000000)
                    exp = exp * 10 + (*s - '0');
                s++;
                expdigits++;
            }
            ok = expdigits > 0;
            if (exp_negative)
                exp = -exp;
        }
        ok = ok && s == end;
        if (ok) {
            snprintf(o, cap - (size_t)(o - text), "p%ld", exp);
            value = strtod(text, NULL);
        }
        pym_mem_free(text);
        if (!ok) {
            pym_err_set_string(&pym_exc_ValueError, "invalid hexadecimal floating-point string");
            return NULL;
        }
        if (isinf(value)) {
            pym_err_set_string(&pym_exc_OverflowError,
                               "hexadecimal value too large to represent as a float");
            return NULL;
        }
    }
    if (negative)
        value = -value;
    PymObject *result = pym_float_from_double(value);
    if (!result || cls == (PymObject *)&pym_float_type)
        return result;
    PymObject *r = pym_object_call1(cls, result);
    PYM_DECREF(result);
    return r;
}

static PymObject *float_trunc(PymObject *self, PymObject *unused)
{
    return pym_int_from_double(PYM_FLOAT_VALUE(self));
}

static PymObject *float_floor(PymObject *self, PymObject *unused)
{
    return pym_int_from_double(floor(PYM_FLOAT_VALUE(self)));
}

static PymObject *float_ceil(PymObject *self, PymObject *unused)
{
    return pym_int_from_double(ceil(PYM_FLOAT_VALUE(self)));
}

/* round(x, ndigits) for finite nonzero x: the exact binary value rounded
 * half-even at 10**-ndigits, then correctly rounded back to a double. */
static PymObject *round_to_digits(double x, long ndigits)
{
    mpz_t mant, num, den, q, r, twice, p10;
    long exp;
    split_double(fabs(x), mant, &exp);
    mpz_init_set(num, mant);
    mpz_init_set_ui(den, 1);
    mpz_init(p10);
    mpz_ui_pow_ui(p10, 10, (unsigned long)(ndigits < 0 ? -ndigits : ndigits));
    if (ndigits >= 0)
        mpz_mul(num, num, p10);
    else
        mpz_mul(den, den, p10);
    if (exp >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)exp);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_init(twice);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    int overflow;
    double result;
    if (ndigits >= 0) {
        result = pym_int_ratio_to_double(q, p10, &overflow);
    } else {
        mpz_mul(q, q, p10);
        result = pym_int_scaled_to_double(q, 0, 0, &overflow);
    }
    mpz_clear(mant);
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(q);
    mpz_clear(r);
    mpz_clear(twice);
    mpz_clear(p10);
    if (overflow) {
        pym_err_set_string(&pym_exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return pym_float_from_double(copysign(result, x));
}

static PymObject *float_round(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "__round__ expected at most 1 argument, got %zd",
                              nargs);
    double x = PYM_FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == PYM_NONE) {
        double rounded = nearbyint(x); /* default rounding mode: half to even */
        return pym_int_from_double(rounded);
    }
    PymSize ndigits = pym_number_as_ssize(args[0], NULL);
    if (ndigits == -1 && pym_err_occurred())
        return NULL;
    /* beyond these, rounding cannot change x or leaves only zero */
    if (!isfinite(x) || x == 0.0 || ndigits > 323)
        return pym_float_from_double(x);
    if (ndigits < -308)
        return pym_float_from_double(0.0 * x);
    return round_to_digits(x, (long)ndigits);
}

static PymObject *float_format_method(PymObject *self, PymObject *spec)
{
    if (!PYM_STR_CHECK(spec))
        return pym_err_format(&pym_exc_TypeError, "__format__() argument must be str, not %.200s",
                              PYM_TYPE_NAME(spec));
    return pym_format_float(self, spec);
}

static PymObject *float_sizeof(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize(PYM_TYPE(self)->basicsize);
}

static PymObject *float_getnewargs(PymObject *self, PymObject *unused)
{
    PymObject *v = float_exact(self);
    if (!v)
        return NULL;
    PymObject *t = pym_tuple_pack(1, v);
    PYM_DECREF(v);
    return t;
}

/* float.__getformat__(typestr): how C doubles and floats are stored. */
static PymObject *float_getformat(PymObject *cls, PymObject *typestr)
{
    if (!PYM_STR_CHECK(typestr))
        return pym_err_format(&pym_exc_TypeError,
                              "__getformat__() argument must be str, not %.200s",
                              PYM_TYPE_NAME(typestr));
    if (!pym_str_equal_cstr(typestr, "double") && !pym_str_equal_cstr(typestr, "float"))
        return pym_err_format(&pym_exc_ValueError,
                              "__getformat__() argument 1 must be 'double' or 'float'");
    return pym_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "IEEE, little-endian"
                                                                       : "IEEE, big-endian");
}

static PymObject *float_conjugate(PymObject *self, PymObject *unused) { return float_exact(self); }
static PymObject *float_get_real(PymObject *self, void *closure) { return float_exact(self); }
static PymObject *float_get_imag(PymObject *self, void *closure) { return pym_float_from_double(0.0); }

static PymMethodDef float_methods[] = {
    PYM_METHOD("is_integer", float_is_integer, PYM_METH_NOARGS),
    PYM_METHOD("as_integer_ratio", float_as_integer_ratio, PYM_METH_NOARGS),
    PYM_METHOD("hex", float_hex, PYM_METH_NOARGS),
    PYM_METHOD("fromhex", float_fromhex, PYM_METH_O | PYM_METH_CLASS),
    PYM_METHOD("conjugate", float_conjugate, PYM_METH_NOARGS),
    PYM_METHOD("__trunc__", float_trunc, PYM_METH_NOARGS),
    PYM_METHOD("__floor__", float_floor, PYM_METH_NOARGS),
    PYM_METHOD("__ceil__", float_ceil, PYM_METH_NOARGS),
    PYM_METHOD("__round__", float_round, PYM_METH_FASTCALL),
    PYM_METHOD("__format__", float_format_method, PYM_METH_O),
    PYM_METHOD("__sizeof__", float_sizeof, PYM_METH_NOARGS),
    PYM_METHOD("__getnewargs__", float_getnewargs, PYM_METH_NOARGS),
    PYM_METHOD("__getformat__", float_getformat, PYM_METH_O | PYM_METH_CLASS),
    PYM_METHOD_END,
};

static PymGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_float_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "float",
    .basicsize = sizeof(PymFloatObject),
    .flags = PYM_TPFLAG_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattro = pym_object_generic_getattr,
    .new_ = float_new,
    .free = pym_object_free_raw,
    .as_number = &float_as_number,
    .methods = float_methods,
    .getset = float_getset,
    .base = &pym_object_type,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
