/* str.c — the str type's core: creation, PEP 393 storage, singletons,
 * interning, hashing, comparison, concatenation, slicing, repr, the
 * builders (PymUBuf, PymStrWriter), pym_str_from_format, the str iterator
 * types and the type object itself.  The methods are in str_methods.c,
 * the codecs in str_codecs.c, the character database in unicodectype.c.
 *
 * Invariants (see str_impl.h for the layout):
 *  - every str is stored in the narrowest kind that holds its largest code
 *    point, NUL-terminated, so equal strings have equal bytes;
 *  - "" and the 256 one-character Latin-1 strings are statically allocated
 *    singletons that are never freed; every way of making a string returns
 *    them instead of a fresh object (pym_str_result);
 *  - the intern table holds borrowed references: a mortal interned string
 *    leaves the table when it dies; the table itself goes in pym_str_fini;
 *  - hash is SipHash-1-3 of the stored bytes with a fixed key, cached.
 */
#define _GNU_SOURCE   /* memmem */
#include "str_impl.h"
#include "errors.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "range.h"
#include "gc.h"
#include "bytes.h"
#include "format.h"
#include <stdio.h>
#include <inttypes.h>

/* ---- the static singletons --------------------------------------------- */

typedef struct StaticASCIIChar {
    PymASCIIStrObject hdr;
    char data[2];
} StaticASCIIChar;

typedef struct StaticLatin1Char {
    PymCompactStrObject hdr;
    uint8_t data[2];
} StaticLatin1Char;

#define STATIC_STATE_ASCII { .interned = 0, .kind = 1, .compact = 1, .ascii = 1, .statically_allocated = 1 }
#define STATIC_STATE_LATIN1 { .interned = 0, .kind = 1, .compact = 1, .ascii = 0, .statically_allocated = 1 }
#define ASCII_CHAR(c) \
    { { PYM_STATIC_HEAD(&pym_str_type), 1, -1, STATIC_STATE_ASCII, NULL }, { (char)(c), 0 } }
#define LATIN1_CHAR(c) \
    { { { PYM_STATIC_HEAD(&pym_str_type), 1, -1, STATIC_STATE_LATIN1, NULL }, 0, NULL, 0 }, \
      { (uint8_t)(c), 0 } }
#define X4(M, b) M(b), M((b) + 1), M((b) + 2), M((b) + 3)
#define X16(M, b) X4(M, b), X4(M, (b) + 4), X4(M, (b) + 8), X4(M, (b) + 12)
#define X64(M, b) X16(M, b), X16(M, (b) + 16), X16(M, (b) + 32), X16(M, (b) + 48)

static StaticASCIIChar empty_str = {
    { PYM_STATIC_HEAD(&pym_str_type), 0, -1, STATIC_STATE_ASCII, NULL }, { 0, 0 } };
static StaticASCIIChar ascii_chars[128] = { X64(ASCII_CHAR, 0), X64(ASCII_CHAR, 64) };
static StaticLatin1Char latin1_chars[128] = { X64(LATIN1_CHAR, 128), X64(LATIN1_CHAR, 192) };

static PymObject *latin1_char_borrow(uint32_t ch)
{
    return ch < 128 ? (PymObject *)&ascii_chars[ch] : (PymObject *)&latin1_chars[ch - 128];
}

PymObject *pym_str_empty(void) { return PYM_NEWREF(&empty_str); }

/* ---- allocation ---------------------------------------------------------- */

static uint32_t maxchar_class(PymObject *s)
{
    if (str_is_ascii(s))
        return 0x7F;
    switch (str_kind(s)) {
    case 1: return 0xFF;
    case 2: return 0xFFFF;
    default: return 0x10FFFF;
    }
}

PymObject *pym_str_new_uninit(PymSize length, uint32_t maxchar)
{
    int ascii = maxchar < 128;
    int kind = kind_for_maxchar(maxchar);
    if (length < 0 || length > (PYM_SSIZE_MAX_STR - 128) / kind) {
        pym_err_no_memory();
        return NULL;
    }
    size_t header = ascii ? sizeof(PymASCIIStrObject) : sizeof(PymCompactStrObject);
    PymObject *o = pym_object_malloc(header + (size_t)(length + 1) * (size_t)kind);
    if (!o)
        return pym_err_no_memory();
    o->refcnt = 1;
    o->type = &pym_str_type;
    PYM_REF_TOTAL_INC();
    PymASCIIStrObject *h = STR_HDR(o);
    h->length = length;
    h->hash = -1;
    h->state = (PymStrState){ .interned = 0, .kind = (unsigned)kind, .compact = 1,
                              .ascii = (unsigned)ascii, .statically_allocated = 0 };
    h->unused_wstr = NULL;
    if (!ascii) {
        PymCompactStrObject *c = (PymCompactStrObject *)o;
        c->utf8_length = 0;
        c->utf8 = NULL;
        c->unused_wstr_length = 0;
    }
    str_write(kind, str_data(o), length, 0);
    return o;
}

PymObject *pym_str_result(PymObject *s)
{
    if (!s)
        return NULL;
    PymSize n = str_len(s);
    if (n == 0 && s != (PymObject *)&empty_str) {
        PYM_DECREF(s);
        return pym_str_empty();
    }
    if (n == 1 && str_kind(s) == 1 && PYM_STR_CHECK_EXACT(s)) {
        PymObject *single = latin1_char_borrow(((uint8_t *)str_data(s))[0]);
        if (single != s) {
            PYM_DECREF(s);
            return PYM_NEWREF(single);
        }
    }
    return s;
}

static void intern_remove(PymObject *s);

static void str_dealloc(PymObject *o)
{
    PymASCIIStrObject *h = STR_HDR(o);
    if (h->state.statically_allocated) {
        /* an unbalanced decref; singletons are never freed */
        o->refcnt = 1;
        return;
    }
    if (h->state.interned)
        intern_remove(o);
    if (!h->state.ascii && ((PymCompactStrObject *)o)->utf8)
        pym_mem_free(((PymCompactStrObject *)o)->utf8);
    if (!h->state.compact)
        pym_mem_free(((PymStrObject *)o)->data);
    PYM_TYPE(o)->free(o);
}

/* ---- creation ------------------------------------------------------------ */

void pym_str_copy_chars(int to_kind, void *to, PymSize to_start, int from_kind, const void *from,
                        PymSize from_start, PymSize n)
{
    if (n <= 0)
        return;
    if (to_kind == from_kind) {
        memcpy((char *)to + to_start * to_kind, (const char *)from + from_start * from_kind,
               (size_t)n * (size_t)to_kind);
        return;
    }
    /* one loop per kind pair so the compiler keeps them tight */
#define COPY_LOOP(TO, FROM)                                                     \
    do {                                                                        \
        TO *d_ = (TO *)to + to_start;                                           \
        const FROM *s_ = (const FROM *)from + from_start;                       \
        for (PymSize i = 0; i < n; i++)                                         \
            d_[i] = (TO)s_[i];                                                  \
    } while (0)
    if (to_kind == 1 && from_kind == 2)
        COPY_LOOP(uint8_t, uint16_t);
    else if (to_kind == 1)
        COPY_LOOP(uint8_t, uint32_t);
    else if (to_kind == 2 && from_kind == 1)
        COPY_LOOP(uint16_t, uint8_t);
    else if (to_kind == 2)
        COPY_LOOP(uint16_t, uint32_t);
    else if (from_kind == 1)
        COPY_LOOP(uint32_t, uint8_t);
    else
        COPY_LOOP(uint32_t, uint16_t);
#undef COPY_LOOP
}

static uint32_t scan_maxchar(int kind, const void *data, PymSize n)
{
    uint32_t maxchar = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (PymSize i = 0; i < n && maxchar < 0x80; i++)
            if (p[i] > maxchar)
                maxchar = p[i];
        if (maxchar >= 0x80)
            maxchar = 0xFF;
        return maxchar;
    }
    for (PymSize i = 0; i < n; i++) {
        uint32_t c = str_read(kind, data, i);
        if (c > maxchar)
            maxchar = c;
    }
    return maxchar;
}

PymObject *pym_str_from_kind_data(int kind, const void *data, PymSize length)
{
    if (length == 0)
        return pym_str_empty();
    uint32_t maxchar = scan_maxchar(kind, data, length);
    if (length == 1 && maxchar < 256)
        return PYM_NEWREF(latin1_char_borrow(str_read(kind, data, 0)));
    PymObject *s = pym_str_new_uninit(length, maxchar);
    if (!s)
        return NULL;
    pym_str_copy_chars(str_kind(s), str_data(s), 0, kind, data, 0, length);
    return s;
}

PymObject *pym_str_from_latin1(const char *data, PymSize length)
{
    return pym_str_from_kind_data(1, data, length);
}

PymObject *pym_str_from_ascii(const char *data, PymSize length)
{
    if (length == 0)
        return pym_str_empty();
    if (length == 1)
        return PYM_NEWREF(latin1_char_borrow((uint8_t)data[0]));
    PymObject *s = pym_str_new_uninit(length, 0x7F);
    if (s)
        memcpy(str_data(s), data, (size_t)length);
    return s;
}

PymObject *pym_str_from_codepoints(const uint32_t *cps, PymSize n)
{
    return pym_str_from_kind_data(4, cps, n);
}

PymObject *pym_str_from_char(uint32_t cp)
{
    if (cp < 256)
        return PYM_NEWREF(latin1_char_borrow(cp));
    return pym_str_from_kind_data(4, &cp, 1);
}

PymObject *pym_str_from_cstr(const char *utf8)
{
    return pym_str_from_utf8(utf8, (PymSize)strlen(utf8));
}

PymObject *pym_str_from_utf8(const char *utf8, PymSize nbytes)
{
    return pym_str_decode(utf8, nbytes, "utf-8", "strict");
}

PymObject *pym_str_from_utf8_lossy(const char *utf8, PymSize nbytes)
{
    return pym_str_decode(utf8, nbytes, "utf-8", "surrogateescape");
}

PymObject *pym_str_exact_copy(PymObject *s)
{
    if (PYM_STR_CHECK_EXACT(s))
        return PYM_NEWREF(s);
    return pym_str_from_kind_data(str_kind(s), str_data(s), str_len(s));
}

/* ---- accessors ----------------------------------------------------------- */

PymSize pym_str_length(PymObject *s) { return str_len(s); }
int pym_str_kind(PymObject *s) { return str_kind(s); }
const void *pym_str_data(PymObject *s) { return str_data(s); }
int pym_str_is_ascii(PymObject *s) { return str_is_ascii(s); }

uint32_t pym_str_read_char(PymObject *s, PymSize i)
{
    return str_read(str_kind(s), str_data(s), i);
}

/* UTF-8 length of code point c; lone surrogates take 3 bytes like any
 * other BMP code point. */
static int utf8_width(uint32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static char *utf8_put(char *p, uint32_t c)
{
    if (c < 0x80) {
        *p++ = (char)c;
    } else if (c < 0x800) {
        *p++ = (char)(0xC0 | (c >> 6));
        *p++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *p++ = (char)(0xE0 | (c >> 12));
        *p++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *p++ = (char)(0x80 | (c & 0x3F));
    } else {
        *p++ = (char)(0xF0 | (c >> 18));
        *p++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *p++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *p++ = (char)(0x80 | (c & 0x3F));
    }
    return p;
}

/* The UTF-8 view never fails on content: a surrogate-escaped byte
 * (U+DC80..U+DCFF, as made by pym_str_from_utf8_lossy) turns back into its
 * byte and other lone surrogates are written as 3-byte sequences. */
static uint32_t utf8_view_width(uint32_t c)
{
    return c >= 0xDC80 && c <= 0xDCFF ? 1 : (uint32_t)utf8_width(c);
}

const char *pym_str_as_utf8_and_size(PymObject *s, PymSize *nbytes)
{
    if (str_is_ascii(s)) {
        if (nbytes)
            *nbytes = str_len(s);
        return str_data(s);
    }
    PymCompactStrObject *c = (PymCompactStrObject *)s;
    if (!c->utf8) {
        int kind = str_kind(s);
        const void *data = str_data(s);
        PymSize n = str_len(s), size = 0;
        for (PymSize i = 0; i < n; i++)
            size += utf8_view_width(str_read(kind, data, i));
        char *buf = pym_mem_malloc((size_t)size + 1);
        if (!buf) {
            pym_err_no_memory();
            return NULL;
        }
        char *p = buf;
        for (PymSize i = 0; i < n; i++) {
            uint32_t ch = str_read(kind, data, i);
            if (ch >= 0xDC80 && ch <= 0xDCFF)
                *p++ = (char)(ch - 0xDC00);
            else
                p = utf8_put(p, ch);
        }
        *p = 0;
        c->utf8 = buf;
        c->utf8_length = size;
    }
    if (nbytes)
        *nbytes = c->utf8_length;
    return c->utf8;
}

const char *pym_str_as_utf8(PymObject *s)
{
    return pym_str_as_utf8_and_size(s, NULL);
}

/* ---- hashing: SipHash-1-3 with a fixed key ---------------------------- */

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3)                                              \
    do {                                                                      \
        v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32);         \
        v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2;                              \
        v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0;                              \
        v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32);         \
    } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *p, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t b = (uint64_t)len << 56;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t m = 0;
        for (int k = 7; k >= 0; k--)
            m = (m << 8) | p[i + (size_t)k];
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t k = len - i; k > 0; k--)
        t = (t << 8) | p[i + k - 1];
    b |= t;
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

PymHash pym_hash_bytes(const void *data, PymSize n)
{
    if (n == 0)
        return 0;
    PymHash h = (PymHash)siphash13(0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL, data, (size_t)n);
    return h == -1 ? -2 : h;
}

PymHash pym_str_hash(PymObject *s)
{
    PymASCIIStrObject *h = STR_HDR(s);
    if (h->hash == -1)
        h->hash = pym_hash_bytes(str_data(s), h->length * h->state.kind);
    return h->hash;
}

/* ---- comparison ----------------------------------------------------------- */

int pym_str_equal(PymObject *a, PymObject *b)
{
    if (a == b)
        return 1;
    if (str_len(a) != str_len(b) || str_kind(a) != str_kind(b))
        return 0;
    PymHash ha = STR_HDR(a)->hash, hb = STR_HDR(b)->hash;
    if (ha != -1 && hb != -1 && ha != hb)
        return 0;
    return memcmp(str_data(a), str_data(b), (size_t)(str_len(a) * str_kind(a))) == 0;
}

static uint32_t utf8_take(const uint8_t **pp);

int pym_str_equal_cstr(PymObject *a, const char *utf8)
{
    size_t n = strlen(utf8);
    if (str_is_ascii(a))
        return (size_t)str_len(a) == n && memcmp(str_data(a), utf8, n) == 0;
    /* decode the C string rather than caching a's UTF-8 (sys.getsizeof) */
    const uint8_t *p = (const uint8_t *)utf8, *end = p + n;
    int kind = str_kind(a);
    const void *data = str_data(a);
    PymSize i = 0, len = str_len(a);
    while (p < end) {
        int extra = *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : *p >= 0xC0 ? 1 : 0;
        if (i >= len || end - p <= extra || str_read(kind, data, i++) != utf8_take(&p))
            return 0;
    }
    return i == len;
}

int pym_str_compare(PymObject *a, PymObject *b)
{
    PymSize la = str_len(a), lb = str_len(b), n = la < lb ? la : lb;
    int ka = str_kind(a), kb = str_kind(b);
    const void *da = str_data(a), *db = str_data(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (PymSize i = 0; i < n; i++) {
            uint32_t ca = str_read(ka, da, i), cb = str_read(kb, db, i);
            if (ca != cb)
                return ca < cb ? -1 : 1;
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

static PymObject *str_richcompare(PymObject *a, PymObject *b, int op)
{
    if (!PYM_STR_CHECK(a) || !PYM_STR_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    int result;
    switch (op) {
    case PYM_EQ: result = pym_str_equal(a, b); break;
    case PYM_NE: result = !pym_str_equal(a, b); break;
    case PYM_LT: result = pym_str_compare(a, b) < 0; break;
    case PYM_LE: result = pym_str_compare(a, b) <= 0; break;
    case PYM_GT: result = pym_str_compare(a, b) > 0; break;
    default: result = pym_str_compare(a, b) >= 0; break;
    }
    return pym_bool_from(result);
}

/* ---- searching (shared with str_methods.c) ------------------------------ */

void pym_str_adjust_indices(PymSize *start, PymSize *end, PymSize len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

static int match_at(int ks, const void *ds, PymSize pos, int kp, const void *dp, PymSize m)
{
    if (ks == kp)
        return memcmp((const char *)ds + pos * ks, dp, (size_t)(m * ks)) == 0;
    for (PymSize j = 0; j < m; j++)
        if (str_read(ks, ds, pos + j) != str_read(kp, dp, j))
            return 0;
    return 1;
}

PymSize pym_str_find_sub(PymObject *s, PymObject *sub, PymSize start, PymSize end, int reverse)
{
    PymSize m = str_len(sub);
    if (end - start < m)
        return -1;
    if (m == 0)
        return reverse ? end : start;
    int ks = str_kind(s), kp = str_kind(sub);
    if (kp > ks)
        return -1;     /* sub holds a code point s cannot contain */
    const void *ds = str_data(s), *dp = str_data(sub);
    uint32_t first = str_read(kp, dp, 0);
    if (ks == 1 && m == 1) {
        const uint8_t *base = ds;
        if (!reverse) {
            const uint8_t *hit = memchr(base + start, (int)first, (size_t)(end - start));
            return hit ? hit - base : -1;
        }
        for (PymSize i = end - 1; i >= start; i--)
            if (base[i] == first)
                return i;
        return -1;
    }
    if (!reverse && ks == 1 && kp == 1) {   /* glibc's memmem is linear time */
        const uint8_t *base = ds;
        const uint8_t *hit = memmem(base + start, (size_t)(end - start), dp, (size_t)m);
        return hit ? hit - base : -1;
    }
    if (!reverse) {
        for (PymSize i = start; i + m <= end; i++)
            if (str_read(ks, ds, i) == first && match_at(ks, ds, i, kp, dp, m))
                return i;
    } else {
        for (PymSize i = end - m; i >= start; i--)
            if (str_read(ks, ds, i) == first && match_at(ks, ds, i, kp, dp, m))
                return i;
    }
    return -1;
}

PymSize pym_str_count_sub(PymObject *s, PymObject *sub, PymSize start, PymSize end,
                          PymSize maxcount)
{
    PymSize m = str_len(sub), count = 0;
    if (end - start < m)
        return 0;
    if (m == 0) {
        PymSize n = end - start + 1;
        return n < maxcount ? n : maxcount;
    }
    while (count < maxcount) {
        PymSize i = pym_str_find_sub(s, sub, start, end, 0);
        if (i < 0)
            break;
        count++;
        start = i + m;
    }
    return count;
}

/* ---- sequence protocol ---------------------------------------------------- */

PymObject *pym_str_substring(PymObject *s, PymSize start, PymSize end)
{
    PymSize len = str_len(s);
    if (start < 0)
        start = 0;
    if (end > len)
        end = len;
    if (start >= end)
        return pym_str_empty();
    if (start == 0 && end == len && PYM_STR_CHECK_EXACT(s))
        return PYM_NEWREF(s);
    int kind = str_kind(s);
    return pym_str_from_kind_data(kind, (const char *)str_data(s) + start * kind, end - start);
}

PymObject *pym_str_concat(PymObject *a, PymObject *b)
{
    if (!PYM_STR_CHECK(a) || !PYM_STR_CHECK(b)) {
        PymObject *other = PYM_STR_CHECK(a) ? b : a;
        return pym_err_format(&pym_exc_TypeError,
                              "can only concatenate str (not \"%.200s\") to str",
                              PYM_TYPE_NAME(other));
    }
    if (str_len(b) == 0 && PYM_STR_CHECK_EXACT(a))
        return PYM_NEWREF(a);
    if (str_len(a) == 0 && PYM_STR_CHECK_EXACT(b))
        return PYM_NEWREF(b);
    PymSize la = str_len(a), lb = str_len(b);
    if (la > PYM_SSIZE_MAX_STR - lb) {
        pym_err_set_string(&pym_exc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    uint32_t ma = maxchar_class(a), mb = maxchar_class(b);
    PymObject *r = pym_str_new_uninit(la + lb, ma > mb ? ma : mb);
    if (!r)
        return NULL;
    pym_str_copy_chars(str_kind(r), str_data(r), 0, str_kind(a), str_data(a), 0, la);
    pym_str_copy_chars(str_kind(r), str_data(r), la, str_kind(b), str_data(b), 0, lb);
    return r;
}

static PymObject *str_repeat(PymObject *s, PymSize count)
{
    PymSize len = str_len(s);
    if (count <= 0 || len == 0)
        return pym_str_empty();
    if (count == 1 && PYM_STR_CHECK_EXACT(s))
        return PYM_NEWREF(s);
    if (len > PYM_SSIZE_MAX_STR / count) {
        pym_err_set_string(&pym_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    PymObject *r = pym_str_new_uninit(len * count, maxchar_class(s));
    if (!r)
        return NULL;
    int kind = str_kind(r);
    char *dst = str_data(r);
    size_t chunk = (size_t)(len * kind), total = chunk * (size_t)count;
    if (len == 1 && kind == 1) {
        memset(dst, ((uint8_t *)str_data(s))[0], total);
    } else {
        memcpy(dst, str_data(s), chunk);
        size_t done = chunk;
        while (done < total) {   /* doubling copies */
            size_t n = done <= total - done ? done : total - done;
            memcpy(dst + done, dst, n);
            done += n;
        }
    }
    return r;
}

static PymSize str_length_slot(PymObject *s) { return str_len(s); }

static PymObject *str_item(PymObject *s, PymSize i)
{
    if (i < 0 || i >= str_len(s)) {
        pym_err_set_string(&pym_exc_IndexError, "string index out of range");
        return NULL;
    }
    return pym_str_from_char(str_read(str_kind(s), str_data(s), i));
}

static PymObject *str_subscript(PymObject *s, PymObject *key)
{
    PymNumberMethods *nm = PYM_TYPE(key)->as_number;
    if (nm && nm->index) {
        PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
        if (i == -1 && pym_err_occurred())
            return NULL;
        if (i < 0)
            i += str_len(s);
        return str_item(s, i);
    }
    if (PYM_SLICE_CHECK(key)) {
        PymSize start, stop, step;
        PymSize n = pym_slice_indices(key, str_len(s), &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (n == 0)
            return pym_str_empty();
        if (step == 1)
            return pym_str_substring(s, start, start + n);
        int kind = str_kind(s);
        const void *data = str_data(s);
        uint32_t maxchar = 0;
        for (PymSize k = 0, i = start; k < n; k++, i += step) {
            uint32_t c = str_read(kind, data, i);
            if (c > maxchar)
                maxchar = c;
        }
        PymObject *r = pym_str_new_uninit(n, maxchar);
        if (!r)
            return NULL;
        for (PymSize k = 0, i = start; k < n; k++, i += step)
            str_write(str_kind(r), str_data(r), k, str_read(kind, data, i));
        return pym_str_result(r);
    }
    return pym_err_format(&pym_exc_TypeError, "string indices must be integers, not '%.200s'",
                          PYM_TYPE_NAME(key));
}

static int str_contains(PymObject *s, PymObject *sub)
{
    if (!PYM_STR_CHECK(sub)) {
        pym_err_format(&pym_exc_TypeError,
                       "'in <string>' requires string as left operand, not %.200s",
                       PYM_TYPE_NAME(sub));
        return -1;
    }
    return pym_str_find_sub(s, sub, 0, str_len(s), 0) >= 0;
}

static PymObject *str_mod(PymObject *a, PymObject *b)
{
    if (!PYM_STR_CHECK(a))
        PYM_RETURN_NOTIMPLEMENTED;
    return pym_str_percent_format(a, b);
}

/* ---- join ---------------------------------------------------------------- */

PymObject *pym_str_join(PymObject *sep, PymObject *iterable)
{
    PymObject *seq;
    if (PYM_LIST_CHECK_EXACT(iterable) || PYM_TUPLE_CHECK_EXACT(iterable)) {
        seq = PYM_NEWREF(iterable);
    } else {
        PymObject *it = pym_object_get_iter(iterable);
        if (!it) {
            if (pym_err_exception_matches(&pym_exc_TypeError))
                pym_err_set_string(&pym_exc_TypeError, "can only join an iterable");
            return NULL;
        }
        seq = pym_list_new(0);
        PymObject *item;
        while (seq && (item = pym_iter_next(it))) {
            int rc = pym_list_append(seq, item);
            PYM_DECREF(item);
            if (rc < 0)
                PYM_CLEAR(seq);
        }
        PYM_DECREF(it);
        if (seq && pym_err_occurred())
            PYM_CLEAR(seq);
        if (!seq)
            return NULL;
    }
    PymSize n = PYM_LIST_CHECK(seq) ? PYM_LIST_SIZE(seq) : PYM_TUPLE_SIZE(seq);
    PymObject *const *items = PYM_LIST_CHECK(seq) ? PYM_LIST_ITEMS(seq) : PYM_TUPLE_ITEMS(seq);
    PymObject *result = NULL;
    if (n == 1 && PYM_STR_CHECK_EXACT(items[0])) {
        result = PYM_NEWREF(items[0]);
        goto done;
    }
    PymSize total = 0, seplen = str_len(sep);
    uint32_t maxchar = n > 1 ? maxchar_class(sep) : 0;
    for (PymSize i = 0; i < n; i++) {
        PymObject *item = items[i];
        if (!PYM_STR_CHECK(item)) {
            pym_err_format(&pym_exc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                           i, PYM_TYPE_NAME(item));
            goto done;
        }
        uint32_t m = maxchar_class(item);
        if (m > maxchar)
            maxchar = m;
        total += str_len(item) + (i ? seplen : 0);
        if (total < 0 || total > PYM_SSIZE_MAX_STR) {
            pym_err_set_string(&pym_exc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
    }
    result = pym_str_new_uninit(total, maxchar);
    if (!result)
        goto done;
    int kind = str_kind(result);
    void *dst = str_data(result);
    PymSize pos = 0;
    for (PymSize i = 0; i < n; i++) {
        if (i && seplen) {
            pym_str_copy_chars(kind, dst, pos, str_kind(sep), str_data(sep), 0, seplen);
            pos += seplen;
        }
        PymObject *item = items[i];
        pym_str_copy_chars(kind, dst, pos, str_kind(item), str_data(item), 0, str_len(item));
        pos += str_len(item);
    }
    result = pym_str_result(result);
done:
    PYM_DECREF(seq);
    return result;
}

/* ---- repr ----------------------------------------------------------------- */

static const char hexdigits[] = "0123456789abcdef";

PymObject *pym_str_repr(PymObject *s)
{
    PymSize n = str_len(s);
    int kind = str_kind(s);
    const void *data = str_data(s);
    /* single quotes unless the text has ' and no " */
    int has_single = 0, has_double = 0;
    for (PymSize i = 0; i < n; i++) {
        uint32_t c = str_read(kind, data, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, n + 2) < 0)
        return NULL;
    pym_ubuf_put(&b, quote);
    for (PymSize i = 0; i < n; i++) {
        uint32_t c = str_read(kind, data, i);
        char esc[12];
        int elen = 0;
        if (c == quote || c == '\\') {
            esc[0] = '\\', esc[1] = (char)c, elen = 2;
        } else if (c == '\t') {
            esc[0] = '\\', esc[1] = 't', elen = 2;
        } else if (c == '\n') {
            esc[0] = '\\', esc[1] = 'n', elen = 2;
        } else if (c == '\r') {
            esc[0] = '\\', esc[1] = 'r', elen = 2;
        } else if (!pym_unicode_isprintable(c)) {
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            esc[0] = '\\';
            esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int k = 0; k < digits; k++)
                esc[2 + k] = hexdigits[(c >> (4 * (digits - 1 - k))) & 0xF];
            elen = 2 + digits;
        }
        int rc = elen ? pym_ubuf_put_ascii(&b, esc, elen) : pym_ubuf_put(&b, c);
        if (rc < 0) {
            pym_ubuf_discard(&b);
            return NULL;
        }
    }
    if (pym_ubuf_put(&b, quote) < 0) {
        pym_ubuf_discard(&b);
        return NULL;
    }
    return pym_ubuf_finish(&b);
}

static PymObject *str_str(PymObject *s)
{
    return pym_str_exact_copy(s);
}

/* ---- PymUBuf: code point builder ---------------------------------------- */

void pym_ubuf_init(PymUBuf *b)
{
    b->items = NULL;
    b->len = b->cap = 0;
    b->maxchar = 0;
}

int pym_ubuf_reserve(PymUBuf *b, PymSize extra)
{
    if (extra < 0 || b->len > PYM_SSIZE_MAX_STR - extra) {
        pym_err_no_memory();
        return -1;
    }
    PymSize need = b->len + extra;
    if (need <= b->cap)
        return 0;
    PymSize cap = b->cap ? b->cap : 16;
    while (cap < need)
        cap = cap < PYM_SSIZE_MAX_STR / 2 ? cap * 2 : need;
    uint32_t *items = pym_mem_realloc(b->items, (size_t)cap * sizeof(uint32_t));
    if (!items) {
        pym_err_no_memory();
        return -1;
    }
    b->items = items;
    b->cap = cap;
    return 0;
}

int pym_ubuf_put(PymUBuf *b, uint32_t ch)
{
    if (b->len == b->cap && pym_ubuf_reserve(b, 1) < 0)
        return -1;
    b->items[b->len++] = ch;
    if (ch > b->maxchar)
        b->maxchar = ch;
    return 0;
}

int pym_ubuf_put_ascii(PymUBuf *b, const char *s, PymSize n)
{
    if (pym_ubuf_reserve(b, n) < 0)
        return -1;
    for (PymSize i = 0; i < n; i++) {
        uint32_t c = (uint8_t)s[i];
        b->items[b->len++] = c;
        if (c > b->maxchar)
            b->maxchar = c;
    }
    return 0;
}

/* Decode the UTF-8 sequence at *pp (lone surrogates tolerated).  Callers
 * guarantee the whole sequence lies before the end of their buffer. */
static uint32_t utf8_take(const uint8_t **pp)
{
    const uint8_t *p = *pp;
    uint32_t c = *p++;
    if (c >= 0xF0) {
        c = ((c & 0x07) << 18) | ((uint32_t)(p[0] & 0x3F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
            (p[2] & 0x3F);
        p += 3;
    } else if (c >= 0xE0) {
        c = ((c & 0x0F) << 12) | ((uint32_t)(p[0] & 0x3F) << 6) | (p[1] & 0x3F);
        p += 2;
    } else if (c >= 0xC0) {
        c = ((c & 0x1F) << 6) | (p[0] & 0x3F);
        p += 1;
    }
    *pp = p;
    return c;
}

int pym_ubuf_put_utf8(PymUBuf *b, const char *s, PymSize n)
{
    if (pym_ubuf_reserve(b, n) < 0)
        return -1;
    const uint8_t *p = (const uint8_t *)s, *end = p + n;
    while (p < end) {
        /* a sequence cut short by the end of the buffer (callers should
         * not write one) becomes U+FFFD rather than a read past it */
        int extra = *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : *p >= 0xC0 ? 1 : 0;
        uint32_t c;
        if (end - p <= extra) {
            c = 0xFFFD;
            p++;
        } else {
            c = utf8_take(&p);
        }
        b->items[b->len++] = c;
        if (c > b->maxchar)
            b->maxchar = c;
    }
    return 0;
}

int pym_ubuf_put_substr(PymUBuf *b, PymObject *s, PymSize start, PymSize end)
{
    if (end <= start)
        return 0;
    if (pym_ubuf_reserve(b, end - start) < 0)
        return -1;
    int kind = str_kind(s);
    const void *data = str_data(s);
    uint32_t *dst = b->items + b->len;
    if (kind == 1) {
        const uint8_t *src = (const uint8_t *)data + start;
        for (PymSize i = 0; i < end - start; i++)
            dst[i] = src[i];
    } else if (kind == 2) {
        const uint16_t *src = (const uint16_t *)data + start;
        for (PymSize i = 0; i < end - start; i++)
            dst[i] = src[i];
    } else {
        memcpy(dst, (const uint32_t *)data + start, (size_t)(end - start) * sizeof(uint32_t));
    }
    b->len += end - start;
    uint32_t m = maxchar_class(s);
    if (m > 0x7F && (start > 0 || end < str_len(s)))   /* a slice may be narrower: look */
        m = scan_maxchar(4, b->items + b->len - (end - start), end - start);
    if (m > b->maxchar)
        b->maxchar = m;
    return 0;
}

int pym_ubuf_put_str(PymUBuf *b, PymObject *s)
{
    return pym_ubuf_put_substr(b, s, 0, str_len(s));
}

int pym_ubuf_put_repeat(PymUBuf *b, uint32_t ch, PymSize count)
{
    if (count <= 0)
        return 0;
    if (pym_ubuf_reserve(b, count) < 0)
        return -1;
    for (PymSize i = 0; i < count; i++)
        b->items[b->len++] = ch;
    if (ch > b->maxchar)
        b->maxchar = ch;
    return 0;
}

PymObject *pym_ubuf_finish(PymUBuf *b)
{
    PymObject *r;
    if (b->len <= 1 && b->maxchar < 256)
        r = b->len == 0 ? pym_str_empty() : PYM_NEWREF(latin1_char_borrow(b->items[0]));
    else {
        r = pym_str_new_uninit(b->len, b->maxchar);
        if (r)
            pym_str_copy_chars(str_kind(r), str_data(r), 0, 4, b->items, 0, b->len);
    }
    pym_ubuf_discard(b);
    return r;
}

void pym_ubuf_discard(PymUBuf *b)
{
    pym_mem_free(b->items);
    pym_ubuf_init(b);
}

/* ---- PymStrWriter: UTF-8 accumulator (str.h) --------------------------- */

void pym_str_writer_init(PymStrWriter *w)
{
    w->buf = NULL;
    w->len = w->cap = 0;
}

static int writer_grow(PymStrWriter *w, PymSize extra)
{
    if (w->len + extra <= w->cap)
        return 0;
    PymSize cap = w->cap ? w->cap : 64;
    while (cap < w->len + extra)
        cap *= 2;
    char *buf = pym_mem_realloc(w->buf, (size_t)cap);
    if (!buf) {
        pym_err_no_memory();
        return -1;
    }
    w->buf = buf;
    w->cap = cap;
    return 0;
}

int pym_str_writer_write_utf8(PymStrWriter *w, const char *s, PymSize n)
{
    if (writer_grow(w, n) < 0)
        return -1;
    memcpy(w->buf + w->len, s, (size_t)n);
    w->len += n;
    return 0;
}

int pym_str_writer_write_cstr(PymStrWriter *w, const char *s)
{
    return pym_str_writer_write_utf8(w, s, (PymSize)strlen(s));
}

int pym_str_writer_write_char(PymStrWriter *w, uint32_t cp)
{
    if (writer_grow(w, 4) < 0)
        return -1;
    w->len = utf8_put(w->buf + w->len, cp) - w->buf;
    return 0;
}

int pym_str_writer_write_str(PymStrWriter *w, PymObject *s)
{
    if (str_is_ascii(s))
        return pym_str_writer_write_utf8(w, str_data(s), str_len(s));
    int kind = str_kind(s);
    const void *data = str_data(s);
    PymSize n = str_len(s), size = 0;
    for (PymSize i = 0; i < n; i++)
        size += utf8_width(str_read(kind, data, i));
    if (writer_grow(w, size) < 0)
        return -1;
    char *p = w->buf + w->len;
    for (PymSize i = 0; i < n; i++)
        p = utf8_put(p, str_read(kind, data, i));
    w->len = p - w->buf;
    return 0;
}

PymObject *pym_str_writer_finish(PymStrWriter *w)
{
    PymUBuf b;
    pym_ubuf_init(&b);
    PymObject *r = NULL;
    /* the writer only ever holds well-formed UTF-8 (lone surrogates kept) */
    if (pym_ubuf_put_utf8(&b, w->buf ? w->buf : "", w->len) == 0)
        r = pym_ubuf_finish(&b);
    else
        pym_ubuf_discard(&b);
    pym_str_writer_discard(w);
    return r;
}

void pym_str_writer_discard(PymStrWriter *w)
{
    pym_mem_free(w->buf);
    pym_str_writer_init(w);
}

/* ---- pym_str_from_format ------------------------------------------------ */

/* Append s (or its first `precision` code points) padded to `width`. */
static int put_padded(PymUBuf *b, PymObject *s, PymSize width, PymSize precision, int left)
{
    PymSize n = str_len(s);
    if (precision >= 0 && precision < n)
        n = precision;
    if (!left && pym_ubuf_put_repeat(b, ' ', width - n) < 0)
        return -1;
    if (pym_ubuf_put_substr(b, s, 0, n) < 0)
        return -1;
    if (left && pym_ubuf_put_repeat(b, ' ', width - n) < 0)
        return -1;
    return 0;
}

static int put_cstr_padded(PymUBuf *b, const char *s, PymSize width, PymSize precision, int left)
{
    size_t n = strlen(s);
    if (precision >= 0 && (size_t)precision < n) {
        n = (size_t)precision;
        while (n > 0 && ((uint8_t)s[n] & 0xC0) == 0x80)   /* do not split a sequence */
            n--;
    }
    PymObject *str = pym_str_decode(s, (PymSize)n, "utf-8", "replace");
    if (!str)
        return -1;
    int rc = put_padded(b, str, width, -1, left);
    PYM_DECREF(str);
    return rc;
}

PymObject *pym_str_from_vformat(const char *format, va_list va_in)
{
    va_list va;
    va_copy(va, va_in);
    PymUBuf b;
    pym_ubuf_init(&b);
    const char *f = format;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%')
                f++;
            if (pym_ubuf_put_utf8(&b, start, f - start) < 0)
                goto fail;
            continue;
        }
        const char *spec_start = f++;
        int left = 0, zero = 0;
        while (*f == '-' || *f == '0') {
            if (*f == '-')
                left = 1;
            else
                zero = 1;
            f++;
        }
        PymSize width = -1, precision = -1;
        if (*f == '*') {
            width = va_arg(va, int);
            f++;
        } else if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9')
                width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(va, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9')
                    precision = precision * 10 + (*f++ - '0');
            }
        }
        int longs = 0, size_t_mod = 0;
        while (*f == 'l') {
            longs++;
            f++;
        }
        if (*f == 'z' || *f == 't') {
            size_t_mod = 1;
            f++;
        }
        char conv = *f ? *f++ : '\0';
        PymObject *obj = NULL;
        char num[64];
        switch (conv) {
        case '%':
            if (pym_ubuf_put(&b, '%') < 0)
                goto fail;
            continue;
        case 'c':
            if (pym_ubuf_put(&b, (uint32_t)va_arg(va, int)) < 0)
                goto fail;
            continue;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            char cfmt[16], *p = cfmt;
            *p++ = '%';
            if (zero && !left)
                *p++ = '0';
            if (left)
                *p++ = '-';
            if (width >= 0)
                p += snprintf(p, 6, "%d", (int)(width > 9999 ? 9999 : width));
            *p++ = 'l';
            *p++ = 'l';
            *p++ = conv == 'i' ? 'd' : conv;
            *p = 0;
            int is_signed = conv == 'd' || conv == 'i';
            long long sv = 0;
            unsigned long long uv = 0;
            if (size_t_mod) {
                if (is_signed)
                    sv = va_arg(va, ptrdiff_t);
                else
                    uv = va_arg(va, size_t);
            } else if (longs >= 2) {
                if (is_signed)
                    sv = va_arg(va, long long);
                else
                    uv = va_arg(va, unsigned long long);
            } else if (longs == 1) {
                if (is_signed)
                    sv = va_arg(va, long);
                else
                    uv = va_arg(va, unsigned long);
            } else {
                if (is_signed)
                    sv = va_arg(va, int);
                else
                    uv = va_arg(va, unsigned int);
            }
            if (is_signed)
                snprintf(num, sizeof num, cfmt, sv);
            else
                snprintf(num, sizeof num, cfmt, uv);
            if (pym_ubuf_put_ascii(&b, num, (PymSize)strlen(num)) < 0)
                goto fail;
            continue;
        }
        case 'p':
            snprintf(num, sizeof num, "0x%" PRIxPTR, (uintptr_t)va_arg(va, void *));
            if (pym_ubuf_put_ascii(&b, num, (PymSize)strlen(num)) < 0)
                goto fail;
            continue;
        case 's': {
            const char *s = va_arg(va, const char *);
            if (put_cstr_padded(&b, s ? s : "(null)", width, precision, left) < 0)
                goto fail;
            continue;
        }
        case 'U': case 'S': case 'R': case 'A': case 'T': case 'V': {
            PymObject *arg = va_arg(va, PymObject *);
            if (conv == 'V') {
                const char *fallback = va_arg(va, const char *);
                if (!arg) {
                    if (put_cstr_padded(&b, fallback, width, precision, left) < 0)
                        goto fail;
                    continue;
                }
            }
            if (conv == 'U' || conv == 'V')
                obj = PYM_NEWREF(arg);
            else if (conv == 'S')
                obj = pym_object_str(arg);
            else if (conv == 'R')
                obj = pym_object_repr(arg);
            else if (conv == 'A')
                obj = pym_object_ascii(arg);
            else
                obj = pym_str_from_cstr(PYM_TYPE_NAME(arg));
            if (!obj)
                goto fail;
            int rc = put_padded(&b, obj, width, precision, left);
            PYM_DECREF(obj);
            if (rc < 0)
                goto fail;
            continue;
        }
        default:
            /* unknown escape: copy the rest of the format verbatim, as CPython */
            if (pym_ubuf_put_utf8(&b, spec_start, (PymSize)strlen(spec_start)) < 0)
                goto fail;
            f = spec_start + strlen(spec_start);
            continue;
        }
    }
    va_end(va);
    return pym_ubuf_finish(&b);
fail:
    va_end(va);
    pym_ubuf_discard(&b);
    return NULL;
}

PymObject *pym_str_from_format(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PymObject *r = pym_str_from_vformat(format, va);
    va_end(va);
    return r;
}

/* ---- interning ------------------------------------------------------------ */

/* Open addressing with linear probing over borrowed pointers. */
#define INTERN_TOMBSTONE ((PymObject *)1)
static PymObject **intern_slots;
static size_t intern_cap, intern_used, intern_filled; /* used: live; filled: live + tombstones */

static int intern_resize(size_t cap)
{
    PymObject **slots = pym_mem_calloc(cap, sizeof(PymObject *));
    if (!slots)
        return -1;
    for (size_t i = 0; i < intern_cap; i++) {
        PymObject *s = intern_slots[i];
        if (!s || s == INTERN_TOMBSTONE)
            continue;
        size_t j = (size_t)pym_str_hash(s) & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = s;
    }
    pym_mem_free(intern_slots);
    intern_slots = slots;
    intern_cap = cap;
    intern_filled = intern_used;
    return 0;
}

static PymObject *intern_lookup(PymObject *s)
{
    if (!intern_cap)
        return NULL;
    size_t j = (size_t)pym_str_hash(s) & (intern_cap - 1);
    PymObject *cur;
    while ((cur = intern_slots[j])) {
        if (cur != INTERN_TOMBSTONE && pym_str_equal(cur, s))
            return cur;
        j = (j + 1) & (intern_cap - 1);
    }
    return NULL;
}

static int intern_insert(PymObject *s)
{
    if ((intern_filled + 1) * 3 >= intern_cap * 2) {
        size_t cap = intern_cap ? intern_cap : 1024;
        while ((intern_used + 1) * 3 >= cap)
            cap *= 2;
        if (intern_resize(cap) < 0)
            return -1;
    }
    size_t j = (size_t)pym_str_hash(s) & (intern_cap - 1);
    while (intern_slots[j] && intern_slots[j] != INTERN_TOMBSTONE)
        j = (j + 1) & (intern_cap - 1);
    if (!intern_slots[j])
        intern_filled++;
    intern_slots[j] = s;
    intern_used++;
    return 0;
}

static void intern_remove(PymObject *s)
{
    if (!intern_cap)
        return;
    size_t j = (size_t)pym_str_hash(s) & (intern_cap - 1);
    PymObject *cur;
    while ((cur = intern_slots[j])) {
        if (cur == s) {
            intern_slots[j] = INTERN_TOMBSTONE;
            intern_used--;
            return;
        }
        j = (j + 1) & (intern_cap - 1);
    }
}

void pym_str_intern_in_place(PymObject **p)
{
    PymObject *s = *p;
    if (!s || !PYM_STR_CHECK_EXACT(s) || STR_HDR(s)->state.interned)
        return;
    PymObject *existing = intern_lookup(s);
    if (existing) {
        *p = PYM_NEWREF(existing);
        PYM_DECREF(s);
        return;
    }
    if (intern_insert(s) < 0) {
        pym_err_clear();   /* not interning is always correct, only slower */
        return;
    }
    STR_HDR(s)->state.interned = PYM_STR_INTERNED_MORTAL;
}

/* Interned for the whole run (the identifiers of ids.h). */
void pym_str_intern_immortal(PymObject **p)
{
    pym_str_intern_in_place(p);
    if (STR_HDR(*p)->state.interned)
        STR_HDR(*p)->state.interned = PYM_STR_INTERNED_IMMORTAL;
}

PymObject *pym_str_intern_cstr(const char *utf8)
{
    PymObject *s = pym_str_from_cstr(utf8);
    if (s)
        pym_str_intern_in_place(&s);
    return s;
}

int pym_str_is_interned(PymObject *s)
{
    return STR_HDR(s)->state.interned != PYM_STR_NOT_INTERNED;
}

int pym_str_is_identifier(PymObject *s)
{
    PymSize n = str_len(s);
    if (n == 0)
        return 0;
    int kind = str_kind(s);
    const void *data = str_data(s);
    if (!pym_unicode_isxid_start(str_read(kind, data, 0)))
        return 0;
    for (PymSize i = 1; i < n; i++)
        if (!pym_unicode_isxid_continue(str_read(kind, data, i)))
            return 0;
    return 1;
}

void pym_str_fini(void)
{
    for (size_t i = 0; i < intern_cap; i++) {
        PymObject *s = intern_slots[i];
        if (s && s != INTERN_TOMBSTONE)
            STR_HDR(s)->state.interned = PYM_STR_NOT_INTERNED;
    }
    pym_mem_free(intern_slots);
    intern_slots = NULL;
    intern_cap = intern_used = intern_filled = 0;
    for (int i = 0; i < 128; i++) {
        PymCompactStrObject *c = &latin1_chars[i].hdr;
        pym_mem_free(c->utf8);
        c->utf8 = NULL;
        c->utf8_length = 0;
    }
}

/* ---- the str iterators ---------------------------------------------------- */

typedef struct StrIterObject {
    PYM_OBJECT_HEAD;
    PymObject *str;     /* NULL once exhausted */
    PymSize index;
} StrIterObject;

static PymObject *str_iter(PymObject *s)
{
    PymType *type = str_is_ascii(s) ? &pym_str_ascii_iter_type : &pym_str_iter_type;
    StrIterObject *it = (StrIterObject *)pym_gc_alloc(type, sizeof(StrIterObject));
    if (!it)
        return NULL;
    it->str = PYM_NEWREF(s);
    it->index = 0;
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void str_iter_dealloc(PymObject *o)
{
    pym_gc_untrack(o);
    PYM_CLEAR(((StrIterObject *)o)->str);
    PYM_TYPE(o)->free(o);
}

static int str_iter_traverse(PymObject *o, PymVisitProc visit, void *arg)
{
    PymObject *s = ((StrIterObject *)o)->str;
    return s ? visit(s, arg) : 0;
}

static int str_iter_clear(PymObject *o)
{
    PYM_CLEAR(((StrIterObject *)o)->str);
    return 0;
}

static PymObject *str_iter_next(PymObject *o)
{
    StrIterObject *it = (StrIterObject *)o;
    if (!it->str)
        return NULL;
    if (it->index < str_len(it->str))
        return pym_str_from_char(pym_str_read_char(it->str, it->index++));
    PYM_CLEAR(it->str);
    return NULL;
}

static PymObject *str_iter_length_hint(PymObject *o, PymObject *unused)
{
    StrIterObject *it = (StrIterObject *)o;
    return pym_int_from_ssize(it->str ? str_len(it->str) - it->index : 0);
}

static PymObject *self_iter(PymObject *o) { return PYM_NEWREF(o); }

static PymMethodDef str_iter_methods[] = {
    PYM_METHOD("__length_hint__", str_iter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

#define STR_ITER_TYPE(cname, pyname)                                          \
    PymType cname = {                                                         \
        .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),                         \
        .name = pyname,                                                       \
        .basicsize = sizeof(StrIterObject),                                   \
        .flags = PYM_TPFLAG_HAVE_GC,                                          \
        .dealloc = str_iter_dealloc,                                          \
        .traverse = str_iter_traverse,                                        \
        .clear = str_iter_clear,                                              \
        .free = pym_gc_free,                                                  \
        .iter = self_iter,                                                    \
        .iternext = str_iter_next,                                            \
        .methods = str_iter_methods,                                          \
    }
STR_ITER_TYPE(pym_str_iter_type, "str_iterator");
STR_ITER_TYPE(pym_str_ascii_iter_type, "str_ascii_iterator");

/* ---- argument helpers (shared by the strings area) --------------------- */

int pym_strings_bind_args(const char *fname, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames, const char *const *names, int nparams,
                          int nrequired, int npositional_only, PymObject **out)
{
    for (int i = 0; i < nparams; i++)
        out[i] = NULL;
    if (nargs > nparams) {
        pym_err_format(&pym_exc_TypeError, "%s() takes %s %d argument%s (%zd given)", fname,
                       nrequired == nparams ? "exactly" : "at most", nparams,
                       nparams == 1 ? "" : "s", nargs);
        return -1;
    }
    for (PymSize i = 0; i < nargs; i++)
        out[i] = args[i];
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        int found = -1;
        for (int j = npositional_only; j < nparams && found < 0; j++)
            if (pym_str_equal_cstr(key, names[j]))
                found = j;
        if (found < 0) {
            pym_err_format(&pym_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
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
    for (int i = 0; i < nrequired; i++) {
        if (!out[i]) {
            pym_err_format(&pym_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                           fname, names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

const char *pym_strings_arg_type_name(PymObject *o)
{
    return o == PYM_NONE ? "None" : PYM_TYPE_NAME(o);
}

int pym_strings_ssize_arg(PymObject *arg, int none_ok, PymSize *value)
{
    if (!arg || (none_ok && arg == PYM_NONE))
        return 0;
    /* via int, so overflow reads "Python int too large to convert to C
     * ssize_t" as argument clinic's converter says */
    PymObject *index = pym_number_index(arg);
    if (!index)
        return -1;
    PymSize v = pym_int_as_ssize(index);
    PYM_DECREF(index);
    if (v == -1 && pym_err_occurred())
        return -1;
    *value = v;
    return 0;
}

/* ---- the constructor and the type ---------------------------------------- */

/* An instance of a str subclass: the non-compact layout, data apart. */
static PymObject *str_subtype_new(PymType *type, PymObject *value)
{
    PymObject *self = pym_type_generic_alloc(type, 0);
    if (!self)
        return NULL;
    PymStrObject *u = (PymStrObject *)self;
    PymSize n = str_len(value);
    int kind = str_kind(value);
    u->data = pym_mem_malloc((size_t)((n + 1) * kind));
    if (!u->data) {
        /* a zero-length ASCII string is safe to dealloc */
        u->base.base.state = (PymStrState){ .kind = 1, .ascii = 1 };
        u->data = NULL;
        PYM_DECREF(self);
        return pym_err_no_memory();
    }
    memcpy(u->data, str_data(value), (size_t)((n + 1) * kind));
    u->base.base.length = n;
    u->base.base.hash = STR_HDR(value)->hash;
    u->base.base.state = (PymStrState){ .interned = 0, .kind = (unsigned)kind, .compact = 0,
                                        .ascii = (unsigned)str_is_ascii(value),
                                        .statically_allocated = 0 };
    u->base.utf8 = NULL;
    u->base.utf8_length = 0;
    if (PYM_IS_GC(self))
        pym_gc_track(self);
    return self;
}

/* The bytes-like arguments str() decodes: bytes and bytearray. */
static PymObject *str_decode_object(PymObject *obj, PymObject *encoding, PymObject *errors)
{
    const char *enc = NULL, *err = NULL;
    if (encoding && !PYM_STR_CHECK(encoding))
        return pym_err_format(&pym_exc_TypeError, "str() argument 'encoding' must be str, not %.200s",
                              pym_strings_arg_type_name(encoding));
    if (errors && !PYM_STR_CHECK(errors))
        return pym_err_format(&pym_exc_TypeError, "str() argument 'errors' must be str, not %.200s",
                              pym_strings_arg_type_name(errors));
    if (encoding && !(enc = pym_str_as_utf8(encoding)))
        return NULL;
    if (errors && !(err = pym_str_as_utf8(errors)))
        return NULL;
    if (!obj)
        return pym_str_empty();
    if (PYM_STR_CHECK(obj)) {
        pym_err_set_string(&pym_exc_TypeError, "decoding str is not supported");
        return NULL;
    }
    const char *data;
    PymSize n;
    if (pym_bytes_like_view(obj, &data, &n) < 0)
        return pym_err_format(&pym_exc_TypeError,
                              "decoding to str: need a bytes-like object, %.80s found",
                              PYM_TYPE_NAME(obj));
    return pym_str_decode(data, n, enc, err);
}

static PymObject *str_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    PymObject *a[3];
    if (pym_strings_bind_args("str", args, nargs, kwnames, names, 3, 0, 0, a) < 0)
        return NULL;
    PymObject *value;
    if (a[1] || a[2])
        value = str_decode_object(a[0], a[1], a[2]);
    else if (a[0])
        value = pym_object_str(a[0]);
    else
        value = pym_str_empty();
    if (!value || type == &pym_str_type)
        return value;
    PymObject *self = str_subtype_new(type, value);
    PYM_DECREF(value);
    return self;
}

static PymSequenceMethods str_as_sequence = {
    .length = str_length_slot,
    .concat = pym_str_concat,
    .repeat = str_repeat,
    .item = str_item,
    .contains = str_contains,
};

static PymMappingMethods str_as_mapping = {
    .length = str_length_slot,
    .subscript = str_subscript,
};

static PymNumberMethods str_as_number = {
    .remainder = str_mod,
};

PymType pym_str_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "str",
    .basicsize = sizeof(PymStrObject),
    .itemsize = 0,
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_STR_SUBCLASS,
    .dealloc = str_dealloc,
    .repr = pym_str_repr,
    .str = str_str,
    .hash = pym_str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .free = pym_object_free_raw,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .methods = pym_str_methods,
    .doc = "str(object='') -> str\n"
           "str(bytes_or_buffer[, encoding[, errors]]) -> str\n"
           "\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};
