/* bytes.c — the bytes and bytearray objects: storage, singletons,
 * constructors, repr, hashing, comparison, the sequence and mapping slots
 * (bytearray's item and slice assignment included), their iterators and
 * the two type objects.  The methods are in bytes_methods.c.
 *
 * Invariants: bytes are immutable, NUL-terminated past their size, with
 * the hash cached; b'' and the 256 one-byte strings are statically
 * allocated singletons; a bytearray owns a pym_mem buffer of `alloc` bytes
 * (NUL-terminated past its size when allocated) that grows and shrinks
 * with CPython's policy so sys.getsizeof figures agree.
 */
#include "object_internal.h"
#include "str_impl.h"
#include "errors.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "range.h"
#include "gc.h"
#include "ids.h"
#include "typeobject.h"

/* ---- bytes storage and singletons --------------------------------------- */

typedef struct StaticBytes {
    PYM_VAR_HEAD;
    PymHash hash;
    char data[2];
} StaticBytes;

#define BYTE_CHAR(c) { PYM_STATIC_VAR_HEAD(&pym_bytes_type, 1), -1, { (char)(c), 0 } }
#define X4(M, b) M(b), M((b) + 1), M((b) + 2), M((b) + 3)
#define X16(M, b) X4(M, b), X4(M, (b) + 4), X4(M, (b) + 8), X4(M, (b) + 12)
#define X64(M, b) X16(M, b), X16(M, (b) + 16), X16(M, (b) + 32), X16(M, (b) + 48)

static StaticBytes empty_bytes = { PYM_STATIC_VAR_HEAD(&pym_bytes_type, 0), -1, { 0, 0 } };
static StaticBytes byte_chars[256] = { X64(BYTE_CHAR, 0), X64(BYTE_CHAR, 64), X64(BYTE_CHAR, 128),
                                       X64(BYTE_CHAR, 192) };

static int is_static_bytes(PymObject *o)
{
    return o == (PymObject *)&empty_bytes ||
           ((char *)o >= (char *)byte_chars && (char *)o < (char *)(byte_chars + 256));
}

PymObject *pym_bytes_new_uninit(PymSize n)
{
    if (n < 0 || n > PYM_SSIZE_MAX_STR) {
        pym_err_no_memory();
        return NULL;
    }
    PymObject *o = pym_object_malloc(offsetof(PymBytesObject, data) + (size_t)n + 1);
    if (!o)
        return pym_err_no_memory();
    o->refcnt = 1;
    o->type = &pym_bytes_type;
    PYM_REF_TOTAL_INC();
    PYM_SIZE(o) = n;
    ((PymBytesObject *)o)->hash = -1;
    BYTES_DATA(o)[n] = 0;
    return o;
}

PymObject *pym_bytes_from_data(const void *data, PymSize n)
{
    if (n == 0)
        return PYM_NEWREF(&empty_bytes);
    if (n == 1)
        return PYM_NEWREF(&byte_chars[*(const uint8_t *)data]);
    PymObject *o = pym_bytes_new_uninit(n);
    if (o)
        memcpy(BYTES_DATA(o), data, (size_t)n);
    return o;
}

/* Canonical form of a freshly filled bytes: the singletons for short ones. */
static PymObject *bytes_result(PymObject *o)
{
    if (o && PYM_SIZE(o) <= 1 && !is_static_bytes(o)) {
        PymObject *r = pym_bytes_from_data(BYTES_DATA(o), PYM_SIZE(o));
        PYM_DECREF(o);
        return r;
    }
    return o;
}

const char *pym_bytes_data(PymObject *b) { return BYTES_DATA(b); }
PymSize pym_bytes_size(PymObject *b) { return PYM_SIZE(b); }

static void bytes_dealloc(PymObject *o)
{
    if (is_static_bytes(o)) {
        o->refcnt = 1;   /* an unbalanced decref; singletons are never freed */
        return;
    }
    PYM_TYPE(o)->free(o);
}

int pym_bytes_like_view(PymObject *o, const char **data, PymSize *n)
{
    if (PYM_BYTES_CHECK(o)) {
        *data = BYTES_DATA(o);
        *n = PYM_SIZE(o);
        return 0;
    }
    if (PYM_BYTEARRAY_CHECK(o)) {
        *data = BYTEARRAY_DATA(o) ? BYTEARRAY_DATA(o) : "";
        *n = PYM_SIZE(o);
        return 0;
    }
    *data = "";
    *n = 0;
    return -1;
}

int pym_bytes_buffer_arg(PymObject *o, const char **data, PymSize *n)
{
    if (pym_bytes_like_view(o, data, n) == 0)
        return 0;
    pym_err_format(&pym_exc_TypeError, "a bytes-like object is required, not '%.100s'",
                   PYM_TYPE_NAME(o));
    return -1;
}

PymObject *pym_bytes_make_like(PymObject *self, const char *data, PymSize n)
{
    return PYM_BYTEARRAY_CHECK(self) ? pym_bytearray_from_data(data, n) : pym_bytes_from_data(data, n);
}

PymObject *pym_bytes_decode_utf8(PymObject *b)
{
    return pym_str_decode(BYTES_DATA(b), PYM_SIZE(b), "utf-8", "strict");
}

/* ---- bytearray storage ------------------------------------------------------- */

static PymObject *bytearray_alloc(PymType *type)
{
    PymObject *o = type == &pym_bytearray_type ? pym_object_new(type) : pym_type_generic_alloc(type, 0);
    if (!o)
        return NULL;
    PymByteArrayObject *ba = (PymByteArrayObject *)o;
    PYM_SIZE(o) = 0;
    ba->alloc = 0;
    ba->bytes = ba->start = NULL;
    ba->exports = 0;
    if (type != &pym_bytearray_type && PYM_IS_GC(o))
        pym_gc_track(o);
    return o;
}

int pym_bytearray_resize(PymObject *o, PymSize size)
{
    PymByteArrayObject *ba = (PymByteArrayObject *)o;
    PymSize alloc = ba->alloc;
    if (size < 0 || size > PYM_SSIZE_MAX_STR) {
        pym_err_no_memory();
        return -1;
    }
    if (size == PYM_SIZE(o))
        return 0;
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) {   /* minor shrink: keep the buffer */
            PYM_SIZE(o) = size;
            ba->bytes[size] = 0;
            return 0;
        }
        alloc = size + 1;
    } else if ((double)size <= (double)alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);   /* moderate growth: over-allocate */
    } else {
        alloc = size + 1;
    }
    char *bytes = pym_mem_realloc(ba->bytes, (size_t)alloc);
    if (!bytes) {
        pym_err_no_memory();
        return -1;
    }
    ba->bytes = ba->start = bytes;
    ba->alloc = alloc;
    PYM_SIZE(o) = size;
    bytes[size] = 0;
    return 0;
}

PymObject *pym_bytearray_from_data(const void *data, PymSize n)
{
    PymObject *o = bytearray_alloc(&pym_bytearray_type);
    if (!o)
        return NULL;
    if (n > 0) {
        if (pym_bytearray_resize(o, n) < 0) {
            PYM_DECREF(o);
            return NULL;
        }
        memcpy(BYTEARRAY_DATA(o), data, (size_t)n);
    }
    return o;
}

static void bytearray_dealloc(PymObject *o)
{
    pym_mem_free(BYTEARRAY_DATA(o));
    PYM_TYPE(o)->free(o);
}

/* ---- construction: bytes(x), bytearray(x) ------------------------------- */

/* A byte value from an index-able object: ValueError outside 0..255. */
static int byte_value(PymObject *o, int *value)
{
    PymSize v = pym_number_as_ssize(o, NULL);
    if (v == -1 && pym_err_occurred())
        return -1;
    if (v < 0 || v > 255) {
        pym_err_set_string(&pym_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *value = (int)v;
    return 0;
}

/* Collect the bytes of an iterable of ints into a fresh bytearray. */
static PymObject *bytes_from_iterable(PymObject *x, const char *type_name)
{
    PymObject *it = pym_object_get_iter(x);
    if (!it) {
        if (pym_err_exception_matches(&pym_exc_TypeError))
            pym_err_format(&pym_exc_TypeError, "cannot convert '%.200s' object to %s", PYM_TYPE_NAME(x),
                           type_name);
        return NULL;
    }
    PymObject *acc = pym_bytearray_from_data("", 0);
    PymObject *item;
    while (acc && (item = pym_iter_next(it))) {
        int v;
        int rc = byte_value(item, &v);
        PYM_DECREF(item);
        if (rc < 0 && strcmp(type_name, "bytes") == 0 && pym_err_exception_matches(&pym_exc_ValueError))
            pym_err_set_string(&pym_exc_ValueError, "bytes must be in range(0, 256)");
        if (rc < 0 || pym_bytearray_resize(acc, PYM_SIZE(acc) + 1) < 0) {
            PYM_CLEAR(acc);
            break;
        }
        BYTEARRAY_DATA(acc)[PYM_SIZE(acc) - 1] = (char)v;
    }
    PYM_DECREF(it);
    if (acc && pym_err_occurred())
        PYM_CLEAR(acc);
    return acc;
}

/* The contents bytes(x[, encoding[, errors]]) would have, as a bytes or a
 * bytearray (new reference); type_name names the constructor in messages. */
static PymObject *bytes_source(PymObject *x, PymObject *encoding, PymObject *errors,
                               const char *type_name)
{
    if (encoding || errors) {
        const char *enc = NULL, *err = NULL;
        for (int k = 0; k < 2; k++) {
            PymObject *a = k ? errors : encoding;
            if (!a)
                continue;
            if (!PYM_STR_CHECK(a))
                return pym_err_format(&pym_exc_TypeError, "%s() argument '%s' must be str, not %.100s",
                                      type_name, k ? "errors" : "encoding", pym_strings_arg_type_name(a));
            const char *u = pym_str_as_utf8(a);
            if (!u)
                return NULL;
            if (k)
                err = u;
            else
                enc = u;
        }
        if (!x || !PYM_STR_CHECK(x)) {
            pym_err_set_string(&pym_exc_TypeError, encoding ? "encoding without a string argument"
                                                            : "errors without a string argument");
            return NULL;
        }
        return pym_str_encode(x, enc, err);
    }
    if (!x)
        return pym_bytes_from_data("", 0);
    if (PYM_STR_CHECK(x)) {
        pym_err_set_string(&pym_exc_TypeError, "string argument without an encoding");
        return NULL;
    }
    const char *data;
    PymSize n;
    if (pym_bytes_like_view(x, &data, &n) == 0)
        return pym_bytes_from_data(data, n);
    if (strcmp(type_name, "bytes") == 0) {
        PymObject *meth = pym_type_lookup_borrow(PYM_TYPE(x), PYM_ID(__bytes__));
        if (meth) {
            PymObject *r = pym_call_special_present(x, PYM_ID(__bytes__), NULL, 0);
            if (r && !PYM_BYTES_CHECK(r)) {
                pym_err_format(&pym_exc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                               PYM_TYPE_NAME(r));
                PYM_CLEAR(r);
            }
            return r;
        }
    }
    PymNumberMethods *nm = PYM_TYPE(x)->as_number;
    if (nm && nm->index) {
        PymSize count = pym_number_as_ssize(x, &pym_exc_OverflowError);
        if (count == -1 && pym_err_occurred())
            return NULL;
        if (count < 0) {
            pym_err_set_string(&pym_exc_ValueError, "negative count");
            return NULL;
        }
        PymObject *r = pym_bytes_new_uninit(count);
        if (r)
            memset(BYTES_DATA(r), 0, (size_t)count);
        return bytes_result(r);
    }
    return bytes_from_iterable(x, type_name);
}

PymObject *pym_bytes_from_object(PymObject *o)
{
    const char *data;
    PymSize n;
    if (PYM_TYPE(o) == &pym_bytes_type)
        return PYM_NEWREF(o);
    if (pym_bytes_like_view(o, &data, &n) == 0)
        return pym_bytes_from_data(data, n);
    if (!PYM_STR_CHECK(o) && pym_type_lookup_borrow(PYM_TYPE(o), PYM_ID(__bytes__))) {
        PymObject *r = pym_call_special_present(o, PYM_ID(__bytes__), NULL, 0);
        if (r && !PYM_BYTES_CHECK(r)) {
            pym_err_format(&pym_exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", PYM_TYPE_NAME(r));
            PYM_CLEAR(r);
        }
        return r;
    }
    if (PYM_STR_CHECK(o))
        return pym_err_format(&pym_exc_TypeError, "cannot convert '%.200s' object to bytes", PYM_TYPE_NAME(o));
    PymObject *acc = bytes_from_iterable(o, "bytes");
    if (!acc)
        return NULL;
    PymObject *r = pym_bytes_from_data(BYTEARRAY_DATA(acc) ? BYTEARRAY_DATA(acc) : "", PYM_SIZE(acc));
    PYM_DECREF(acc);
    return r;
}

static PymObject *bytes_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    PymObject *a[3];
    if (pym_strings_bind_args("bytes", args, nargs, kwnames, names, 3, 0, 0, a) < 0)
        return NULL;
    PymObject *src = bytes_source(a[0], a[1], a[2], "bytes");
    if (!src)
        return NULL;
    const char *data;
    PymSize n;
    pym_bytes_like_view(src, &data, &n);
    PymObject *result;
    if (type == &pym_bytes_type) {
        result = PYM_BYTES_CHECK(src) && PYM_TYPE(src) == &pym_bytes_type ? PYM_NEWREF(src)
                                                                            : pym_bytes_from_data(data, n);
    } else {
        result = pym_type_generic_alloc(type, n);
        if (result) {
            memcpy(BYTES_DATA(result), data, (size_t)n);
            BYTES_DATA(result)[n] = 0;
            PYM_SIZE(result) = n;
            ((PymBytesObject *)result)->hash = -1;
            if (PYM_IS_GC(result))
                pym_gc_track(result);
        }
    }
    PYM_DECREF(src);
    return result;
}

static PymObject *bytearray_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return bytearray_alloc(type);
}

static int bytearray_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    PymObject *a[3];
    if (pym_strings_bind_args("bytearray", args, nargs, kwnames, names, 3, 0, 0, a) < 0)
        return -1;
    PymObject *src = bytes_source(a[0], a[1], a[2], "bytearray");
    if (!src)
        return -1;
    const char *data;
    PymSize n;
    pym_bytes_like_view(src, &data, &n);
    int rc = pym_bytearray_resize(self, 0);
    if (rc == 0 && n > 0) {
        rc = pym_bytearray_resize(self, n);
        if (rc == 0)
            memcpy(BYTEARRAY_DATA(self), data, (size_t)n);
    }
    PYM_DECREF(src);
    return rc;
}

/* ---- repr, hash, comparison ---------------------------------------------- */

/* bytearray's repr escapes ' even inside "..." (as CPython's does). */
static PymObject *repr_of(const char *data, PymSize n, const char *prefix, const char *suffix,
                          int always_escape_single)
{
    int has_single = memchr(data, '\'', (size_t)n) != NULL;
    int has_double = memchr(data, '"', (size_t)n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    PymStrWriter w;
    pym_str_writer_init(&w);
    char esc[5];
    if (pym_str_writer_write_cstr(&w, prefix) < 0 || pym_str_writer_write_char(&w, (uint32_t)quote) < 0)
        goto fail;
    for (PymSize i = 0; i < n; i++) {
        uint8_t c = (uint8_t)data[i];
        const char *piece = esc;
        PymSize len = 2;
        esc[0] = '\\';
        if (c == (uint8_t)quote || c == '\\' || (c == '\'' && always_escape_single))
            esc[1] = (char)c;
        else if (c == '\t')
            esc[1] = 't';
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c < 0x20 || c >= 0x7F) {
            static const char hex[] = "0123456789abcdef";
            esc[1] = 'x', esc[2] = hex[c >> 4], esc[3] = hex[c & 15], len = 4;
        } else {
            piece = (const char *)&data[i], len = 1;
        }
        if (pym_str_writer_write_utf8(&w, piece, len) < 0)
            goto fail;
    }
    if (pym_str_writer_write_char(&w, (uint32_t)quote) < 0 || pym_str_writer_write_cstr(&w, suffix) < 0)
        goto fail;
    return pym_str_writer_finish(&w);
fail:
    pym_str_writer_discard(&w);
    return NULL;
}

PymObject *pym_bytes_repr(PymObject *b)
{
    return repr_of(BYTES_DATA(b), PYM_SIZE(b), "b", "", 0);
}

static PymObject *bytearray_repr(PymObject *o)
{
    const char *name = PYM_TYPE_NAME(o);
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (pym_str_writer_write_cstr(&w, name) < 0 || pym_str_writer_write_cstr(&w, "(b") < 0) {
        pym_str_writer_discard(&w);
        return NULL;
    }
    PymObject *prefix = pym_str_writer_finish(&w);
    if (!prefix)
        return NULL;
    PymObject *r = repr_of(BYTEARRAY_DATA(o) ? BYTEARRAY_DATA(o) : "", PYM_SIZE(o),
                           pym_str_as_utf8(prefix), ")", 1);
    PYM_DECREF(prefix);
    return r;
}

static PymHash bytes_hash(PymObject *o)
{
    PymBytesObject *b = (PymBytesObject *)o;
    if (b->hash == -1)
        b->hash = pym_hash_bytes(b->data, PYM_SIZE(o));
    return b->hash;
}

static PymObject *bytes_richcompare(PymObject *a, PymObject *b, int op)
{
    const char *da, *db;
    PymSize na, nb;
    if (pym_bytes_like_view(a, &da, &na) < 0 || pym_bytes_like_view(b, &db, &nb) < 0)
        PYM_RETURN_NOTIMPLEMENTED;
    int cmp;
    if ((op == PYM_EQ || op == PYM_NE) && na != nb) {
        cmp = 1;
    } else {
        cmp = memcmp(da, db, (size_t)(na < nb ? na : nb));
        if (cmp == 0)
            cmp = na < nb ? -1 : na > nb ? 1 : 0;
    }
    int result;
    switch (op) {
    case PYM_EQ: result = cmp == 0; break;
    case PYM_NE: result = cmp != 0; break;
    case PYM_LT: result = cmp < 0; break;
    case PYM_LE: result = cmp <= 0; break;
    case PYM_GT: result = cmp > 0; break;
    default: result = cmp >= 0; break;
    }
    return pym_bool_from(result);
}

/* ---- sequence and mapping slots (shared) --------------------------------- */

static PymSize bytes_length(PymObject *o) { return PYM_SIZE(o); }

static const char *view_data(PymObject *o)
{
    const char *d;
    PymSize n;
    pym_bytes_like_view(o, &d, &n);
    return d;
}

static PymObject *bytes_concat(PymObject *a, PymObject *b)
{
    const char *da, *db;
    PymSize na, nb;
    if (pym_bytes_like_view(a, &da, &na) < 0 || pym_bytes_like_view(b, &db, &nb) < 0) {
        PymObject *other = pym_bytes_like_view(a, &da, &na) < 0 ? a : b;
        PymObject *self = other == a ? b : a;
        return pym_err_format(&pym_exc_TypeError, "can't concat %.100s to %.100s", PYM_TYPE_NAME(other),
                              PYM_TYPE_NAME(self));
    }
    if (na > PYM_SSIZE_MAX_STR - nb)
        return pym_err_no_memory();
    if (PYM_BYTEARRAY_CHECK(a)) {
        PymObject *r = pym_bytearray_from_data(da, na);
        if (r && nb) {
            if (pym_bytearray_resize(r, na + nb) < 0)
                PYM_CLEAR(r);
            else
                memcpy(BYTEARRAY_DATA(r) + na, db, (size_t)nb);
        }
        return r;
    }
    if (nb == 0 && PYM_TYPE(a) == &pym_bytes_type)
        return PYM_NEWREF(a);
    PymObject *r = pym_bytes_new_uninit(na + nb);
    if (!r)
        return NULL;
    memcpy(BYTES_DATA(r), da, (size_t)na);
    memcpy(BYTES_DATA(r) + na, db, (size_t)nb);
    return bytes_result(r);
}

static void fill_repeat(char *dst, const char *src, PymSize n, PymSize count)
{
    if (n == 1) {
        memset(dst, src[0], (size_t)count);
        return;
    }
    for (PymSize i = 0; i < count; i++)
        memcpy(dst + i * n, src, (size_t)n);
}

static PymObject *bytes_repeat(PymObject *o, PymSize count)
{
    PymSize n = PYM_SIZE(o);
    const char *d = view_data(o);
    if (count < 0)
        count = 0;
    if (n && count > PYM_SSIZE_MAX_STR / n)
        return pym_err_no_memory();
    if (PYM_BYTEARRAY_CHECK(o)) {
        PymObject *r = pym_bytearray_from_data("", 0);
        if (r && n > 0 && count > 0) {
            if (pym_bytearray_resize(r, n * count) < 0)
                PYM_CLEAR(r);
            else
                fill_repeat(BYTEARRAY_DATA(r), d, n, count);
        }
        return r;
    }
    if (count == 1 && PYM_TYPE(o) == &pym_bytes_type)
        return PYM_NEWREF(o);
    PymObject *r = pym_bytes_new_uninit(n * count);
    if (r)
        fill_repeat(BYTES_DATA(r), d, n, count);
    return bytes_result(r);
}

static const char *index_error_message(PymObject *o)
{
    return PYM_BYTEARRAY_CHECK(o) ? "bytearray index out of range" : "index out of range";
}

static PymObject *bytes_item(PymObject *o, PymSize i)
{
    if (i < 0 || i >= PYM_SIZE(o)) {
        pym_err_set_string(&pym_exc_IndexError, index_error_message(o));
        return NULL;
    }
    return pym_int_from_i64((uint8_t)view_data(o)[i]);
}

static int has_index(PymObject *o)
{
    PymNumberMethods *nm = PYM_TYPE(o)->as_number;
    return nm && nm->index;
}

static PymObject *bytes_subscript(PymObject *o, PymObject *key)
{
    if (has_index(key)) {
        PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
        if (i == -1 && pym_err_occurred())
            return NULL;
        if (i < 0)
            i += PYM_SIZE(o);
        return bytes_item(o, i);
    }
    if (PYM_SLICE_CHECK(key)) {
        PymSize start, stop, step;
        PymSize n = pym_slice_indices(key, PYM_SIZE(o), &start, &stop, &step);
        if (n < 0)
            return NULL;
        const char *d = view_data(o);
        if (step == 1)
            return pym_bytes_make_like(o, d + start, n);
        char small[256];
        char *buf = n <= (PymSize)sizeof small ? small : pym_mem_malloc((size_t)n);
        if (!buf)
            return pym_err_no_memory();
        for (PymSize k = 0, i = start; k < n; k++, i += step)
            buf[k] = d[i];
        PymObject *r = pym_bytes_make_like(o, buf, n);
        if (buf != small)
            pym_mem_free(buf);
        return r;
    }
    return pym_err_format(&pym_exc_TypeError, "%s indices must be integers or slices, not %.200s",
                          PYM_BYTEARRAY_CHECK(o) ? "bytearray" : "byte", PYM_TYPE_NAME(key));
}

static int bytes_contains(PymObject *o, PymObject *x)
{
    const char *d = view_data(o);
    PymSize n = PYM_SIZE(o);
    if (has_index(x)) {
        int v;
        if (byte_value(x, &v) < 0)
            return -1;
        return memchr(d, v, (size_t)n) != NULL;
    }
    const char *sd;
    PymSize sn;
    if (pym_bytes_buffer_arg(x, &sd, &sn) < 0)
        return -1;
    if (sn == 0)
        return 1;
    for (PymSize i = 0; i + sn <= n; i++)
        if (d[i] == sd[0] && memcmp(d + i, sd, (size_t)sn) == 0)
            return 1;
    return 0;
}

static PymObject *bytes_mod(PymObject *a, PymObject *b)
{
    if (!PYM_BYTES_CHECK(a) && !PYM_BYTEARRAY_CHECK(a))
        PYM_RETURN_NOTIMPLEMENTED;
    return pym_bytes_percent_format(a, b);
}

static PymObject *bytes_str(PymObject *o)
{
    return PYM_BYTEARRAY_CHECK(o) ? bytearray_repr(o) : pym_bytes_repr(o);
}

/* ---- bytearray mutation slots ---------------------------------------------- */

/* Replace self[lo:hi] by data[0:n) (data may alias self: copied first). */
static int bytearray_splice(PymObject *self, PymSize lo, PymSize hi, const char *data, PymSize n)
{
    PymSize size = PYM_SIZE(self), growth = n - (hi - lo);
    char *copy = NULL;
    if (n && data >= BYTEARRAY_DATA(self) && data < BYTEARRAY_DATA(self) + size) {
        copy = pym_mem_malloc((size_t)n);
        if (!copy) {
            pym_err_no_memory();
            return -1;
        }
        memcpy(copy, data, (size_t)n);
        data = copy;
    }
    if (growth > 0) {
        if (pym_bytearray_resize(self, size + growth) < 0) {
            pym_mem_free(copy);
            return -1;
        }
        char *d = BYTEARRAY_DATA(self);
        memmove(d + hi + growth, d + hi, (size_t)(size - hi));
    } else if (growth < 0) {
        char *d = BYTEARRAY_DATA(self);
        memmove(d + hi + growth, d + hi, (size_t)(size - hi));
        if (pym_bytearray_resize(self, size + growth) < 0) {
            pym_mem_free(copy);
            return -1;
        }
    }
    if (n)
        memcpy(BYTEARRAY_DATA(self) + lo, data, (size_t)n);
    pym_mem_free(copy);
    return 0;
}

static int bytearray_ass_item(PymObject *self, PymSize i, PymObject *value)
{
    if (i < 0 || i >= PYM_SIZE(self)) {
        pym_err_set_string(&pym_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!value)
        return bytearray_splice(self, i, i + 1, NULL, 0);
    int v;
    if (byte_value(value, &v) < 0)
        return -1;
    BYTEARRAY_DATA(self)[i] = (char)v;
    return 0;
}

/* The bytes a slice assignment stores, as a new bytes/bytearray. */
static PymObject *assigned_bytes(PymObject *value)
{
    const char *d;
    PymSize n;
    if (pym_bytes_like_view(value, &d, &n) == 0)
        return PYM_NEWREF(value);
    if (PYM_STR_CHECK(value) || has_index(value)) {
        pym_err_set_string(&pym_exc_TypeError,
                           "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return NULL;
    }
    PymObject *r = bytes_from_iterable(value, "bytearray");
    if (!r && pym_err_exception_matches(&pym_exc_TypeError))
        pym_err_set_string(&pym_exc_TypeError,
                           "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return r;
}

static int bytearray_ass_subscript(PymObject *self, PymObject *key, PymObject *value)
{
    if (has_index(key)) {
        PymSize i = pym_number_as_ssize(key, &pym_exc_IndexError);
        if (i == -1 && pym_err_occurred())
            return -1;
        if (i < 0)
            i += PYM_SIZE(self);
        return bytearray_ass_item(self, i, value);
    }
    if (!PYM_SLICE_CHECK(key)) {
        pym_err_format(&pym_exc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                       PYM_TYPE_NAME(key));
        return -1;
    }
    PymSize start, stop, step;
    PymSize n = pym_slice_indices(key, PYM_SIZE(self), &start, &stop, &step);
    if (n < 0)
        return -1;
    PymObject *src = NULL;
    const char *sd = "";
    PymSize sn = 0;
    if (value) {
        if (!(src = assigned_bytes(value)))
            return -1;
        pym_bytes_like_view(src, &sd, &sn);
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        rc = bytearray_splice(self, start, stop, sd, sn);
    } else if (!value) {
        /* delete an extended slice: compact the survivors */
        char *d = BYTEARRAY_DATA(self);
        PymSize size = PYM_SIZE(self), out = 0;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        for (PymSize i = 0; i < size; i++) {
            int deleted = n > 0 && i >= start && (i - start) % step == 0 && (i - start) / step < n;
            if (!deleted)
                d[out++] = d[i];
        }
        rc = pym_bytearray_resize(self, out);
    } else if (sn != n) {
        pym_err_format(&pym_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                       sn, n);
        rc = -1;
    } else {
        char *d = BYTEARRAY_DATA(self);
        for (PymSize k = 0, i = start; k < n; k++, i += step)
            d[i] = sd[k];
    }
    PYM_XDECREF(src);
    return rc;
}

static PymObject *bytearray_inplace_concat(PymObject *self, PymObject *other)
{
    const char *d;
    PymSize n;
    if (pym_bytes_like_view(other, &d, &n) < 0)
        return pym_err_format(&pym_exc_TypeError, "can't concat %.100s to %.100s", PYM_TYPE_NAME(other),
                              PYM_TYPE_NAME(self));
    if (bytearray_splice(self, PYM_SIZE(self), PYM_SIZE(self), d, n) < 0)
        return NULL;
    return PYM_NEWREF(self);
}

static PymObject *bytearray_inplace_repeat(PymObject *self, PymSize count)
{
    PymSize n = PYM_SIZE(self);
    if (count <= 0 || n == 0) {
        if (pym_bytearray_resize(self, 0) < 0)
            return NULL;
        return PYM_NEWREF(self);
    }
    if (count > PYM_SSIZE_MAX_STR / n)
        return pym_err_no_memory();
    if (pym_bytearray_resize(self, n * count) < 0)
        return NULL;
    char *d = BYTEARRAY_DATA(self);
    for (PymSize i = 1; i < count; i++)
        memcpy(d + i * n, d, (size_t)n);
    return PYM_NEWREF(self);
}

/* ---- iterators ------------------------------------------------------------- */

typedef struct BytesIterObject {
    PYM_OBJECT_HEAD;
    PymObject *seq;     /* NULL once exhausted */
    PymSize index;
} BytesIterObject;

static PymObject *bytes_iter(PymObject *o)
{
    PymType *type = PYM_BYTEARRAY_CHECK(o) ? &pym_bytearray_iter_type : &pym_bytes_iter_type;
    BytesIterObject *it = (BytesIterObject *)pym_gc_alloc(type, sizeof(BytesIterObject));
    if (!it)
        return NULL;
    it->seq = PYM_NEWREF(o);
    it->index = 0;
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void bytes_iter_dealloc(PymObject *o)
{
    pym_gc_untrack(o);
    PYM_CLEAR(((BytesIterObject *)o)->seq);
    PYM_TYPE(o)->free(o);
}

static int bytes_iter_traverse(PymObject *o, PymVisitProc visit, void *arg)
{
    PymObject *s = ((BytesIterObject *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static int bytes_iter_clear(PymObject *o)
{
    PYM_CLEAR(((BytesIterObject *)o)->seq);
    return 0;
}

static PymObject *bytes_iter_next(PymObject *o)
{
    BytesIterObject *it = (BytesIterObject *)o;
    if (!it->seq)
        return NULL;
    if (it->index < PYM_SIZE(it->seq))
        return pym_int_from_i64((uint8_t)view_data(it->seq)[it->index++]);
    PYM_CLEAR(it->seq);
    return NULL;
}

static PymObject *bytes_iter_length_hint(PymObject *o, PymObject *unused)
{
    BytesIterObject *it = (BytesIterObject *)o;
    PymSize left = it->seq ? PYM_SIZE(it->seq) - it->index : 0;
    return pym_int_from_ssize(left > 0 ? left : 0);
}

static PymObject *self_iter(PymObject *o) { return PYM_NEWREF(o); }

static PymMethodDef bytes_iter_methods[] = {
    PYM_METHOD("__length_hint__", bytes_iter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

#define BYTES_ITER_TYPE(cname, pyname)                                        \
    PymType cname = {                                                         \
        .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),                         \
        .name = pyname,                                                       \
        .basicsize = sizeof(BytesIterObject),                                 \
        .flags = PYM_TPFLAG_HAVE_GC,                                          \
        .dealloc = bytes_iter_dealloc,                                        \
        .traverse = bytes_iter_traverse,                                      \
        .clear = bytes_iter_clear,                                            \
        .free = pym_gc_free,                                                  \
        .iter = self_iter,                                                    \
        .iternext = bytes_iter_next,                                          \
        .methods = bytes_iter_methods,                                        \
    }
BYTES_ITER_TYPE(pym_bytes_iter_type, "bytes_iterator");
BYTES_ITER_TYPE(pym_bytearray_iter_type, "bytearray_iterator");

/* ---- the type objects ------------------------------------------------------ */

static PymSequenceMethods bytes_as_sequence = {
    .length = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .contains = bytes_contains,
};

static PymMappingMethods bytes_as_mapping = {
    .length = bytes_length,
    .subscript = bytes_subscript,
};

static PymNumberMethods bytes_as_number = {
    .remainder = bytes_mod,
};

PymType pym_bytes_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "bytes",
    .basicsize = offsetof(PymBytesObject, data) + 1,
    .itemsize = 1,
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_BYTES_SUBCLASS,
    .dealloc = bytes_dealloc,
    .repr = pym_bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .free = pym_object_free_raw,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .methods = pym_bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
};

static PymSequenceMethods bytearray_as_sequence = {
    .length = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .ass_item = bytearray_ass_item,
    .contains = bytes_contains,
    .inplace_concat = bytearray_inplace_concat,
    .inplace_repeat = bytearray_inplace_repeat,
};

static PymMappingMethods bytearray_as_mapping = {
    .length = bytes_length,
    .subscript = bytes_subscript,
    .ass_subscript = bytearray_ass_subscript,
};

PymType pym_bytearray_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "bytearray",
    .basicsize = sizeof(PymByteArrayObject),
    .flags = PYM_TPFLAG_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .str = bytes_str,
    .hash = pym_object_hash_not_implemented,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .free = pym_object_free_raw,
    .as_number = &bytes_as_number,
    .as_sequence = &bytearray_as_sequence,
    .as_mapping = &bytearray_as_mapping,
    .methods = pym_bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
};
