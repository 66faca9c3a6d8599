/* format.c — the format-spec mini-language and the three ways Python
 * formats values: format()/__format__ (pym_format_int, pym_format_float,
 * pym_format_str, pym_object_format), str.format / str.format_map, and
 * printf-style `%` formatting of str and bytes.
 *
 * Invariants: there is one spec parser ([[fill]align][sign][z][#][0]
 * [width][grouping][.precision][type]) and one number layout routine
 * (sign, prefix, grouped digits, remainder, padding) shared by ints and
 * floats, so every path pads and groups alike; float digits come from the C
 * library's correctly rounded conversions (or the shortest repr from
 * float.c) and are then post-processed to CPython's rules; all messages are
 * CPython 3.11's.
 */
#include "str_impl.h"
#include "format.h"
#include "errors.h"
#include "int.h"
#include "float.h"
#include "tuple.h"
#include "dict.h"
#include "ids.h"
#include "typeobject.h"
#include "object_internal.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- the spec ----------------------------------------------------------- */

typedef struct Spec {
    uint32_t fill;
    uint32_t align;        /* '<', '>', '^', '=' */
    uint32_t sign;         /* 0, '+', '-', ' ' */
    int no_neg_0;          /* 'z' */
    int alternate;         /* '#' */
    PymSize width;         /* -1: none */
    uint32_t grouping;     /* 0, ',' or '_' */
    int group_size;        /* 3, or 4 for '_' with b/o/x/X */
    PymSize precision;     /* -1: none */
    uint32_t type;         /* 0: none */
} Spec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Digits at s[*pos..] as a number (any Unicode decimal digits, as
 * CPython); *value stays -1 when there are none. */
static int read_number(PymObject *s, PymSize *pos, PymSize end, PymSize *value)
{
    PymSize v = -1;
    while (*pos < end) {
        int d = pym_unicode_decimal_value(str_char(s, *pos));
        if (d < 0)
            break;
        if (v < 0)
            v = 0;
        if (v > (PYM_SSIZE_MAX_STR - d) / 10) {
            pym_err_set_string(&pym_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
    }
    *value = v;
    return 0;
}

static void invalid_grouping(uint32_t sep, uint32_t type)
{
    if (type > 32 && type < 128)
        pym_err_format(&pym_exc_ValueError, "Cannot specify '%c' with '%c'.", (int)sep, (int)type);
    else
        pym_err_format(&pym_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", (int)sep, (unsigned)type);
}

static void unknown_type(uint32_t type, PymObject *value)
{
    if (type > 32 && type < 128)
        pym_err_format(&pym_exc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                       (int)type, PYM_TYPE_NAME(value));
    else
        pym_err_format(&pym_exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                       (unsigned)type, PYM_TYPE_NAME(value));
}

static int parse_spec(PymObject *spec, uint32_t default_type, uint32_t default_align, PymObject *value,
                      Spec *f)
{
    PymSize pos = 0, end = str_len(spec);
    int fill_given = 0, align_given = 0;
    *f = (Spec){ .fill = ' ', .align = default_align, .width = -1, .group_size = 3, .precision = -1,
                 .type = default_type };
#define AT(i) str_char(spec, (i))
    if (end - pos >= 2 && is_align(AT(pos + 1))) {
        f->fill = AT(pos);
        f->align = AT(pos + 1);
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(AT(pos))) {
        f->align = AT(pos);
        align_given = 1;
        pos++;
    }
    if (pos < end && (AT(pos) == '+' || AT(pos) == '-' || AT(pos) == ' '))
        f->sign = AT(pos++);
    if (pos < end && AT(pos) == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (pos < end && AT(pos) == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_given && pos < end && AT(pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    if (read_number(spec, &pos, end, &f->width) < 0)
        return -1;
    if (pos < end && AT(pos) == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < end && AT(pos) == '_') {
        if (f->grouping) {
            pym_err_set_string(&pym_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->grouping = '_';
        pos++;
    }
    if (pos < end && AT(pos) == ',' && f->grouping == '_') {
        pym_err_set_string(&pym_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < end && AT(pos) == '.') {
        pos++;
        if (read_number(spec, &pos, end, &f->precision) < 0)
            return -1;
        if (f->precision < 0) {
            pym_err_set_string(&pym_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        pym_err_format(&pym_exc_ValueError, "Invalid format specifier '%U' for object of type '%.200s'",
                       spec, PYM_TYPE_NAME(value));
        return -1;
    }
    if (end - pos == 1)
        f->type = AT(pos);
#undef AT
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                f->group_size = 4;
                break;
            }
            /* fall through */
        default:
            invalid_grouping(f->grouping, f->type);
            return -1;
        }
    }
    return 0;
}

/* ---- layout --------------------------------------------------------------- */

static int put_fill(PymUBuf *out, uint32_t fill, PymSize n)
{
    return pym_ubuf_put_repeat(out, fill, n);
}

/* Digits grouped as CPython's thousands grouping does, padded with
 * grouped zeros up to min_width; returns a pym_mem buffer. */
static char *group_digits(const char *digits, PymSize n, PymSize min_width, char sep, int group,
                          PymSize *out_len)
{
    PymSize cap = (n > min_width ? n : min_width) * 2 + 8;
    char *rev = pym_mem_malloc((size_t)cap);
    if (!rev) {
        pym_err_no_memory();
        return NULL;
    }
    PymSize len = 0, remaining = n, pos = n;
    int use_sep = 0;
    for (;;) {
        PymSize widest = remaining > min_width ? remaining : min_width;
        PymSize l = group < (widest > 1 ? widest : 1) ? group : (widest > 1 ? widest : 1);
        PymSize zeros = l - remaining > 0 ? l - remaining : 0;
        PymSize chars = remaining < l ? remaining : l;
        if (chars < 0)
            chars = 0;
        if (len + 1 + chars + zeros > cap) {
            cap = (len + 1 + chars + zeros) * 2;
            char *grown = pym_mem_realloc(rev, (size_t)cap);
            if (!grown) {
                pym_mem_free(rev);
                pym_err_no_memory();
                return NULL;
            }
            rev = grown;
        }
        if (use_sep)
            rev[len++] = sep;
        for (PymSize k = 0; k < chars; k++)
            rev[len++] = digits[--pos];
        for (PymSize k = 0; k < zeros; k++)
            rev[len++] = '0';
        use_sep = 1;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
    }
    for (PymSize i = 0, j = len - 1; i < j; i++, j--) {
        char t = rev[i];
        rev[i] = rev[j];
        rev[j] = t;
    }
    *out_len = len;
    return rev;
}

/* [sign][prefix][digits, grouped][rest], filled and aligned by f. */
static int layout_number(PymUBuf *out, const Spec *f, char sign, const char *prefix, const char *digits,
                         PymSize ndigits, const char *rest, PymSize nrest)
{
    PymSize nsign = sign ? 1 : 0, nprefix = (PymSize)strlen(prefix);
    char *grouped = NULL;
    PymSize ngrouped = ndigits;
    if (f->grouping && ndigits > 0) {
        PymSize min_width = f->fill == '0' && f->align == '=' ? f->width - nsign - nprefix - nrest : 0;
        grouped = group_digits(digits, ndigits, min_width, (char)f->grouping, f->group_size, &ngrouped);
        if (!grouped)
            return -1;
        digits = grouped;
    }
    PymSize total = nsign + nprefix + ngrouped + nrest;
    PymSize pad = f->width > total ? f->width - total : 0;
    PymSize left = 0, right = 0, inner = 0;
    switch (f->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': inner = pad; break;
    default: left = pad; break;
    }
    int rc = put_fill(out, f->fill, left);
    if (rc == 0 && sign)
        rc = pym_ubuf_put(out, (uint32_t)sign);
    if (rc == 0)
        rc = pym_ubuf_put_ascii(out, prefix, nprefix);
    if (rc == 0)
        rc = put_fill(out, f->fill, inner);
    if (rc == 0)
        rc = pym_ubuf_put_ascii(out, digits, ngrouped);
    if (rc == 0)
        rc = pym_ubuf_put_ascii(out, rest, nrest);
    if (rc == 0)
        rc = put_fill(out, f->fill, right);
    pym_mem_free(grouped);
    return rc;
}

/* s padded to f's width by its fill and alignment. */
static int layout_text(PymUBuf *out, const Spec *f, PymObject *s, PymSize len)
{
    PymSize pad = f->width > len ? f->width - len : 0, left = 0;
    if (f->align == '>')
        left = pad;
    else if (f->align == '^')
        left = pad / 2;
    if (put_fill(out, f->fill, left) < 0 || pym_ubuf_put_substr(out, s, 0, len) < 0 ||
        put_fill(out, f->fill, pad - left) < 0)
        return -1;
    return 0;
}

static char sign_char(const Spec *f, int negative)
{
    if (negative)
        return '-';
    return f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
}

/* ---- str ------------------------------------------------------------------ */

PymObject *pym_format_str(PymObject *value, PymObject *spec)
{
    if (str_len(spec) == 0)
        return pym_str_exact_copy(value);
    Spec f;
    if (parse_spec(spec, 's', '<', value, &f) < 0)
        return NULL;
    if (f.type != 's') {
        unknown_type(f.type, value);
        return NULL;
    }
    if (f.sign) {
        pym_err_set_string(&pym_exc_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                              : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_0) {
        pym_err_set_string(&pym_exc_ValueError,
                           "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        pym_err_set_string(&pym_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        pym_err_set_string(&pym_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    PymSize len = str_len(value);
    if (f.precision >= 0 && f.precision < len)
        len = f.precision;
    if (f.width <= len && len == str_len(value))
        return pym_str_exact_copy(value);
    PymUBuf out;
    pym_ubuf_init(&out);
    if (layout_text(&out, &f, value, len) < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    return pym_ubuf_finish(&out);
}

/* ---- float digits ------------------------------------------------------------ */

static char *dup_cstr(const char *s)
{
    char *r = pym_mem_strdup(s);
    if (!r)
        pym_err_no_memory();
    return r;
}

static char *cformat(const char *fmt, int precision, double x)
{
    char small[128];
    int n = snprintf(small, sizeof small, fmt, precision, x);
    if (n < (int)sizeof small)
        return dup_cstr(small);
    char *buf = pym_mem_malloc((size_t)n + 1);
    if (!buf) {
        pym_err_no_memory();
        return NULL;
    }
    snprintf(buf, (size_t)n + 1, fmt, precision, x);
    return buf;
}

/* Drop trailing zeros of the fraction (and a bare '.') in s, keeping any
 * exponent after them. */
static void strip_fraction_zeros(char *s)
{
    char *dot = strchr(s, '.');
    if (!dot)
        return;
    char *e = strchr(dot, 'e');
    char *end = e ? e : dot + strlen(dot);
    char *p = end;
    while (p > dot + 1 && p[-1] == '0')
        p--;
    if (p == dot + 1)
        p = dot;
    memmove(p, end, strlen(end) + 1);
}

/* The digits of |x| the way CPython's PyOS_double_to_string writes them
 * for format code `type` (e f g r, lower case), without a sign. */
static char *float_digits(double x, char type, int precision, int alternate, int add_dot_0)
{
    x = fabs(x);
    if (isnan(x))
        return dup_cstr("nan");
    if (isinf(x))
        return dup_cstr("inf");
    if (type == 'r') {
        char buf[64];
        pym_float_repr_buf(x, buf, sizeof buf);
        if (alternate && !strchr(buf, '.')) {
            char *e = strchr(buf, 'e');
            if (e) {
                memmove(e + 1, e, strlen(e) + 1);
                *e = '.';
            }
        }
        return dup_cstr(buf);
    }
    if (type == 'e')
        return cformat(alternate ? "%#.*e" : "%.*e", precision, x);
    if (type == 'f')
        return cformat(alternate ? "%#.*f" : "%.*f", precision, x);
    /* 'g' */
    if (precision == 0)
        precision = 1;
    if (!add_dot_0)
        return cformat(alternate ? "%#.*g" : "%.*g", precision, x);
    /* the no-type form with a precision: like 'g', but exponent from
     * precision-1 on and always a digit after the point */
    char *e_form = cformat("%.*e", precision - 1, x);
    if (!e_form)
        return NULL;
    int exponent = atoi(strchr(e_form, 'e') + 1);
    if (exponent < -4 || exponent >= precision - 1) {
        if (!alternate)
            strip_fraction_zeros(e_form);
        return e_form;
    }
    pym_mem_free(e_form);
    char *s = cformat(alternate ? "%#.*f" : "%.*f", precision - 1 - exponent, x);
    if (!s)
        return NULL;
    if (!alternate)
        strip_fraction_zeros(s);
    if (!strchr(s, '.')) {
        size_t n = strlen(s);
        char *grown = pym_mem_realloc(s, n + 3);
        if (!grown) {
            pym_mem_free(s);
            pym_err_no_memory();
            return NULL;
        }
        memcpy(grown + n, ".0", 3);
        s = grown;
    }
    return s;
}

static int all_zero_digits(const char *s)
{
    for (; *s && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9')
            return 0;
    return 1;
}

static void upper_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
}

static int format_double(PymUBuf *out, double x, const Spec *f)
{
    uint32_t type = f->type;
    int add_dot_0 = 0, percent = 0, precision = (int)(f->precision > 0x7fffffff ? 0x7fffffff : f->precision);
    char code;
    if (f->precision > 0x7fffffff) {
        pym_err_set_string(&pym_exc_ValueError, "precision too big");
        return -1;
    }
    switch (type) {
    case 0:
        add_dot_0 = 1;
        code = f->precision < 0 ? 'r' : 'g';
        break;
    case 'n': case 'g': case 'G': code = 'g'; break;
    case 'e': case 'E': code = 'e'; break;
    case '%': code = 'f'; percent = 1; x *= 100; break;
    default: code = 'f'; break;
    }
    if (f->precision < 0)
        precision = 6;
    char *digits = float_digits(x, code, precision, f->alternate, add_dot_0);
    if (!digits)
        return -1;
    if (type == 'E' || type == 'F' || type == 'G')
        upper_ascii(digits);
    int negative = signbit(x) && !isnan(x);
    if (negative && f->no_neg_0 && isfinite(x) && all_zero_digits(digits))
        negative = 0;
    PymSize nd = 0;
    while (digits[nd] >= '0' && digits[nd] <= '9')
        nd++;
    PymSize nrest = (PymSize)strlen(digits + nd);
    int rc;
    if (percent) {
        char *with_pct = pym_mem_malloc((size_t)nrest + 2);
        if (!with_pct) {
            pym_mem_free(digits);
            pym_err_no_memory();
            return -1;
        }
        memcpy(with_pct, digits + nd, (size_t)nrest);
        with_pct[nrest] = '%';
        rc = layout_number(out, f, sign_char(f, negative), "", digits, nd, with_pct, nrest + 1);
        pym_mem_free(with_pct);
    } else {
        rc = layout_number(out, f, sign_char(f, negative), "", digits, nd, digits + nd, nrest);
    }
    pym_mem_free(digits);
    return rc;
}

PymObject *pym_format_float(PymObject *value, PymObject *spec)
{
    if (str_len(spec) == 0)
        return pym_object_str(value);
    Spec f;
    if (parse_spec(spec, 0, '>', value, &f) < 0)
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_type(f.type, value);
        return NULL;
    }
    double x = pym_float_as_double(value);
    if (x == -1.0 && pym_err_occurred())
        return NULL;
    PymUBuf out;
    pym_ubuf_init(&out);
    if (format_double(&out, x, &f) < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    return pym_ubuf_finish(&out);
}

/* ---- int ----------------------------------------------------------------------- */

/* ASCII digits of |v| in base (2, 8, 10, 16), lower case; pym_mem buffer. */
static char *int_digits(PymObject *v, int base, int *negative)
{
    if (pym_int_is_small(v)) {
        int64_t x = pym_int_small_value(v);
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        *negative = x < 0;
        char tmp[72];
        int n = 0;
        do {
            tmp[n++] = "0123456789abcdef"[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
        char *r = pym_mem_malloc((size_t)n + 1);
        if (!r) {
            pym_err_no_memory();
            return NULL;
        }
        for (int i = 0; i < n; i++)
            r[i] = tmp[n - 1 - i];
        r[n] = 0;
        return r;
    }
    PymObject *s = base == 10 ? pym_int_to_decimal_string(v) : pym_int_format_base(v, base, 0);
    if (!s)
        return NULL;
    const char *p = pym_str_as_utf8(s);
    *negative = *p == '-';
    if (*negative)
        p++;
    char letter = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    if (base != 10 && p[0] == '0' && (p[1] == letter || p[1] == letter - 32))
        p += 2;
    char *r = dup_cstr(p);
    PYM_DECREF(s);
    if (r)
        for (char *q = r; *q; q++)
            if (*q >= 'A' && *q <= 'F')
                *q = (char)(*q + 32);
    return r;
}

static int format_long(PymUBuf *out, PymObject *value, const Spec *f)
{
    if (f->precision >= 0) {
        pym_err_set_string(&pym_exc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (f->no_neg_0) {
        pym_err_set_string(&pym_exc_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    if (f->type == 'c') {
        if (f->sign) {
            pym_err_set_string(&pym_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (f->alternate) {
            pym_err_set_string(&pym_exc_ValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        long x = pym_int_as_long(value);
        if (x == -1 && pym_err_occurred())
            return -1;
        if (x < 0 || x > 0x10FFFF) {
            pym_err_set_string(&pym_exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        PymObject *ch = pym_str_from_char((uint32_t)x);
        if (!ch)
            return -1;
        Spec g = *f;
        if (g.align == '=')
            g.align = '>';
        int rc = layout_text(out, &g, ch, 1);
        PYM_DECREF(ch);
        return rc;
    }
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    int negative;
    char *digits = int_digits(value, base, &negative);
    if (!digits)
        return -1;
    if (f->type == 'X')
        upper_ascii(digits);
    int rc = layout_number(out, f, sign_char(f, negative), f->alternate ? prefix : "", digits,
                           (PymSize)strlen(digits), "", 0);
    pym_mem_free(digits);
    return rc;
}

PymObject *pym_format_int(PymObject *value, PymObject *spec)
{
    if (str_len(spec) == 0)
        return pym_object_str(value);
    Spec f;
    if (parse_spec(spec, 'd', '>', value, &f) < 0)
        return NULL;
    PymUBuf out;
    pym_ubuf_init(&out);
    int rc;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        rc = format_long(&out, value, &f);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x = pym_int_as_double(value);
        rc = x == -1.0 && pym_err_occurred() ? -1 : format_double(&out, x, &f);
        break;
    }
    default:
        unknown_type(f.type, value);
        rc = -1;
        break;
    }
    if (rc < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    return pym_ubuf_finish(&out);
}

/* ---- format(obj, spec) ---------------------------------------------------------- */

PymObject *pym_object_format(PymObject *obj, PymObject *spec)
{
    PymObject *empty = NULL;
    if (!spec)
        spec = empty = pym_str_empty();
    PymObject *result;
    if (PYM_STR_CHECK_EXACT(obj) && PYM_STR_CHECK(spec))
        result = pym_format_str(obj, spec);
    else if (PYM_INT_CHECK_EXACT(obj) && PYM_STR_CHECK(spec))
        result = pym_format_int(obj, spec);
    else if (PYM_FLOAT_CHECK_EXACT(obj) && PYM_STR_CHECK(spec))
        result = pym_format_float(obj, spec);
    else {
        /* A special-method lookup on the type, as CPython's: for a class
         * object, obj.__format__ would be the unbound method of its
         * instances, not the metaclass's. */
        int found;
        result = pym_call_special(obj, PYM_ID(__format__), &spec, 1, &found);
        if (!found)
            result = pym_err_format(&pym_exc_TypeError, "Type %.100s doesn't define __format__",
                                    PYM_TYPE_NAME(obj));
    }
    PYM_XDECREF(empty);
    if (result && !PYM_STR_CHECK(result)) {
        pym_err_format(&pym_exc_TypeError, "__format__ must return a str, not %.200s", PYM_TYPE_NAME(result));
        PYM_CLEAR(result);
    }
    return result;
}

/* ---- str.format ------------------------------------------------------------------- */

typedef struct FormatArgs {
    PymObject *const *args;   /* positional, or NULL for format_map */
    PymSize nargs;
    PymObject *kwnames;       /* names of kwvalues, or NULL */
    PymObject *const *kwvalues;
    PymObject *mapping;       /* format_map's mapping, or NULL */
    int numbering;            /* 0 unknown, 1 automatic, 2 manual */
    PymSize next_index;
} FormatArgs;

/* The integer a field name part spells (-1 when it is not one). */
static int field_integer(PymObject *s, PymSize start, PymSize end, PymSize *value)
{
    *value = -1;
    if (start >= end)
        return 0;
    PymSize v = 0;
    for (PymSize i = start; i < end; i++) {
        int d = pym_unicode_decimal_value(str_char(s, i));
        if (d < 0)
            return 0;
        if (v > (PYM_SSIZE_MAX_STR - d) / 10) {
            pym_err_set_string(&pym_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    *value = v;
    return 0;
}

static PymObject *keyword_lookup(FormatArgs *fa, PymObject *key)
{
    if (fa->mapping)
        return pym_object_getitem(fa->mapping, key);
    PymSize nkw = fa->kwnames ? PYM_TUPLE_SIZE(fa->kwnames) : 0;
    for (PymSize k = 0; k < nkw; k++)
        if (pym_str_equal(PYM_TUPLE_BORROW_ITEM(fa->kwnames, k), key))
            return PYM_NEWREF(fa->kwvalues[k]);
    pym_err_set_object(&pym_exc_KeyError, key);
    return NULL;
}

/* The object a replacement field's name [start, end) designates. */
static PymObject *field_object(PymObject *fmt, PymSize start, PymSize end, FormatArgs *fa)
{
    PymSize i = start;
    while (i < end) {
        uint32_t c = str_char(fmt, i);
        if (c == '.' || c == '[')
            break;
        i++;
    }
    PymSize index;
    if (field_integer(fmt, start, i, &index) < 0)
        return NULL;
    PymObject *obj;
    if (i == start) {
        if (fa->numbering == 2) {
            pym_err_set_string(&pym_exc_ValueError,
                               "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        fa->numbering = 1;
        index = fa->next_index++;
    } else if (index >= 0) {
        if (fa->numbering == 1) {
            pym_err_set_string(&pym_exc_ValueError,
                               "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        fa->numbering = 2;
    }
    if (index < 0) {
        PymObject *key = pym_str_substring(fmt, start, i);
        if (!key)
            return NULL;
        obj = keyword_lookup(fa, key);
        PYM_DECREF(key);
    } else if (!fa->args) {
        pym_err_set_string(&pym_exc_ValueError, "Format string contains positional fields");
        return NULL;
    } else if (index >= fa->nargs) {
        return pym_err_format(&pym_exc_IndexError, "Replacement index %zd out of range for positional args tuple",
                              index);
    } else {
        obj = PYM_NEWREF(fa->args[index]);
    }
    /* .attribute and [key] parts */
    while (obj && i < end) {
        uint32_t c = str_char(fmt, i++);
        PymSize part_start = i;
        PymObject *next = NULL;
        if (c == '.') {
            while (i < end && str_char(fmt, i) != '.' && str_char(fmt, i) != '[')
                i++;
            if (i == part_start) {
                pym_err_set_string(&pym_exc_ValueError, "Empty attribute in format string");
            } else {
                PymObject *name = pym_str_substring(fmt, part_start, i);
                if (name) {
                    next = pym_object_getattr(obj, name);
                    PYM_DECREF(name);
                }
            }
        } else if (c == '[') {
            while (i < end && str_char(fmt, i) != ']')
                i++;
            if (i >= end) {
                pym_err_set_string(&pym_exc_ValueError, "Missing ']' in format string");
            } else if (i == part_start) {
                pym_err_set_string(&pym_exc_ValueError, "Empty attribute in format string");
            } else {
                PymSize key_index;
                PymObject *key = NULL;
                if (field_integer(fmt, part_start, i, &key_index) == 0)
                    key = key_index >= 0 ? pym_int_from_ssize(key_index) : pym_str_substring(fmt, part_start, i);
                if (key) {
                    next = pym_object_getitem(obj, key);
                    PYM_DECREF(key);
                }
            }
            i++;
        } else {
            pym_err_set_string(&pym_exc_ValueError,
                               "Only '.' or '[' may follow ']' in format field specifier");
        }
        PYM_DECREF(obj);
        obj = next;
    }
    return obj;
}

static int render(PymUBuf *out, PymObject *fmt, PymSize start, PymSize end, FormatArgs *fa, int depth);

static int render_field(PymUBuf *out, PymObject *fmt, PymSize name_start, PymSize name_end, uint32_t conversion,
                        PymSize spec_start, PymSize spec_end, int spec_nested, FormatArgs *fa, int depth)
{
    PymObject *obj = field_object(fmt, name_start, name_end, fa);
    if (!obj)
        return -1;
    if (conversion) {
        PymObject *converted;
        switch (conversion) {
        case 'r': converted = pym_object_repr(obj); break;
        case 's': converted = pym_object_str(obj); break;
        case 'a': converted = pym_object_ascii(obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                pym_err_format(&pym_exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                pym_err_format(&pym_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            converted = NULL;
            break;
        }
        PYM_DECREF(obj);
        if (!(obj = converted))
            return -1;
    }
    PymObject *spec;
    if (spec_nested) {
        PymUBuf sb;
        pym_ubuf_init(&sb);
        if (render(&sb, fmt, spec_start, spec_end, fa, depth - 1) < 0) {
            pym_ubuf_discard(&sb);
            PYM_DECREF(obj);
            return -1;
        }
        spec = pym_ubuf_finish(&sb);
    } else {
        spec = pym_str_substring(fmt, spec_start, spec_end);
    }
    PymObject *text = spec ? pym_object_format(obj, spec) : NULL;
    PYM_XDECREF(spec);
    PYM_DECREF(obj);
    if (!text)
        return -1;
    int rc = pym_ubuf_put_str(out, text);
    PYM_DECREF(text);
    return rc;
}

/* Render fmt[start:end) (the whole string, or a nested spec). */
static int render(PymUBuf *out, PymObject *fmt, PymSize start, PymSize end, FormatArgs *fa, int depth)
{
    if (depth <= 0) {
        pym_err_set_string(&pym_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    PymSize i = start;
    while (i < end) {
        /* literal text up to a brace */
        PymSize lit = i;
        uint32_t c = 0;
        while (i < end) {
            c = str_char(fmt, i++);
            if (c == '{' || c == '}')
                break;
        }
        int brace = c == '{' || c == '}';
        PymSize lit_end = brace ? i - 1 : i;
        int at_end = i >= end;
        if (brace && c == '}' && (at_end || str_char(fmt, i) != '}')) {
            pym_err_set_string(&pym_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (brace && c == '{' && at_end) {
            pym_err_set_string(&pym_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        int field = brace;
        if (brace && str_char(fmt, i) == c) {   /* doubled brace: literal */
            lit_end = i;
            i++;
            field = 0;
        }
        if (pym_ubuf_put_substr(out, fmt, lit, lit_end) < 0)
            return -1;
        if (!field)
            continue;
        /* the field: name, then !conversion and :spec */
        PymSize name_start = i;
        c = 0;
        while (i < end) {
            c = str_char(fmt, i++);
            if (c == '{') {
                pym_err_set_string(&pym_exc_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (c == '[') {
                while (i < end && str_char(fmt, i) != ']')
                    i++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!')
                break;
        }
        PymSize name_end = i - 1;
        uint32_t conversion = 0;
        PymSize spec_start = i, spec_end = i;
        int nested = 0;
        if (c == '!' || c == ':') {
            int spec_follows = 1;
            if (c == '!') {
                if (i >= end) {
                    pym_err_set_string(&pym_exc_ValueError,
                                       "end of string while looking for conversion specifier");
                    return -1;
                }
                conversion = str_char(fmt, i++);
                if (i < end) {
                    uint32_t next = str_char(fmt, i++);
                    if (next == '}') {
                        spec_follows = 0;
                        spec_start = spec_end = i - 1;
                    } else if (next != ':') {
                        pym_err_set_string(&pym_exc_ValueError, "expected ':' after conversion specifier");
                        return -1;
                    }
                }
            }
            if (spec_follows) {
                spec_start = i;
                int count = 1;
                while (i < end) {
                    uint32_t s = str_char(fmt, i++);
                    if (s == '{') {
                        nested = 1;
                        count++;
                    } else if (s == '}' && --count == 0) {
                        break;
                    }
                }
                if (count != 0) {
                    pym_err_set_string(&pym_exc_ValueError, "unmatched '{' in format spec");
                    return -1;
                }
                spec_end = i - 1;
            }
        } else if (c != '}') {
            pym_err_set_string(&pym_exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (render_field(out, fmt, name_start, name_end, conversion, spec_start, spec_end, nested, fa,
                         depth) < 0)
            return -1;
    }
    return 0;
}

PymObject *pym_str_format_method(PymObject *fmt, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    FormatArgs fa = { .args = args, .nargs = nargs, .kwnames = kwnames, .kwvalues = args + nargs };
    PymUBuf out;
    pym_ubuf_init(&out);
    if (render(&out, fmt, 0, str_len(fmt), &fa, 2) < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    return pym_ubuf_finish(&out);
}

PymObject *pym_str_format_map(PymObject *fmt, PymObject *mapping)
{
    FormatArgs fa = { .mapping = mapping };
    PymUBuf out;
    pym_ubuf_init(&out);
    if (render(&out, fmt, 0, str_len(fmt), &fa, 2) < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    return pym_ubuf_finish(&out);
}

/* ---- printf-style formatting (str % args, bytes % args) -------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PercentState {
    PymObject *fmt;          /* a str; for bytes, its Latin-1 decoding */
    int bytes_mode;
    PymObject *args;         /* current argument source */
    PymSize arglen, argidx;  /* arglen -1: a single non-tuple argument */
    PymObject *dict;         /* mapping for %(name)s, or NULL */
} PercentState;

static PymObject *next_arg(PercentState *st)
{
    if (st->arglen < 0) {
        if (st->argidx == -2) {
            st->argidx = -1;
            return st->args;
        }
    } else if (st->argidx < st->arglen) {
        return PYM_TUPLE_BORROW_ITEM(st->args, st->argidx++);
    }
    pym_err_set_string(&pym_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

static int is_number_like(PymObject *v)
{
    PymNumberMethods *nm = PYM_TYPE(v)->as_number;
    return nm && (nm->index || nm->int_ || nm->float_);
}

/* Pad text (already converted) to width: spaces, or zeros after the sign
 * and prefix for numbers when F_ZERO is set. */
static int percent_pad(PymUBuf *out, int flags, PymSize width, const char *sign_prefix, PymObject *body,
                       int numeric)
{
    PymSize nsp = (PymSize)strlen(sign_prefix), len = nsp + str_len(body);
    PymSize pad = width > len ? width - len : 0;
    if (flags & F_LJUST) {
        if (pym_ubuf_put_ascii(out, sign_prefix, nsp) < 0 || pym_ubuf_put_str(out, body) < 0)
            return -1;
        return put_fill(out, ' ', pad);
    }
    if (numeric && (flags & F_ZERO)) {
        if (pym_ubuf_put_ascii(out, sign_prefix, nsp) < 0 || put_fill(out, '0', pad) < 0)
            return -1;
        return pym_ubuf_put_str(out, body);
    }
    if (put_fill(out, ' ', pad) < 0 || pym_ubuf_put_ascii(out, sign_prefix, nsp) < 0)
        return -1;
    return pym_ubuf_put_str(out, body);
}

static int percent_integer(PymUBuf *out, PercentState *st, PymObject *v, uint32_t c, int flags, PymSize width,
                           PymSize prec)
{
    PymObject *num = NULL;
    int wants_index = c == 'x' || c == 'X' || c == 'o';
    if (PYM_INT_CHECK(v))
        num = PYM_NEWREF(v);
    else if (is_number_like(v))
        num = wants_index ? pym_number_index(v) : pym_number_long(v);
    if (!num) {
        if (is_number_like(v) && !pym_err_exception_matches(&pym_exc_TypeError))
            return -1;
        pym_err_format(&pym_exc_TypeError, wants_index ? "%%%c format: an integer is required, not %.200s"
                                                       : "%%%c format: a real number is required, not %.200s",
                       (int)c, PYM_TYPE_NAME(v));
        return -1;
    }
    if (c == 'i' || c == 'u')
        c = 'd';
    int base = c == 'x' || c == 'X' ? 16 : c == 'o' ? 8 : 10, negative;
    char *digits = int_digits(num, base, &negative);
    PYM_DECREF(num);
    if (!digits)
        return -1;
    if (c == 'X')
        upper_ascii(digits);
    PymSize nd = (PymSize)strlen(digits);
    char sign_prefix[4] = { 0 };
    int k = 0;
    if (negative)
        sign_prefix[k++] = '-';
    else if (flags & F_SIGN)
        sign_prefix[k++] = '+';
    else if (flags & F_BLANK)
        sign_prefix[k++] = ' ';
    if ((flags & F_ALT) && base != 10) {
        sign_prefix[k++] = '0';
        sign_prefix[k++] = (char)(c == 'o' ? 'o' : c);
    }
    PymSize nzeros = prec > nd ? prec - nd : 0;
    if (width <= (PymSize)strlen(sign_prefix) + nzeros + nd) {   /* no padding: write straight out */
        int rc = pym_ubuf_put_ascii(out, sign_prefix, (PymSize)strlen(sign_prefix));
        if (rc == 0)
            rc = put_fill(out, '0', nzeros);
        if (rc == 0)
            rc = pym_ubuf_put_ascii(out, digits, nd);
        pym_mem_free(digits);
        return rc;
    }
    PymUBuf body;
    pym_ubuf_init(&body);
    int rc = put_fill(&body, '0', nzeros);
    if (rc == 0)
        rc = pym_ubuf_put_ascii(&body, digits, nd);
    pym_mem_free(digits);
    PymObject *text = rc == 0 ? pym_ubuf_finish(&body) : (pym_ubuf_discard(&body), NULL);
    if (!text)
        return -1;
    rc = percent_pad(out, flags, width, sign_prefix, text, 1);
    PYM_DECREF(text);
    (void)st;
    return rc;
}

static int percent_float(PymUBuf *out, PymObject *v, uint32_t c, int flags, PymSize width, PymSize prec)
{
    double x;
    if (PYM_FLOAT_CHECK(v)) {
        x = PYM_FLOAT_VALUE(v);
    } else {
        if (!is_number_like(v) || PYM_STR_CHECK(v)) {
            pym_err_format(&pym_exc_TypeError, "must be real number, not %.200s", PYM_TYPE_NAME(v));
            return -1;
        }
        x = pym_float_as_double(v);
        if (x == -1.0 && pym_err_occurred())
            return -1;
    }
    char code = c == 'E' ? 'e' : c == 'F' ? 'f' : c == 'G' ? 'g' : (char)c;
    char *digits = float_digits(x, code, prec < 0 ? 6 : (int)prec, flags & F_ALT, 0);
    if (!digits)
        return -1;
    if (c == 'E' || c == 'F' || c == 'G')
        upper_ascii(digits);
    char sign_prefix[2] = { 0 };
    if (signbit(x) && !isnan(x))
        sign_prefix[0] = '-';
    else if (flags & F_SIGN)
        sign_prefix[0] = '+';
    else if (flags & F_BLANK)
        sign_prefix[0] = ' ';
    PymObject *text = pym_str_from_ascii(digits, (PymSize)strlen(digits));
    pym_mem_free(digits);
    if (!text)
        return -1;
    int rc = percent_pad(out, flags, width, sign_prefix, text, 1);
    PYM_DECREF(text);
    return rc;
}

/* %s %r %a and %c produce text; in bytes mode it must be bytes-like. */
static PymObject *percent_text(PercentState *st, PymObject *v, uint32_t c)
{
    if (c == 'c') {
        if (st->bytes_mode) {
            const char *d;
            PymSize n;
            if (pym_bytes_like_view(v, &d, &n) == 0 && n == 1)
                return pym_str_from_char((uint8_t)d[0]);
            if (PYM_INT_CHECK(v)) {
                int overflow = 0;
                int64_t x = pym_int_as_i64_overflow(v, &overflow);
                if (!overflow && x >= 0 && x < 256)
                    return pym_str_from_char((uint32_t)x);
                pym_err_set_string(&pym_exc_OverflowError, "%c arg not in range(256)");
                return NULL;
            }
            pym_err_set_string(&pym_exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return NULL;
        }
        if (PYM_STR_CHECK(v)) {
            if (str_len(v) == 1)
                return pym_str_from_char(str_char(v, 0));
        } else if (PYM_INT_CHECK(v)) {
            int overflow = 0;
            int64_t x = pym_int_as_i64_overflow(v, &overflow);
            if (!overflow && x >= 0 && x <= 0x10FFFF)
                return pym_str_from_char((uint32_t)x);
            pym_err_set_string(&pym_exc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        pym_err_set_string(&pym_exc_TypeError, "%c requires int or char");
        return NULL;
    }
    if (!st->bytes_mode) {
        if (c == 's')
            return pym_object_str(v);
        return c == 'r' ? pym_object_repr(v) : pym_object_ascii(v);
    }
    if (c == 'r' || c == 'a')
        return pym_object_ascii(v);
    /* %s / %b: a bytes-like object or one with __bytes__ */
    const char *d;
    PymSize n;
    if (pym_bytes_like_view(v, &d, &n) == 0)
        return pym_str_from_latin1(d, n);
    if (!PYM_STR_CHECK(v) && pym_type_lookup_borrow(PYM_TYPE(v), PYM_ID(__bytes__))) {
        PymObject *b = pym_object_call_method(v, PYM_ID(__bytes__), NULL, 0);
        if (!b)
            return NULL;
        PymObject *r = NULL;
        if (PYM_BYTES_CHECK(b))
            r = pym_str_from_latin1(pym_bytes_data(b), pym_bytes_size(b));
        else
            pym_err_format(&pym_exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", PYM_TYPE_NAME(b));
        PYM_DECREF(b);
        return r;
    }
    pym_err_format(&pym_exc_TypeError,
                   "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
                   PYM_TYPE_NAME(v));
    return NULL;
}

static int star_arg(PercentState *st, PymSize *value)
{
    PymObject *v = next_arg(st);
    if (!v)
        return -1;
    if (!PYM_INT_CHECK(v)) {
        pym_err_set_string(&pym_exc_TypeError, "* wants int");
        return -1;
    }
    PymSize x = pym_int_as_ssize(v);
    if (x == -1 && pym_err_occurred())
        return -1;
    *value = x;
    return 0;
}

static int percent_render(PymUBuf *out, PercentState *st)
{
    PymObject *fmt = st->fmt;
    PymSize n = str_len(fmt), i = 0;
    PymObject *keyed = NULL;   /* the argument a %(key) conversion fetched */
    while (i < n) {
        PymSize lit = i;
        while (i < n && str_char(fmt, i) != '%')
            i++;
        if (pym_ubuf_put_substr(out, fmt, lit, i) < 0)
            goto fail;
        if (i >= n)
            break;
        i++;   /* past '%' */
        if (i < n && str_char(fmt, i) == '%') {   /* only a bare "%%" is a literal '%' */
            if (pym_ubuf_put(out, '%') < 0)
                goto fail;
            i++;
            continue;
        }
        if (i < n && str_char(fmt, i) == '(') {
            if (!st->dict) {
                pym_err_set_string(&pym_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            PymSize key_start = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                uint32_t c = str_char(fmt, i);
                if (c == ')')
                    depth--;
                else if (c == '(')
                    depth++;
                i++;
            }
            if (depth > 0) {
                pym_err_set_string(&pym_exc_ValueError, "incomplete format key");
                goto fail;
            }
            PymObject *key = pym_str_substring(fmt, key_start, i - 1);
            if (key && st->bytes_mode) {
                PymObject *bkey = pym_str_encode(key, "latin-1", NULL);
                PYM_DECREF(key);
                key = bkey;
            }
            if (!key)
                goto fail;
            PYM_XDECREF(keyed);
            keyed = pym_object_getitem(st->dict, key);
            PYM_DECREF(key);
            if (!keyed)
                goto fail;
            /* the value stands in for the arguments until the next key */
            st->args = keyed;
            st->arglen = -1;
            st->argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t c = str_char(fmt, i);
            if (c == '-') flags |= F_LJUST;
            else if (c == '+') flags |= F_SIGN;
            else if (c == ' ') flags |= F_BLANK;
            else if (c == '#') flags |= F_ALT;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        PymSize width = -1, prec = -1;
        if (i < n && str_char(fmt, i) == '*') {
            if (star_arg(st, &width) < 0)
                goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n && str_char(fmt, i) >= '0' && str_char(fmt, i) <= '9') {
                if (width < 0)
                    width = 0;
                if (width > (PYM_SSIZE_MAX_STR - 9) / 10) {
                    pym_err_set_string(&pym_exc_ValueError, "width too big");
                    goto fail;
                }
                width = width * 10 + (str_char(fmt, i++) - '0');
            }
        }
        if (i < n && str_char(fmt, i) == '.') {
            i++;
            prec = 0;
            if (i < n && str_char(fmt, i) == '*') {
                if (star_arg(st, &prec) < 0)
                    goto fail;
                if (prec < 0)
                    prec = 0;
                i++;
            } else {
                while (i < n && str_char(fmt, i) >= '0' && str_char(fmt, i) <= '9') {
                    if (prec > (PYM_SSIZE_MAX_STR - 9) / 10) {
                        pym_err_set_string(&pym_exc_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (str_char(fmt, i++) - '0');
                }
            }
        }
        while (i < n && (str_char(fmt, i) == 'h' || str_char(fmt, i) == 'l' ||
                         str_char(fmt, i) == 'L'))
            i++;
        if (i >= n) {
            pym_err_set_string(&pym_exc_ValueError, "incomplete format");
            goto fail;
        }
        uint32_t c = str_char(fmt, i++);
        int rc;
        {
            /* CPython takes the argument before it looks at the conversion */
            PymObject *v = next_arg(st);
            if (!v)
                goto fail;
            int known = 1;
            switch (c) {
            case 's': case 'r': case 'a': case 'c': case 'd': case 'i': case 'u': case 'x': case 'X':
            case 'o': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                break;
            case 'b':
                known = st->bytes_mode;
                break;
            default:
                known = 0;
                break;
            }
            if (!known) {
                pym_err_format(&pym_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                               c >= 32 && c < 127 ? (int)c : '?', (unsigned)c, i - 1);
                goto fail;
            }
            switch (c) {
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                rc = percent_integer(out, st, v, c, flags, width, prec);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                rc = percent_float(out, v, c, flags, width, prec);
                break;
            default: {
                PymObject *text = percent_text(st, v, c == 'b' ? 's' : c);
                if (!text)
                    goto fail;
                PymObject *cut = prec >= 0 && c != 'c' && prec < str_len(text)
                                     ? pym_str_substring(text, 0, prec)
                                     : PYM_NEWREF(text);
                PYM_DECREF(text);
                if (!cut)
                    goto fail;
                rc = percent_pad(out, flags, width, "", cut, 0);
                PYM_DECREF(cut);
                break;
            }
            }
        }
        if (rc < 0)
            goto fail;
    }
    PYM_XDECREF(keyed);
    if (st->argidx < st->arglen && !st->dict) {
        pym_err_format(&pym_exc_TypeError, "not all arguments converted during %s formatting",
                       st->bytes_mode ? "bytes" : "string");
        return -1;
    }
    return 0;
fail:
    PYM_XDECREF(keyed);
    return -1;
}

static void percent_setup(PercentState *st, PymObject *fmt, PymObject *args, int bytes_mode)
{
    st->fmt = fmt;
    st->bytes_mode = bytes_mode;
    st->args = args;
    if (PYM_TUPLE_CHECK(args)) {
        st->arglen = PYM_TUPLE_SIZE(args);
        st->argidx = 0;
    } else {
        st->arglen = -1;
        st->argidx = -2;
    }
    PymMappingMethods *mm = PYM_TYPE(args)->as_mapping;
    int text = bytes_mode ? PYM_BYTES_CHECK(args) : PYM_STR_CHECK(args);
    st->dict = mm && mm->subscript && !PYM_TUPLE_CHECK(args) && !text ? args : NULL;
}

PymObject *pym_str_percent_format(PymObject *fmt, PymObject *args)
{
    PercentState st;
    percent_setup(&st, fmt, args, 0);
    PymUBuf out;
    pym_ubuf_init(&out);
    if (percent_render(&out, &st) < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    return pym_ubuf_finish(&out);
}

PymObject *pym_bytes_percent_format(PymObject *fmt, PymObject *args)
{
    const char *d;
    PymSize n;
    pym_bytes_like_view(fmt, &d, &n);
    PymObject *text = pym_str_from_latin1(d, n);
    if (!text)
        return NULL;
    PercentState st;
    percent_setup(&st, text, args, 1);
    PymUBuf out;
    pym_ubuf_init(&out);
    int rc = percent_render(&out, &st);
    PYM_DECREF(text);
    if (rc < 0) {
        pym_ubuf_discard(&out);
        return NULL;
    }
    char *buf = pym_mem_malloc((size_t)out.len + 1);
    if (!buf) {
        pym_ubuf_discard(&out);
        return pym_err_no_memory();
    }
    for (PymSize k = 0; k < out.len; k++)
        buf[k] = (char)out.items[k];   /* every code point here is < 256 */
    PymObject *r = pym_bytes_make_like(fmt, buf, out.len);
    pym_mem_free(buf);
    pym_ubuf_discard(&out);
    return r;
}
