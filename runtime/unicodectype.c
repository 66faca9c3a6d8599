/* unicodectype.c — the Unicode character database behind str's predicates
 * and case mappings.
 *
 * Owns: pym_unicode_is* and pym_unicode_to_* (declared in str_impl.h, the
 * public few in str.h).  The data lives in unicodectype_db.h, generated
 * from CPython 3.11's own database (Unicode 14.0.0) by unicodectype_gen.py.
 * Invariants: ASCII and Latin-1 take table-free fast paths; every table is
 * a sorted list of runs searched by bisection.
 */
#include "str_impl.h"

typedef struct PymUniRun {
    uint32_t first, last;
    uint8_t stride;                 /* 1: every code point; 2: every other one */
} PymUniRun;

typedef struct PymUniCaseRun {
    uint32_t first, last;
    uint8_t stride;
    int32_t delta;                  /* mapped = cp + delta */
} PymUniCaseRun;

typedef struct PymUniSpecial {
    uint32_t cp;
    uint32_t mapped[3];             /* 0-terminated when shorter */
} PymUniSpecial;

#include "unicodectype_db.h"

#define COUNT(a) ((PymSize)(sizeof(a) / sizeof((a)[0])))

/* Index of the last run whose first code point is <= ch, or -1. */
#define FIND_RUN(runs, n, ch, result)                      \
    do {                                                   \
        PymSize lo_ = 0, hi_ = (n);                        \
        while (lo_ < hi_) {                                \
            PymSize mid_ = (lo_ + hi_) / 2;                \
            if ((runs)[mid_].first <= (ch))                \
                lo_ = mid_ + 1;                            \
            else                                           \
                hi_ = mid_;                                \
        }                                                  \
        (result) = lo_ - 1;                                \
    } while (0)

static int in_runs(const PymUniRun *runs, PymSize n, uint32_t ch)
{
    PymSize i;
    FIND_RUN(runs, n, ch, i);
    if (i < 0 || ch > runs[i].last)
        return 0;
    return (ch - runs[i].first) % runs[i].stride == 0;
}

#define IN(table, ch) in_runs(table, COUNT(table), ch)

int pym_unicode_isspace(uint32_t ch)
{
    if (ch < 128)
        return ch == ' ' || (ch >= 0x09 && ch <= 0x0D) || (ch >= 0x1C && ch <= 0x1F);
    switch (ch) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
        return 1;
    default:
        return ch >= 0x2000 && ch <= 0x200A;
    }
}

int pym_unicode_islinebreak(uint32_t ch)
{
    switch (ch) {
    case '\n': case '\r': case 0x0B: case 0x0C: case 0x1C: case 0x1D: case 0x1E: case 0x85:
    case 0x2028: case 0x2029:
        return 1;
    default:
        return 0;
    }
}

int pym_unicode_isalpha(uint32_t ch)
{
    if (ch < 128)
        return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
    return IN(is_alpha, ch);
}

int pym_unicode_isdecimal(uint32_t ch)
{
    if (ch < 128)
        return ch >= '0' && ch <= '9';
    return IN(is_decimal, ch);
}

int pym_unicode_decimal_value(uint32_t ch)
{
    if (ch < 128)
        return ch >= '0' && ch <= '9' ? (int)(ch - '0') : -1;
    PymSize i;
    FIND_RUN(is_decimal, COUNT(is_decimal), ch, i);
    if (i < 0 || ch > is_decimal[i].last)
        return -1;
    /* every run of decimal digits is made of whole 0..9 blocks */
    return (int)((ch - is_decimal[i].first) % 10);
}

int pym_unicode_isdigit(uint32_t ch)
{
    return pym_unicode_isdecimal(ch) || (ch >= 128 && IN(is_digit_extra, ch));
}

int pym_unicode_isnumeric(uint32_t ch)
{
    return pym_unicode_isdigit(ch) || (ch >= 128 && IN(is_numeric_extra, ch));
}

int pym_unicode_isalnum(uint32_t ch)
{
    return pym_unicode_isalpha(ch) || pym_unicode_isnumeric(ch);
}

int pym_unicode_isprintable(uint32_t ch)
{
    if (ch < 128)
        return ch >= 0x20 && ch < 0x7F;
    return IN(is_printable, ch);
}

int pym_unicode_islower(uint32_t ch)
{
    if (ch < 128)
        return ch >= 'a' && ch <= 'z';
    return IN(is_lower, ch);
}

int pym_unicode_isupper(uint32_t ch)
{
    if (ch < 128)
        return ch >= 'A' && ch <= 'Z';
    return IN(is_upper, ch);
}

int pym_unicode_istitle(uint32_t ch)
{
    /* str.istitle of one character: titlecase letters and uppercase ones */
    return pym_unicode_isupper(ch) || (ch >= 128 && IN(is_title, ch));
}

int pym_unicode_iscased(uint32_t ch)
{
    return pym_unicode_islower(ch) || pym_unicode_istitle(ch);
}

int pym_unicode_iscase_ignorable(uint32_t ch)
{
    return IN(is_case_ignorable, ch);
}

int pym_unicode_isxid_start(uint32_t ch)
{
    if (ch < 128)
        return ch == '_' || pym_unicode_isalpha(ch);
    return pym_unicode_isalpha(ch) != IN(is_xid_start_xor_alpha, ch);
}

int pym_unicode_isxid_continue(uint32_t ch)
{
    if (ch < 128)
        return ch == '_' || pym_unicode_isalpha(ch) || (ch >= '0' && ch <= '9');
    int base = pym_unicode_isxid_start(ch) || pym_unicode_isdecimal(ch);
    return base != IN(is_xid_continue_xor, ch);
}

/* ---- case mappings ------------------------------------------------------ */

static int map_case(const PymUniCaseRun *runs, PymSize nruns, const PymUniSpecial *special,
                    PymSize nspecial, uint32_t ch, uint32_t out[3])
{
    PymSize lo = 0, hi = nspecial;
    while (lo < hi) {
        PymSize mid = (lo + hi) / 2;
        if (special[mid].cp == ch) {
            int n = 0;
            while (n < 3 && special[mid].mapped[n])
                out[n] = special[mid].mapped[n], n++;
            return n;
        }
        if (special[mid].cp < ch)
            lo = mid + 1;
        else
            hi = mid;
    }
    PymSize i;
    FIND_RUN(runs, nruns, ch, i);
    if (i >= 0 && ch <= runs[i].last && (ch - runs[i].first) % runs[i].stride == 0)
        out[0] = (uint32_t)((int32_t)ch + runs[i].delta);
    else
        out[0] = ch;
    return 1;
}

#define MAP(name, ch, out) \
    map_case(name##_runs, COUNT(name##_runs), name##_special, COUNT(name##_special), ch, out)

int pym_unicode_to_upper(uint32_t ch, uint32_t out[3])
{
    if (ch < 128) {
        out[0] = ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
        return 1;
    }
    return MAP(upper, ch, out);
}

int pym_unicode_to_lower(uint32_t ch, uint32_t out[3])
{
    if (ch < 128) {
        out[0] = ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
        return 1;
    }
    return MAP(lower, ch, out);
}

int pym_unicode_to_title(uint32_t ch, uint32_t out[3])
{
    if (ch < 128)
        return pym_unicode_to_upper(ch, out);
    return MAP(title, ch, out);
}

int pym_unicode_to_casefold(uint32_t ch, uint32_t out[3])
{
    if (ch < 128)
        return pym_unicode_to_lower(ch, out);
    return MAP(casefold, ch, out);
}
