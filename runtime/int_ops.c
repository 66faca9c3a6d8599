/* int_ops.c — the number protocol of int and bool: arithmetic, bitwise
 * operators, shifts, comparisons and rounding, with CPython's semantics
 * (floor division and modulo round toward −inf; / is correctly rounded;
 * negative exponents give floats) and messages.
 *
 * Invariants: every operator first tries the int64 fast path and falls
 * back to GMP only when an operand is big or the result overflows; results
 * go through pym_int_from_i64 / pym_int_from_mpz_steal, so a value that
 * fits int64 is always small; slots return NotImplemented for non-int
 * operands (float handles mixed arithmetic through its reflected slots).
 */
#include "int_internal.h"
#include "pym.h"

#include <math.h>

#define IS_SMALL(o) (INT_OBJ(o)->big == NULL)
#define SMALL(o) (INT_OBJ(o)->small)
#define CHECK_BINOP(a, b)                             \
    do {                                              \
        if (!PYM_INT_CHECK(a) || !PYM_INT_CHECK(b))   \
            PYM_RETURN_NOTIMPLEMENTED;                \
    } while (0)

/* Largest exponent of 2 we agree to materialise (bits); beyond: MemoryError. */
#define MAX_RESULT_BITS ((uint64_t)1 << 38)

typedef void (*MpzBinary)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* r = op(a, b) through GMP, for any two ints. */
static PymObject *mpz_binary(PymObject *a, PymObject *b, MpzBinary op)
{
    mpz_t sa, sb, r;
    mp_limb_t la, lb;
    mpz_srcptr x = pym_int_view(a, sa, &la), y = pym_int_view(b, sb, &lb);
    mpz_init(r);
    op(r, x, y);
    return pym_int_from_mpz_steal(r);
}

static void mpz_add_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_add(r, x, y); }
static void mpz_sub_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_sub(r, x, y); }
static void mpz_mul_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_mul(r, x, y); }
static void mpz_fdiv_q_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_fdiv_q(r, x, y); }
static void mpz_fdiv_r_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_fdiv_r(r, x, y); }
static void mpz_and_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_and(r, x, y); }
static void mpz_ior_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_ior(r, x, y); }
static void mpz_xor_op(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_xor(r, x, y); }

static PymObject *int_add(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    int64_t r;
    if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r))
        return pym_int_from_i64(r);
    return mpz_binary(a, b, mpz_add_op);
}

static PymObject *int_sub(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    int64_t r;
    if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r))
        return pym_int_from_i64(r);
    return mpz_binary(a, b, mpz_sub_op);
}

static PymObject *int_mul(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    int64_t r;
    if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r))
        return pym_int_from_i64(r);
    return mpz_binary(a, b, mpz_mul_op);
}

static int check_divisor(PymObject *b, const char *message)
{
    if (pym_int_sign(b) == 0) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, message);
        return -1;
    }
    return 0;
}

/* Floor division and modulo of int64s (b != 0, not INT64_MIN / -1). */
static inline int64_t floor_div64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static inline int64_t floor_mod64(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

static int small_divisible(PymObject *a, PymObject *b)
{
    return IS_SMALL(a) && IS_SMALL(b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1);
}

static PymObject *int_floor_div(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (check_divisor(b, "integer division or modulo by zero") < 0)
        return NULL;
    if (small_divisible(a, b))
        return pym_int_from_i64(floor_div64(SMALL(a), SMALL(b)));
    return mpz_binary(a, b, mpz_fdiv_q_op);
}

static PymObject *int_mod(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (check_divisor(b, "integer modulo by zero") < 0)
        return NULL;
    if (small_divisible(a, b))
        return pym_int_from_i64(floor_mod64(SMALL(a), SMALL(b)));
    return mpz_binary(a, b, mpz_fdiv_r_op);
}

static PymObject *int_divmod(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (check_divisor(b, "integer division or modulo by zero") < 0)
        return NULL;
    PymObject *q, *r;
    if (small_divisible(a, b)) {
        q = pym_int_from_i64(floor_div64(SMALL(a), SMALL(b)));
        r = pym_int_from_i64(floor_mod64(SMALL(a), SMALL(b)));
    } else {
        mpz_t sa, sb, zq, zr;
        mp_limb_t la, lb;
        mpz_srcptr x = pym_int_view(a, sa, &la), y = pym_int_view(b, sb, &lb);
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, x, y);
        q = pym_int_from_mpz_steal(zq);
        r = pym_int_from_mpz_steal(zr);
    }
    PymObject *t = q && r ? pym_tuple_pack(2, q, r) : NULL;
    PYM_XDECREF(q);
    PYM_XDECREF(r);
    return t;
}

#define EXACT_IN_DOUBLE(v) ((v) >= -(INT64_C(1) << 53) && (v) <= (INT64_C(1) << 53))

static PymObject *int_true_div(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (check_divisor(b, "division by zero") < 0)
        return NULL;
    if (IS_SMALL(a) && IS_SMALL(b) && EXACT_IN_DOUBLE(SMALL(a)) && EXACT_IN_DOUBLE(SMALL(b)))
        return pym_float_from_double((double)SMALL(a) / (double)SMALL(b));
    mpz_t sa, sb;
    mp_limb_t la, lb;
    mpz_srcptr x = pym_int_view(a, sa, &la), y = pym_int_view(b, sb, &lb);
    int overflow;
    double q = pym_int_ratio_to_double(x, y, &overflow);
    if (overflow) {
        pym_err_set_string(&pym_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    return pym_float_from_double(q);
}

/* pow(a, b, m) with m an int. */
static PymObject *int_modpow(PymObject *a, PymObject *b, PymObject *m)
{
    if (pym_int_sign(m) == 0) {
        pym_err_set_string(&pym_exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    mpz_t sa, sb, sm, base, exp, mod, r;
    mp_limb_t la, lb, lm;
    mpz_srcptr x = pym_int_view(a, sa, &la), y = pym_int_view(b, sb, &lb),
               zm = pym_int_view(m, sm, &lm);
    mpz_init_set(base, x);
    mpz_init_set(exp, y);
    mpz_init(mod);
    mpz_abs(mod, zm);
    mpz_init(r);
    int ok = 1;
    if (mpz_cmp_ui(mod, 1) == 0) {
        /* everything is 0 modulo 1 */
    } else if (mpz_sgn(exp) < 0) {
        if (!mpz_invert(base, base, mod))
            ok = 0;
        else {
            mpz_neg(exp, exp);
            mpz_powm(r, base, exp, mod);
        }
    } else {
        mpz_powm(r, base, exp, mod);
    }
    /* Python's result takes the sign of the modulus */
    if (ok && mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);
    mpz_clear(base);
    mpz_clear(exp);
    mpz_clear(mod);
    if (!ok) {
        mpz_clear(r);
        pym_err_set_string(&pym_exc_ValueError, "base is not invertible for the given modulus");
        return NULL;
    }
    return pym_int_from_mpz_steal(r);
}

static PymObject *int_pow(PymObject *a, PymObject *b, PymObject *m)
{
    CHECK_BINOP(a, b);
    if (m && m != PYM_NONE) {
        if (!PYM_INT_CHECK(m))
            PYM_RETURN_NOTIMPLEMENTED;
        return int_modpow(a, b, m);
    }
    int esign = pym_int_sign(b);
    if (esign < 0) /* a negative exponent makes it float arithmetic */
        return pym_float_type.as_number->power(a, b, PYM_NONE);
    if (esign == 0)
        return pym_int_from_i64(1);
    if (!IS_SMALL(b)) {
        /* only 0, 1 and -1 survive an exponent beyond int64 */
        if (IS_SMALL(a) && SMALL(a) >= -1 && SMALL(a) <= 1) {
            int odd = mpz_odd_p(INT_MPZ(b));
            return pym_int_from_i64(SMALL(a) == -1 && !odd ? 1 : SMALL(a));
        }
        return pym_err_no_memory();
    }
    uint64_t e = (uint64_t)SMALL(b);
    if (IS_SMALL(a)) {
        int64_t base = SMALL(a), result = 1;
        uint64_t k = e;
        int overflow = 0;
        while (k && !overflow) {
            if ((k & 1) && __builtin_mul_overflow(result, base, &result))
                overflow = 1;
            k >>= 1;
            if (k && __builtin_mul_overflow(base, base, &base))
                overflow = 1;
        }
        if (!overflow)
            return pym_int_from_i64(result);
    }
    size_t base_bits = pym_int_bit_length(a);
    if (base_bits > 1 && e > MAX_RESULT_BITS / (base_bits - 1))
        return pym_err_no_memory();
    mpz_t sa, r;
    mp_limb_t la;
    mpz_srcptr x = pym_int_view(a, sa, &la);
    mpz_init(r);
    mpz_pow_ui(r, x, e);
    return pym_int_from_mpz_steal(r);
}

static PymObject *int_neg(PymObject *a)
{
    if (IS_SMALL(a) && SMALL(a) != INT64_MIN)
        return pym_int_from_i64(-SMALL(a));
    mpz_t s, r;
    mp_limb_t l;
    mpz_init(r);
    mpz_neg(r, pym_int_view(a, s, &l));
    return pym_int_from_mpz_steal(r);
}

static PymObject *int_pos(PymObject *a) { return pym_int_exact_copy(a); }

static PymObject *int_abs(PymObject *a)
{
    return pym_int_sign(a) < 0 ? int_neg(a) : pym_int_exact_copy(a);
}

static int int_bool(PymObject *a) { return pym_int_sign(a) != 0; }

static PymObject *int_invert(PymObject *a)
{
    if (IS_SMALL(a))
        return pym_int_from_i64(~SMALL(a)); /* ~x == -x-1, never overflows */
    mpz_t r;
    mpz_init(r);
    mpz_com(r, INT_MPZ(a));
    return pym_int_from_mpz_steal(r);
}

/* The shift count as a non-negative int64, or -1 (raised) / -2 (beyond
 * int64). */
static int64_t shift_count(PymObject *b)
{
    if (pym_int_sign(b) < 0) {
        pym_err_set_string(&pym_exc_ValueError, "negative shift count");
        return -1;
    }
    return IS_SMALL(b) ? SMALL(b) : -2;
}

static PymObject *int_lshift(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    int64_t s = shift_count(b);
    if (s == -1)
        return NULL;
    if (pym_int_sign(a) == 0)
        return pym_int_from_i64(0);
    if (s == -2) {
        pym_err_set_string(&pym_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    if (IS_SMALL(a) && s < 63 && pym_int_bit_length(a) + (size_t)s <= 62)
        return pym_int_from_i64(SMALL(a) * (INT64_C(1) << s));
    if ((uint64_t)s > MAX_RESULT_BITS)
        return pym_err_no_memory();
    mpz_t sa, r;
    mp_limb_t la;
    mpz_init(r);
    mpz_mul_2exp(r, pym_int_view(a, sa, &la), (mp_bitcnt_t)s);
    return pym_int_from_mpz_steal(r);
}

static PymObject *int_rshift(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    int64_t s = shift_count(b);
    if (s == -1)
        return NULL;
    int sign = pym_int_sign(a);
    if (s == -2 || (uint64_t)s >= pym_int_bit_length(a) + 1)
        return pym_int_from_i64(sign < 0 ? -1 : 0);
    if (IS_SMALL(a))
        return pym_int_from_i64(SMALL(a) >> s); /* arithmetic shift: floor */
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, INT_MPZ(a), (mp_bitcnt_t)s);
    return pym_int_from_mpz_steal(r);
}

static PymObject *int_and(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (IS_SMALL(a) && IS_SMALL(b))
        return pym_int_from_i64(SMALL(a) & SMALL(b));
    return mpz_binary(a, b, mpz_and_op); /* GMP: two's complement semantics */
}

static PymObject *int_or(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (IS_SMALL(a) && IS_SMALL(b))
        return pym_int_from_i64(SMALL(a) | SMALL(b));
    return mpz_binary(a, b, mpz_ior_op);
}

static PymObject *int_xor(PymObject *a, PymObject *b)
{
    CHECK_BINOP(a, b);
    if (IS_SMALL(a) && IS_SMALL(b))
        return pym_int_from_i64(SMALL(a) ^ SMALL(b));
    return mpz_binary(a, b, mpz_xor_op);
}

static PymObject *int_to_float(PymObject *a)
{
    double d = pym_int_as_double(a);
    if (d == -1.0 && pym_err_occurred())
        return NULL;
    return pym_float_from_double(d);
}

PymNumberMethods pym_int_as_number = {
    .add = int_add,
    .subtract = int_sub,
    .multiply = int_mul,
    .remainder = int_mod,
    .divmod = int_divmod,
    .power = int_pow,
    .negative = int_neg,
    .positive = int_pos,
    .absolute = int_abs,
    .bool_ = int_bool,
    .invert = int_invert,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .and_ = int_and,
    .xor_ = int_xor,
    .or_ = int_or,
    .int_ = pym_int_exact_copy,
    .float_ = int_to_float,
    .floor_divide = int_floor_div,
    .true_divide = int_true_div,
    .index = pym_int_exact_copy,
};

/* ---- bool: & | ^ of two bools stay bool ------------------------------------ */

static PymObject *bool_and(PymObject *a, PymObject *b)
{
    if (PYM_BOOL_CHECK(a) && PYM_BOOL_CHECK(b))
        return pym_bool_from(a == PYM_TRUE && b == PYM_TRUE);
    return int_and(a, b);
}

static PymObject *bool_or(PymObject *a, PymObject *b)
{
    if (PYM_BOOL_CHECK(a) && PYM_BOOL_CHECK(b))
        return pym_bool_from(a == PYM_TRUE || b == PYM_TRUE);
    return int_or(a, b);
}

static PymObject *bool_xor(PymObject *a, PymObject *b)
{
    if (PYM_BOOL_CHECK(a) && PYM_BOOL_CHECK(b))
        return pym_bool_from((a == PYM_TRUE) != (b == PYM_TRUE));
    return int_xor(a, b);
}

/* Spelled out in full so nothing depends on slot inheritance. */
PymNumberMethods pym_bool_as_number = {
    .add = int_add,
    .subtract = int_sub,
    .multiply = int_mul,
    .remainder = int_mod,
    .divmod = int_divmod,
    .power = int_pow,
    .negative = int_neg,
    .positive = int_pos,
    .absolute = int_abs,
    .bool_ = int_bool,
    .invert = int_invert,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .and_ = bool_and,
    .xor_ = bool_xor,
    .or_ = bool_or,
    .int_ = pym_int_exact_copy,
    .float_ = int_to_float,
    .floor_divide = int_floor_div,
    .true_divide = int_true_div,
    .index = pym_int_exact_copy,
};

/* ---- comparisons ------------------------------------------------------------ */

int pym_int_compare(PymObject *a, PymObject *b)
{
    if (IS_SMALL(a) && IS_SMALL(b))
        return (SMALL(a) > SMALL(b)) - (SMALL(a) < SMALL(b));
    mpz_t sa, sb;
    mp_limb_t la, lb;
    int c = mpz_cmp(pym_int_view(a, sa, &la), pym_int_view(b, sb, &lb));
    return (c > 0) - (c < 0);
}

static int compare_result(int c, int op)
{
    switch (op) {
    case PYM_LT: return c < 0;
    case PYM_LE: return c <= 0;
    case PYM_EQ: return c == 0;
    case PYM_NE: return c != 0;
    case PYM_GT: return c > 0;
    default: return c >= 0;
    }
}

PymObject *pym_int_richcompare(PymObject *a, PymObject *b, int op)
{
    CHECK_BINOP(a, b);
    return pym_bool_from(compare_result(a == b ? 0 : pym_int_compare(a, b), op));
}

/* ---- round ---------------------------------------------------------------- */

/* int.__round__(ndigits=None): round half to even at 10**-ndigits. */
PymObject *pym_int_round(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "__round__ expected at most 1 argument, got %zd",
                              nargs);
    if (nargs == 0)
        return pym_int_exact_copy(self);
    PymObject *nd = pym_number_index(args[0]);
    if (!nd)
        return NULL;
    int sign = pym_int_sign(nd);
    int far = !IS_SMALL(nd) || SMALL(nd) < -(INT64_C(1) << 40);
    int64_t ndigits = IS_SMALL(nd) ? SMALL(nd) : 0;
    PYM_DECREF(nd);
    if (sign >= 0)
        return pym_int_exact_copy(self);
    if (far)
        return pym_int_from_i64(0);
    mpz_t sv, p, q, r, twice;
    mp_limb_t lv;
    mpz_srcptr v = pym_int_view(self, sv, &lv);
    uint64_t exp10 = (uint64_t)-ndigits;
    /* 10**k exceeding |v| rounds to 0 unless |v| is at least half of it */
    if (exp10 > mpz_sizeinbase(v, 10) + 1)
        return pym_int_from_i64(0);
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, exp10);
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, v, p);
    mpz_init(twice);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(r);
    mpz_clear(twice);
    return pym_int_from_mpz_steal(q);
}
