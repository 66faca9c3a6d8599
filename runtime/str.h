/* str.h — str: immutable Unicode text indexed by code point.
 * Invariants: storage is CPython's PEP 393 compact layout (1, 2 or 4 bytes
 * per code point, the narrowest that fits, NUL-terminated); the UTF-8 form
 * is cached on demand; hash is cached; "" and 1-char Latin-1 strings are
 * singletons; interned strings are unique per value. */
#ifndef PYM_STR_H
#define PYM_STR_H
#include "object.h"
#include <stdarg.h>

extern PymType pym_str_type;
extern PymType pym_str_iter_type, pym_str_ascii_iter_type;
#define PYM_STR_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_STR_SUBCLASS)
#define PYM_STR_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_str_type)

PymObject *pym_str_from_cstr(const char *utf8);                 /* NUL-terminated UTF-8 */
PymObject *pym_str_from_utf8(const char *utf8, PymSize nbytes); /* UnicodeDecodeError on bad input */
PymObject *pym_str_from_utf8_lossy(const char *utf8, PymSize nbytes); /* errors=surrogateescape-ish for argv */
PymObject *pym_str_from_codepoints(const uint32_t *cps, PymSize n);
PymObject *pym_str_from_format(const char *format, ...);        /* same escapes as pym_err_format */
PymObject *pym_str_from_vformat(const char *format, va_list va);
PymObject *pym_str_from_char(uint32_t cp);
/* UTF-8 view of the string, owned by the string (valid while it lives).
 * ASCII strings hand out their own data; other strings get a cached copy
 * that sys.getsizeof counts (as CPython's), so prefer pym_str_is_ascii or
 * pym_str_encode_utf8 when a temporary encoding will do.  Never fails on
 * content: U+DC80..U+DCFF (surrogate-escaped bytes) turn back into their
 * bytes and other lone surrogates are written as 3-byte sequences. */
const char *pym_str_as_utf8(PymObject *s);
const char *pym_str_as_utf8_and_size(PymObject *s, PymSize *nbytes);
PymSize pym_str_length(PymObject *s);            /* in code points */
uint32_t pym_str_read_char(PymObject *s, PymSize i);
int pym_str_kind(PymObject *s);                  /* 1, 2 or 4 */
const void *pym_str_data(PymObject *s);
int pym_str_is_ascii(PymObject *s);
PymHash pym_str_hash(PymObject *s);
int pym_str_equal(PymObject *a, PymObject *b);   /* both str; 1/0 */
int pym_str_equal_cstr(PymObject *a, const char *utf8);
int pym_str_compare(PymObject *a, PymObject *b); /* <0, 0, >0 */
PymObject *pym_str_concat(PymObject *a, PymObject *b);
PymObject *pym_str_join(PymObject *sep, PymObject *iterable);
PymObject *pym_str_substring(PymObject *s, PymSize start, PymSize end);
PymObject *pym_str_repr(PymObject *s);           /* 'it''s' quoting as CPython */
/* Interning (sys.intern, identifiers, attribute names). */
void pym_str_intern_in_place(PymObject **p);
PymObject *pym_str_intern_cstr(const char *utf8); /* new ref to the interned string */
int pym_str_is_interned(PymObject *s);
int pym_str_is_identifier(PymObject *s);
void pym_str_fini(void);                          /* release the intern table and singletons */
/* s.encode() as bytes, without caching the UTF-8 in s (CPython's writers
 * encode this way, so sys.getsizeof(s) does not change after print(s));
 * UnicodeEncodeError "surrogates not allowed" for lone surrogates. */
PymObject *pym_str_encode_utf8(PymObject *s);

/* Character classes for parsers (int(), float(), the tokenizer). */
int pym_unicode_isspace(uint32_t cp);            /* str.isspace for one code point */
int pym_unicode_isprintable(uint32_t cp);        /* repr() escapes the others */
int pym_unicode_decimal_value(uint32_t cp);      /* 0..9 for any Unicode decimal digit, else -1 */

/* Building strings piece by piece (repr of containers, join, format). */
typedef struct PymStrWriter {
    char *buf;          /* UTF-8 accumulated so far (pym_mem) */
    PymSize len, cap;
} PymStrWriter;
void pym_str_writer_init(PymStrWriter *w);
int pym_str_writer_write_cstr(PymStrWriter *w, const char *s);
int pym_str_writer_write_utf8(PymStrWriter *w, const char *s, PymSize n);
int pym_str_writer_write_str(PymStrWriter *w, PymObject *str);
int pym_str_writer_write_char(PymStrWriter *w, uint32_t cp);
PymObject *pym_str_writer_finish(PymStrWriter *w);  /* frees the buffer */
void pym_str_writer_discard(PymStrWriter *w);

#endif
