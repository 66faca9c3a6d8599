/* str_impl.h — private to the strings area (str.c, str_methods.c,
 * unicodectype.c, bytes.c, format.c, ids.c): the str object layout and the
 * helpers those files share.  Nothing outside the strings area includes it.
 *
 * Layout (CPython 3.11's PEP 393 layout, so sys.getsizeof agrees):
 *  - compact ASCII   : 48-byte header, then length+1 bytes of data;
 *  - compact other   : 72-byte header (adds the UTF-8 cache), then
 *                      (length+1)*kind bytes of data (kind 1, 2 or 4);
 *  - str subclasses  : the 80-byte non-compact header whose `data` points to
 *                      a separately allocated buffer (pym_mem).
 * Invariants: the kind is the narrowest that holds the largest code point
 * (so equal strings have equal bytes and hashing the bytes is sound); data
 * is NUL-terminated; `ascii` is set iff every code point is < 128; the
 * UTF-8 cache of a non-ASCII string is allocated on first request and
 * freed with the string; hash is -1 until computed.
 */
#ifndef PYM_STR_IMPL_H
#define PYM_STR_IMPL_H

#include "str.h"
#include "bytes.h"
#include "obmalloc.h"
#include <string.h>

/* Upper bound on string lengths, far from overflowing size computations. */
#define PYM_SSIZE_MAX_STR ((PymSize)(PTRDIFF_MAX / 8))

enum { PYM_STR_NOT_INTERNED = 0, PYM_STR_INTERNED_MORTAL = 1, PYM_STR_INTERNED_IMMORTAL = 2 };

typedef struct PymStrState {
    unsigned int interned : 2;
    unsigned int kind : 3;          /* 1, 2 or 4 bytes per code point */
    unsigned int compact : 1;       /* data follows the header */
    unsigned int ascii : 1;
    unsigned int statically_allocated : 1;
} PymStrState;

typedef struct PymASCIIStrObject {
    PYM_OBJECT_HEAD;
    PymSize length;                 /* in code points */
    PymHash hash;                   /* -1: not computed yet */
    PymStrState state;
    void *unused_wstr;              /* CPython's wstr slot: keeps the header at 48 bytes */
} PymASCIIStrObject;

typedef struct PymCompactStrObject {
    PymASCIIStrObject base;
    PymSize utf8_length;
    char *utf8;                     /* cached UTF-8 (pym_mem) or NULL; never used when ascii */
    PymSize unused_wstr_length;     /* keeps the header at CPython's 72 bytes */
} PymCompactStrObject;

typedef struct PymStrObject {
    PymCompactStrObject base;
    void *data;                     /* non-compact strings (subclass instances) only */
} PymStrObject;

#define STR_HDR(o) ((PymASCIIStrObject *)(o))

static inline PymSize str_len(PymObject *o) { return STR_HDR(o)->length; }
static inline int str_kind(PymObject *o) { return STR_HDR(o)->state.kind; }
static inline int str_is_ascii(PymObject *o) { return STR_HDR(o)->state.ascii; }
static inline void *str_data(PymObject *o)
{
    if (STR_HDR(o)->state.compact)
        return STR_HDR(o)->state.ascii ? (void *)(STR_HDR(o) + 1)
                                       : (void *)((PymCompactStrObject *)o + 1);
    return ((PymStrObject *)o)->data;
}
static inline uint32_t str_read(int kind, const void *data, PymSize i)
{
    if (kind == 1)
        return ((const uint8_t *)data)[i];
    if (kind == 2)
        return ((const uint16_t *)data)[i];
    return ((const uint32_t *)data)[i];
}
/* The code point at index i of str o. */
static inline uint32_t str_char(PymObject *o, PymSize i)
{
    return str_read(str_kind(o), str_data(o), i);
}
static inline void str_write(int kind, void *data, PymSize i, uint32_t ch)
{
    if (kind == 1)
        ((uint8_t *)data)[i] = (uint8_t)ch;
    else if (kind == 2)
        ((uint16_t *)data)[i] = (uint16_t)ch;
    else
        ((uint32_t *)data)[i] = ch;
}
static inline int kind_for_maxchar(uint32_t maxchar)
{
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

/* ---- creation (str.c) --------------------------------------------------- */
/* A new exact str of `length` code points whose largest code point is
 * `maxchar` — or any value of the same class (< 0x80, < 0x100, < 0x10000,
 * other), since only the class picks the storage.  The caller then fills
 * str_data (the terminator is written) and must pass the true class so
 * the storage stays canonical. */
PymObject *pym_str_new_uninit(PymSize length, uint32_t maxchar);
/* Return the canonical form of a freshly built string: the cached
 * singleton for "" and 1-char Latin-1 strings (stealing s). */
PymObject *pym_str_result(PymObject *s_steal);
/* From code points stored with `kind` bytes each (narrowed as needed). */
PymObject *pym_str_from_kind_data(int kind, const void *data, PymSize length);
PymObject *pym_str_from_latin1(const char *data, PymSize length);
PymObject *pym_str_from_ascii(const char *data, PymSize length); /* data must be ASCII */
PymObject *pym_str_empty(void);                                  /* new ref to "" */
/* Decode with a codec name and error handler (NULLs mean utf-8/strict):
 * utf-8, ascii and latin-1 under their usual aliases. */
PymObject *pym_str_decode(const char *data, PymSize n, const char *encoding, const char *errors);
/* str.encode → bytes */
PymObject *pym_str_encode(PymObject *s, const char *encoding, const char *errors);
/* Copy n code points between buffers of possibly different kinds. */
void pym_str_copy_chars(int to_kind, void *to, PymSize to_start, int from_kind, const void *from,
                        PymSize from_start, PymSize n);
/* SipHash-1-3 (fixed key) of raw bytes; 0 for n == 0, never -1. */
PymHash pym_hash_bytes(const void *data, PymSize n);
/* Intern for the whole run (ids.c). */
void pym_str_intern_immortal(PymObject **p);
/* The buffer of a bytes or bytearray object (borrowed); -1 (no exception
 * set) for other types.  bytes.c */
int pym_bytes_like_view(PymObject *o, const char **data, PymSize *n);
/* A copy of s as an exact str (str(subclass_instance)). */
PymObject *pym_str_exact_copy(PymObject *s);
/* Index of the first (or last, reverse != 0) occurrence of sub in
 * s[start:end], or -1. Bounds are already clamped to [0, len]. */
PymSize pym_str_find_sub(PymObject *s, PymObject *sub, PymSize start, PymSize end, int reverse);
PymSize pym_str_count_sub(PymObject *s, PymObject *sub, PymSize start, PymSize end,
                          PymSize maxcount);
/* Clamp slice-like start/end (already integers) against len as
 * str.find does. */
void pym_str_adjust_indices(PymSize *start, PymSize *end, PymSize len);

/* ---- building a string code point by code point (str.c) ---------------- */
typedef struct PymUBuf {
    uint32_t *items;   /* pym_mem buffer */
    PymSize len, cap;
    uint32_t maxchar;
} PymUBuf;
void pym_ubuf_init(PymUBuf *b);
int pym_ubuf_reserve(PymUBuf *b, PymSize extra);  /* -1 with MemoryError */
int pym_ubuf_put(PymUBuf *b, uint32_t ch);
int pym_ubuf_put_ascii(PymUBuf *b, const char *s, PymSize n);
int pym_ubuf_put_utf8(PymUBuf *b, const char *s, PymSize n); /* s is valid UTF-8 */
int pym_ubuf_put_str(PymUBuf *b, PymObject *s);
int pym_ubuf_put_substr(PymUBuf *b, PymObject *s, PymSize start, PymSize end);
int pym_ubuf_put_repeat(PymUBuf *b, uint32_t ch, PymSize count);
PymObject *pym_ubuf_finish(PymUBuf *b);           /* frees the buffer */
void pym_ubuf_discard(PymUBuf *b);

/* ---- argument binding for FASTCALL|KEYWORDS methods (str.c) ------------ */
/* Binds args/kwnames to the parameters named in `names` (nparams of them;
 * the first `npositional_only` cannot be passed by keyword).  out[i] is a
 * borrowed argument or NULL when not given; the first `nrequired` must be
 * given.  Raises CPython's argument-clinic messages naming fname. */
int pym_strings_bind_args(const char *fname, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames, const char *const *names, int nparams,
                          int nrequired, int npositional_only, PymObject **out);
/* The type name argument-clinic messages show: "None" for None. */
const char *pym_strings_arg_type_name(PymObject *o);
/* An optional integer argument (None allowed when none_ok): returns 0 and
 * leaves *value untouched when arg is NULL (or None). */
int pym_strings_ssize_arg(PymObject *arg, int none_ok, PymSize *value);

/* Positional-count checks with CPython's two message styles:
 * "center expected at least 1 argument, got 0" and
 * "count() takes at least 1 argument (0 given)".  str_methods.c */
int pym_strings_check_positional(const char *name, PymSize nargs, PymSize min, PymSize max);
int pym_strings_check_getargs(const char *name, PymSize nargs, PymSize min, PymSize max);
/* start/end arguments of the find family: None keeps *value; indexes are
 * clamped; other types raise "slice indices must be integers or None or
 * have an __index__ method". */
int pym_strings_slice_index(PymObject *o, PymSize *value);

/* ---- the str type's pieces defined in str_methods.c -------------------- */
extern PymMethodDef pym_str_methods[];
PymObject *pym_str_lower(PymObject *s);
PymObject *pym_str_upper(PymObject *s);

/* ---- Unicode character database (unicodectype.c) ----------------------- */
int pym_unicode_isalpha(uint32_t ch);
int pym_unicode_isdecimal(uint32_t ch);
int pym_unicode_isdigit(uint32_t ch);
int pym_unicode_isnumeric(uint32_t ch);
int pym_unicode_isalnum(uint32_t ch);
int pym_unicode_islower(uint32_t ch);
int pym_unicode_isupper(uint32_t ch);
int pym_unicode_istitle(uint32_t ch);
int pym_unicode_iscased(uint32_t ch);
int pym_unicode_iscase_ignorable(uint32_t ch);
int pym_unicode_isxid_start(uint32_t ch);
int pym_unicode_isxid_continue(uint32_t ch);
int pym_unicode_islinebreak(uint32_t ch);
/* Full case mappings: write up to 3 code points into out, return count. */
int pym_unicode_to_upper(uint32_t ch, uint32_t out[3]);
int pym_unicode_to_lower(uint32_t ch, uint32_t out[3]);
int pym_unicode_to_title(uint32_t ch, uint32_t out[3]);
int pym_unicode_to_casefold(uint32_t ch, uint32_t out[3]);

/* ---- bytes and bytearray internals (bytes.c, bytes_methods.c) ---------- */
typedef struct PymBytesObject {
    PYM_VAR_HEAD;
    PymHash hash;          /* -1 until computed */
    char data[1];          /* size + 1 bytes, NUL-terminated */
} PymBytesObject;

/* CPython's 56-byte PyByteArrayObject layout; `start` always equals
 * `bytes` here (no lazy front deletion). */
typedef struct PymByteArrayObject {
    PYM_VAR_HEAD;
    PymSize alloc;         /* bytes allocated, 0 when bytes is NULL */
    char *bytes;           /* pym_mem buffer or NULL */
    char *start;
    int exports;
} PymByteArrayObject;

#define PYM_BYTEARRAY_CHECK(o) PYM_OBJECT_TYPE_CHECK(o, &pym_bytearray_type)
#define BYTES_DATA(o) (((PymBytesObject *)(o))->data)
#define BYTEARRAY_DATA(o) (((PymByteArrayObject *)(o))->bytes)

/* A new exact bytes of n bytes to fill in (NUL written at n). */
PymObject *pym_bytes_new_uninit(PymSize n);
PymObject *pym_bytearray_from_data(const void *data, PymSize n);
/* Resize with CPython's over-allocation policy (sys.getsizeof agrees). */
int pym_bytearray_resize(PymObject *ba, PymSize n);
/* Like pym_bytes_like_view but raises "a bytes-like object is required,
 * not 'str'". */
int pym_bytes_buffer_arg(PymObject *o, const char **data, PymSize *n);
/* A bytes, or a bytearray when self is one, holding data[0:n). */
PymObject *pym_bytes_make_like(PymObject *self, const char *data, PymSize n);
PymObject *pym_bytes_percent_format(PymObject *fmt, PymObject *args); /* format.c */
extern PymMethodDef pym_bytes_methods[], pym_bytearray_methods[];

#endif
