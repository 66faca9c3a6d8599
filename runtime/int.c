/* int.c — the int and bool types: representation, conversions, parsing,
 * printing, hashing, methods and the constructors.  The arithmetic of the
 * number protocol lives in int_ops.c.
 *
 * Invariants:
 *  - an int whose value fits int64 is stored in `small` with big == NULL;
 *    only values outside int64 carry a GMP mpz (struct PymIntBig);
 *  - −5..256 are statically allocated singletons (small_ints), as are
 *    True and False, the only two bool instances; none of them is ever
 *    freed;
 *  - every GMP allocation goes through pym_mem_* (installed by
 *    pym_int_init), so tracemalloc and sys.getsizeof see the limbs;
 *  - int <-> decimal str conversions respect pym_int_max_str_digits, as
 *    CPython 3.11's sys.set_int_max_str_digits.
 */
#include "object_internal.h"
#include "int_internal.h"
#include "pym.h"
#include "tracemalloc.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(long) == 8 && GMP_NUMB_BITS == 64, "pym assumes 64-bit longs and limbs");

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256
#define SMALL_INT_COUNT (SMALL_INT_MAX - SMALL_INT_MIN + 1)
/* <float.h> is shadowed by runtime/float.h on the include path: use the
 * compiler's own macros for the double format. */
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MAX_EXP __DBL_MAX_EXP__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define HASH_MODULUS ((uint64_t)0x1fffffffffffffff) /* 2**61 - 1, CPython's */

int pym_int_max_str_digits = 4300;

static PymIntObject small_ints[SMALL_INT_COUNT] = {
    [0 ... SMALL_INT_COUNT - 1] = {.ob = PYM_STATIC_HEAD(&pym_int_type), .small = 0, .big = NULL},
};
static int small_ints_ready;

struct PymIntObject pym_true_struct = {.ob = PYM_STATIC_HEAD(&pym_bool_type), .small = 1, .big = NULL};
struct PymIntObject pym_false_struct = {.ob = PYM_STATIC_HEAD(&pym_bool_type), .small = 0, .big = NULL};

static void init_small_ints(void)
{
    for (int i = 0; i < SMALL_INT_COUNT; i++)
        small_ints[i].small = i + SMALL_INT_MIN;
    small_ints_ready = 1;
}

/* ---- GMP's allocator: pym's mem layer ----------------------------------- */

static void *gmp_alloc(size_t size)
{
    void *p = pym_mem_malloc(size);
    if (!p) {
        fputs("pym: out of memory in integer arithmetic\n", stderr);
        abort();
    }
    return p;
}

static void *gmp_realloc(void *p, size_t old_size, size_t new_size)
{
    (void)old_size;
    void *q = pym_mem_realloc(p, new_size);
    if (!q) {
        fputs("pym: out of memory in integer arithmetic\n", stderr);
        abort();
    }
    return q;
}

static void gmp_free(void *p, size_t size)
{
    (void)size;
    pym_mem_free(p);
}

int pym_int_init(void)
{
    if (!small_ints_ready)
        init_small_ints();
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    return 0;
}

/* Dead exact machine-word ints kept for reuse, linked through their type
 * field; as for floats (float.c), not used while tracemalloc traces. */
enum { FREE_INTS_MAX = 100 };
static PymIntObject *free_ints;
static int free_ints_count;

void pym_int_fini(void)
{
    while (free_ints) {
        PymIntObject *i = free_ints;
        free_ints = (PymIntObject *)i->ob.type;
        pym_object_free_raw(i);
    }
    free_ints_count = 0;
    /* Every big int is gone by now; let GMP fall back to malloc for any
     * late use so nothing touches the released arenas. */
    mp_set_memory_functions(NULL, NULL, NULL);
}

/* ---- allocation ----------------------------------------------------------- */

static int is_static_int(PymObject *o)
{
    PymIntObject *i = INT_OBJ(o);
    return (i >= small_ints && i < small_ints + SMALL_INT_COUNT) || o == PYM_TRUE || o == PYM_FALSE;
}

static void int_dealloc(PymObject *o)
{
    PymIntObject *small = INT_OBJ(o);
    if (!small->big && PYM_TYPE(o) == &pym_int_type && free_ints_count < FREE_INTS_MAX &&
        !pym_tracemalloc_is_tracing() && !is_static_int(o)) {
        o->type = (PymType *)free_ints;
        free_ints = small;
        free_ints_count++;
        return;
    }
    if (is_static_int(o)) {
        /* A refcount bug elsewhere dropped a singleton to zero: keep it. */
        o->refcnt = (PymSize)1 << 30;
        return;
    }
    PymIntObject *i = INT_OBJ(o);
    if (i->big) {
        mpz_clear(&i->big->z);
        pym_mem_free(i->big);
        i->big = NULL;
    }
    PYM_TYPE(o)->free(o);
}

PymObject *pym_int_from_i64(int64_t v)
{
    if ((uint64_t)v - (uint64_t)SMALL_INT_MIN < (uint64_t)SMALL_INT_COUNT) {
        if (__builtin_expect(!small_ints_ready, 0))
            init_small_ints();
        PymObject *o = (PymObject *)&small_ints[v - SMALL_INT_MIN];
        PYM_INCREF(o);
        return o;
    }
    PymIntObject *i = free_ints;
    if (i && !pym_tracemalloc_is_tracing()) {
        free_ints = (PymIntObject *)i->ob.type;
        free_ints_count--;
        i->ob.type = &pym_int_type;
        i->ob.refcnt = 1;
        PYM_REF_TOTAL_INC();
    } else {
        i = (PymIntObject *)pym_object_new(&pym_int_type);
        if (!i)
            return NULL;
    }
    i->small = v;
    i->big = NULL;
    return (PymObject *)i;
}

PymObject *pym_int_from_mpz_steal(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return pym_int_from_i64(v);
    }
    PymIntObject *i = (PymIntObject *)pym_object_new(&pym_int_type);
    struct PymIntBig *big = i ? pym_mem_malloc(sizeof *big) : NULL;
    if (!big) {
        mpz_clear(z);
        if (i) {
            i->big = NULL;
            PYM_DECREF(i);
        }
        return pym_err_no_memory();
    }
    /* GMP may leave generous slack (pow, shifts): give it back so that
     * the object owns only what it needs */
    if ((size_t)z->_mp_alloc > mpz_size(z) + 2)
        mpz_realloc2(z, (mp_bitcnt_t)mpz_size(z) * GMP_NUMB_BITS);
    big->z = *z; /* take over the limbs */
    i->small = 0;
    i->big = big;
    return (PymObject *)i;
}

void pym_int_to_mpz(PymObject *o, mpz_ptr out)
{
    PymIntObject *i = INT_OBJ(o);
    if (i->big)
        mpz_init_set(out, &i->big->z);
    else
        mpz_init_set_si(out, i->small);
}

PymObject *pym_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return pym_int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return pym_int_from_mpz_steal(z);
}

PymObject *pym_int_from_ssize(PymSize v) { return pym_int_from_i64((int64_t)v); }

/* An exact int (not a subclass) with o's value. */
PymObject *pym_int_exact_copy(PymObject *o)
{
    if (PYM_INT_CHECK_EXACT(o))
        return PYM_NEWREF(o);
    PymIntObject *i = INT_OBJ(o);
    if (!i->big)
        return pym_int_from_i64(i->small);
    mpz_t z;
    mpz_init_set(z, &i->big->z);
    return pym_int_from_mpz_steal(z);
}

/* An instance of `type` (int or a subclass) holding the value of the exact
 * int `value`. */
PymObject *pym_int_new_value_like(PymType *type, PymObject *value)
{
    if (type == &pym_int_type)
        return PYM_NEWREF(value);
    PymIntObject *i = (PymIntObject *)pym_type_generic_alloc(type, 0);
    if (!i)
        return NULL;
    PymIntObject *v = INT_OBJ(value);
    i->small = v->small;
    i->big = NULL;
    if (v->big) {
        i->big = pym_mem_malloc(sizeof *i->big);
        if (!i->big) {
            PYM_DECREF(i);
            return pym_err_no_memory();
        }
        mpz_init_set(&i->big->z, &v->big->z);
    }
    if (PYM_IS_GC(i)) /* a subclass with a __dict__: tracked once complete */
        pym_gc_track((PymObject *)i);
    return (PymObject *)i;
}

/* ---- conversions to C ----------------------------------------------------- */

int pym_int_is_small(PymObject *o) { return INT_OBJ(o)->big == NULL; }
int64_t pym_int_small_value(PymObject *o) { return INT_OBJ(o)->small; }

int pym_int_sign(PymObject *o)
{
    PymIntObject *i = INT_OBJ(o);
    if (i->big)
        return mpz_sgn(&i->big->z);
    return (i->small > 0) - (i->small < 0);
}

int64_t pym_int_as_i64_overflow(PymObject *o, int *overflow)
{
    PymIntObject *i = INT_OBJ(o);
    if (i->big) {
        *overflow = mpz_sgn(&i->big->z);
        return -1;
    }
    *overflow = 0;
    return i->small;
}

PymSize pym_int_as_ssize(PymObject *o)
{
    if (INT_OBJ(o)->big) {
        pym_err_set_string(&pym_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (PymSize)INT_OBJ(o)->small;
}

long pym_int_as_long(PymObject *o)
{
    if (INT_OBJ(o)->big) {
        pym_err_set_string(&pym_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return (long)INT_OBJ(o)->small;
}

size_t pym_int_bit_length(PymObject *o)
{
    PymIntObject *i = INT_OBJ(o);
    if (i->big)
        return mpz_sizeinbase(&i->big->z, 2);
    uint64_t a = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
    return a ? (size_t)(64 - __builtin_clzll(a)) : 0;
}

/* Bits [pos, pos+64) of a limb array. */
static uint64_t limb_bits(const mp_limb_t *d, size_t n, mp_bitcnt_t pos)
{
    size_t idx = pos / 64;
    unsigned off = (unsigned)(pos % 64);
    if (idx >= n)
        return 0;
    uint64_t v = d[idx] >> off;
    if (off && idx + 1 < n)
        v |= d[idx + 1] << (64 - off);
    return v;
}

double pym_int_scaled_to_double(mpz_srcptr n, long exp, int sticky, int *overflow)
{
    *overflow = 0;
    int sign = mpz_sgn(n);
    if (sign == 0)
        return 0.0;
    size_t nlimbs = mpz_size(n);
    const mp_limb_t *d = mpz_limbs_read(n);
    long nbits = (long)mpz_sizeinbase(n, 2);
    long top = nbits + exp; /* 2**(top-1) <= |value| < 2**top */
    if (top > DBL_MAX_EXP) {
        *overflow = 1;
        return sign * HUGE_VAL;
    }
    /* exponent of the last bit the double can keep (subnormals keep fewer) */
    long lsb = top - DBL_MANT_DIG;
    if (lsb < DBL_MIN_EXP - DBL_MANT_DIG)
        lsb = DBL_MIN_EXP - DBL_MANT_DIG;
    long shift = lsb - exp;
    uint64_t q;
    if (shift <= 0) {
        q = (uint64_t)d[0] << -shift; /* fewer than 54 bits: exact */
    } else {
        q = limb_bits(d, nlimbs, (mp_bitcnt_t)shift);
        int half = (int)(limb_bits(d, nlimbs, (mp_bitcnt_t)(shift - 1)) & 1);
        int below = sticky;
        if (!below && shift >= 2) {
            mpz_t absn;
            mpz_roinit_n(absn, d, (mp_size_t)nlimbs);
            below = mpz_scan1(absn, 0) < (mp_bitcnt_t)(shift - 1);
        }
        if (half && (below || (q & 1)))
            q++;
    }
    double r = ldexp((double)q, (int)lsb);
    if (isinf(r))
        *overflow = 1;
    return sign < 0 ? -r : r;
}

double pym_int_ratio_to_double(mpz_srcptr num, mpz_srcptr den, int *overflow)
{
    *overflow = 0;
    /* the sign as CPython's true division: 0 / -5 is -0.0 */
    int sign = (mpz_sgn(num) < 0) != (mpz_sgn(den) < 0) ? -1 : 1;
    if (mpz_sgn(num) == 0)
        return sign < 0 ? -0.0 : 0.0;
    long nb = (long)mpz_sizeinbase(num, 2), db = (long)mpz_sizeinbase(den, 2);
    long diff = nb - db; /* quotient lies in [2**(diff-1), 2**(diff+1)) */
    if (diff > DBL_MAX_EXP + 1) {
        *overflow = 1;
        return sign * HUGE_VAL;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2)
        return sign < 0 ? -0.0 : 0.0;
    /* scale so that the integer quotient has at least 55 bits */
    long k = DBL_MANT_DIG + 2 - diff;
    mpz_t a, b, q, r;
    mpz_init(a);
    mpz_init(b);
    mpz_init(q);
    mpz_init(r);
    mpz_abs(a, num);
    mpz_abs(b, den);
    if (k > 0)
        mpz_mul_2exp(a, a, (mp_bitcnt_t)k);
    else if (k < 0)
        mpz_mul_2exp(b, b, (mp_bitcnt_t)-k);
    mpz_tdiv_qr(q, r, a, b);
    double result = pym_int_scaled_to_double(q, -k, mpz_sgn(r) != 0, overflow);
    mpz_clear(a);
    mpz_clear(b);
    mpz_clear(q);
    mpz_clear(r);
    return sign < 0 ? -result : result;
}

double pym_int_as_double(PymObject *o)
{
    PymIntObject *i = INT_OBJ(o);
    if (!i->big)
        return (double)i->small; /* the conversion rounds to nearest even */
    int overflow;
    double d = pym_int_scaled_to_double(&i->big->z, 0, 0, &overflow);
    if (overflow) {
        pym_err_set_string(&pym_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

PymObject *pym_int_from_double(double v)
{
    if (isnan(v)) {
        pym_err_set_string(&pym_exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(v)) {
        pym_err_set_string(&pym_exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (v >= -9223372036854775808.0 && v < 9223372036854775808.0)
        return pym_int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init_set_d(z, v); /* exact: doubles this large are integers */
    return pym_int_from_mpz_steal(z);
}

int pym_int_compare_double(PymObject *o, double d)
{
    if (isinf(d))
        return d > 0 ? -1 : 1;
    PymIntObject *i = INT_OBJ(o);
    if (i->big) {
        int c = mpz_cmp_d(&i->big->z, d); /* exact, fractions included */
        return (c > 0) - (c < 0);
    }
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return d > 0 ? -1 : 1;
    double whole = trunc(d);
    int64_t w = (int64_t)whole;
    if (i->small != w)
        return i->small < w ? -1 : 1;
    double frac = d - whole;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* ---- hashing: value mod 2**61-1, with the sign, -1 → -2 ------------------- */

PymHash pym_int_hash(PymObject *o)
{
    PymIntObject *i = INT_OBJ(o);
    uint64_t h;
    int negative;
    if (i->big) {
        h = mpz_tdiv_ui(&i->big->z, HASH_MODULUS);
        negative = mpz_sgn(&i->big->z) < 0;
    } else {
        negative = i->small < 0;
        uint64_t a = negative ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
        h = a % HASH_MODULUS;
    }
    PymHash r = negative ? -(PymHash)h : (PymHash)h;
    return r == -1 ? -2 : r;
}

/* ---- printing ------------------------------------------------------------- */

static PymObject *raise_str_digits_limit(void)
{
    return pym_err_format(&pym_exc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          pym_int_max_str_digits);
}

/* Digits of |v| in base (2..36, lowercase) into the end of buf; returns
 * the start. */
static char *u64_digits(uint64_t v, int base, char *end)
{
    char *p = end;
    *p = '\0';
    do {
        *--p = "0123456789abcdefghijklmnopqrstuvwxyz"[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    return p;
}

/* The digits of o in base with an optional prefix; decimal conversions of
 * big values check the digit limit. */
static PymObject *int_to_string(PymObject *o, int base, const char *prefix)
{
    PymIntObject *i = INT_OBJ(o);
    size_t plen = strlen(prefix);
    if (!i->big) {
        char buf[100];
        int negative = i->small < 0;
        uint64_t a = negative ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
        char *digits = u64_digits(a, base, buf + sizeof buf - 1);
        digits -= plen;
        memcpy(digits, prefix, plen);
        if (negative)
            *--digits = '-';
        return pym_str_from_utf8(digits, (PymSize)(buf + sizeof buf - 1 - digits));
    }
    mpz_srcptr z = &i->big->z;
    size_t ndigits = mpz_sizeinbase(z, base); /* exact, or one too many for base 10 */
    int limited = base == 10 && pym_int_max_str_digits > 0;
    if (limited && ndigits > (size_t)pym_int_max_str_digits + 1)
        return raise_str_digits_limit();
    char *buf = pym_mem_malloc(ndigits + plen + 3);
    if (!buf)
        return pym_err_no_memory();
    int negative = mpz_sgn(z) < 0;
    char *p = buf;
    if (negative)
        *p++ = '-';
    memcpy(p, prefix, plen);
    p += plen;
    mpz_t absz;
    mpz_roinit_n(absz, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    mpz_get_str(p, base, absz);
    size_t written = strlen(p);
    if (limited && written > (size_t)pym_int_max_str_digits) {
        pym_mem_free(buf);
        return raise_str_digits_limit();
    }
    PymObject *s = pym_str_from_utf8(buf, (PymSize)(p - buf) + (PymSize)written);
    pym_mem_free(buf);
    return s;
}

PymObject *pym_int_to_decimal_string(PymObject *o) { return int_to_string(o, 10, ""); }

PymObject *pym_int_format_base(PymObject *o, int base, int alternate)
{
    const char *prefix = "";
    if (alternate)
        prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    return int_to_string(o, base, prefix);
}

static PymObject *int_repr(PymObject *o) { return int_to_string(o, 10, ""); }

/* ---- parsing -------------------------------------------------------------- */

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

typedef enum { PARSE_OK, PARSE_INVALID, PARSE_TOO_LONG } ParseStatus;

/* Parse the text of an int in base (0 = from the prefix, Python literal
 * rules: underscores only between digits, no leading zeros in base 0).
 * On PARSE_OK *result is a new int; PARSE_TOO_LONG reports the digit count
 * in *ndigits_out (the str-digits limit); nothing is raised except
 * MemoryError (PARSE_OK with *result NULL). */
static ParseStatus parse_int_text(const char *s, size_t len, int base, PymObject **result,
                                  size_t *ndigits_out)
{
    const char *end = s + len;
    *result = NULL;
    while (s < end && is_space((unsigned char)*s))
        s++;
    while (end > s && is_space((unsigned char)end[-1]))
        end--;
    int negative = 0;
    if (s < end && (*s == '+' || *s == '-')) {
        negative = *s == '-';
        s++;
    }
    int prefixed = 0, leading_zero = 0;
    if (end - s >= 2 && s[0] == '0') {
        char p = (char)(s[1] | 0x20);
        int pbase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pbase && (base == 0 || base == pbase)) {
            base = pbase;
            s += 2;
            prefixed = 1;
        }
    }
    if (base == 0) {
        base = 10;
        leading_zero = s < end && *s == '0';
    }
    /* validate, collecting the digits without underscores */
    size_t ndigits = 0;
    int prev_digit = prefixed; /* "0x_f" is allowed */
    int nonzero = 0;
    for (const char *p = s; p < end; p++) {
        if (*p == '_') {
            if (!prev_digit)
                return PARSE_INVALID;
            prev_digit = 0;
            continue;
        }
        if (digit_value((unsigned char)*p) >= base)
            return PARSE_INVALID;
        nonzero |= *p != '0';
        prev_digit = 1;
        ndigits++;
    }
    if (ndigits == 0 || (!prev_digit && end > s))
        return PARSE_INVALID;
    if (leading_zero && nonzero)
        return PARSE_INVALID;
    if ((base & (base - 1)) != 0 && pym_int_max_str_digits > 0 &&
        ndigits > (size_t)pym_int_max_str_digits) {
        *ndigits_out = ndigits;
        return PARSE_TOO_LONG;
    }
    /* machine-word fast path */
    uint64_t acc = 0;
    int fits = 1;
    for (const char *p = s; p < end && fits; p++) {
        if (*p == '_')
            continue;
        unsigned dv = (unsigned)digit_value((unsigned char)*p);
        if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) || __builtin_add_overflow(acc, dv, &acc))
            fits = 0;
    }
    if (fits && (acc <= (uint64_t)INT64_MAX || (negative && acc == (uint64_t)INT64_MAX + 1))) {
        *result = pym_int_from_i64(negative ? (int64_t)((uint64_t)0 - acc) : (int64_t)acc);
        return PARSE_OK;
    }
    char *digits = pym_mem_malloc(ndigits + 1);
    if (!digits) {
        pym_err_no_memory();
        return PARSE_OK;
    }
    size_t n = 0;
    for (const char *p = s; p < end; p++)
        if (*p != '_')
            digits[n++] = *p;
    digits[n] = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    pym_mem_free(digits);
    if (negative)
        mpz_neg(z, z);
    *result = pym_int_from_mpz_steal(z);
    return PARSE_OK;
}

/* int(text, base) with the error naming `original` (a str or bytes). */
static PymObject *int_from_text(const char *s, size_t len, int base, PymObject *original)
{
    PymObject *result;
    size_t ndigits = 0;
    switch (parse_int_text(s, len, base, &result, &ndigits)) {
    case PARSE_OK:
        return result;
    case PARSE_TOO_LONG:
        return pym_err_format(&pym_exc_ValueError,
                              "Exceeds the limit (%d digits) for integer string conversion: "
                              "value has %zu digits; use sys.set_int_max_str_digits() to "
                              "increase the limit",
                              pym_int_max_str_digits, ndigits);
    case PARSE_INVALID:
        break;
    }
    PymObject *text = original ? PYM_NEWREF(original) : pym_str_from_utf8_lossy(s, (PymSize)len);
    if (!text)
        return NULL;
    pym_err_format(&pym_exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
    PYM_DECREF(text);
    return NULL;
}

PymObject *pym_int_from_string(const char *s, PymSize len, int base)
{
    return int_from_text(s, (size_t)len, base, NULL);
}

/* int(x, base) for str, bytes and bytearray; other types → TypeError. */
static PymObject *int_from_string_object(PymObject *x, int base)
{
    if (PYM_STR_CHECK(x)) {
        PymSize n;
        const char *s = pym_str_as_utf8_and_size(x, &n);
        if (!s)
            return NULL;
        /* non-ASCII decimal digits (e.g. Arabic-Indic) go through their
         * decimal values, as CPython's str→int does */
        if (!pym_str_is_ascii(x)) {
            PymSize len = pym_str_length(x);
            char *ascii = pym_mem_malloc((size_t)len + 1);
            if (!ascii)
                return pym_err_no_memory();
            int ok = 1;
            for (PymSize k = 0; k < len; k++) {
                uint32_t c = pym_str_read_char(x, k);
                int dv = -1;
                static const uint32_t zeros[] = {0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66,
                                                 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
                                                 0xe50, 0xed0, 0xf20, 0x1040, 0xff10};
                for (size_t z = 0; z < sizeof zeros / sizeof zeros[0]; z++)
                    if (c >= zeros[z] && c < zeros[z] + 10)
                        dv = (int)(c - zeros[z]);
                if (c < 128)
                    ascii[k] = (char)c;
                else if (dv >= 0)
                    ascii[k] = (char)('0' + dv);
                else if (c == 0x85 || c == 0xa0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200a) ||
                         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x1680)
                    ascii[k] = ' ';
                else
                    ok = 0;
            }
            PymObject *r;
            if (ok)
                r = int_from_text(ascii, (size_t)len, base, x);
            else
                r = pym_err_format(&pym_exc_ValueError, "invalid literal for int() with base %d: %R",
                                   base, x);
            pym_mem_free(ascii);
            return r;
        }
        return int_from_text(s, (size_t)n, base, x);
    }
    if (PYM_BYTES_CHECK(x))
        return int_from_text(pym_bytes_data(x), (size_t)pym_bytes_size(x), base, x);
    if (PYM_OBJECT_TYPE_CHECK(x, &pym_bytearray_type)) {
        PymObject *b = pym_object_call1((PymObject *)&pym_bytes_type, x);
        if (!b)
            return NULL;
        PymObject *r = int_from_text(pym_bytes_data(b), (size_t)pym_bytes_size(b), base, x);
        PYM_DECREF(b);
        return r;
    }
    return NULL;
}

/* The result of __int__ / __index__ / __trunc__ must be an int; strict
 * subclasses are accepted as their exact value. */
static PymObject *require_int_result(PymObject *r, const char *what)
{
    if (!r || PYM_INT_CHECK_EXACT(r))
        return r;
    if (PYM_INT_CHECK(r)) {
        PymObject *exact = pym_int_exact_copy(r);
        PYM_DECREF(r);
        return exact;
    }
    pym_err_format(&pym_exc_TypeError, "%s returned non-int (type %.200s)", what, PYM_TYPE_NAME(r));
    PYM_DECREF(r);
    return NULL;
}

/* int(x) with one argument: CPython's PyNumber_Long order. */
static PymObject *int_from_object(PymObject *x)
{
    if (PYM_INT_CHECK_EXACT(x))
        return PYM_NEWREF(x);
    PymNumberMethods *nb = PYM_TYPE(x)->as_number;
    if (nb && nb->int_)
        return require_int_result(nb->int_(x), "__int__");
    if (nb && nb->index)
        return require_int_result(nb->index(x), "__index__");
    PymObject *trunc = pym_type_lookup_borrow(PYM_TYPE(x), PYM_ID(__trunc__));
    if (trunc) {
        PymObject *r = pym_call_special_present(x, PYM_ID(__trunc__), NULL, 0);
        if (!r || PYM_INT_CHECK(r))
            return require_int_result(r, "__trunc__");
        PymNumberMethods *rnb = PYM_TYPE(r)->as_number;
        if (!rnb || !rnb->index) {
            pym_err_format(&pym_exc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                           PYM_TYPE_NAME(r));
            PYM_DECREF(r);
            return NULL;
        }
        PymObject *i = require_int_result(rnb->index(r), "__index__");
        PYM_DECREF(r);
        return i;
    }
    PymObject *r = int_from_string_object(x, 10);
    if (r || pym_err_occurred())
        return r;
    return pym_err_format(&pym_exc_TypeError,
                          "int() argument must be a string, a bytes-like object or a real "
                          "number, not '%.200s'",
                          PYM_TYPE_NAME(x));
}

/* ---- argument binding shared by the numbers area -------------------------- */

int pym_int_bind_args(const char *fname, PymObject *const *args, PymSize nargs, PymObject *kwnames,
                      const char *const *names, int nparams, int posonly, int maxpos, int required,
                      PymObject **out)
{
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (int k = 0; k < nparams; k++)
        out[k] = NULL;
    if (nargs + nkw > nparams) {
        pym_err_format(&pym_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname,
                       nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                       (PymSize)(nargs + nkw));
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            pym_err_format(&pym_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            pym_err_format(&pym_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                           fname, required < maxpos ? "at most" : "exactly", maxpos,
                           maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    int minposonly = required < posonly ? required : posonly;
    if (nargs < minposonly) {
        pym_err_format(&pym_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                       fname, minposonly < maxpos ? "at least" : "exactly", minposonly,
                       minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (PymSize k = 0; k < nargs; k++)
        out[k] = args[k];
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        int found = -1;
        for (int p = posonly; p < nparams; p++) {
            if (pym_str_equal_cstr(key, names[p])) {
                found = p;
                break;
            }
        }
        if (found < 0) {
            pym_err_format(&pym_exc_TypeError, "%R is an invalid keyword argument for %s()", key,
                           fname);
            return -1;
        }
        if (out[found]) {
            pym_err_format(&pym_exc_TypeError,
                           "argument for %s() given by name ('%s') and position (%d)", fname,
                           names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int p = 0; p < required; p++) {
        if (!out[p]) {
            if (p < maxpos)
                pym_err_format(&pym_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                               fname, names[p], p + 1);
            else
                pym_err_format(&pym_exc_TypeError, "%s() missing required keyword-only argument '%s'",
                               fname, names[p]);
            return -1;
        }
    }
    return 0;
}

/* ---- int() -------------------------------------------------------------- */

static PymObject *int_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    PymObject *x = nargs > 0 ? args[0] : NULL, *base_obj = nargs > 1 ? args[1] : NULL;
    if (nargs + nkw > 2)
        return pym_err_format(&pym_exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                              (PymSize)(nargs + nkw));
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        if (!pym_str_equal_cstr(key, "base"))
            return pym_err_format(&pym_exc_TypeError, "%R is an invalid keyword argument for int()",
                                  key);
        if (base_obj)
            return pym_err_format(&pym_exc_TypeError,
                                  "argument for int() given by name ('base') and position (2)");
        base_obj = args[nargs + k];
    }
    PymObject *value;
    if (!x) {
        if (base_obj)
            return pym_err_format(&pym_exc_TypeError, "int() missing string argument");
        value = pym_int_from_i64(0);
    } else if (!base_obj) {
        value = int_from_object(x);
    } else {
        PymSize base = pym_number_as_ssize(base_obj, NULL); /* huge bases clamp → ValueError */
        if (base == -1 && pym_err_occurred())
            return NULL;
        if ((base != 0 && base < 2) || base > 36)
            return pym_err_format(&pym_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        value = int_from_string_object(x, (int)base);
        if (!value && !pym_err_occurred())
            pym_err_format(&pym_exc_TypeError, "int() can't convert non-string with explicit base");
    }
    if (!value || type == &pym_int_type)
        return value;
    PymObject *r = pym_int_new_value_like(type, value);
    PYM_DECREF(value);
    return r;
}

/* ---- methods ---------------------------------------------------------------- */

static PymObject *int_bit_length(PymObject *self, PymObject *unused)
{
    return pym_int_from_u64(pym_int_bit_length(self));
}

static PymObject *int_bit_count(PymObject *self, PymObject *unused)
{
    PymIntObject *i = INT_OBJ(self);
    if (!i->big) {
        uint64_t a = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
        return pym_int_from_i64(__builtin_popcountll(a));
    }
    mpz_t absz;
    mpz_roinit_n(absz, mpz_limbs_read(&i->big->z), (mp_size_t)mpz_size(&i->big->z));
    return pym_int_from_u64(mpz_popcount(absz));
}

/* byteorder argument → 1 for big, -1 for little, 0 on error (raised). */
static int parse_byteorder(const char *fname, PymObject *o)
{
    if (!o)
        return 1;
    if (!PYM_STR_CHECK(o)) {
        pym_err_format(&pym_exc_TypeError, "%s() argument 'byteorder' must be str, not %.200s", fname,
                       PYM_TYPE_NAME(o));
        return 0;
    }
    if (pym_str_equal_cstr(o, "big"))
        return 1;
    if (pym_str_equal_cstr(o, "little"))
        return -1;
    pym_err_set_string(&pym_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return 0;
}

static PymObject *int_to_bytes(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    PymObject *a[3];
    if (pym_int_bind_args("to_bytes", args, nargs, kwnames, names, 3, 0, 2, 0, a) < 0)
        return NULL;
    PymSize length = 1;
    if (a[0]) {
        length = pym_number_as_ssize(a[0], &pym_exc_OverflowError);
        if (length == -1 && pym_err_occurred())
            return NULL;
        if (length < 0) {
            pym_err_set_string(&pym_exc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int order = parse_byteorder("to_bytes", a[1]);
    if (!order)
        return NULL;
    int is_signed = 0;
    if (a[2] && (is_signed = pym_object_is_true(a[2])) < 0)
        return NULL;
    int sign = pym_int_sign(self);
    if (sign < 0 && !is_signed) {
        pym_err_set_string(&pym_exc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    mpz_t v;
    pym_int_to_mpz(self, v);
    /* bits needed: for negative values in two's complement, those of ~v, plus a sign bit */
    size_t bits;
    if (sign < 0) {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, v);
        bits = mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0;
        mpz_clear(t);
    } else {
        bits = sign ? mpz_sizeinbase(v, 2) : 0;
    }
    if (is_signed)
        bits++;
    if (sign == 0)
        bits = 0;
    if ((uint64_t)bits > (uint64_t)length * 8) {
        mpz_clear(v);
        pym_err_set_string(&pym_exc_OverflowError, "int too big to convert");
        return NULL;
    }
    unsigned char *buf = pym_mem_calloc(1, (size_t)length + 1);
    if (!buf) {
        mpz_clear(v);
        return pym_err_no_memory();
    }
    if (length > 0) {
        mpz_fdiv_r_2exp(v, v, (mp_bitcnt_t)length * 8); /* two's complement */
        size_t count = 0;
        size_t need = (mpz_sizeinbase(v, 2) + 7) / 8;
        if (mpz_sgn(v))
            mpz_export(buf + (size_t)length - need, &count, 1, 1, 1, 0, v);
        if (order < 0) {
            for (PymSize k = 0; k < length / 2; k++) {
                unsigned char c = buf[k];
                buf[k] = buf[length - 1 - k];
                buf[length - 1 - k] = c;
            }
        }
    }
    mpz_clear(v);
    PymObject *r = pym_bytes_from_data(buf, length);
    pym_mem_free(buf);
    return r;
}

static PymObject *int_from_bytes(PymObject *cls, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    PymObject *a[3];
    if (pym_int_bind_args("from_bytes", args, nargs, kwnames, names, 3, 0, 2, 1, a) < 0)
        return NULL;
    int order = parse_byteorder("from_bytes", a[1]);
    if (!order)
        return NULL;
    int is_signed = 0;
    if (a[2] && (is_signed = pym_object_is_true(a[2])) < 0)
        return NULL;
    PymObject *data = pym_bytes_from_object(a[0]);
    if (!data)
        return NULL;
    size_t n = (size_t)pym_bytes_size(data);
    const unsigned char *bytes = (const unsigned char *)pym_bytes_data(data);
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, order, 1, 1, 0, bytes);
    int top_set = n && (bytes[order > 0 ? 0 : n - 1] & 0x80);
    PYM_DECREF(data);
    if (is_signed && top_set) {
        mpz_t t;
        mpz_init(t);
        mpz_setbit(t, (mp_bitcnt_t)n * 8);
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    PymObject *value = pym_int_from_mpz_steal(z);
    if (!value || cls == (PymObject *)&pym_int_type)
        return value;
    PymObject *r = pym_object_call1(cls, value);
    PYM_DECREF(value);
    return r;
}

static PymObject *int_as_integer_ratio(PymObject *self, PymObject *unused)
{
    PymObject *num = pym_int_exact_copy(self);
    if (!num)
        return NULL;
    PymObject *one = pym_int_from_i64(1);
    PymObject *r = pym_tuple_pack(2, num, one);
    PYM_DECREF(num);
    PYM_DECREF(one);
    return r;
}

static PymObject *int_exact_self(PymObject *self, PymObject *unused) { return pym_int_exact_copy(self); }

static PymObject *int_sizeof(PymObject *self, PymObject *unused)
{
    PymIntObject *i = INT_OBJ(self);
    size_t size = (size_t)PYM_TYPE(self)->basicsize;
    if (i->big)
        size += sizeof(struct PymIntBig) + (size_t)i->big->z._mp_alloc * sizeof(mp_limb_t);
    return pym_int_from_u64(size);
}

static PymObject *int_format(PymObject *self, PymObject *spec)
{
    if (!PYM_STR_CHECK(spec))
        return pym_err_format(&pym_exc_TypeError, "__format__() argument must be str, not %.200s",
                              PYM_TYPE_NAME(spec));
    return pym_format_int(self, spec);
}

static PymObject *int_getnewargs(PymObject *self, PymObject *unused)
{
    PymObject *v = pym_int_exact_copy(self);
    if (!v)
        return NULL;
    PymObject *r = pym_tuple_pack(1, v);
    PYM_DECREF(v);
    return r;
}

static PymObject *int_get_self(PymObject *self, void *closure) { return pym_int_exact_copy(self); }
static PymObject *int_get_zero(PymObject *self, void *closure) { return pym_int_from_i64(0); }
static PymObject *int_get_one(PymObject *self, void *closure) { return pym_int_from_i64(1); }

static PymMethodDef int_methods[] = {
    PYM_METHOD("bit_length", int_bit_length, PYM_METH_NOARGS),
    PYM_METHOD("bit_count", int_bit_count, PYM_METH_NOARGS),
    PYM_METHOD("to_bytes", int_to_bytes, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("from_bytes", int_from_bytes, PYM_METH_FASTCALL | PYM_METH_KEYWORDS | PYM_METH_CLASS),
    PYM_METHOD("as_integer_ratio", int_as_integer_ratio, PYM_METH_NOARGS),
    PYM_METHOD("conjugate", int_exact_self, PYM_METH_NOARGS),
    PYM_METHOD("__trunc__", int_exact_self, PYM_METH_NOARGS),
    PYM_METHOD("__floor__", int_exact_self, PYM_METH_NOARGS),
    PYM_METHOD("__ceil__", int_exact_self, PYM_METH_NOARGS),
    PYM_METHOD("__round__", pym_int_round, PYM_METH_FASTCALL),
    PYM_METHOD("__getnewargs__", int_getnewargs, PYM_METH_NOARGS),
    PYM_METHOD("__format__", int_format, PYM_METH_O),
    PYM_METHOD("__sizeof__", int_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymGetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymHash int_hash_slot(PymObject *o) { return pym_int_hash(o); }

PymType pym_int_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "int",
    .basicsize = sizeof(PymIntObject),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = pym_int_richcompare,
    .getattro = pym_object_generic_getattr,
    .new_ = int_new,
    .free = pym_object_free_raw,
    .as_number = &pym_int_as_number,
    .methods = int_methods,
    .getset = int_getset,
    .base = &pym_object_type,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

/* ---- bool ----------------------------------------------------------------- */

static PymObject *bool_repr(PymObject *o) { return pym_str_from_cstr(o == PYM_TRUE ? "True" : "False"); }

static PymObject *bool_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0)
        return pym_err_format(&pym_exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    if (nargs == 0)
        PYM_RETURN_FALSE;
    int t = pym_object_is_true(args[0]);
    if (t < 0)
        return NULL;
    return pym_bool_from(t);
}

PymType pym_bool_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "bool",
    .basicsize = sizeof(PymIntObject),
    .flags = PYM_TPFLAG_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = bool_repr,
    .hash = int_hash_slot,
    .richcompare = pym_int_richcompare,
    .getattro = pym_object_generic_getattr,
    .new_ = bool_new,
    .free = pym_object_free_raw,
    .as_number = &pym_bool_as_number,
    .base = &pym_int_type,
    .doc = "bool(x) -> bool",
};

void pym_int_abs_to_u32_words(PymObject *o, uint32_t *words, size_t n)
{
    mpz_t scratch;
    mp_limb_t limb;
    mpz_srcptr v = pym_int_view(o, scratch, &limb);
    memset(words, 0, n * sizeof *words);
    if (mpz_sgn(v) == 0)
        return;
    size_t needed = (mpz_sizeinbase(v, 2) + 31) / 32;
    if (needed > n)
        return; /* caller's contract broken; leave zeros rather than overrun */
    size_t count = 0;
    mpz_export(words, &count, -1, sizeof *words, 0, 0, v); /* mpz_export ignores the sign */
}

PymObject *pym_int_from_u32_words(const uint32_t *words, size_t n)
{
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, -1, sizeof *words, 0, 0, words);
    return pym_int_from_mpz_steal(z);
}
