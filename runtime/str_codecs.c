/* str_codecs.c — the built-in codecs: UTF-8, ASCII, Latin-1, UTF-16 and
 * UTF-32 (with or without byte order) in both directions, with the error handlers strict, ignore, replace,
 * surrogateescape, surrogatepass, backslashreplace and xmlcharrefreplace.
 *
 * Owns pym_str_decode, pym_str_encode and pym_str_encode_utf8.
 * Invariants: errors are reported as CPython does — UnicodeDecodeError over
 * the maximal invalid subpart of a UTF-8 sequence ("invalid start byte",
 * "invalid continuation byte", "unexpected end of data"), UnicodeEncodeError
 * over the whole run of unencodable characters — and an unknown handler
 * name only matters once an error happens (LookupError then).
 */
#include "str_impl.h"
#include "errors.h"
#include "int.h"
#include "bytes.h"
#include <stdio.h>
#include <ctype.h>

enum Codec {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1,
    CODEC_UTF16, CODEC_UTF16_LE, CODEC_UTF16_BE, CODEC_UTF32, CODEC_UTF32_LE, CODEC_UTF32_BE
};
enum Handler {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_SURROGATEESCAPE, ERR_SURROGATEPASS,
    ERR_BACKSLASHREPLACE, ERR_XMLCHARREFREPLACE, ERR_NAMEREPLACE, ERR_UNKNOWN
};

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                           "utf-32", "utf-32-le", "utf-32-be" };

static int is_utf16(int codec) { return codec >= CODEC_UTF16 && codec <= CODEC_UTF16_BE; }
static int is_utf32(int codec) { return codec >= CODEC_UTF32; }

/* Codec lookup after CPython's normalization: lower case, runs of
 * punctuation and spaces become one '_'. */
static int lookup_codec(const char *encoding)
{
    if (!encoding)
        return CODEC_UTF8;
    char norm[64];
    size_t n = 0;
    int pending_sep = 0;
    for (const char *p = encoding; *p && n < sizeof norm - 2; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.' || c >= 0x80) {
            if (pending_sep && n)
                norm[n++] = '_';
            pending_sep = 0;
            norm[n++] = (char)tolower(c);
        } else {
            pending_sep = 1;
        }
    }
    norm[n] = 0;
    static const struct { const char *name; int codec; } aliases[] = {
        { "utf_8", CODEC_UTF8 }, { "utf8", CODEC_UTF8 }, { "u8", CODEC_UTF8 },
        { "utf", CODEC_UTF8 }, { "utf8_ucs2", CODEC_UTF8 }, { "utf8_ucs4", CODEC_UTF8 },
        { "cp65001", CODEC_UTF8 },
        { "ascii", CODEC_ASCII }, { "us_ascii", CODEC_ASCII }, { "646", CODEC_ASCII },
        { "us", CODEC_ASCII }, { "ansi_x3.4_1968", CODEC_ASCII }, { "ansi_x3_4_1968", CODEC_ASCII },
        { "ansi_x3.4_1986", CODEC_ASCII }, { "cp367", CODEC_ASCII }, { "csascii", CODEC_ASCII },
        { "ibm367", CODEC_ASCII }, { "iso646_us", CODEC_ASCII }, { "iso_646.irv_1991", CODEC_ASCII },
        { "iso_ir_6", CODEC_ASCII },
        { "latin_1", CODEC_LATIN1 }, { "latin1", CODEC_LATIN1 }, { "latin", CODEC_LATIN1 },
        { "l1", CODEC_LATIN1 }, { "iso_8859_1", CODEC_LATIN1 }, { "iso8859_1", CODEC_LATIN1 },
        { "8859", CODEC_LATIN1 }, { "cp819", CODEC_LATIN1 }, { "csisolatin1", CODEC_LATIN1 },
        { "ibm819", CODEC_LATIN1 }, { "iso_ir_100", CODEC_LATIN1 }, { "iso_8859_1_1987", CODEC_LATIN1 },
        { "utf_16", CODEC_UTF16 }, { "utf16", CODEC_UTF16 }, { "u16", CODEC_UTF16 },
        { "utf_16_le", CODEC_UTF16_LE }, { "utf_16le", CODEC_UTF16_LE }, { "utf16le", CODEC_UTF16_LE },
        { "utf_16_be", CODEC_UTF16_BE }, { "utf_16be", CODEC_UTF16_BE }, { "utf16be", CODEC_UTF16_BE },
        { "utf_32", CODEC_UTF32 }, { "utf32", CODEC_UTF32 }, { "u32", CODEC_UTF32 },
        { "utf_32_le", CODEC_UTF32_LE }, { "utf_32le", CODEC_UTF32_LE }, { "utf32le", CODEC_UTF32_LE },
        { "utf_32_be", CODEC_UTF32_BE }, { "utf_32be", CODEC_UTF32_BE }, { "utf32be", CODEC_UTF32_BE },
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0)
            return aliases[i].codec;
    pym_err_format(&pym_exc_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

static int lookup_handler(const char *errors)
{
    static const char *const names[] = { "strict", "ignore", "replace", "surrogateescape",
                                         "surrogatepass", "backslashreplace",
                                         "xmlcharrefreplace", "namereplace" };
    if (!errors)
        return ERR_STRICT;
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (strcmp(errors, names[i]) == 0)
            return i;
    return ERR_UNKNOWN;
}

static void unknown_handler(const char *errors)
{
    pym_err_format(&pym_exc_LookupError, "unknown error handler name '%s'", errors);
}

static void raise_unicode_error(PymType *type, const char *codec, PymObject *object, PymSize start,
                                PymSize end, const char *reason)
{
    PymObject *args[5] = { pym_str_from_cstr(codec), object, pym_int_from_ssize(start),
                           pym_int_from_ssize(end), pym_str_from_cstr(reason) };
    if (args[0] && args[2] && args[3] && args[4]) {
        PymObject *exc = pym_exception_new(type, args, 5);
        if (exc) {
            pym_err_set_object(type, exc);
            PYM_DECREF(exc);
        }
    }
    PYM_XDECREF(args[0]);
    PYM_XDECREF(args[2]);
    PYM_XDECREF(args[3]);
    PYM_XDECREF(args[4]);
}

static void raise_decode_error(const char *codec, const char *data, PymSize n, PymSize start,
                               PymSize end, const char *reason)
{
    PymObject *bytes = pym_bytes_from_data(data, n);
    if (!bytes)
        return;
    raise_unicode_error(&pym_exc_UnicodeDecodeError, codec, bytes, start, end, reason);
    PYM_DECREF(bytes);
}

/* ---- decoding ------------------------------------------------------------ */

/* Length of the well-formed UTF-8 sequence at p (its code point in *cp), or
 * 0 with *bad = the length of the maximal invalid subpart and *reason. */
static int utf8_sequence(const uint8_t *p, const uint8_t *end, int allow_surrogates, uint32_t *cp,
                         int *bad, const char **reason)
{
    uint8_t b0 = p[0];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    int need;
    uint32_t c;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        c = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        c = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED && !allow_surrogates)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        c = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; k++) {
        if (p + k >= end) {
            *bad = k;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t b = p[k];
        if (b < lo || b > hi) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
        c = (c << 6) | (b & 0x3F);
    }
    *cp = c;
    return need + 1;
}

/* Apply a decode error handler to the bytes data[start:end). */
static int decode_handle(PymUBuf *b, int handler, const char *errors, const char *codec,
                         const char *data, PymSize n, PymSize start, PymSize end, const char *reason)
{
    switch (handler) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return pym_ubuf_put(b, 0xFFFD);
    case ERR_SURROGATEESCAPE:
        for (PymSize i = start; i < end; i++) {
            uint8_t byte = (uint8_t)data[i];
            if (byte < 128) {
                raise_decode_error(codec, data, n, start, end, reason);
                return -1;
            }
            if (pym_ubuf_put(b, 0xDC00 + byte) < 0)
                return -1;
        }
        return 0;
    case ERR_BACKSLASHREPLACE:
        for (PymSize i = start; i < end; i++) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\x%02x", (uint8_t)data[i]);
            if (pym_ubuf_put_ascii(b, esc, 4) < 0)
                return -1;
        }
        return 0;
    case ERR_UNKNOWN:
        unknown_handler(errors);
        return -1;
    case ERR_XMLCHARREFREPLACE:
    case ERR_NAMEREPLACE:
        pym_err_set_string(&pym_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    default:   /* strict, and surrogatepass outside UTF-8 */
        raise_decode_error(codec, data, n, start, end, reason);
        return -1;
    }
}

static PymObject *decode_utf8(const char *data, PymSize n, const char *errors)
{
    int handler = lookup_handler(errors);
    int allow_surrogates = handler == ERR_SURROGATEPASS;
    const uint8_t *p = (const uint8_t *)data, *end = p + n;
    /* first pass: validate, count, find the largest code point */
    PymSize length = 0;
    uint32_t maxchar = 0;
    int clean = 1;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            length++;
            continue;
        }
        uint32_t c;
        int bad;
        const char *reason;
        int k = utf8_sequence(p, end, allow_surrogates, &c, &bad, &reason);
        if (!k) {
            clean = 0;
            break;
        }
        p += k;
        length++;
        if (c > maxchar)
            maxchar = c;
    }
    if (clean) {
        if (maxchar < 0x80)
            return pym_str_from_ascii(data, n);
        PymObject *s = pym_str_new_uninit(length, maxchar);
        if (!s)
            return NULL;
        int kind = str_kind(s);
        void *out = str_data(s);
        p = (const uint8_t *)data;
        for (PymSize i = 0; i < length; i++) {
            uint32_t c;
            int bad;
            const char *reason;
            p += utf8_sequence(p, end, allow_surrogates, &c, &bad, &reason);
            str_write(kind, out, i, c);
        }
        return pym_str_result(s);
    }
    /* second path: errors to handle */
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, n) < 0)
        return NULL;
    p = (const uint8_t *)data;
    while (p < end) {
        uint32_t c;
        int bad;
        const char *reason;
        int k = utf8_sequence(p, end, allow_surrogates, &c, &bad, &reason);
        if (k) {
            if (pym_ubuf_put(&b, c) < 0)
                goto fail;
            p += k;
            continue;
        }
        PymSize start = (const char *)p - data;
        if (decode_handle(&b, handler, errors, "utf-8", data, n, start, start + bad, reason) < 0)
            goto fail;
        p += bad;
    }
    return pym_ubuf_finish(&b);
fail:
    pym_ubuf_discard(&b);
    return NULL;
}

static PymObject *decode_ascii(const char *data, PymSize n, const char *errors)
{
    PymSize i = 0;
    while (i < n && (uint8_t)data[i] < 0x80)
        i++;
    if (i == n)
        return pym_str_from_ascii(data, n);
    int handler = lookup_handler(errors);
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, n) < 0)
        return NULL;
    for (i = 0; i < n; i++) {
        uint8_t c = (uint8_t)data[i];
        if (c < 0x80) {
            if (pym_ubuf_put(&b, c) < 0)
                goto fail;
        } else if (decode_handle(&b, handler, errors, "ascii", data, n, i, i + 1,
                                 "ordinal not in range(128)") < 0) {
            goto fail;
        }
    }
    return pym_ubuf_finish(&b);
fail:
    pym_ubuf_discard(&b);
    return NULL;
}

static uint32_t read_unit(const uint8_t *p, int width, int big_endian)
{
    uint32_t v = 0;
    for (int k = 0; k < width; k++)
        v |= (uint32_t)p[big_endian ? width - 1 - k : k] << (8 * k);
    return v;
}

/* UTF-16 and UTF-32; the plain forms honour a BOM and default to little
 * endian (error messages then name the "-le"/"-be" codec, as CPython). */
static PymObject *decode_utf16_32(const char *data, PymSize n, int codec, const char *errors)
{
    int width = is_utf16(codec) ? 2 : 4;
    int big = codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE;
    const uint8_t *p = (const uint8_t *)data;
    PymSize i = 0;
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32) {
        if (n >= width && read_unit(p, width, 0) == 0xFEFF)
            i = width;
        else if (n >= width && read_unit(p, width, 1) == 0xFEFF)
            i = width, big = 1;
        codec = width == 2 ? (big ? CODEC_UTF16_BE : CODEC_UTF16_LE) : (big ? CODEC_UTF32_BE : CODEC_UTF32_LE);
    }
    const char *name = codec_names[codec];
    int handler = lookup_handler(errors);
    PymUBuf b;
    pym_ubuf_init(&b);
    if (pym_ubuf_reserve(&b, n / width) < 0)
        return NULL;
    while (i < n) {
        PymSize start = i, end;
        const char *reason;
        if (n - i < width) {
            end = n;
            if (width == 2)
                start = n - 1;
            reason = "truncated data";
        } else {
            uint32_t c = read_unit(p + i, width, big);
            i += width;
            if (width == 4) {
                if (c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF) ||
                    (handler == ERR_SURROGATEPASS && c <= 0x10FFFF)) {
                    if (pym_ubuf_put(&b, c) < 0)
                        goto fail;
                    continue;
                }
                end = i;
                reason = c > 0x10FFFF ? "code point not in range(0x110000)"
                                      : "code point in surrogate code point range(0xd800, 0xe000)";
            } else if (c < 0xD800 || c > 0xDFFF || handler == ERR_SURROGATEPASS) {
                if (c >= 0xD800 && c <= 0xDBFF && n - i >= 2) {
                    uint32_t low = read_unit(p + i, 2, big);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        i += 2;
                    }
                }
                if (pym_ubuf_put(&b, c) < 0)
                    goto fail;
                continue;
            } else if (c >= 0xDC00) {
                end = i;
                reason = "illegal encoding";
            } else if (n - i < 2) {
                end = n;
                reason = "unexpected end of data";
            } else {
                uint32_t low = read_unit(p + i, 2, big);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    i += 2;
                    if (pym_ubuf_put(&b, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00)) < 0)
                        goto fail;
                    continue;
                }
                end = i;
                reason = "illegal UTF-16 surrogate";
            }
        }
        if (handler == ERR_SURROGATEPASS) {   /* it only lets surrogates through */
            raise_decode_error(name, data, n, start, end, reason);
            goto fail;
        }
        if (decode_handle(&b, handler, errors, name, data, n, start, end, reason) < 0)
            goto fail;
        i = end;
    }
    return pym_ubuf_finish(&b);
fail:
    pym_ubuf_discard(&b);
    return NULL;
}

PymObject *pym_str_decode(const char *data, PymSize n, const char *encoding, const char *errors)
{
    int codec = lookup_codec(encoding);
    switch (codec) {
    case CODEC_UTF8:
        return decode_utf8(data, n, errors);
    case CODEC_ASCII:
        return decode_ascii(data, n, errors);
    case CODEC_LATIN1:
        return pym_str_from_latin1(data, n);
    case -1:
        return NULL;
    default:
        return decode_utf16_32(data, n, codec, errors);
    }
}

/* ---- encoding ------------------------------------------------------------ */

typedef struct ByteBuf {
    char *data;
    PymSize len, cap;
} ByteBuf;

static int bb_reserve(ByteBuf *bb, PymSize extra)
{
    if (bb->len + extra <= bb->cap)
        return 0;
    PymSize cap = bb->cap ? bb->cap : 32;
    while (cap < bb->len + extra)
        cap *= 2;
    char *data = pym_mem_realloc(bb->data, (size_t)cap);
    if (!data) {
        pym_err_no_memory();
        return -1;
    }
    bb->data = data;
    bb->cap = cap;
    return 0;
}

static int bb_put(ByteBuf *bb, const char *s, PymSize n)
{
    if (bb_reserve(bb, n) < 0)
        return -1;
    memcpy(bb->data + bb->len, s, (size_t)n);
    bb->len += n;
    return 0;
}

static int put_utf8_char(ByteBuf *bb, uint32_t c)
{
    char tmp[4];
    int n;
    if (c < 0x80) {
        tmp[0] = (char)c, n = 1;
    } else if (c < 0x800) {
        tmp[0] = (char)(0xC0 | (c >> 6)), tmp[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        tmp[0] = (char)(0xE0 | (c >> 12)), tmp[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (c >> 18)), tmp[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((c >> 6) & 0x3F)), tmp[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    return bb_put(bb, tmp, n);
}

/* Can `codec` encode c? */
static int encodable(int codec, uint32_t c)
{
    switch (codec) {
    case CODEC_ASCII: return c < 0x80;
    case CODEC_LATIN1: return c < 0x100;
    default: return c < 0xD800 || c > 0xDFFF;
    }
}

static int put_unit(ByteBuf *bb, uint32_t v, int width, int big_endian)
{
    char tmp[4];
    for (int k = 0; k < width; k++)
        tmp[big_endian ? width - 1 - k : k] = (char)((v >> (8 * k)) & 0xFF);
    return bb_put(bb, tmp, width);
}

/* One code point in the codec's encoding (c is encodable, or a surrogate
 * let through by surrogatepass). */
static int put_char(ByteBuf *bb, int codec, uint32_t c)
{
    if (codec == CODEC_UTF8)
        return put_utf8_char(bb, c);
    if (codec == CODEC_ASCII || codec == CODEC_LATIN1) {
        char one = (char)c;
        return bb_put(bb, &one, 1);
    }
    int big = codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE;
    if (is_utf32(codec))
        return put_unit(bb, c, 4, big);
    if (c < 0x10000)
        return put_unit(bb, c, 2, big);
    c -= 0x10000;
    if (put_unit(bb, 0xD800 + (c >> 10), 2, big) < 0)
        return -1;
    return put_unit(bb, 0xDC00 + (c & 0x3FF), 2, big);
}

static int encode_handle(ByteBuf *bb, int codec, int handler, const char *errors, PymObject *s,
                         PymSize start, PymSize end)
{
    const char *reason = codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
    int kind = str_kind(s);
    const void *data = str_data(s);
    char tmp[32];
    for (PymSize i = start; i < end; i++) {
        uint32_t c = str_read(kind, data, i);
        int rc = 0;
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            rc = put_char(bb, codec, '?');
            break;
        case ERR_XMLCHARREFREPLACE:
        case ERR_BACKSLASHREPLACE:
        case ERR_NAMEREPLACE: {
            int len;
            if (handler == ERR_XMLCHARREFREPLACE)
                len = snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)c);
            else if (c < 0x100)
                len = snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
            else if (c < 0x10000)
                len = snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)c);
            else
                len = snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)c);
            for (int k = 0; k < len && rc == 0; k++)
                rc = put_char(bb, codec, (uint8_t)tmp[k]);
            break;
        }
        case ERR_SURROGATEESCAPE:
            if (c < 0xDC80 || c > 0xDCFF || (codec != CODEC_UTF8 && codec != CODEC_ASCII && codec != CODEC_LATIN1))
                goto strict;
            tmp[0] = (char)(c - 0xDC00);
            rc = bb_put(bb, tmp, 1);
            break;
        case ERR_SURROGATEPASS:
            if (codec == CODEC_ASCII || codec == CODEC_LATIN1 || c < 0xD800 || c > 0xDFFF)
                goto strict;
            rc = put_char(bb, codec, c);
            break;
        case ERR_UNKNOWN:
            unknown_handler(errors);
            return -1;
        default:
            goto strict;
        }
        if (rc < 0)
            return -1;
    }
    return 0;
strict:
    raise_unicode_error(&pym_exc_UnicodeEncodeError, codec_names[codec], s, start, end, reason);
    return -1;
}

static PymObject *encode(PymObject *s, int codec, const char *errors)
{
    PymSize n = str_len(s);
    int kind = str_kind(s);
    const void *data = str_data(s);
    int narrow = codec == CODEC_UTF8 || codec == CODEC_ASCII || codec == CODEC_LATIN1;
    if (narrow && (str_is_ascii(s) || (codec == CODEC_LATIN1 && kind == 1)))
        return pym_bytes_from_data(data, n);
    int handler = lookup_handler(errors);
    ByteBuf bb = { NULL, 0, 0 };
    if (bb_reserve(&bb, narrow ? (codec == CODEC_UTF8 ? n * 2 : n) : n * 4 + 4) < 0)
        return NULL;
    if ((codec == CODEC_UTF16 || codec == CODEC_UTF32) && put_char(&bb, codec, 0xFEFF) < 0)
        goto fail;
    for (PymSize i = 0; i < n;) {
        uint32_t c = str_read(kind, data, i);
        if (encodable(codec, c)) {
            if (put_char(&bb, codec, c) < 0)
                goto fail;
            i++;
            continue;
        }
        PymSize end = i + 1;   /* UTF-16/32 report one character at a time */
        while (narrow && end < n && !encodable(codec, str_read(kind, data, end)))
            end++;
        if (encode_handle(&bb, codec, handler, errors, s, i, end) < 0)
            goto fail;
        i = end;
    }
    PymObject *result = pym_bytes_from_data(bb.data ? bb.data : "", bb.len);
    pym_mem_free(bb.data);
    return result;
fail:
    pym_mem_free(bb.data);
    return NULL;
}

PymObject *pym_str_encode(PymObject *s, const char *encoding, const char *errors)
{
    int codec = lookup_codec(encoding);
    return codec < 0 ? NULL : encode(s, codec, errors);
}

PymObject *pym_str_encode_utf8(PymObject *s)
{
    return encode(s, CODEC_UTF8, NULL);
}
