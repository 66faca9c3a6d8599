/* str_methods.c — the methods of str (the method table pym_str_methods
 * that str.c's type object points to).
 *
 * Invariants: every method leaves self untouched and returns a new object;
 * methods that change nothing return self itself when self is an exact str
 * (as CPython does, so identity-based tests agree); argument errors carry
 * CPython 3.11's messages, which differ by method family (the
 * "center expected at least 1 argument, got 0" style of positional-only
 * methods, "count() takes at least 1 argument (0 given)" of the find family,
 * the argument-clinic messages of keyword methods).
 */
#include "str_impl.h"
#include "errors.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "format.h"

#define SELF_LEN str_len(self)

static PymObject *return_self(PymObject *self)
{
    return pym_str_exact_copy(self);
}

/* "center expected at least 1 argument, got 0" */
int pym_strings_check_positional(const char *name, PymSize nargs, PymSize min, PymSize max)
{
    if (nargs < min) {
        pym_err_format(&pym_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                       min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        pym_err_format(&pym_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                       min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* "count() takes at least 1 argument (0 given)" */
int pym_strings_check_getargs(const char *name, PymSize nargs, PymSize min, PymSize max)
{
    if (nargs < min || nargs > max) {
        PymSize bound = nargs < min ? min : max;
        pym_err_format(&pym_exc_TypeError, "%s() takes %s %zd argument%s (%zd given)", name,
                       min == max ? "exactly" : nargs < min ? "at least" : "at most", bound,
                       bound == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int require_str(PymObject *o)
{
    if (!PYM_STR_CHECK(o)) {
        pym_err_format(&pym_exc_TypeError, "must be str, not %.100s", PYM_TYPE_NAME(o));
        return -1;
    }
    return 0;
}

/* start/end of the find family: None or an index, clamped. */
int pym_strings_slice_index(PymObject *o, PymSize *value)
{
    if (!o || o == PYM_NONE)
        return 0;
    PymNumberMethods *nm = PYM_TYPE(o)->as_number;
    if (!nm || !nm->index) {
        pym_err_set_string(&pym_exc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    PymSize v = pym_number_as_ssize(o, NULL);
    if (v == -1 && pym_err_occurred())
        return -1;
    *value = v;
    return 0;
}

/* sub[, start[, end]] */
static int parse_find_args(const char *name, PymObject *const *args, PymSize nargs,
                           PymSize *start, PymSize *end)
{
    if (pym_strings_check_getargs(name, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = PYM_SSIZE_MAX_STR;
    if (nargs > 1 && pym_strings_slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && pym_strings_slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

/* ---- searching ----------------------------------------------------------- */

static PymSize find_common(PymObject *self, PymObject *const *args, PymSize nargs,
                           const char *name, int reverse)
{
    PymSize start, end;
    if (parse_find_args(name, args, nargs, &start, &end) < 0 || require_str(args[0]) < 0)
        return -2;
    pym_str_adjust_indices(&start, &end, SELF_LEN);
    return pym_str_find_sub(self, args[0], start, end, reverse);
}

static PymObject *str_find(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "find", 0);
    return i == -2 ? NULL : pym_int_from_ssize(i);
}

static PymObject *str_rfind(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "rfind", 1);
    return i == -2 ? NULL : pym_int_from_ssize(i);
}

static PymObject *str_index(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "index", 0);
    if (i == -1)
        pym_err_set_string(&pym_exc_ValueError, "substring not found");
    return i < 0 ? NULL : pym_int_from_ssize(i);
}

static PymObject *str_rindex(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "rindex", 1);
    if (i == -1)
        pym_err_set_string(&pym_exc_ValueError, "substring not found");
    return i < 0 ? NULL : pym_int_from_ssize(i);
}

static PymObject *str_count(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize start, end;
    if (parse_find_args("count", args, nargs, &start, &end) < 0 || require_str(args[0]) < 0)
        return NULL;
    pym_str_adjust_indices(&start, &end, SELF_LEN);
    return pym_int_from_ssize(pym_str_count_sub(self, args[0], start, end, PYM_SSIZE_MAX_STR));
}

static int tailmatch(PymObject *self, PymObject *sub, PymSize start, PymSize end, int at_end)
{
    pym_str_adjust_indices(&start, &end, SELF_LEN);
    PymSize m = str_len(sub);
    end -= m;
    if (end < start)
        return 0;
    if (m == 0)
        return 1;
    PymSize pos = at_end ? end : start;
    int ks = str_kind(self), kp = str_kind(sub);
    const void *ds = str_data(self), *dp = str_data(sub);
    for (PymSize j = 0; j < m; j++)
        if (str_read(ks, ds, pos + j) != str_read(kp, dp, j))
            return 0;
    return 1;
}

static PymObject *starts_ends_with(PymObject *self, PymObject *const *args, PymSize nargs,
                                   const char *name, int at_end)
{
    PymSize start, end;
    if (parse_find_args(name, args, nargs, &start, &end) < 0)
        return NULL;
    PymObject *arg = args[0];
    if (PYM_TUPLE_CHECK(arg)) {
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(arg); i++) {
            PymObject *sub = PYM_TUPLE_BORROW_ITEM(arg, i);
            if (!PYM_STR_CHECK(sub))
                return pym_err_format(&pym_exc_TypeError,
                                      "tuple for %s must only contain str, not %.100s", name,
                                      PYM_TYPE_NAME(sub));
            if (tailmatch(self, sub, start, end, at_end))
                PYM_RETURN_TRUE;
        }
        PYM_RETURN_FALSE;
    }
    if (!PYM_STR_CHECK(arg))
        return pym_err_format(&pym_exc_TypeError,
                              "%s first arg must be str or a tuple of str, not %.100s", name,
                              PYM_TYPE_NAME(arg));
    return pym_bool_from(tailmatch(self, arg, start, end, at_end));
}

static PymObject *str_startswith(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return starts_ends_with(self, args, nargs, "startswith", 0);
}

static PymObject *str_endswith(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return starts_ends_with(self, args, nargs, "endswith", 1);
}

/* ---- predicates ------------------------------------------------------------ */

#define ALL_CHARS_PREDICATE(fname, pred, empty_value)                     \
    static PymObject *fname(PymObject *self, PymObject *unused)           \
    {                                                                     \
        PymSize n = SELF_LEN;                                             \
        if (n == 0)                                                       \
            return pym_bool_from(empty_value);                            \
        int kind = str_kind(self);                                        \
        const void *data = str_data(self);                                \
        for (PymSize i = 0; i < n; i++)                                   \
            if (!pred(str_read(kind, data, i)))                           \
                PYM_RETURN_FALSE;                                         \
        PYM_RETURN_TRUE;                                                  \
    }

ALL_CHARS_PREDICATE(str_isalpha, pym_unicode_isalpha, 0)
ALL_CHARS_PREDICATE(str_isalnum, pym_unicode_isalnum, 0)
ALL_CHARS_PREDICATE(str_isdecimal, pym_unicode_isdecimal, 0)
ALL_CHARS_PREDICATE(str_isdigit, pym_unicode_isdigit, 0)
ALL_CHARS_PREDICATE(str_isnumeric, pym_unicode_isnumeric, 0)
ALL_CHARS_PREDICATE(str_isspace, pym_unicode_isspace, 0)
ALL_CHARS_PREDICATE(str_isprintable, pym_unicode_isprintable, 1)

static PymObject *str_isascii(PymObject *self, PymObject *unused)
{
    return pym_bool_from(str_is_ascii(self));
}

static PymObject *str_islower(PymObject *self, PymObject *unused)
{
    int kind = str_kind(self), cased = 0;
    const void *data = str_data(self);
    for (PymSize i = 0; i < SELF_LEN; i++) {
        uint32_t c = str_read(kind, data, i);
        if (pym_unicode_istitle(c))   /* upper or titlecase */
            PYM_RETURN_FALSE;
        cased |= pym_unicode_islower(c);
    }
    return pym_bool_from(cased);
}

static PymObject *str_isupper(PymObject *self, PymObject *unused)
{
    int kind = str_kind(self), cased = 0;
    const void *data = str_data(self);
    for (PymSize i = 0; i < SELF_LEN; i++) {
        uint32_t c = str_read(kind, data, i);
        if (pym_unicode_islower(c) || (pym_unicode_istitle(c) && !pym_unicode_isupper(c)))
            PYM_RETURN_FALSE;
        cased |= pym_unicode_isupper(c);
    }
    return pym_bool_from(cased);
}

static PymObject *str_istitle(PymObject *self, PymObject *unused)
{
    int kind = str_kind(self), cased = 0, previous_is_cased = 0;
    const void *data = str_data(self);
    for (PymSize i = 0; i < SELF_LEN; i++) {
        uint32_t c = str_read(kind, data, i);
        if (pym_unicode_istitle(c)) {
            if (previous_is_cased)
                PYM_RETURN_FALSE;
            previous_is_cased = cased = 1;
        } else if (pym_unicode_islower(c)) {
            if (!previous_is_cased)
                PYM_RETURN_FALSE;
            previous_is_cased = cased = 1;
        } else {
            previous_is_cased = 0;
        }
    }
    return pym_bool_from(cased);
}

static PymObject *str_isidentifier(PymObject *self, PymObject *unused)
{
    return pym_bool_from(pym_str_is_identifier(self));
}

/* ---- case conversion ------------------------------------------------------ */

/* Σ lowercases to final ς after a cased letter and not before one
 * (skipping case-ignorable characters both ways). */
static uint32_t lower_sigma(int kind, const void *data, PymSize n, PymSize i)
{
    PymSize j = i - 1;
    while (j >= 0 && pym_unicode_iscase_ignorable(str_read(kind, data, j)))
        j--;
    int final = j >= 0 && pym_unicode_iscased(str_read(kind, data, j));
    if (final) {
        j = i + 1;
        while (j < n && pym_unicode_iscase_ignorable(str_read(kind, data, j)))
            j++;
        final = j == n || !pym_unicode_iscased(str_read(kind, data, j));
    }
    return final ? 0x3C2 : 0x3C3;
}

static int map_lower(int kind, const void *data, PymSize n, PymSize i, uint32_t out[3])
{
    uint32_t c = str_read(kind, data, i);
    if (c == 0x3A3) {
        out[0] = lower_sigma(kind, data, n, i);
        return 1;
    }
    return pym_unicode_to_lower(c, out);
}

enum CaseOp { CASE_LOWER, CASE_UPPER, CASE_CASEFOLD, CASE_SWAPCASE, CASE_TITLE, CASE_CAPITALIZE };

static PymObject *convert_case(PymObject *self, enum CaseOp op)
{
    PymSize n = SELF_LEN;
    int kind = str_kind(self);
    const void *data = str_data(self);
    if (str_is_ascii(self) && (op == CASE_LOWER || op == CASE_UPPER || op == CASE_CASEFOLD)) {
        PymObject *r = pym_str_new_uninit(n, 0x7F);
        if (!r)
            return NULL;
        const uint8_t *src = data;
        uint8_t *dst = str_data(r);
        for (PymSize i = 0; i < n; i++) {
            uint8_t c = src[i];
            if (op == CASE_UPPER)
                dst[i] = c >= 'a' && c <= 'z' ? (uint8_t)(c - 32) : c;
            else
                dst[i] = c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
        }
        return pym_str_result(r);
    }
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, n) < 0)
        return NULL;
    int previous_is_cased = 0;
    for (PymSize i = 0; i < n; i++) {
        uint32_t c = str_read(kind, data, i), out[3];
        int k;
        switch (op) {
        case CASE_LOWER:
            k = map_lower(kind, data, n, i, out);
            break;
        case CASE_UPPER:
            k = pym_unicode_to_upper(c, out);
            break;
        case CASE_CASEFOLD:
            k = pym_unicode_to_casefold(c, out);
            break;
        case CASE_SWAPCASE:
            if (pym_unicode_isupper(c))
                k = map_lower(kind, data, n, i, out);
            else if (pym_unicode_islower(c))
                k = pym_unicode_to_upper(c, out);
            else
                out[0] = c, k = 1;
            break;
        case CASE_TITLE:
            k = previous_is_cased ? map_lower(kind, data, n, i, out) : pym_unicode_to_title(c, out);
            previous_is_cased = pym_unicode_iscased(c);
            break;
        default: /* CASE_CAPITALIZE */
            k = i == 0 ? pym_unicode_to_title(c, out) : map_lower(kind, data, n, i, out);
            break;
        }
        for (int j = 0; j < k; j++)
            if (pym_ubuf_put(&b, out[j]) < 0) {
                pym_ubuf_discard(&b);
                return NULL;
            }
    }
    return pym_ubuf_finish(&b);
}

PymObject *pym_str_lower(PymObject *s) { return convert_case(s, CASE_LOWER); }
PymObject *pym_str_upper(PymObject *s) { return convert_case(s, CASE_UPPER); }

static PymObject *str_lower(PymObject *self, PymObject *unused) { return convert_case(self, CASE_LOWER); }
static PymObject *str_upper(PymObject *self, PymObject *unused) { return convert_case(self, CASE_UPPER); }
static PymObject *str_casefold(PymObject *self, PymObject *unused) { return convert_case(self, CASE_CASEFOLD); }
static PymObject *str_swapcase(PymObject *self, PymObject *unused) { return convert_case(self, CASE_SWAPCASE); }
static PymObject *str_title(PymObject *self, PymObject *unused) { return convert_case(self, CASE_TITLE); }
static PymObject *str_capitalize(PymObject *self, PymObject *unused) { return convert_case(self, CASE_CAPITALIZE); }

/* ---- padding ---------------------------------------------------------------- */

static PymObject *pad(PymObject *self, PymSize left, PymSize right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return return_self(self);
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, left + SELF_LEN + right) < 0 || pym_ubuf_put_repeat(&b, fill, left) < 0 ||
        pym_ubuf_put_str(&b, self) < 0 || pym_ubuf_put_repeat(&b, fill, right) < 0) {
        pym_ubuf_discard(&b);
        return NULL;
    }
    return pym_ubuf_finish(&b);
}

/* width[, fillchar] of center/ljust/rjust */
static int parse_pad_args(const char *name, PymObject *const *args, PymSize nargs, PymSize *width,
                          uint32_t *fill)
{
    if (pym_strings_check_positional(name, nargs, 1, 2) < 0 || pym_strings_ssize_arg(args[0], 0, width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        PymObject *f = args[1];
        if (!PYM_STR_CHECK(f)) {
            pym_err_format(&pym_exc_TypeError, "The fill character must be a unicode character, not %.100s",
                           PYM_TYPE_NAME(f));
            return -1;
        }
        if (str_len(f) != 1) {
            pym_err_set_string(&pym_exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = str_char(f, 0);
    }
    return 0;
}

static PymObject *str_center(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize width;
    uint32_t fill;
    if (parse_pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    if (width <= SELF_LEN)
        return return_self(self);
    PymSize marg = width - SELF_LEN;
    PymSize left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static PymObject *str_ljust(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize width;
    uint32_t fill;
    if (parse_pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - SELF_LEN, fill);
}

static PymObject *str_rjust(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize width;
    uint32_t fill;
    if (parse_pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - SELF_LEN, 0, fill);
}

static PymObject *str_zfill(PymObject *self, PymObject *arg)
{
    PymSize width;
    if (pym_strings_ssize_arg(arg, 0, &width) < 0)
        return NULL;
    PymSize n = SELF_LEN;
    if (width <= n)
        return return_self(self);
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, width) < 0)
        return NULL;
    PymSize rest = 0;
    if (n > 0) {
        uint32_t c = str_char(self, 0);
        if (c == '+' || c == '-') {
            pym_ubuf_put(&b, c);
            rest = 1;
        }
    }
    pym_ubuf_put_repeat(&b, '0', width - n);
    if (pym_ubuf_put_substr(&b, self, rest, n) < 0) {
        pym_ubuf_discard(&b);
        return NULL;
    }
    return pym_ubuf_finish(&b);
}

static PymObject *str_expandtabs(PymObject *self, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    static const char *const names[] = { "tabsize" };
    PymObject *a[1];
    PymSize tabsize = 8;
    if (pym_strings_bind_args("expandtabs", args, nargs, kwnames, names, 1, 0, 0, a) < 0 ||
        pym_strings_ssize_arg(a[0], 0, &tabsize) < 0)
        return NULL;
    PymUBuf b;
    pym_ubuf_init(&b);
    int kind = str_kind(self);
    const void *data = str_data(self);
    PymSize column = 0;
    for (PymSize i = 0; i < SELF_LEN; i++) {
        uint32_t c = str_read(kind, data, i);
        int rc;
        if (c == '\t') {
            PymSize spaces = tabsize > 0 ? tabsize - column % tabsize : 0;
            column += spaces;
            rc = pym_ubuf_put_repeat(&b, ' ', spaces);
        } else {
            column = c == '\n' || c == '\r' ? 0 : column + 1;
            rc = pym_ubuf_put(&b, c);
        }
        if (rc < 0) {
            pym_ubuf_discard(&b);
            return NULL;
        }
    }
    return pym_ubuf_finish(&b);
}

/* ---- stripping --------------------------------------------------------------- */

static int in_chars(PymObject *chars, uint32_t c)
{
    if (!chars)
        return pym_unicode_isspace(c);
    int kind = str_kind(chars);
    const void *data = str_data(chars);
    for (PymSize i = 0; i < str_len(chars); i++)
        if (str_read(kind, data, i) == c)
            return 1;
    return 0;
}

static PymObject *do_strip(PymObject *self, PymObject *const *args, PymSize nargs,
                           const char *name, int left, int right)
{
    if (pym_strings_check_positional(name, nargs, 0, 1) < 0)
        return NULL;
    PymObject *chars = nargs ? args[0] : NULL;
    if (chars == PYM_NONE)
        chars = NULL;
    if (chars && !PYM_STR_CHECK(chars))
        return pym_err_format(&pym_exc_TypeError, "%s arg must be None or str", name);
    int kind = str_kind(self);
    const void *data = str_data(self);
    PymSize start = 0, end = SELF_LEN;
    if (left)
        while (start < end && in_chars(chars, str_read(kind, data, start)))
            start++;
    if (right)
        while (end > start && in_chars(chars, str_read(kind, data, end - 1)))
            end--;
    return pym_str_substring(self, start, end);
}

static PymObject *str_strip(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return do_strip(self, args, nargs, "strip", 1, 1);
}

static PymObject *str_lstrip(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return do_strip(self, args, nargs, "lstrip", 1, 0);
}

static PymObject *str_rstrip(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return do_strip(self, args, nargs, "rstrip", 0, 1);
}

static PymObject *affix_remove(PymObject *self, PymObject *arg, const char *name, int suffix)
{
    if (!PYM_STR_CHECK(arg))
        return pym_err_format(&pym_exc_TypeError, "%s() argument must be str, not %.100s", name,
                              pym_strings_arg_type_name(arg));
    PymSize m = str_len(arg);
    if (m && tailmatch(self, arg, 0, PYM_SSIZE_MAX_STR, suffix))
        return suffix ? pym_str_substring(self, 0, SELF_LEN - m) : pym_str_substring(self, m, SELF_LEN);
    return return_self(self);
}

static PymObject *str_removeprefix(PymObject *self, PymObject *arg)
{
    return affix_remove(self, arg, "removeprefix", 0);
}

static PymObject *str_removesuffix(PymObject *self, PymObject *arg)
{
    return affix_remove(self, arg, "removesuffix", 1);
}

/* ---- splitting ----------------------------------------------------------------- */

static int append_substring(PymObject *list, PymObject *self, PymSize start, PymSize end)
{
    PymObject *part = pym_str_substring(self, start, end);
    if (!part)
        return -1;
    int rc = pym_list_append(list, part);
    PYM_DECREF(part);
    return rc;
}

static int parse_split_args(const char *name, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames, PymObject **sep, PymSize *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit" };
    PymObject *a[2];
    if (pym_strings_bind_args(name, args, nargs, kwnames, names, 2, 0, 0, a) < 0)
        return -1;
    *sep = a[0] && a[0] != PYM_NONE ? a[0] : NULL;
    *maxsplit = -1;
    if (pym_strings_ssize_arg(a[1], 0, maxsplit) < 0)
        return -1;
    if (*sep && !PYM_STR_CHECK(*sep)) {
        pym_err_format(&pym_exc_TypeError, "must be str or None, not %.100s", PYM_TYPE_NAME(*sep));
        return -1;
    }
    if (*sep && str_len(*sep) == 0) {
        pym_err_set_string(&pym_exc_ValueError, "empty separator");
        return -1;
    }
    if (*maxsplit < 0)
        *maxsplit = PYM_SSIZE_MAX_STR;
    return 0;
}

static PymObject *split_whitespace(PymObject *self, PymSize maxsplit, int reverse)
{
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    int kind = str_kind(self);
    const void *data = str_data(self);
    PymSize n = SELF_LEN;
#define WS(k) pym_unicode_isspace(str_read(kind, data, (k)))
    if (!reverse) {
        PymSize i = 0;
        while (maxsplit-- > 0) {
            while (i < n && WS(i))
                i++;
            if (i == n)
                break;
            PymSize j = i;
            while (j < n && !WS(j))
                j++;
            if (j == n && i == 0 && PYM_STR_CHECK_EXACT(self)) {
                if (pym_list_append(list, self) < 0)
                    goto fail;
                return list;
            }
            if (append_substring(list, self, i, j) < 0)
                goto fail;
            i = j;
        }
        while (i < n && WS(i))
            i++;
        if (i < n && append_substring(list, self, i, n) < 0)
            goto fail;
    } else {
        PymSize i = n;
        while (maxsplit-- > 0) {
            while (i > 0 && WS(i - 1))
                i--;
            if (i == 0)
                break;
            PymSize j = i;
            while (j > 0 && !WS(j - 1))
                j--;
            if (append_substring(list, self, j, i) < 0)
                goto fail;
            i = j;
        }
        while (i > 0 && WS(i - 1))
            i--;
        if (i > 0 && append_substring(list, self, 0, i) < 0)
            goto fail;
        if (pym_list_reverse(list) < 0)
            goto fail;
    }
#undef WS
    return list;
fail:
    PYM_DECREF(list);
    return NULL;
}

static PymObject *split_common(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames, int reverse)
{
    PymObject *sep;
    PymSize maxsplit;
    if (parse_split_args(reverse ? "rsplit" : "split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    if (!sep)
        return split_whitespace(self, maxsplit, reverse);
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    PymSize n = SELF_LEN, m = str_len(sep);
    if (!reverse) {
        PymSize i = 0;
        while (maxsplit-- > 0) {
            PymSize j = pym_str_find_sub(self, sep, i, n, 0);
            if (j < 0)
                break;
            if (append_substring(list, self, i, j) < 0)
                goto fail;
            i = j + m;
        }
        if (i == 0 && PYM_STR_CHECK_EXACT(self) ? pym_list_append(list, self) < 0
                                                 : append_substring(list, self, i, n) < 0)
            goto fail;
    } else {
        PymSize i = n;
        while (maxsplit-- > 0) {
            PymSize j = pym_str_find_sub(self, sep, 0, i, 1);
            if (j < 0)
                break;
            if (append_substring(list, self, j + m, i) < 0)
                goto fail;
            i = j;
        }
        if (i == n && PYM_STR_CHECK_EXACT(self) ? pym_list_append(list, self) < 0
                                                 : append_substring(list, self, 0, i) < 0)
            goto fail;
        if (pym_list_reverse(list) < 0)
            goto fail;
    }
    return list;
fail:
    PYM_DECREF(list);
    return NULL;
}

static PymObject *str_split(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return split_common(self, args, nargs, kwnames, 0);
}

static PymObject *str_rsplit(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return split_common(self, args, nargs, kwnames, 1);
}

static PymObject *str_splitlines(PymObject *self, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    static const char *const names[] = { "keepends" };
    PymObject *a[1];
    PymSize keepends = 0;
    if (pym_strings_bind_args("splitlines", args, nargs, kwnames, names, 1, 0, 0, a) < 0 ||
        pym_strings_ssize_arg(a[0], 0, &keepends) < 0)
        return NULL;
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    int kind = str_kind(self);
    const void *data = str_data(self);
    PymSize n = SELF_LEN, i = 0;
    while (i < n) {
        PymSize j = i;
        while (j < n && !pym_unicode_islinebreak(str_read(kind, data, j)))
            j++;
        PymSize eol = j;
        if (j < n) {
            if (str_read(kind, data, j) == '\r' && j + 1 < n && str_read(kind, data, j + 1) == '\n')
                j += 2;
            else
                j++;
            if (keepends)
                eol = j;
        }
        if (i == 0 && j == n && eol == n && PYM_STR_CHECK_EXACT(self)) {
            if (pym_list_append(list, self) < 0)
                goto fail;
            break;
        }
        if (append_substring(list, self, i, eol) < 0)
            goto fail;
        i = j;
    }
    return list;
fail:
    PYM_DECREF(list);
    return NULL;
}

static PymObject *partition(PymObject *self, PymObject *sep, int reverse)
{
    if (require_str(sep) < 0)
        return NULL;
    if (str_len(sep) == 0) {
        pym_err_set_string(&pym_exc_ValueError, "empty separator");
        return NULL;
    }
    PymSize n = SELF_LEN, i = pym_str_find_sub(self, sep, 0, n, reverse);
    PymObject *parts[3];
    if (i < 0) {
        PymObject *empty = pym_str_empty();
        PymObject *whole = return_self(self);
        if (!whole) {
            PYM_DECREF(empty);
            return NULL;
        }
        PymObject *t = reverse ? pym_tuple_pack(3, empty, empty, whole)
                               : pym_tuple_pack(3, whole, empty, empty);
        PYM_DECREF(empty);
        PYM_DECREF(whole);
        return t;
    }
    parts[0] = pym_str_substring(self, 0, i);
    parts[1] = PYM_NEWREF(sep);
    parts[2] = pym_str_substring(self, i + str_len(sep), n);
    PymObject *t = parts[0] && parts[2] ? pym_tuple_pack(3, parts[0], parts[1], parts[2]) : NULL;
    for (int k = 0; k < 3; k++)
        PYM_XDECREF(parts[k]);
    return t;
}

static PymObject *str_partition(PymObject *self, PymObject *sep) { return partition(self, sep, 0); }
static PymObject *str_rpartition(PymObject *self, PymObject *sep) { return partition(self, sep, 1); }

/* ---- replace / join / translate ---------------------------------------------- */

static PymObject *str_replace(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (pym_strings_check_positional("replace", nargs, 2, 3) < 0)
        return NULL;
    PymObject *old = args[0], *new_ = args[1];
    for (int k = 0; k < 2; k++)
        if (!PYM_STR_CHECK(args[k]))
            return pym_err_format(&pym_exc_TypeError, "replace() argument %d must be str, not %.100s",
                                  k + 1, pym_strings_arg_type_name(args[k]));
    PymSize count = -1;
    if (nargs > 2 && pym_strings_ssize_arg(args[2], 0, &count) < 0)
        return NULL;
    if (count < 0)
        count = PYM_SSIZE_MAX_STR;
    PymSize n = SELF_LEN, m = str_len(old);
    if (count == 0 || (m > 0 && pym_str_find_sub(self, old, 0, n, 0) < 0) || (m == 0 && str_len(new_) == 0))
        return return_self(self);
    PymUBuf b;
    pym_ubuf_init(&b);
    PymSize i = 0, done = 0;
    if (m == 0) {
        /* insert new before every character and at the end */
        while (done < count && i <= n) {
            if (pym_ubuf_put_str(&b, new_) < 0 || (i < n && pym_ubuf_put_substr(&b, self, i, i + 1) < 0))
                goto fail;
            i++;
            done++;
        }
        if (i < n && pym_ubuf_put_substr(&b, self, i, n) < 0)
            goto fail;
        return pym_ubuf_finish(&b);
    }
    while (done < count) {
        PymSize j = pym_str_find_sub(self, old, i, n, 0);
        if (j < 0)
            break;
        if (pym_ubuf_put_substr(&b, self, i, j) < 0 || pym_ubuf_put_str(&b, new_) < 0)
            goto fail;
        i = j + m;
        done++;
    }
    if (pym_ubuf_put_substr(&b, self, i, n) < 0)
        goto fail;
    return pym_ubuf_finish(&b);
fail:
    pym_ubuf_discard(&b);
    return NULL;
}

static PymObject *str_join(PymObject *self, PymObject *iterable)
{
    return pym_str_join(self, iterable);
}

static PymObject *str_translate(PymObject *self, PymObject *table)
{
    int kind = str_kind(self);
    const void *data = str_data(self);
    PymUBuf b;
    pym_ubuf_init(&b);
    for (PymSize i = 0; i < SELF_LEN; i++) {
        uint32_t c = str_read(kind, data, i);
        PymObject *key = pym_int_from_i64(c);
        if (!key)
            goto fail;
        PymObject *v = pym_object_getitem(table, key);
        PYM_DECREF(key);
        int rc = 0;
        if (!v) {
            if (!pym_err_exception_matches(&pym_exc_LookupError))
                goto fail;
            pym_err_clear();
            rc = pym_ubuf_put(&b, c);
        } else if (v == PYM_NONE) {
            rc = 0;
        } else if (PYM_INT_CHECK(v)) {
            int overflow = 0;
            int64_t x = pym_int_as_i64_overflow(v, &overflow);
            if (overflow || x < 0 || x > 0x10FFFF) {
                PYM_DECREF(v);
                pym_err_set_string(&pym_exc_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            rc = pym_ubuf_put(&b, (uint32_t)x);
        } else if (PYM_STR_CHECK(v)) {
            rc = pym_ubuf_put_str(&b, v);
        } else {
            PYM_DECREF(v);
            pym_err_set_string(&pym_exc_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        PYM_XDECREF(v);
        if (rc < 0)
            goto fail;
    }
    return pym_ubuf_finish(&b);
fail:
    pym_ubuf_discard(&b);
    return NULL;
}

static int maketrans_put(PymObject *dict, uint32_t key, PymObject *value)
{
    PymObject *k = pym_int_from_i64(key);
    if (!k)
        return -1;
    int rc = pym_dict_setitem(dict, k, value);
    PYM_DECREF(k);
    return rc;
}

static PymObject *str_maketrans(PymObject *unused, PymObject *const *args, PymSize nargs)
{
    if (pym_strings_check_positional("maketrans", nargs, 1, 3) < 0)
        return NULL;
    PymObject *result = pym_dict_new();
    if (!result)
        return NULL;
    if (nargs == 1) {
        PymObject *x = args[0];
        if (!PYM_DICT_CHECK(x)) {
            pym_err_set_string(&pym_exc_TypeError,
                               "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        PymSize pos = 0;
        PymObject *key, *value;
        while (pym_dict_next(x, &pos, &key, &value)) {
            if (PYM_STR_CHECK(key)) {
                if (str_len(key) != 1) {
                    pym_err_set_string(&pym_exc_ValueError,
                                       "string keys in translate table must be of length 1");
                    goto fail;
                }
                if (maketrans_put(result, str_char(key, 0), value) < 0)
                    goto fail;
            } else if (PYM_INT_CHECK(key)) {
                if (pym_dict_setitem(result, key, value) < 0)
                    goto fail;
            } else {
                pym_err_set_string(&pym_exc_TypeError,
                                   "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return result;
    }
    PymObject *x = args[0], *y = args[1], *z = nargs > 2 ? args[2] : NULL;
    if (!PYM_STR_CHECK(x)) {
        pym_err_set_string(&pym_exc_TypeError,
                           "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    if (!PYM_STR_CHECK(y)) {
        pym_err_format(&pym_exc_TypeError, "maketrans() argument 2 must be str, not %.100s",
                       pym_strings_arg_type_name(y));
        goto fail;
    }
    if (z && !PYM_STR_CHECK(z)) {
        pym_err_format(&pym_exc_TypeError, "maketrans() argument 3 must be str, not %.100s",
                       pym_strings_arg_type_name(z));
        goto fail;
    }
    if (str_len(x) != str_len(y)) {
        pym_err_set_string(&pym_exc_ValueError,
                           "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (PymSize i = 0; i < str_len(x); i++) {
        PymObject *v = pym_int_from_i64(str_char(y, i));
        int rc = v ? maketrans_put(result, str_char(x, i), v) : -1;
        PYM_XDECREF(v);
        if (rc < 0)
            goto fail;
    }
    for (PymSize i = 0; z && i < str_len(z); i++)
        if (maketrans_put(result, str_char(z, i), PYM_NONE) < 0)
            goto fail;
    return result;
fail:
    PYM_DECREF(result);
    return NULL;
}

/* ---- encode / format / sizeof --------------------------------------------- */

static PymObject *str_encode(PymObject *self, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors" };
    PymObject *a[2];
    if (pym_strings_bind_args("encode", args, nargs, kwnames, names, 2, 0, 0, a) < 0)
        return NULL;
    const char *utf8[2] = { NULL, NULL };
    for (int k = 0; k < 2; k++) {
        if (!a[k])
            continue;
        if (!PYM_STR_CHECK(a[k]))
            return pym_err_format(&pym_exc_TypeError, "encode() argument '%s' must be str, not %.100s",
                                  names[k], pym_strings_arg_type_name(a[k]));
        if (!(utf8[k] = pym_str_as_utf8(a[k])))
            return NULL;
    }
    return pym_str_encode(self, utf8[0], utf8[1]);
}

static PymObject *str_format(PymObject *self, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    return pym_str_format_method(self, args, nargs, kwnames);
}

static PymObject *str_format_map(PymObject *self, PymObject *mapping)
{
    return pym_str_format_map(self, mapping);
}

static PymObject *str_dunder_format(PymObject *self, PymObject *spec)
{
    if (!PYM_STR_CHECK(spec))
        return pym_err_format(&pym_exc_TypeError, "__format__() argument must be str, not %.100s",
                              pym_strings_arg_type_name(spec));
    return pym_format_str(self, spec);
}

static PymObject *str_sizeof(PymObject *self, PymObject *unused)
{
    PymASCIIStrObject *h = STR_HDR(self);
    PymSize size;
    if (h->state.compact && h->state.ascii)
        size = (PymSize)sizeof(PymASCIIStrObject) + h->length + 1;
    else if (h->state.compact)
        size = (PymSize)sizeof(PymCompactStrObject) + (h->length + 1) * h->state.kind;
    else
        size = (PymSize)sizeof(PymStrObject) + (h->length + 1) * h->state.kind;
    if (!h->state.ascii && ((PymCompactStrObject *)self)->utf8)
        size += ((PymCompactStrObject *)self)->utf8_length + 1;
    return pym_int_from_ssize(size);
}

static PymObject *str_getnewargs(PymObject *self, PymObject *unused)
{
    PymObject *copy = pym_str_exact_copy(self);
    if (!copy)
        return NULL;
    PymObject *t = pym_tuple_pack(1, copy);
    PYM_DECREF(copy);
    return t;
}

#define FAST PYM_METH_FASTCALL
#define FASTKW (PYM_METH_FASTCALL | PYM_METH_KEYWORDS)

PymMethodDef pym_str_methods[] = {
    PYM_METHOD("encode", str_encode, FASTKW),
    PYM_METHOD("replace", str_replace, FAST),
    PYM_METHOD("split", str_split, FASTKW),
    PYM_METHOD("rsplit", str_rsplit, FASTKW),
    PYM_METHOD("join", str_join, PYM_METH_O),
    PYM_METHOD("capitalize", str_capitalize, PYM_METH_NOARGS),
    PYM_METHOD("casefold", str_casefold, PYM_METH_NOARGS),
    PYM_METHOD("title", str_title, PYM_METH_NOARGS),
    PYM_METHOD("center", str_center, FAST),
    PYM_METHOD("count", str_count, FAST),
    PYM_METHOD("expandtabs", str_expandtabs, FASTKW),
    PYM_METHOD("find", str_find, FAST),
    PYM_METHOD("partition", str_partition, PYM_METH_O),
    PYM_METHOD("index", str_index, FAST),
    PYM_METHOD("ljust", str_ljust, FAST),
    PYM_METHOD("lower", str_lower, PYM_METH_NOARGS),
    PYM_METHOD("lstrip", str_lstrip, FAST),
    PYM_METHOD("rfind", str_rfind, FAST),
    PYM_METHOD("rindex", str_rindex, FAST),
    PYM_METHOD("rjust", str_rjust, FAST),
    PYM_METHOD("rstrip", str_rstrip, FAST),
    PYM_METHOD("rpartition", str_rpartition, PYM_METH_O),
    PYM_METHOD("splitlines", str_splitlines, FASTKW),
    PYM_METHOD("strip", str_strip, FAST),
    PYM_METHOD("swapcase", str_swapcase, PYM_METH_NOARGS),
    PYM_METHOD("translate", str_translate, PYM_METH_O),
    PYM_METHOD("upper", str_upper, PYM_METH_NOARGS),
    PYM_METHOD("startswith", str_startswith, FAST),
    PYM_METHOD("endswith", str_endswith, FAST),
    PYM_METHOD("removeprefix", str_removeprefix, PYM_METH_O),
    PYM_METHOD("removesuffix", str_removesuffix, PYM_METH_O),
    PYM_METHOD("isascii", str_isascii, PYM_METH_NOARGS),
    PYM_METHOD("islower", str_islower, PYM_METH_NOARGS),
    PYM_METHOD("isupper", str_isupper, PYM_METH_NOARGS),
    PYM_METHOD("istitle", str_istitle, PYM_METH_NOARGS),
    PYM_METHOD("isspace", str_isspace, PYM_METH_NOARGS),
    PYM_METHOD("isdecimal", str_isdecimal, PYM_METH_NOARGS),
    PYM_METHOD("isdigit", str_isdigit, PYM_METH_NOARGS),
    PYM_METHOD("isnumeric", str_isnumeric, PYM_METH_NOARGS),
    PYM_METHOD("isalpha", str_isalpha, PYM_METH_NOARGS),
    PYM_METHOD("isalnum", str_isalnum, PYM_METH_NOARGS),
    PYM_METHOD("isidentifier", str_isidentifier, PYM_METH_NOARGS),
    PYM_METHOD("isprintable", str_isprintable, PYM_METH_NOARGS),
    PYM_METHOD("zfill", str_zfill, PYM_METH_O),
    PYM_METHOD("format", str_format, FASTKW),
    PYM_METHOD("format_map", str_format_map, PYM_METH_O),
    PYM_METHOD("__format__", str_dunder_format, PYM_METH_O),
    PYM_METHOD("maketrans", str_maketrans, FAST | PYM_METH_STATIC),
    PYM_METHOD("__sizeof__", str_sizeof, PYM_METH_NOARGS),
    PYM_METHOD("__getnewargs__", str_getnewargs, PYM_METH_NOARGS),
    PYM_METHOD_END,
};
