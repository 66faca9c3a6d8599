/* bytes_methods.c — the methods of bytes and bytearray (the tables
 * pym_bytes_methods and pym_bytearray_methods).
 *
 * Invariants: the shared methods read self through one view (data, size)
 * and build their result with pym_bytes_make_like, so bytes methods return
 * bytes and bytearray methods return new bytearrays; character classes and
 * case mappings are ASCII-only, as CPython's; the bytearray mutators
 * resize through pym_bytearray_resize.
 */
#define _GNU_SOURCE   /* memmem */
#include "str_impl.h"
#include "errors.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include <ctype.h>

typedef struct View {
    const char *d;
    PymSize n;
} View;

static View view(PymObject *o)
{
    View v = { "", 0 };
    pym_bytes_like_view(o, &v.d, &v.n);
    return v;
}

static int is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(int c) { return is_lower(c) || is_upper(c); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int to_lower(int c) { return is_upper(c) ? c + 32 : c; }
static int to_upper(int c) { return is_lower(c) ? c - 32 : c; }

/* A byte-sized "sub" argument: an int in range(256) or a bytes-like. */
static int sub_arg(PymObject *o, char *byte, const char **d, PymSize *n)
{
    PymNumberMethods *nm = PYM_TYPE(o)->as_number;
    if (nm && nm->index) {
        PymSize v = pym_number_as_ssize(o, NULL);
        if (v == -1 && pym_err_occurred())
            return -1;
        if (v < 0 || v > 255) {
            pym_err_set_string(&pym_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (char)v;
        *d = byte;
        *n = 1;
        return 0;
    }
    if (pym_bytes_like_view(o, d, n) == 0)
        return 0;
    pym_err_format(&pym_exc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                   PYM_TYPE_NAME(o));
    return -1;
}

static PymSize find_in(View s, const char *p, PymSize m, PymSize start, PymSize end, int reverse)
{
    if (end - start < m)
        return -1;
    if (m == 0)
        return reverse ? end : start;
    if (!reverse) {
        const char *hit = memmem(s.d + start, (size_t)(end - start), p, (size_t)m);
        return hit ? hit - s.d : -1;
    } else {
        for (PymSize i = end - m; i >= start; i--)
            if (s.d[i] == p[0] && memcmp(s.d + i, p, (size_t)m) == 0)
                return i;
    }
    return -1;
}

/* ---- the find family ------------------------------------------------------ */

static int find_args(const char *name, PymObject *const *args, PymSize nargs, View s, char *byte,
                     const char **p, PymSize *m, PymSize *start, PymSize *end)
{
    if (pym_strings_check_getargs(name, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = PYM_SSIZE_MAX_STR;
    if ((nargs > 1 && pym_strings_slice_index(args[1], start) < 0) ||
        (nargs > 2 && pym_strings_slice_index(args[2], end) < 0))
        return -1;
    if (sub_arg(args[0], byte, p, m) < 0)
        return -1;
    pym_str_adjust_indices(start, end, s.n);
    return 0;
}

static PymSize find_common(PymObject *self, PymObject *const *args, PymSize nargs, const char *name,
                           int reverse)
{
    View s = view(self);
    char byte;
    const char *p;
    PymSize m, start, end;
    if (find_args(name, args, nargs, s, &byte, &p, &m, &start, &end) < 0)
        return -2;
    return find_in(s, p, m, start, end, reverse);
}

static PymObject *b_find(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "find", 0);
    return i == -2 ? NULL : pym_int_from_ssize(i);
}

static PymObject *b_rfind(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "rfind", 1);
    return i == -2 ? NULL : pym_int_from_ssize(i);
}

static PymObject *b_index(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "index", 0);
    if (i == -1)
        pym_err_set_string(&pym_exc_ValueError, "subsection not found");
    return i < 0 ? NULL : pym_int_from_ssize(i);
}

static PymObject *b_rindex(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = find_common(self, args, nargs, "rindex", 1);
    if (i == -1)
        pym_err_set_string(&pym_exc_ValueError, "subsection not found");
    return i < 0 ? NULL : pym_int_from_ssize(i);
}

static PymObject *b_count(PymObject *self, PymObject *const *args, PymSize nargs)
{
    View s = view(self);
    char byte;
    const char *p;
    PymSize m, start, end, count = 0;
    if (find_args("count", args, nargs, s, &byte, &p, &m, &start, &end) < 0)
        return NULL;
    if (end - start < m)
        return pym_int_from_ssize(0);
    if (m == 0)
        return pym_int_from_ssize(end - start + 1);
    PymSize i;
    while ((i = find_in(s, p, m, start, end, 0)) >= 0) {
        count++;
        start = i + m;
    }
    return pym_int_from_ssize(count);
}

static int tailmatch(View s, const char *p, PymSize m, PymSize start, PymSize end, int at_end)
{
    pym_str_adjust_indices(&start, &end, s.n);
    end -= m;
    if (end < start)
        return 0;
    return m == 0 || memcmp(s.d + (at_end ? end : start), p, (size_t)m) == 0;
}

static PymObject *starts_ends_with(PymObject *self, PymObject *const *args, PymSize nargs,
                                   const char *name, int at_end)
{
    if (pym_strings_check_getargs(name, nargs, 1, 3) < 0)
        return NULL;
    PymSize start = 0, end = PYM_SSIZE_MAX_STR;
    if ((nargs > 1 && pym_strings_slice_index(args[1], &start) < 0) ||
        (nargs > 2 && pym_strings_slice_index(args[2], &end) < 0))
        return NULL;
    View s = view(self);
    const char *p;
    PymSize m;
    PymObject *arg = args[0];
    if (PYM_TUPLE_CHECK(arg)) {
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(arg); i++) {
            PymObject *sub = PYM_TUPLE_BORROW_ITEM(arg, i);
            if (pym_bytes_like_view(sub, &p, &m) < 0)
                return pym_err_format(&pym_exc_TypeError,
                                      "a bytes-like object is required, not '%.100s'", PYM_TYPE_NAME(sub));
            if (tailmatch(s, p, m, start, end, at_end))
                PYM_RETURN_TRUE;
        }
        PYM_RETURN_FALSE;
    }
    if (pym_bytes_like_view(arg, &p, &m) < 0)
        return pym_err_format(&pym_exc_TypeError,
                              "%s first arg must be bytes or a tuple of bytes, not %.100s", name,
                              PYM_TYPE_NAME(arg));
    return pym_bool_from(tailmatch(s, p, m, start, end, at_end));
}

static PymObject *b_startswith(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return starts_ends_with(self, args, nargs, "startswith", 0);
}

static PymObject *b_endswith(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return starts_ends_with(self, args, nargs, "endswith", 1);
}

/* ---- predicates and case ---------------------------------------------------- */

#define ALL_BYTES(fname, pred)                                            \
    static PymObject *fname(PymObject *self, PymObject *unused)           \
    {                                                                     \
        View s = view(self);                                              \
        if (s.n == 0)                                                     \
            PYM_RETURN_FALSE;                                             \
        for (PymSize i = 0; i < s.n; i++)                                 \
            if (!pred((uint8_t)s.d[i]))                                   \
                PYM_RETURN_FALSE;                                         \
        PYM_RETURN_TRUE;                                                  \
    }
ALL_BYTES(b_isalnum, is_alnum)
ALL_BYTES(b_isalpha, is_alpha)
ALL_BYTES(b_isdigit, is_digit)
ALL_BYTES(b_isspace, is_space)

static PymObject *b_isascii(PymObject *self, PymObject *unused)
{
    View s = view(self);
    for (PymSize i = 0; i < s.n; i++)
        if ((uint8_t)s.d[i] >= 0x80)
            PYM_RETURN_FALSE;
    PYM_RETURN_TRUE;
}

static PymObject *b_islower(PymObject *self, PymObject *unused)
{
    View s = view(self);
    int cased = 0;
    for (PymSize i = 0; i < s.n; i++) {
        if (is_upper((uint8_t)s.d[i]))
            PYM_RETURN_FALSE;
        cased |= is_lower((uint8_t)s.d[i]);
    }
    return pym_bool_from(cased);
}

static PymObject *b_isupper(PymObject *self, PymObject *unused)
{
    View s = view(self);
    int cased = 0;
    for (PymSize i = 0; i < s.n; i++) {
        if (is_lower((uint8_t)s.d[i]))
            PYM_RETURN_FALSE;
        cased |= is_upper((uint8_t)s.d[i]);
    }
    return pym_bool_from(cased);
}

static PymObject *b_istitle(PymObject *self, PymObject *unused)
{
    View s = view(self);
    int cased = 0, previous_is_cased = 0;
    for (PymSize i = 0; i < s.n; i++) {
        int c = (uint8_t)s.d[i];
        if (is_upper(c)) {
            if (previous_is_cased)
                PYM_RETURN_FALSE;
            previous_is_cased = cased = 1;
        } else if (is_lower(c)) {
            if (!previous_is_cased)
                PYM_RETURN_FALSE;
            previous_is_cased = cased = 1;
        } else {
            previous_is_cased = 0;
        }
    }
    return pym_bool_from(cased);
}

enum { B_LOWER, B_UPPER, B_SWAPCASE, B_TITLE, B_CAPITALIZE };

static PymObject *b_convert(PymObject *self, int op)
{
    View s = view(self);
    char *buf = pym_mem_malloc((size_t)s.n + 1);
    if (!buf)
        return pym_err_no_memory();
    int previous_is_cased = 0;
    for (PymSize i = 0; i < s.n; i++) {
        int c = (uint8_t)s.d[i], r;
        switch (op) {
        case B_LOWER: r = to_lower(c); break;
        case B_UPPER: r = to_upper(c); break;
        case B_SWAPCASE: r = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case B_TITLE:
            r = previous_is_cased ? to_lower(c) : to_upper(c);
            previous_is_cased = is_alpha(c);
            break;
        default: r = i == 0 ? to_upper(c) : to_lower(c); break;
        }
        buf[i] = (char)r;
    }
    PymObject *result = pym_bytes_make_like(self, buf, s.n);
    pym_mem_free(buf);
    return result;
}

static PymObject *b_lower(PymObject *self, PymObject *unused) { return b_convert(self, B_LOWER); }
static PymObject *b_upper(PymObject *self, PymObject *unused) { return b_convert(self, B_UPPER); }
static PymObject *b_swapcase(PymObject *self, PymObject *unused) { return b_convert(self, B_SWAPCASE); }
static PymObject *b_title(PymObject *self, PymObject *unused) { return b_convert(self, B_TITLE); }
static PymObject *b_capitalize(PymObject *self, PymObject *unused) { return b_convert(self, B_CAPITALIZE); }

/* ---- building results piece by piece ---------------------------------------- */

typedef struct Buf {
    char *d;
    PymSize n, cap;
} Buf;

static int buf_put(Buf *b, const char *p, PymSize n)
{
    if (b->n + n > b->cap) {
        PymSize cap = b->cap ? b->cap : 32;
        while (cap < b->n + n)
            cap *= 2;
        char *d = pym_mem_realloc(b->d, (size_t)cap);
        if (!d) {
            pym_err_no_memory();
            return -1;
        }
        b->d = d;
        b->cap = cap;
    }
    if (n)
        memcpy(b->d + b->n, p, (size_t)n);
    b->n += n;
    return 0;
}

static int buf_fill(Buf *b, char c, PymSize count)
{
    for (PymSize i = 0; i < count; i++)
        if (buf_put(b, &c, 1) < 0)
            return -1;
    return 0;
}

static PymObject *buf_finish(Buf *b, PymObject *like)
{
    PymObject *r = pym_bytes_make_like(like, b->d ? b->d : "", b->n);
    pym_mem_free(b->d);
    return r;
}

static PymObject *self_copy(PymObject *self)
{
    if (PYM_TYPE(self) == &pym_bytes_type)
        return PYM_NEWREF(self);
    View s = view(self);
    return pym_bytes_make_like(self, s.d, s.n);
}

/* ---- padding ------------------------------------------------------------- */

static int pad_args(const char *name, PymObject *const *args, PymSize nargs, PymSize *width, char *fill)
{
    if (pym_strings_check_positional(name, nargs, 1, 2) < 0 || pym_strings_ssize_arg(args[0], 0, width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        const char *d;
        PymSize n;
        if (pym_bytes_like_view(args[1], &d, &n) < 0 || n != 1) {
            pym_err_format(&pym_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %.100s",
                           name, PYM_TYPE_NAME(args[1]));
            return -1;
        }
        *fill = d[0];
    }
    return 0;
}

static PymObject *pad(PymObject *self, PymSize left, PymSize right, char fill)
{
    View s = view(self);
    if (left <= 0 && right <= 0)
        return self_copy(self);
    Buf b = { NULL, 0, 0 };
    if (buf_fill(&b, fill, left) < 0 || buf_put(&b, s.d, s.n) < 0 || buf_fill(&b, fill, right) < 0) {
        pym_mem_free(b.d);
        return NULL;
    }
    return buf_finish(&b, self);
}

static PymObject *b_center(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize width, n = view(self).n;
    char fill;
    if (pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    if (width <= n)
        return self_copy(self);
    PymSize marg = width - n, left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static PymObject *b_ljust(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize width;
    char fill;
    if (pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - view(self).n, fill);
}

static PymObject *b_rjust(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize width;
    char fill;
    if (pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - view(self).n, 0, fill);
}

static PymObject *b_zfill(PymObject *self, PymObject *arg)
{
    PymSize width;
    if (pym_strings_ssize_arg(arg, 0, &width) < 0)
        return NULL;
    View s = view(self);
    if (width <= s.n)
        return self_copy(self);
    Buf b = { NULL, 0, 0 };
    PymSize rest = 0;
    if (s.n && (s.d[0] == '+' || s.d[0] == '-')) {
        buf_put(&b, s.d, 1);
        rest = 1;
    }
    if (buf_fill(&b, '0', width - s.n) < 0 || buf_put(&b, s.d + rest, s.n - rest) < 0) {
        pym_mem_free(b.d);
        return NULL;
    }
    return buf_finish(&b, self);
}

static PymObject *b_expandtabs(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "tabsize" };
    PymObject *a[1];
    PymSize tabsize = 8, column = 0;
    if (pym_strings_bind_args("expandtabs", args, nargs, kwnames, names, 1, 0, 0, a) < 0 ||
        pym_strings_ssize_arg(a[0], 0, &tabsize) < 0)
        return NULL;
    View s = view(self);
    Buf b = { NULL, 0, 0 };
    for (PymSize i = 0; i < s.n; i++) {
        char c = s.d[i];
        int rc;
        if (c == '\t') {
            PymSize spaces = tabsize > 0 ? tabsize - column % tabsize : 0;
            column += spaces;
            rc = buf_fill(&b, ' ', spaces);
        } else {
            column = c == '\n' || c == '\r' ? 0 : column + 1;
            rc = buf_put(&b, &c, 1);
        }
        if (rc < 0) {
            pym_mem_free(b.d);
            return NULL;
        }
    }
    return buf_finish(&b, self);
}

/* ---- strip, affixes, partition -------------------------------------------------- */

static PymObject *do_strip(PymObject *self, PymObject *const *args, PymSize nargs, const char *name,
                           int left, int right)
{
    if (pym_strings_check_positional(name, nargs, 0, 1) < 0)
        return NULL;
    const char *chars = NULL;
    PymSize nchars = 0;
    if (nargs && args[0] != PYM_NONE && pym_bytes_buffer_arg(args[0], &chars, &nchars) < 0)
        return NULL;
    View s = view(self);
    PymSize start = 0, end = s.n;
#define STRIPPED(c) (chars ? memchr(chars, (uint8_t)(c), (size_t)nchars) != NULL : is_space((uint8_t)(c)))
    if (left)
        while (start < end && STRIPPED(s.d[start]))
            start++;
    if (right)
        while (end > start && STRIPPED(s.d[end - 1]))
            end--;
#undef STRIPPED
    if (start == 0 && end == s.n)
        return self_copy(self);
    return pym_bytes_make_like(self, s.d + start, end - start);
}

static PymObject *b_strip(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return do_strip(self, args, nargs, "strip", 1, 1);
}

static PymObject *b_lstrip(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return do_strip(self, args, nargs, "lstrip", 1, 0);
}

static PymObject *b_rstrip(PymObject *self, PymObject *const *args, PymSize nargs)
{
    return do_strip(self, args, nargs, "rstrip", 0, 1);
}

static PymObject *affix_remove(PymObject *self, PymObject *arg, int suffix)
{
    const char *p;
    PymSize m;
    if (pym_bytes_buffer_arg(arg, &p, &m) < 0)
        return NULL;
    View s = view(self);
    if (m && tailmatch(s, p, m, 0, PYM_SSIZE_MAX_STR, suffix))
        return pym_bytes_make_like(self, suffix ? s.d : s.d + m, s.n - m);
    return self_copy(self);
}

static PymObject *b_removeprefix(PymObject *self, PymObject *arg) { return affix_remove(self, arg, 0); }
static PymObject *b_removesuffix(PymObject *self, PymObject *arg) { return affix_remove(self, arg, 1); }

static PymObject *partition(PymObject *self, PymObject *arg, int reverse)
{
    const char *p;
    PymSize m;
    if (pym_bytes_buffer_arg(arg, &p, &m) < 0)
        return NULL;
    if (m == 0) {
        pym_err_set_string(&pym_exc_ValueError, "empty separator");
        return NULL;
    }
    View s = view(self);
    PymSize i = find_in(s, p, m, 0, s.n, reverse);
    PymObject *parts[3];
    if (i < 0) {
        parts[0] = reverse ? pym_bytes_make_like(self, "", 0) : self_copy(self);
        parts[1] = pym_bytes_make_like(self, "", 0);
        parts[2] = reverse ? self_copy(self) : pym_bytes_make_like(self, "", 0);
    } else {
        parts[0] = pym_bytes_make_like(self, s.d, i);
        /* bytes hand back the separator object itself */
        parts[1] = PYM_BYTEARRAY_CHECK(self) ? pym_bytes_make_like(self, p, m) : PYM_NEWREF(arg);
        parts[2] = pym_bytes_make_like(self, s.d + i + m, s.n - i - m);
    }
    PymObject *t = parts[0] && parts[1] && parts[2] ? pym_tuple_pack(3, parts[0], parts[1], parts[2]) : NULL;
    for (int k = 0; k < 3; k++)
        PYM_XDECREF(parts[k]);
    return t;
}

static PymObject *b_partition(PymObject *self, PymObject *arg) { return partition(self, arg, 0); }
static PymObject *b_rpartition(PymObject *self, PymObject *arg) { return partition(self, arg, 1); }

/* ---- split / join / replace ------------------------------------------------------ */

static int append_piece(PymObject *list, PymObject *self, const char *d, PymSize n)
{
    PymObject *piece = pym_bytes_make_like(self, d, n);
    if (!piece)
        return -1;
    int rc = pym_list_append(list, piece);
    PYM_DECREF(piece);
    return rc;
}

static PymObject *split_common(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames, int reverse)
{
    static const char *const names[] = { "sep", "maxsplit" };
    PymObject *a[2];
    PymSize maxsplit = -1;
    if (pym_strings_bind_args(reverse ? "rsplit" : "split", args, nargs, kwnames, names, 2, 0, 0, a) < 0 ||
        pym_strings_ssize_arg(a[1], 0, &maxsplit) < 0)
        return NULL;
    const char *p = NULL;
    PymSize m = 0;
    if (a[0] && a[0] != PYM_NONE) {
        if (pym_bytes_buffer_arg(a[0], &p, &m) < 0)
            return NULL;
        if (m == 0) {
            pym_err_set_string(&pym_exc_ValueError, "empty separator");
            return NULL;
        }
    }
    if (maxsplit < 0)
        maxsplit = PYM_SSIZE_MAX_STR;
    View s = view(self);
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    if (!p) {
        if (!reverse) {
            PymSize i = 0;
            while (maxsplit-- > 0) {
                while (i < s.n && is_space((uint8_t)s.d[i]))
                    i++;
                if (i == s.n)
                    break;
                PymSize j = i;
                while (j < s.n && !is_space((uint8_t)s.d[j]))
                    j++;
                if (append_piece(list, self, s.d + i, j - i) < 0)
                    goto fail;
                i = j;
            }
            while (i < s.n && is_space((uint8_t)s.d[i]))
                i++;
            if (i < s.n && append_piece(list, self, s.d + i, s.n - i) < 0)
                goto fail;
        } else {
            PymSize i = s.n;
            while (maxsplit-- > 0) {
                while (i > 0 && is_space((uint8_t)s.d[i - 1]))
                    i--;
                if (i == 0)
                    break;
                PymSize j = i;
                while (j > 0 && !is_space((uint8_t)s.d[j - 1]))
                    j--;
                if (append_piece(list, self, s.d + j, i - j) < 0)
                    goto fail;
                i = j;
            }
            while (i > 0 && is_space((uint8_t)s.d[i - 1]))
                i--;
            if (i > 0 && append_piece(list, self, s.d, i) < 0)
                goto fail;
            if (pym_list_reverse(list) < 0)
                goto fail;
        }
        return list;
    }
    if (!reverse) {
        PymSize i = 0, j;
        while (maxsplit-- > 0 && (j = find_in(s, p, m, i, s.n, 0)) >= 0) {
            if (append_piece(list, self, s.d + i, j - i) < 0)
                goto fail;
            i = j + m;
        }
        if (append_piece(list, self, s.d + i, s.n - i) < 0)
            goto fail;
    } else {
        PymSize i = s.n, j;
        while (maxsplit-- > 0 && (j = find_in(s, p, m, 0, i, 1)) >= 0) {
            if (append_piece(list, self, s.d + j + m, i - j - m) < 0)
                goto fail;
            i = j;
        }
        if (append_piece(list, self, s.d, i) < 0 || pym_list_reverse(list) < 0)
            goto fail;
    }
    return list;
fail:
    PYM_DECREF(list);
    return NULL;
}

static PymObject *b_split(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return split_common(self, args, nargs, kwnames, 0);
}

static PymObject *b_rsplit(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return split_common(self, args, nargs, kwnames, 1);
}

static PymObject *b_splitlines(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "keepends" };
    PymObject *a[1];
    PymSize keepends = 0;
    if (pym_strings_bind_args("splitlines", args, nargs, kwnames, names, 1, 0, 0, a) < 0 ||
        pym_strings_ssize_arg(a[0], 0, &keepends) < 0)
        return NULL;
    View s = view(self);
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    PymSize i = 0;
    while (i < s.n) {
        PymSize j = i;
        while (j < s.n && s.d[j] != '\n' && s.d[j] != '\r')
            j++;
        PymSize eol = j;
        if (j < s.n) {
            j += s.d[j] == '\r' && j + 1 < s.n && s.d[j + 1] == '\n' ? 2 : 1;
            if (keepends)
                eol = j;
        }
        if (append_piece(list, self, s.d + i, eol - i) < 0) {
            PYM_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static PymObject *b_join(PymObject *self, PymObject *iterable)
{
    PymObject *seq = pym_sequence_list(iterable);
    if (!seq)
        return NULL;
    View sep = view(self);
    Buf b = { NULL, 0, 0 };
    for (PymSize i = 0; i < PYM_LIST_SIZE(seq); i++) {
        PymObject *item = PYM_LIST_BORROW_ITEM(seq, i);
        const char *d;
        PymSize n;
        if (pym_bytes_like_view(item, &d, &n) < 0) {
            pym_err_format(&pym_exc_TypeError, "sequence item %zd: expected a bytes-like object, %.80s found",
                           i, PYM_TYPE_NAME(item));
            goto fail;
        }
        if ((i && buf_put(&b, sep.d, sep.n) < 0) || buf_put(&b, d, n) < 0)
            goto fail;
    }
    PYM_DECREF(seq);
    return buf_finish(&b, self);
fail:
    PYM_DECREF(seq);
    pym_mem_free(b.d);
    return NULL;
}

static PymObject *b_replace(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (pym_strings_check_positional("replace", nargs, 2, 3) < 0)
        return NULL;
    const char *old, *new_;
    PymSize nold, nnew, count = -1;
    if (pym_bytes_buffer_arg(args[0], &old, &nold) < 0 || pym_bytes_buffer_arg(args[1], &new_, &nnew) < 0 ||
        (nargs > 2 && pym_strings_ssize_arg(args[2], 0, &count) < 0))
        return NULL;
    if (count < 0)
        count = PYM_SSIZE_MAX_STR;
    View s = view(self);
    Buf b = { NULL, 0, 0 };
    PymSize i = 0, done = 0;
    if (nold == 0) {
        for (; done < count && i <= s.n; i++, done++)
            if (buf_put(&b, new_, nnew) < 0 || (i < s.n && buf_put(&b, s.d + i, 1) < 0))
                goto fail;
        if (i < s.n && buf_put(&b, s.d + i, s.n - i) < 0)
            goto fail;
        return buf_finish(&b, self);
    }
    PymSize j;
    while (done < count && (j = find_in(s, old, nold, i, s.n, 0)) >= 0) {
        if (buf_put(&b, s.d + i, j - i) < 0 || buf_put(&b, new_, nnew) < 0)
            goto fail;
        i = j + nold;
        done++;
    }
    if (buf_put(&b, s.d + i, s.n - i) < 0)
        goto fail;
    return buf_finish(&b, self);
fail:
    pym_mem_free(b.d);
    return NULL;
}

static PymObject *b_translate(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "table", "delete" };
    PymObject *a[2];
    if (pym_strings_bind_args("translate", args, nargs, kwnames, names, 2, 1, 1, a) < 0)
        return NULL;
    const char *table = NULL, *del = "";
    PymSize ntable = 0, ndel = 0;
    if (a[0] != PYM_NONE) {
        if (pym_bytes_buffer_arg(a[0], &table, &ntable) < 0)
            return NULL;
        if (ntable != 256) {
            pym_err_set_string(&pym_exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] && pym_bytes_buffer_arg(a[1], &del, &ndel) < 0)
        return NULL;
    View s = view(self);
    Buf b = { NULL, 0, 0 };
    for (PymSize i = 0; i < s.n; i++) {
        uint8_t c = (uint8_t)s.d[i];
        if (ndel && memchr(del, c, (size_t)ndel))
            continue;
        char out = table ? table[c] : (char)c;
        if (buf_put(&b, &out, 1) < 0) {
            pym_mem_free(b.d);
            return NULL;
        }
    }
    return buf_finish(&b, self);
}

static PymObject *b_maketrans(PymObject *unused, PymObject *const *args, PymSize nargs)
{
    if (pym_strings_check_positional("maketrans", nargs, 2, 2) < 0)
        return NULL;
    const char *from, *to;
    PymSize nfrom, nto;
    if (pym_bytes_buffer_arg(args[0], &from, &nfrom) < 0 || pym_bytes_buffer_arg(args[1], &to, &nto) < 0)
        return NULL;
    if (nfrom != nto) {
        pym_err_set_string(&pym_exc_ValueError, "maketrans arguments must have same length");
        return NULL;
    }
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (PymSize i = 0; i < nfrom; i++)
        table[(uint8_t)from[i]] = to[i];
    return pym_bytes_from_data(table, 256);
}

/* ---- decode, hex, fromhex, sizeof ------------------------------------------------ */

static PymObject *b_decode(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors" };
    PymObject *a[2];
    if (pym_strings_bind_args("decode", args, nargs, kwnames, names, 2, 0, 0, a) < 0)
        return NULL;
    const char *u[2] = { NULL, NULL };
    for (int k = 0; k < 2; k++) {
        if (!a[k])
            continue;
        if (!PYM_STR_CHECK(a[k]))
            return pym_err_format(&pym_exc_TypeError, "decode() argument '%s' must be str, not %.100s",
                                  names[k], pym_strings_arg_type_name(a[k]));
        if (!(u[k] = pym_str_as_utf8(a[k])))
            return NULL;
    }
    View s = view(self);
    return pym_str_decode(s.d, s.n, u[0], u[1]);
}

static PymObject *b_hex(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "sep", "bytes_per_sep" };
    static const char digits[] = "0123456789abcdef";
    PymObject *a[2];
    PymSize per = 1;
    if (pym_strings_bind_args("hex", args, nargs, kwnames, names, 2, 0, 0, a) < 0 ||
        pym_strings_ssize_arg(a[1], 0, &per) < 0)
        return NULL;
    char sep = 0;
    if (a[0]) {
        const char *d;
        PymSize n;
        if (PYM_STR_CHECK(a[0])) {
            n = str_len(a[0]);
            if (n == 1 && str_char(a[0], 0) >= 128) {
                pym_err_set_string(&pym_exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
            d = n == 1 ? pym_str_as_utf8(a[0]) : "";
        } else if (pym_bytes_like_view(a[0], &d, &n) < 0) {
            return pym_err_format(&pym_exc_TypeError, "object of type '%.100s' has no len()",
                                  PYM_TYPE_NAME(a[0]));
        }
        if (n != 1) {
            pym_err_set_string(&pym_exc_ValueError, "sep must be length 1.");
            return NULL;
        }
        sep = d[0];
    }
    View s = view(self);
    Buf b = { NULL, 0, 0 };
    PymSize group = per < 0 ? -per : per;
    for (PymSize i = 0; i < s.n; i++) {
        /* groups count from the right for positive bytes_per_sep */
        if (sep && i > 0 && group > 0 && (per > 0 ? (s.n - i) % group == 0 : i % group == 0))
            if (buf_put(&b, &sep, 1) < 0)
                goto fail;
        uint8_t c = (uint8_t)s.d[i];
        char pair[2] = { digits[c >> 4], digits[c & 15] };
        if (buf_put(&b, pair, 2) < 0)
            goto fail;
    }
    PymObject *r = pym_str_from_ascii(b.d ? b.d : "", b.n);
    pym_mem_free(b.d);
    return r;
fail:
    pym_mem_free(b.d);
    return NULL;
}

static int hex_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

static PymObject *b_fromhex(PymObject *cls, PymObject *arg)
{
    if (!PYM_STR_CHECK(arg))
        return pym_err_format(&pym_exc_TypeError, "fromhex() argument must be str, not %.100s",
                              pym_strings_arg_type_name(arg));
    PymSize n = str_len(arg), i = 0;
    Buf b = { NULL, 0, 0 };
    while (i < n) {
        uint32_t c = str_char(arg, i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = hex_value(c);
        int lo = i + 1 < n ? hex_value(str_char(arg, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            pym_mem_free(b.d);
            return pym_err_format(&pym_exc_ValueError,
                                  "non-hexadecimal number found in fromhex() arg at position %zd",
                                  hi < 0 ? i : i + 1);
        }
        char byte = (char)(hi * 16 + lo);
        if (buf_put(&b, &byte, 1) < 0) {
            pym_mem_free(b.d);
            return NULL;
        }
        i += 2;
    }
    PymType *type = (PymType *)cls;
    PymObject *r = pym_type_is_subtype(type, &pym_bytearray_type) ? pym_bytearray_from_data(b.d ? b.d : "", b.n)
                                                                 : pym_bytes_from_data(b.d ? b.d : "", b.n);
    pym_mem_free(b.d);
    if (r && type != &pym_bytes_type && type != &pym_bytearray_type) {
        PymObject *sub = pym_object_call1(cls, r);
        PYM_DECREF(r);
        r = sub;
    }
    return r;
}

static PymObject *bytes_sizeof(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize((PymSize)offsetof(PymBytesObject, data) + 1 + PYM_SIZE(self));
}

static PymObject *bytes_getnewargs(PymObject *self, PymObject *unused)
{
    PymObject *copy = pym_bytes_from_data(BYTES_DATA(self), PYM_SIZE(self));
    if (!copy)
        return NULL;
    PymObject *t = pym_tuple_pack(1, copy);
    PYM_DECREF(copy);
    return t;
}

static PymObject *bytes_bytes(PymObject *self, PymObject *unused)
{
    return self_copy(self);
}

/* ---- bytearray mutators ------------------------------------------------------------ */

static int byte_arg(PymObject *o, char *out)
{
    PymSize v = pym_number_as_ssize(o, NULL);
    if (v == -1 && pym_err_occurred())
        return -1;
    if (v < 0 || v > 255) {
        pym_err_set_string(&pym_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (char)v;
    return 0;
}

static int insert_byte(PymObject *self, PymSize where, char c)
{
    PymSize n = PYM_SIZE(self);
    if (pym_bytearray_resize(self, n + 1) < 0)
        return -1;
    char *d = BYTEARRAY_DATA(self);
    memmove(d + where + 1, d + where, (size_t)(n - where));
    d[where] = c;
    return 0;
}

static PymObject *ba_append(PymObject *self, PymObject *arg)
{
    char c;
    if (byte_arg(arg, &c) < 0 || insert_byte(self, PYM_SIZE(self), c) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_insert(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize where;
    char c;
    if (pym_strings_check_positional("insert", nargs, 2, 2) < 0 ||
        pym_strings_ssize_arg(args[0], 0, &where) < 0 || byte_arg(args[1], &c) < 0)
        return NULL;
    PymSize n = PYM_SIZE(self);
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (insert_byte(self, where, c) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_extend(PymObject *self, PymObject *arg)
{
    const char *d;
    PymSize n;
    PymObject *src = NULL;
    if (pym_bytes_like_view(arg, &d, &n) < 0) {
        PymObject *it = pym_object_get_iter(arg);
        if (!it) {
            if (pym_err_exception_matches(&pym_exc_TypeError))
                pym_err_format(&pym_exc_TypeError, "can't extend bytearray with %.100s", PYM_TYPE_NAME(arg));
            return NULL;
        }
        src = pym_bytearray_from_data("", 0);
        PymObject *item;
        while (src && (item = pym_iter_next(it))) {
            char c;
            int rc = byte_arg(item, &c);
            PYM_DECREF(item);
            if (rc < 0 || insert_byte(src, PYM_SIZE(src), c) < 0)
                PYM_CLEAR(src);
        }
        PYM_DECREF(it);
        if (src && pym_err_occurred())
            PYM_CLEAR(src);
        if (!src)
            return NULL;
        pym_bytes_like_view(src, &d, &n);
    } else {
        src = PYM_NEWREF(arg);   /* keeps d alive even when arg is self */
    }
    PymSize old = PYM_SIZE(self);
    int rc = 0;
    if (n) {
        char *copy = pym_mem_malloc((size_t)n);
        rc = copy ? 0 : -1;
        if (copy) {
            memcpy(copy, d, (size_t)n);
            rc = pym_bytearray_resize(self, old + n);
            if (rc == 0)
                memcpy(BYTEARRAY_DATA(self) + old, copy, (size_t)n);
            pym_mem_free(copy);
        } else {
            pym_err_no_memory();
        }
    }
    PYM_DECREF(src);
    if (rc < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_pop(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymSize i = -1, n = PYM_SIZE(self);
    if (pym_strings_check_positional("pop", nargs, 0, 1) < 0 ||
        (nargs && pym_strings_ssize_arg(args[0], 0, &i) < 0))
        return NULL;
    if (n == 0) {
        pym_err_set_string(&pym_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        pym_err_set_string(&pym_exc_IndexError, "pop index out of range");
        return NULL;
    }
    char *d = BYTEARRAY_DATA(self);
    uint8_t c = (uint8_t)d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (pym_bytearray_resize(self, n - 1) < 0)
        return NULL;
    return pym_int_from_i64(c);
}

static PymObject *ba_remove(PymObject *self, PymObject *arg)
{
    char c;
    if (byte_arg(arg, &c) < 0)
        return NULL;
    PymSize n = PYM_SIZE(self);
    char *d = BYTEARRAY_DATA(self);
    char *hit = n ? memchr(d, (uint8_t)c, (size_t)n) : NULL;
    if (!hit) {
        pym_err_set_string(&pym_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    PymSize i = hit - d;
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (pym_bytearray_resize(self, n - 1) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_clear(PymObject *self, PymObject *unused)
{
    if (pym_bytearray_resize(self, 0) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_reverse(PymObject *self, PymObject *unused)
{
    char *d = BYTEARRAY_DATA(self);
    for (PymSize i = 0, j = PYM_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    PYM_RETURN_NONE;
}

static PymObject *ba_copy(PymObject *self, PymObject *unused)
{
    View s = view(self);
    return pym_bytearray_from_data(s.d, s.n);
}

static PymObject *ba_alloc(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize(((PymByteArrayObject *)self)->alloc);
}

static PymObject *ba_sizeof(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize((PymSize)sizeof(PymByteArrayObject) + ((PymByteArrayObject *)self)->alloc);
}

/* ---- the tables -------------------------------------------------------------------- */

#define FAST PYM_METH_FASTCALL
#define FASTKW (PYM_METH_FASTCALL | PYM_METH_KEYWORDS)
#define SHARED_METHODS                                                          \
    PYM_METHOD("capitalize", b_capitalize, PYM_METH_NOARGS),                    \
    PYM_METHOD("center", b_center, FAST),                                       \
    PYM_METHOD("count", b_count, FAST),                                         \
    PYM_METHOD("decode", b_decode, FASTKW),                                     \
    PYM_METHOD("endswith", b_endswith, FAST),                                   \
    PYM_METHOD("expandtabs", b_expandtabs, FASTKW),                             \
    PYM_METHOD("find", b_find, FAST),                                           \
    PYM_METHOD("fromhex", b_fromhex, PYM_METH_O | PYM_METH_CLASS),              \
    PYM_METHOD("hex", b_hex, FASTKW),                                           \
    PYM_METHOD("index", b_index, FAST),                                         \
    PYM_METHOD("isalnum", b_isalnum, PYM_METH_NOARGS),                          \
    PYM_METHOD("isalpha", b_isalpha, PYM_METH_NOARGS),                          \
    PYM_METHOD("isascii", b_isascii, PYM_METH_NOARGS),                          \
    PYM_METHOD("isdigit", b_isdigit, PYM_METH_NOARGS),                          \
    PYM_METHOD("islower", b_islower, PYM_METH_NOARGS),                          \
    PYM_METHOD("isspace", b_isspace, PYM_METH_NOARGS),                          \
    PYM_METHOD("istitle", b_istitle, PYM_METH_NOARGS),                          \
    PYM_METHOD("isupper", b_isupper, PYM_METH_NOARGS),                          \
    PYM_METHOD("join", b_join, PYM_METH_O),                                     \
    PYM_METHOD("ljust", b_ljust, FAST),                                         \
    PYM_METHOD("lower", b_lower, PYM_METH_NOARGS),                              \
    PYM_METHOD("lstrip", b_lstrip, FAST),                                       \
    PYM_METHOD("maketrans", b_maketrans, FAST | PYM_METH_STATIC),               \
    PYM_METHOD("partition", b_partition, PYM_METH_O),                           \
    PYM_METHOD("removeprefix", b_removeprefix, PYM_METH_O),                     \
    PYM_METHOD("removesuffix", b_removesuffix, PYM_METH_O),                     \
    PYM_METHOD("replace", b_replace, FAST),                                     \
    PYM_METHOD("rfind", b_rfind, FAST),                                         \
    PYM_METHOD("rindex", b_rindex, FAST),                                       \
    PYM_METHOD("rjust", b_rjust, FAST),                                         \
    PYM_METHOD("rpartition", b_rpartition, PYM_METH_O),                         \
    PYM_METHOD("rsplit", b_rsplit, FASTKW),                                     \
    PYM_METHOD("rstrip", b_rstrip, FAST),                                       \
    PYM_METHOD("split", b_split, FASTKW),                                       \
    PYM_METHOD("splitlines", b_splitlines, FASTKW),                             \
    PYM_METHOD("startswith", b_startswith, FAST),                               \
    PYM_METHOD("strip", b_strip, FAST),                                         \
    PYM_METHOD("swapcase", b_swapcase, PYM_METH_NOARGS),                        \
    PYM_METHOD("title", b_title, PYM_METH_NOARGS),                              \
    PYM_METHOD("translate", b_translate, FASTKW),                               \
    PYM_METHOD("upper", b_upper, PYM_METH_NOARGS),                              \
    PYM_METHOD("zfill", b_zfill, PYM_METH_O)

PymMethodDef pym_bytes_methods[] = {
    SHARED_METHODS,
    PYM_METHOD("__bytes__", bytes_bytes, PYM_METH_NOARGS),
    PYM_METHOD("__getnewargs__", bytes_getnewargs, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", bytes_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymMethodDef pym_bytearray_methods[] = {
    SHARED_METHODS,
    PYM_METHOD("append", ba_append, PYM_METH_O),
    PYM_METHOD("clear", ba_clear, PYM_METH_NOARGS),
    PYM_METHOD("copy", ba_copy, PYM_METH_NOARGS),
    PYM_METHOD("extend", ba_extend, PYM_METH_O),
    PYM_METHOD("insert", ba_insert, FAST),
    PYM_METHOD("pop", ba_pop, FAST),
    PYM_METHOD("remove", ba_remove, PYM_METH_O),
    PYM_METHOD("reverse", ba_reverse, PYM_METH_NOARGS),
    PYM_METHOD("__alloc__", ba_alloc, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", ba_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};
