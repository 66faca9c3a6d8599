/* complex.c — the complex type, with CPython 3.11's semantics.
 *
 * Invariants:
 *  - an int or float operand is widened to (x, 0.0) before the operation,
 *    exactly as CPython does, so signed zeros and nan come out the same;
 *  - division uses Smith's algorithm (CPython's _Py_c_quot); integral
 *    exponents up to 100 are computed by repeated squaring, others through
 *    polar form;
 *  - repr: the shortest round-tripping digits of each part without a
 *    trailing ".0"; the real part and the parentheses are left out when
 *    the real part is +0.0;
 *  - hash(x + 0j) == hash(x), so complex keys meet their real equals in
 *    dicts and sets; ordering comparisons are not defined.
 */
#include "complex.h"
#include "format.h"
#include "object_internal.h"
#include "pym.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define HASH_IMAG_MULTIPLIER 1000003u

typedef struct Pair {
    double real, imag;
} Pair;

PymObject *pym_complex_from_doubles(double real, double imag)
{
    PymComplexObject *c = (PymComplexObject *)pym_object_new(&pym_complex_type);
    if (!c)
        return NULL;
    c->real = real;
    c->imag = imag;
    return (PymObject *)c;
}

static PymObject *complex_subtype_from_doubles(PymType *type, double real, double imag)
{
    if (type == &pym_complex_type)
        return pym_complex_from_doubles(real, imag);
    PymComplexObject *c = (PymComplexObject *)pym_type_generic_alloc(type, 0);
    if (!c)
        return NULL;
    c->real = real;
    c->imag = imag;
    if (PYM_IS_GC(c)) /* a subclass with a __dict__: tracked once complete */
        pym_gc_track((PymObject *)c);
    return (PymObject *)c;
}

static void complex_dealloc(PymObject *o) { PYM_TYPE(o)->free(o); }

static Pair pair_of(PymObject *o)
{
    PymComplexObject *c = (PymComplexObject *)o;
    return (Pair){c->real, c->imag};
}

static PymObject *from_pair(Pair p) { return pym_complex_from_doubles(p.real, p.imag); }

/* An operand as a complex: 1 ok, 0 not a number we know (NotImplemented),
 * -1 error (an int too large for a double). */
static int operand(PymObject *o, Pair *out)
{
    if (PYM_COMPLEX_CHECK(o)) {
        *out = pair_of(o);
        return 1;
    }
    if (PYM_FLOAT_CHECK(o)) {
        *out = (Pair){PYM_FLOAT_VALUE(o), 0.0};
        return 1;
    }
    if (PYM_INT_CHECK(o)) {
        double v = pym_int_as_double(o);
        if (v == -1.0 && pym_err_occurred())
            return -1;
        *out = (Pair){v, 0.0};
        return 1;
    }
    return 0;
}

#define BINARY_OPERANDS(a, b, x, y)                   \
    Pair x, y;                                        \
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

/* ---- arithmetic on pairs ------------------------------------------------------ */

static Pair pair_prod(Pair a, Pair b)
{
    return (Pair){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* Smith's algorithm; errno = EDOM on a zero divisor. */
static Pair pair_quot(Pair a, Pair b)
{
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            return (Pair){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return (Pair){(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return (Pair){(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return (Pair){NAN, NAN}; /* at least one of b's parts is nan */
}

static Pair pair_pow(Pair a, Pair b)
{
    if (b.real == 0.0 && b.imag == 0.0)
        return (Pair){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        return (Pair){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (Pair){len * cos(phase), len * sin(phase)};
}

static Pair pair_pow_unsigned(Pair x, long n)
{
    Pair r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = pair_prod(r, p);
        p = pair_prod(p, p);
    }
    return r;
}

static Pair pair_pow_int(Pair x, long n)
{
    if (n > 0)
        return pair_pow_unsigned(x, n);
    return pair_quot((Pair){1.0, 0.0}, pair_pow_unsigned(x, -n));
}

static PymObject *complex_add(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    return pym_complex_from_doubles(x.real + y.real, x.imag + y.imag);
}

static PymObject *complex_sub(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    return pym_complex_from_doubles(x.real - y.real, x.imag - y.imag);
}

static PymObject *complex_mul(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    return from_pair(pair_prod(x, y));
}

static PymObject *complex_true_div(PymObject *a, PymObject *b)
{
    BINARY_OPERANDS(a, b, x, y);
    errno = 0;
    Pair q = pair_quot(x, y);
    if (errno == EDOM) {
        errno = 0;
        pym_err_set_string(&pym_exc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return from_pair(q);
}

PymObject *pym_complex_power(PymObject *a, PymObject *b, PymObject *mod)
{
    BINARY_OPERANDS(a, b, x, y);
    if (mod && mod != PYM_NONE) {
        pym_err_set_string(&pym_exc_ValueError, "complex modulo");
        return NULL;
    }
    errno = 0;
    Pair p;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0)
        p = pair_pow_int(x, (long)y.real);
    else
        p = pair_pow(x, y);
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0; /* an underflow is not an error */
    }
    int err = errno;
    errno = 0;
    if (err == EDOM) {
        pym_err_set_string(&pym_exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (err == ERANGE) {
        pym_err_set_string(&pym_exc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return from_pair(p);
}

static PymObject *complex_neg(PymObject *a)
{
    Pair p = pair_of(a);
    return pym_complex_from_doubles(-p.real, -p.imag);
}

static PymObject *complex_pos(PymObject *a) { return from_pair(pair_of(a)); }

static PymObject *complex_abs(PymObject *a)
{
    Pair p = pair_of(a);
    double result;
    if (!isfinite(p.real) || !isfinite(p.imag)) {
        /* C99's hypot rule: an infinite part wins over a nan */
        if (isinf(p.real) || isinf(p.imag))
            result = HUGE_VAL;
        else
            result = NAN;
    } else {
        result = hypot(p.real, p.imag);
        if (isinf(result)) {
            pym_err_set_string(&pym_exc_OverflowError, "absolute value too large");
            return NULL;
        }
    }
    return pym_float_from_double(result);
}

static int complex_bool(PymObject *a)
{
    Pair p = pair_of(a);
    return p.real != 0.0 || p.imag != 0.0;
}

static PymNumberMethods complex_as_number = {
    .add = complex_add,
    .subtract = complex_sub,
    .multiply = complex_mul,
    .true_divide = complex_true_div,
    .power = pym_complex_power,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .bool_ = complex_bool,
};

/* ---- comparison and hash ---------------------------------------------------- */

static PymObject *complex_richcompare(PymObject *a, PymObject *b, int op)
{
    if (!PYM_COMPLEX_CHECK(a) || (op != PYM_EQ && op != PYM_NE))
        PYM_RETURN_NOTIMPLEMENTED;
    Pair x = pair_of(a);
    int equal;
    if (PYM_INT_CHECK(b)) {
        if (x.imag != 0.0) {
            equal = 0;
        } else {
            /* exact: a big int never equals a rounded double by accident */
            PymObject *real = pym_float_from_double(x.real);
            if (!real)
                return NULL;
            PymObject *r = pym_object_richcompare(real, b, op);
            PYM_DECREF(real);
            return r;
        }
    } else if (PYM_FLOAT_CHECK(b)) {
        equal = x.real == PYM_FLOAT_VALUE(b) && x.imag == 0.0;
    } else if (PYM_COMPLEX_CHECK(b)) {
        Pair y = pair_of(b);
        equal = x.real == y.real && x.imag == y.imag;
    } else {
        PYM_RETURN_NOTIMPLEMENTED;
    }
    return pym_bool_from(op == PYM_EQ ? equal : !equal);
}

static PymHash complex_hash(PymObject *o)
{
    Pair p = pair_of(o);
    uint64_t hash_real = (uint64_t)pym_float_hash_double(o, p.real);
    uint64_t hash_imag = (uint64_t)pym_float_hash_double(o, p.imag);
    uint64_t combined = hash_real + HASH_IMAG_MULTIPLIER * hash_imag;
    if (combined == (uint64_t)-1)
        combined = (uint64_t)-2;
    return (PymHash)combined;
}

/* ---- repr --------------------------------------------------------------------- */

/* The repr of one part: shortest digits, no ".0" added, optional sign. */
static void part_repr(double v, int with_sign, char *buf, size_t size)
{
    char digits[40];
    pym_float_repr_buf(v, digits, sizeof digits);
    size_t n = strlen(digits);
    if (n > 2 && strcmp(digits + n - 2, ".0") == 0)
        digits[n - 2] = '\0';
    const char *sign = with_sign && digits[0] != '-' ? "+" : "";
    snprintf(buf, size, "%s%s", sign, digits);
}

static PymObject *complex_repr(PymObject *o)
{
    Pair p = pair_of(o);
    char re[48], im[48];
    part_repr(p.imag, p.real != 0.0 || signbit(p.real), im, sizeof im);
    if (p.real == 0.0 && !signbit(p.real))
        return pym_str_from_format("%sj", im);
    part_repr(p.real, 0, re, sizeof re);
    return pym_str_from_format("(%s%sj)", re, im);
}

/* ---- construction --------------------------------------------------------------- */

static int is_space_char(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int match_word_nocase(const char *s, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - s) < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return 0;
    }
    return 1;
}

static const char *scan_digits(const char *s, const char *end)
{
    if (s >= end || *s < '0' || *s > '9')
        return s;
    s++;
    while (s < end && ((*s >= '0' && *s <= '9') || (*s == '_' && s + 1 < end && s[1] >= '0' && s[1] <= '9')))
        s++;
    return s;
}

/* The longest float literal (with optional sign) at s: its end, or NULL. */
static const char *scan_float(const char *s, const char *end)
{
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    if (match_word_nocase(p, end, "infinity"))
        return p + 8;
    if (match_word_nocase(p, end, "inf") || match_word_nocase(p, end, "nan"))
        return p + 3;
    const char *int_end = scan_digits(p, end);
    int have_digits = int_end > p;
    p = int_end;
    if (p < end && *p == '.') {
        const char *frac_end = scan_digits(p + 1, end);
        have_digits |= frac_end > p + 1;
        p = frac_end;
    }
    if (!have_digits)
        return NULL;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        const char *exp_end = scan_digits(q, end);
        if (exp_end > q)
            p = exp_end;
    }
    return p;
}

/* Parse "1+2j", "(-3.5e2J)", " j " …; 0 ok, -1 malformed (nothing raised). */
static int parse_complex_text(const char *s, PymSize n, Pair *out)
{
    const char *end = s + n;
    while (s < end && is_space_char(*s))
        s++;
    while (end > s && is_space_char(end[-1]))
        end--;
    if (s < end && *s == '(') {
        if (end[-1] != ')')
            return -1;
        s++;
        end--;
        while (s < end && is_space_char(*s))
            s++;
        while (end > s && is_space_char(end[-1]))
            end--;
    }
    double x = 0.0, y = 0.0;
    const char *p = s;
    const char *num_end = scan_float(p, end);
    if (num_end) {
        if (pym_float_parse(p, num_end - p, &x) < 0)
            return -1;
        p = num_end;
        if (p < end && (*p == '+' || *p == '-')) {
            const char *imag_end = scan_float(p, end);
            if (imag_end) {
                if (pym_float_parse(p, imag_end - p, &y) < 0)
                    return -1;
                p = imag_end;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (p >= end || (*p != 'j' && *p != 'J'))
                return -1;
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            y = x;
            x = 0.0;
            p++;
        }
    } else {
        y = 1.0;
        if (p < end && (*p == '+' || *p == '-'))
            y = *p++ == '+' ? 1.0 : -1.0;
        if (p >= end || (*p != 'j' && *p != 'J'))
            return -1;
        p++;
    }
    if (p != end)
        return -1;
    *out = (Pair){x, y};
    return 0;
}

static PymObject *complex_from_string(PymType *type, PymObject *text)
{
    PymSize n;
    const char *s = pym_str_as_utf8_and_size(text, &n);
    if (!s)
        return NULL;
    Pair p;
    if (memchr(s, '\0', (size_t)n) || parse_complex_text(s, n, &p) < 0) {
        pym_err_set_string(&pym_exc_ValueError, "complex() arg is a malformed string");
        return NULL;
    }
    return complex_subtype_from_doubles(type, p.real, p.imag);
}

/* type(o).__complex__(o) if defined: 1 with *out set, 0 not defined, -1 error. */
static int try_dunder_complex(PymObject *o, Pair *out)
{
    if (!pym_type_lookup_borrow(PYM_TYPE(o), PYM_ID(__complex__)))
        return 0;
    PymObject *r = pym_call_special_present(o, PYM_ID(__complex__), NULL, 0);
    if (!r)
        return -1;
    if (!PYM_COMPLEX_CHECK(r)) {
        pym_err_format(&pym_exc_TypeError, "__complex__ returned non-complex (type %.200s)",
                       PYM_TYPE_NAME(r));
        PYM_DECREF(r);
        return -1;
    }
    *out = pair_of(r);
    PYM_DECREF(r);
    return 1;
}

/* float(o) for a real-number argument of complex(); the message names the
 * argument as CPython's does. */
static int real_number_value(PymObject *o, const char *which, double *out)
{
    PymNumberMethods *nb = PYM_TYPE(o)->as_number;
    if (!nb || (!nb->float_ && !nb->index) || PYM_STR_CHECK(o)) {
        pym_err_format(&pym_exc_TypeError, "complex() %s argument must be a %snumber, not '%.200s'",
                       which, strcmp(which, "first") == 0 ? "string or a " : "", PYM_TYPE_NAME(o));
        return -1;
    }
    *out = pym_float_as_double(o);
    return *out == -1.0 && pym_err_occurred() ? -1 : 0;
}

static PymObject *complex_new(PymType *type, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return pym_err_format(&pym_exc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                              nargs + nkw);
    PymObject *r = nargs > 0 ? args[0] : NULL, *i = nargs > 1 ? args[1] : NULL;
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        int is_real = pym_str_equal_cstr(key, "real"), is_imag = pym_str_equal_cstr(key, "imag");
        if (!is_real && !is_imag)
            return pym_err_format(&pym_exc_TypeError, "%R is an invalid keyword argument for complex()",
                                  key);
        if ((is_real && r) || (is_imag && i))
            return pym_err_format(&pym_exc_TypeError,
                                  "argument for complex() given by name ('%s') and position (%d)",
                                  is_real ? "real" : "imag", is_real ? 1 : 2);
        if (is_real)
            r = args[nargs + k];
        else
            i = args[nargs + k];
    }
    if (!r && !i)
        return complex_subtype_from_doubles(type, 0.0, 0.0);
    if (r && PYM_COMPLEX_CHECK_EXACT(r) && !i && type == &pym_complex_type)
        return PYM_NEWREF(r);
    if (r && PYM_STR_CHECK(r)) {
        if (i)
            return pym_err_format(&pym_exc_TypeError,
                                  "complex() can't take second arg if first is a string");
        return complex_from_string(type, r);
    }
    if (i && PYM_STR_CHECK(i))
        return pym_err_format(&pym_exc_TypeError, "complex() second arg can't be a string");

    Pair cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_is_complex = 0, ci_is_complex = 0;
    int got = r ? try_dunder_complex(r, &cr) : 0;
    if (got < 0)
        return NULL;
    if (!r) {
        /* complex(imag=x) */
    } else if (got) {
        cr_is_complex = 1;
    } else if (PYM_COMPLEX_CHECK(r)) {
        cr = pair_of(r);
        cr_is_complex = 1;
    } else if (real_number_value(r, "first", &cr.real) < 0) {
        return NULL;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (PYM_COMPLEX_CHECK(i)) {
        ci = pair_of(i);
        ci_is_complex = 1;
    } else if (real_number_value(i, "second", &ci.real) < 0) {
        return NULL;
    }
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i)
        ci.real += cr.imag;
    return complex_subtype_from_doubles(type, cr.real, ci.real);
}

/* ---- format ------------------------------------------------------------------------ */

typedef struct Spec {
    const char *fill; /* UTF-8 of the fill character */
    int fill_len;
    char align, sign, type;
    int alternate, grouping, has_width, has_precision;
    long width, precision;
} Spec;

static int parse_spec(const char *s, const char *end, Spec *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->fill = " ";
    sp->fill_len = 1;
    int first_len = 1;
    if (s < end && ((unsigned char)*s & 0x80)) {
        unsigned char c = (unsigned char)*s;
        first_len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    }
    if (end - s > first_len && strchr("<>=^", s[first_len])) {
        sp->fill = s;
        sp->fill_len = first_len;
        sp->align = s[first_len];
        s += first_len + 1;
    } else if (s < end && strchr("<>=^", *s)) {
        sp->align = *s++;
    }
    if (s < end && (*s == '+' || *s == '-' || *s == ' '))
        sp->sign = *s++;
    if (s < end && *s == '#') {
        sp->alternate = 1;
        s++;
    }
    if (s < end && *s == '0') {
        pym_err_set_string(&pym_exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return -1;
    }
    while (s < end && *s >= '0' && *s <= '9') {
        sp->has_width = 1;
        sp->width = sp->width * 10 + (*s++ - '0');
    }
    if (s < end && (*s == ',' || *s == '_'))
        sp->grouping = *s++;
    if (s < end && *s == '.') {
        s++;
        if (s >= end || *s < '0' || *s > '9') {
            pym_err_set_string(&pym_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        sp->has_precision = 1;
        while (s < end && *s >= '0' && *s <= '9')
            sp->precision = sp->precision * 10 + (*s++ - '0');
    }
    if (s < end)
        sp->type = *s++;
    if (s != end) {
        pym_err_set_string(&pym_exc_ValueError, "Invalid format specifier");
        return -1;
    }
    if (sp->type && !strchr("eEfFgGn%", sp->type)) {
        pym_err_format(&pym_exc_ValueError, "Unknown format code '%c' for object of type 'complex'",
                       sp->type);
        return -1;
    }
    if (sp->type == '%') {
        pym_err_format(&pym_exc_ValueError, "Unknown format code '%%' for object of type 'complex'");
        return -1;
    }
    if (sp->align == '=') {
        pym_err_set_string(&pym_exc_ValueError,
                           "'=' alignment flag is not allowed in complex format specifier");
        return -1;
    }
    return 0;
}

/* One part formatted as a float with the spec's sign, '#', grouping,
 * precision and type; sign_char forces a sign when not '\0'. */
static int write_part(PymStrWriter *w, double v, const Spec *sp, char sign_char, int shortest)
{
    if (shortest) {
        char buf[48];
        part_repr(v, sign_char == '+', buf, sizeof buf);
        if (sign_char == ' ' && buf[0] != '-')
            pym_str_writer_write_cstr(w, " ");
        return pym_str_writer_write_cstr(w, buf);
    }
    char spec_text[64];
    char type = sp->type ? (sp->type == 'n' ? 'g' : sp->type) : 'g';
    int n = 0;
    if (sign_char)
        spec_text[n++] = sign_char;
    if (sp->alternate)
        spec_text[n++] = '#';
    if (sp->grouping)
        spec_text[n++] = (char)sp->grouping;
    if (sp->has_precision)
        n += snprintf(spec_text + n, sizeof spec_text - (size_t)n, ".%ld", sp->precision);
    else if (!sp->type)
        n += snprintf(spec_text + n, sizeof spec_text - (size_t)n, ".6");
    spec_text[n++] = type;
    spec_text[n] = '\0';
    PymObject *value = pym_float_from_double(v);
    PymObject *spec = pym_str_from_cstr(spec_text);
    PymObject *text = value && spec ? pym_format_float(value, spec) : NULL;
    PYM_XDECREF(value);
    PYM_XDECREF(spec);
    if (!text)
        return -1;
    int r = pym_str_writer_write_str(w, text);
    PYM_DECREF(text);
    return r;
}

static PymObject *complex_format(PymObject *self, PymObject *spec_obj)
{
    if (!PYM_STR_CHECK(spec_obj))
        return pym_err_format(&pym_exc_TypeError, "__format__() argument must be str, not %.200s",
                              PYM_TYPE_NAME(spec_obj));
    PymSize n;
    const char *s = pym_str_as_utf8_and_size(spec_obj, &n);
    if (!s)
        return NULL;
    if (n == 0)
        return pym_object_str(self);
    Spec sp;
    if (parse_spec(s, s + n, &sp) < 0)
        return NULL;
    Pair p = pair_of(self);
    /* no type: like str(), parentheses unless the real part is left out */
    int skip_real = 0, parens = 0, shortest = 0;
    if (!sp.type) {
        shortest = !sp.has_precision;
        if (p.real == 0.0 && !signbit(p.real))
            skip_real = 1;
        else
            parens = 1;
    }
    PymStrWriter body;
    pym_str_writer_init(&body);
    int rc = 0;
    if (parens)
        rc = pym_str_writer_write_cstr(&body, "(");
    char real_sign = sp.sign == '-' ? '\0' : sp.sign;
    if (rc == 0 && !skip_real)
        rc = write_part(&body, p.real, &sp, real_sign, shortest);
    if (rc == 0)
        rc = write_part(&body, p.imag, &sp, skip_real ? real_sign : '+', shortest);
    if (rc == 0)
        rc = pym_str_writer_write_cstr(&body, parens ? "j)" : "j");
    PymObject *text = rc == 0 ? pym_str_writer_finish(&body) : NULL;
    if (rc != 0)
        pym_str_writer_discard(&body);
    if (!text)
        return NULL;
    PymSize len = pym_str_length(text);
    if (!sp.has_width || sp.width <= len)
        return text;
    PymSize pad = sp.width - len, left = 0;
    char align = sp.align ? sp.align : '>';
    if (align == '>')
        left = pad;
    else if (align == '^')
        left = pad / 2;
    PymStrWriter out;
    pym_str_writer_init(&out);
    for (PymSize k = 0; k < left; k++)
        pym_str_writer_write_utf8(&out, sp.fill, sp.fill_len);
    pym_str_writer_write_str(&out, text);
    for (PymSize k = left; k < pad; k++)
        pym_str_writer_write_utf8(&out, sp.fill, sp.fill_len);
    PYM_DECREF(text);
    return pym_str_writer_finish(&out);
}

/* ---- methods and attributes ------------------------------------------------------- */

static PymObject *complex_conjugate(PymObject *self, PymObject *unused)
{
    Pair p = pair_of(self);
    return pym_complex_from_doubles(p.real, -p.imag);
}

static PymObject *complex_dunder_complex(PymObject *self, PymObject *unused)
{
    if (PYM_COMPLEX_CHECK_EXACT(self))
        return PYM_NEWREF(self);
    return from_pair(pair_of(self));
}

static PymObject *complex_getnewargs(PymObject *self, PymObject *unused)
{
    Pair p = pair_of(self);
    PymObject *re = pym_float_from_double(p.real), *im = pym_float_from_double(p.imag);
    PymObject *t = re && im ? pym_tuple_pack(2, re, im) : NULL;
    PYM_XDECREF(re);
    PYM_XDECREF(im);
    return t;
}

static PymObject *complex_sizeof(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize(PYM_TYPE(self)->basicsize);
}

static PymObject *complex_get_real(PymObject *self, void *closure)
{
    return pym_float_from_double(pair_of(self).real);
}

static PymObject *complex_get_imag(PymObject *self, void *closure)
{
    return pym_float_from_double(pair_of(self).imag);
}

static PymMethodDef complex_methods[] = {
    PYM_METHOD("conjugate", complex_conjugate, PYM_METH_NOARGS),
    PYM_METHOD("__complex__", complex_dunder_complex, PYM_METH_NOARGS),
    PYM_METHOD("__getnewargs__", complex_getnewargs, PYM_METH_NOARGS),
    PYM_METHOD("__format__", complex_format, PYM_METH_O),
    PYM_METHOD("__sizeof__", complex_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymGetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_complex_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "complex",
    .basicsize = sizeof(PymComplexObject),
    .flags = PYM_TPFLAG_BASETYPE,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattro = pym_object_generic_getattr,
    .new_ = complex_new,
    .free = pym_object_free_raw,
    .as_number = &complex_as_number,
    .methods = complex_methods,
    .getset = complex_getset,
    .base = &pym_object_type,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};
