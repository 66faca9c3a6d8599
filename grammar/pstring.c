/* pstring.c — string literals: prefixes, escape decoding, implicit
 * concatenation and f-strings (Python 3.11 semantics and positions).
 *
 * Invariants: the lexer has already checked each token's extent (prefix,
 * quotes, body); here the body is decoded.  Like CPython 3.11, the parts of
 * a JoinedStr (Constant and FormattedValue) carry the position of the whole
 * concatenation, a format_spec JoinedStr the position of its own token, and
 * replacement-field expressions are parsed by re-entering the parser on
 * "(" + text + ")" with CPython's column shift.  Errors about a literal are
 * reported at the token after the literals, as CPython does.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parse_internal.h"
#include "parser.h"
#include "../runtime/obmalloc.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"
#include "../runtime/bytes.h"

/* A growing byte buffer (UTF-8 text or bytes) in pym_mem. */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static int buf_put(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = pym_mem_realloc(b->data, cap);
        if (!d) {
            pym_err_no_memory();
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static int buf_put_cp(Buf *b, uint32_t cp)
{
    char s[4];
    int n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 63));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 63));
        s[2] = (char)(0x80 | (cp & 63));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 63));
        s[2] = (char)(0x80 | ((cp >> 6) & 63));
        s[3] = (char)(0x80 | (cp & 63));
        n = 4;
    }
    return buf_put(b, s, (size_t)n);
}

/* Where literal errors are reported: the token after the literals. */
typedef struct StrCtx {
    PymParser *p;
    int err_tok;              /* index of the token after the last literal */
    PymAstPos whole;          /* the concatenation's position */
} StrCtx;

static void *str_error(StrCtx *c, const char *fmt, ...)
{
    char msg[256];
    va_list va;
    va_start(va, fmt);
    vsnprintf(msg, sizeof msg, fmt, va);
    va_end(va);
    PymParser *p = c->p;
    if (pym_parser_fill(p, c->err_tok) < 0)
        return NULL;
    PymToken *t = &p->toks[c->err_tok];
    if (t->col < 0) {
        pym_parser_error(p, &pym_exc_SyntaxError, t->lineno, t->err_col - 1, t->end_lineno, -2,
                         "%s", msg);
        return NULL;
    }
    return pym_parser_error(p, &pym_exc_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col,
                            "%s", msg);
}

/* ---- escapes --------------------------------------------------------------- */

static const struct { const char *name; uint32_t cp; } unicode_names[] = {
    { "SPACE", 0x20 }, { "NO-BREAK SPACE", 0xA0 }, { "LINE FEED", 0x0A },
    { "CARRIAGE RETURN", 0x0D }, { "CHARACTER TABULATION", 0x09 }, { "NULL", 0x00 },
    { "EM DASH", 0x2014 }, { "EN DASH", 0x2013 }, { "HYPHEN-MINUS", 0x2D },
    { "BULLET", 0x2022 }, { "HORIZONTAL ELLIPSIS", 0x2026 }, { "DEGREE SIGN", 0xB0 },
    { "COPYRIGHT SIGN", 0xA9 }, { "REGISTERED SIGN", 0xAE }, { "TRADE MARK SIGN", 0x2122 },
    { "EURO SIGN", 0x20AC }, { "POUND SIGN", 0xA3 }, { "YEN SIGN", 0xA5 },
    { "CENT SIGN", 0xA2 }, { "SECTION SIGN", 0xA7 }, { "PILCROW SIGN", 0xB6 },
    { "MICRO SIGN", 0xB5 }, { "MULTIPLICATION SIGN", 0xD7 }, { "DIVISION SIGN", 0xF7 },
    { "PLUS-MINUS SIGN", 0xB1 }, { "INFINITY", 0x221E }, { "CHECK MARK", 0x2713 },
    { "BLACK STAR", 0x2605 }, { "WHITE STAR", 0x2606 }, { "SNOWMAN", 0x2603 },
    { "BLACK HEART SUIT", 0x2665 }, { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB },
    { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB },
    { "LEFT DOUBLE QUOTATION MARK", 0x201C }, { "RIGHT DOUBLE QUOTATION MARK", 0x201D },
    { "LEFT SINGLE QUOTATION MARK", 0x2018 }, { "RIGHT SINGLE QUOTATION MARK", 0x2019 },
    { "RIGHTWARDS ARROW", 0x2192 }, { "LEFTWARDS ARROW", 0x2190 },
    { "UPWARDS ARROW", 0x2191 }, { "DOWNWARDS ARROW", 0x2193 },
    { "GREEK SMALL LETTER ALPHA", 0x3B1 }, { "GREEK SMALL LETTER BETA", 0x3B2 },
    { "GREEK SMALL LETTER GAMMA", 0x3B3 }, { "GREEK SMALL LETTER DELTA", 0x3B4 },
    { "GREEK SMALL LETTER EPSILON", 0x3B5 }, { "GREEK SMALL LETTER LAMDA", 0x3BB },
    { "GREEK SMALL LETTER MU", 0x3BC }, { "GREEK SMALL LETTER PI", 0x3C0 },
    { "GREEK SMALL LETTER SIGMA", 0x3C3 }, { "GREEK SMALL LETTER OMEGA", 0x3C9 },
    { "GREEK CAPITAL LETTER DELTA", 0x394 }, { "GREEK CAPITAL LETTER SIGMA", 0x3A3 },
    { "GREEK CAPITAL LETTER OMEGA", 0x3A9 }, { "GREEK CAPITAL LETTER PI", 0x3A0 },
    { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 }, { "LATIN SMALL LETTER A WITH GRAVE", 0xE0 },
    { "LATIN SMALL LETTER U WITH DIAERESIS", 0xFC }, { "LATIN SMALL LETTER O WITH DIAERESIS", 0xF6 },
    { "LATIN SMALL LETTER A WITH DIAERESIS", 0xE4 }, { "LATIN SMALL LETTER SHARP S", 0xDF },
    { "LATIN SMALL LETTER N WITH TILDE", 0xF1 }, { "LATIN SMALL LETTER C WITH CEDILLA", 0xE7 },
    { "SNAKE", 0x1F40D }, { "COMET", 0x2604 }, { "GRINNING FACE", 0x1F600 }, { "THUMBS UP SIGN", 0x1F44D },
    { "ZERO WIDTH SPACE", 0x200B }, { "REPLACEMENT CHARACTER", 0xFFFD },
    { "ESCAPE", 0x1B }, { "BELL", 0x07 }, { "DELETE", 0x7F }, { "TILDE", 0x7E },
    { "ASTERISK", 0x2A }, { "AMPERSAND", 0x26 }, { "COMMERCIAL AT", 0x40 },
    { "FULL STOP", 0x2E }, { "COMMA", 0x2C }, { "COLON", 0x3A }, { "SEMICOLON", 0x3B },
    { "QUOTATION MARK", 0x22 }, { "APOSTROPHE", 0x27 }, { "REVERSE SOLIDUS", 0x5C },
    { "SOLIDUS", 0x2F }, { "LOW LINE", 0x5F }, { "NUMBER SIGN", 0x23 },
    { "DOLLAR SIGN", 0x24 }, { "PERCENT SIGN", 0x25 }, { "CIRCUMFLEX ACCENT", 0x5E },
    { "GRAVE ACCENT", 0x60 }, { "VERTICAL LINE", 0x7C }, { "EXCLAMATION MARK", 0x21 },
    { "QUESTION MARK", 0x3F }, { "LEFT PARENTHESIS", 0x28 }, { "RIGHT PARENTHESIS", 0x29 },
    { "LEFT SQUARE BRACKET", 0x5B }, { "RIGHT SQUARE BRACKET", 0x5D },
    { "LEFT CURLY BRACKET", 0x7B }, { "RIGHT CURLY BRACKET", 0x7D },
    { "LESS-THAN SIGN", 0x3C }, { "GREATER-THAN SIGN", 0x3E }, { "EQUALS SIGN", 0x3D },
    { "PLUS SIGN", 0x2B }, { "DIGIT ZERO", 0x30 }, { "DIGIT ONE", 0x31 },
    { "LATIN CAPITAL LETTER A", 0x41 }, { "LATIN SMALL LETTER A", 0x61 },
    { "BOX DRAWINGS LIGHT HORIZONTAL", 0x2500 }, { "BOX DRAWINGS LIGHT VERTICAL", 0x2502 },
    { "FULL BLOCK", 0x2588 }, { "BLACK SQUARE", 0x25A0 }, { "WHITE SQUARE", 0x25A1 },
    { "BLACK CIRCLE", 0x25CF }, { "WHITE CIRCLE", 0x25CB }, { "HEAVY CHECK MARK", 0x2714 },
    { "BALLOT X", 0x2717 }, { "CROSS MARK", 0x274C }, { "WARNING SIGN", 0x26A0 },
    { "NOT EQUAL TO", 0x2260 }, { "LESS-THAN OR EQUAL TO", 0x2264 },
    { "GREATER-THAN OR EQUAL TO", 0x2265 }, { "SQUARE ROOT", 0x221A },
    { "N-ARY SUMMATION", 0x2211 }, { "ALMOST EQUAL TO", 0x2248 },
};

static int unicode_error(StrCtx *c, const char *body, const char *from, const char *to,
                         const char *what)
{
    int a = (int)(from - body), b = (int)(to - body) - 1;
    if (a == b)
        str_error(c, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s",
                  a, what);
    else
        str_error(c, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                  a, b, what);
    return -1;
}

static int hexval(char ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

/* Decode [s, end) with escapes into out (UTF-8 for str, raw bytes for bytes). */
static int decode_escapes(StrCtx *c, const char *s, const char *end, int is_bytes, Buf *out)
{
    const char *body = s;
    while (s < end) {
        const char *run = s;
        while (s < end && *s != '\\')
            s++;
        if (s > run && buf_put(out, run, (size_t)(s - run)) < 0)
            return -1;
        if (s >= end)
            break;
        const char *esc = s;
        s++;                      /* past the backslash */
        if (s >= end) {
            if (is_bytes) {
                str_error(c, "(value error) Trailing \\ in string");
                return -1;
            }
            return unicode_error(c, body, esc, s, "\\ at end of string");
        }
        char ch = *s++;
        uint32_t cp;
        switch (ch) {
        case '\n': continue;
        case '\\': cp = '\\'; break;
        case '\'': cp = '\''; break;
        case '"': cp = '"'; break;
        case 'a': cp = 7; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'v': cp = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = (uint32_t)(ch - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                cp = cp * 8 + (uint32_t)(*s++ - '0');
            if (is_bytes)
                cp &= 0xFF;
            break;
        case 'x': {
            int h1 = s < end ? hexval(s[0]) : -1;
            int h2 = s + 1 < end ? hexval(s[1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (is_bytes) {
                    str_error(c, "(value error) invalid \\x escape at position %d", (int)(esc - body));
                    return -1;
                }
                const char *stop = s;
                while (stop < end && stop < s + 2 && hexval(*stop) >= 0)
                    stop++;
                return unicode_error(c, body, esc, stop, "truncated \\xXX escape");
            }
            cp = (uint32_t)(h1 * 16 + h2);
            s += 2;
            break;
        }
        case 'u': case 'U':
            if (!is_bytes) {
                int n = ch == 'u' ? 4 : 8;
                cp = 0;
                for (int i = 0; i < n; i++) {
                    int h = s + i < end ? hexval(s[i]) : -1;
                    if (h < 0) {
                        const char *stop = s;
                        while (stop < end && stop < s + n && hexval(*stop) >= 0)
                            stop++;
                        return unicode_error(c, body, esc, stop,
                                             ch == 'u' ? "truncated \\uXXXX escape"
                                                       : "truncated \\UXXXXXXXX escape");
                    }
                    cp = cp * 16 + (uint32_t)h;
                }
                s += n;
                if (cp > 0x10FFFF)
                    return unicode_error(c, body, esc, s, "illegal Unicode character");
                break;
            }
            __attribute__((fallthrough)); /* not an escape in bytes */
        case 'N':
            if (!is_bytes && ch == 'N') {
                const char *close = s < end && *s == '{' ? memchr(s, '}', (size_t)(end - s)) : NULL;
                if (!close)
                    return unicode_error(c, body, esc, s, "malformed \\N character escape");
                size_t n = (size_t)(close - s - 1);
                int found = 0;
                for (size_t i = 0; i < sizeof unicode_names / sizeof *unicode_names; i++) {
                    if (strlen(unicode_names[i].name) == n &&
                        strncasecmp(unicode_names[i].name, s + 1, n) == 0) {
                        cp = unicode_names[i].cp;
                        found = 1;
                        break;
                    }
                }
                if (!found)
                    return unicode_error(c, body, esc, close + 1, "unknown Unicode character name");
                s = close + 1;
                break;
            }
            __attribute__((fallthrough));
        default:
            /* not an escape: keep the backslash (CPython warns) */
            if (buf_put(out, esc, (size_t)(s - esc)) < 0)
                return -1;
            continue;
        }
        if (is_bytes) {
            char byte = (char)cp;
            if (buf_put(out, &byte, 1) < 0)
                return -1;
        } else if (buf_put_cp(out, cp) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- one literal token ---------------------------------------------------- */

typedef struct Literal {
    int raw, bytes, fstr, u;
    const char *body, *body_end;   /* between the quotes */
    PymToken *tok;
} Literal;

static void split_literal(PymToken *t, Literal *lit)
{
    memset(lit, 0, sizeof *lit);
    lit->tok = t;
    const char *s = t->start;
    for (; *s != '\'' && *s != '"'; s++) {
        switch (*s) {
        case 'r': case 'R': lit->raw = 1; break;
        case 'b': case 'B': lit->bytes = 1; break;
        case 'f': case 'F': lit->fstr = 1; break;
        case 'u': case 'U': lit->u = 1; break;
        }
    }
    char q = *s;
    int triple = s[1] == q && s[2] == q && t->end - s >= 6;
    int qlen = triple ? 3 : 1;
    lit->body = s + qlen;
    lit->body_end = t->end - qlen;
}

/* ---- f-strings ------------------------------------------------------------ */

/* The JoinedStr under construction: literal text accumulates in pending. */
typedef struct Parts {
    PymAstSeq *values;
    Buf pending;
} Parts;

static int parts_flush_at(StrCtx *c, Parts *parts, PymAstPos pos)
{
    if (parts->pending.len == 0)
        return 0;
    PymObject *s = pym_str_from_utf8(parts->pending.data, (PymSize)parts->pending.len);
    parts->pending.len = 0;
    if (!s)
        return -1;
    PymExpr *e = pym_ast_expr_new(c->p->arena, PYM_EXPR_CONSTANT, pos);
    if (!e || !pym_arena_own(c->p->arena, s))
        return -1;
    e->v.constant.value = s;
    parts->values = pym_ast_seq_append(c->p->arena, parts->values, e);
    return parts->values ? 0 : -1;
}

static int parts_flush(StrCtx *c, Parts *parts)
{
    return parts_flush_at(c, parts, c->whole);
}

static int parse_fstring_body(StrCtx *c, Literal *lit, const char **sp, const char *end,
                              int depth, Parts *parts);

/* Columns where the sub-parser's tokens start (CPython 3.11's
 * fstring_find_expr_location): brace points at the '{'. */
static void field_location(Literal *lit, const char *brace, int *lineno, int *col)
{
    PymToken *t = lit->tok;
    int lines = 0;
    for (const char *q = t->start; q < brace; q++)
        if (*q == '\n')
            lines++;
    int newline_after_brace = 1;
    for (const char *q = brace + 1; *q && *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    int cols = 0;
    if (!newline_after_brace) {
        const char *q = brace;
        while (q > t->start && *q != '\n')
            q--;
        cols = (int)(brace - q);
        if (*q == '\n')
            cols -= 1;
    }
    *lineno = t->lineno + lines;
    *col = lines ? cols : t->col + cols;
}

/* One replacement field; *sp is just after its '{'. */
static int parse_field(StrCtx *c, Literal *lit, const char **sp, const char *end, int depth,
                       Parts *parts)
{
    const char *brace = *sp - 1;
    const char *s = *sp;
    const char *expr_start = s;
    char stack[200];
    int nest = 0;
    char quote = 0;
    int triple = 0;
    if (depth >= 2)
        return str_error(c, "f-string: expressions nested too deeply"), -1;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            return str_error(c, "f-string expression part cannot include a backslash"), -1;
        if (quote) {
            if (ch == quote && (!triple || (s + 2 < end && s[1] == quote && s[2] == quote))) {
                if (triple)
                    s += 2;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            triple = s + 2 < end && s[1] == ch && s[2] == ch;
            if (triple)
                s += 2;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (nest >= (int)sizeof stack)
                return str_error(c, "f-string: too many nested parenthesis"), -1;
            stack[nest++] = ch;
            continue;
        }
        if (ch == '#')
            return str_error(c, "f-string expression part cannot include '#'"), -1;
        if (nest == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                          ch == '<')) {
            if (ch == '!' && s + 1 < end && s[1] == '=') {
                s++;
                continue;
            }
            if ((ch == '=' || ch == '<' || ch == '>') && s + 1 < end && s[1] == '=') {
                s++;
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (nest == 0)
                return str_error(c, "f-string: unmatched '%c'", ch), -1;
            char open = stack[--nest];
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') ||
                (open == '{' && ch != '}'))
                return str_error(c, "f-string: closing parenthesis '%c' does not match opening "
                                 "parenthesis '%c'", ch, open), -1;
        }
    }
    if (quote)
        return str_error(c, "f-string: unterminated string"), -1;
    if (nest > 0)
        return str_error(c, "f-string: unmatched '%c'", stack[nest - 1]), -1;
    if (s >= end)
        return str_error(c, "f-string: expecting '}'"), -1;
    const char *expr_end = s;
    const char *w = expr_start;
    while (w < expr_end && (*w == ' ' || *w == '\t' || *w == '\n' || *w == '\f'))
        w++;
    if (w == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return str_error(c, "f-string: expression required before '%c'", *expr_end), -1;
        return str_error(c, "f-string: empty expression not allowed"), -1;
    }
    int lineno, col;
    field_location(lit, brace, &lineno, &col);
    PymExpr *value = pym_parse_fstring_expr(c->p, expr_start, expr_end, lineno, col + 1);
    if (!value)
        return -1;
    /* self-documenting "=" */
    int debug = 0;
    if (*s == '=') {
        debug = 1;
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r'))
            s++;
        if (buf_put(&parts->pending, expr_start, (size_t)(s - expr_start)) < 0)
            return -1;
    }
    int conversion = -1;
    if (s < end && *s == '!') {
        s++;
        if (s >= end)
            return str_error(c, "f-string: expecting '}'"), -1;
        conversion = (unsigned char)*s;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return str_error(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'"), -1;
        s++;
    }
    PymExpr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        /* CPython gives the spec, and the literal text ending it, the
         * position of the literal's own token */
        PymToken *t = lit->tok;
        PymAstPos tpos = { t->lineno, t->col, t->end_lineno, t->end_col };
        Parts sub = { NULL, { NULL, 0, 0 } };
        int rc = parse_fstring_body(c, lit, &s, end, depth + 1, &sub);
        if (rc == 0)
            rc = parts_flush_at(c, &sub, tpos);
        pym_mem_free(sub.pending.data);
        if (rc < 0)
            return -1;
        spec = pym_ast_expr_new(c->p->arena, PYM_EXPR_JOINEDSTR, tpos);
        if (!spec)
            return -1;
        spec->v.joinedstr.values = sub.values ? sub.values : pym_ast_seq_new(c->p->arena, 0);
    }
    if (s >= end || *s != '}')
        return str_error(c, "f-string: expecting '}'"), -1;
    s++;
    if (debug && conversion == -1 && !spec)
        conversion = 'r';
    if (parts_flush(c, parts) < 0)
        return -1;
    PymExpr *fv = pym_ast_expr_new(c->p->arena, PYM_EXPR_FORMATTEDVALUE, c->whole);
    if (!fv)
        return -1;
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    parts->values = pym_ast_seq_append(c->p->arena, parts->values, fv);
    *sp = s;
    return parts->values ? 0 : -1;
}

/* Literal text and fields up to end (depth 0) or up to the '}' closing a
 * format spec (depth > 0, left unconsumed). */
static int parse_fstring_body(StrCtx *c, Literal *lit, const char **sp, const char *end,
                              int depth, Parts *parts)
{
    const char *s = *sp;
    while (s < end) {
        const char *run = s;
        while (s < end && *s != '{' && *s != '}')
            s++;
        if (s > run) {
            if (lit->raw) {
                if (buf_put(&parts->pending, run, (size_t)(s - run)) < 0)
                    return -1;
            } else if (decode_escapes(c, run, s, 0, &parts->pending) < 0) {
                return -1;
            }
        }
        if (s >= end)
            break;
        if (*s == '{') {
            if (depth == 0 && s + 1 < end && s[1] == '{') {
                if (buf_put(&parts->pending, "{", 1) < 0)
                    return -1;
                s += 2;
                continue;
            }
            s++;
            if (parse_field(c, lit, &s, end, depth, parts) < 0)
                return -1;
            continue;
        }
        /* '}' */
        if (depth > 0)
            break;
        if (s + 1 < end && s[1] == '}') {
            if (buf_put(&parts->pending, "}", 1) < 0)
                return -1;
            s += 2;
            continue;
        }
        return str_error(c, "f-string: single '}' is not allowed"), -1;
    }
    *sp = s;
    return 0;
}

/* ---- concatenation -------------------------------------------------------- */

PymExpr *pym_parse_strings(PymParser *p, int first, int last, PymAstPos pos)
{
    StrCtx c = { p, last + 1, pos };
    Literal lit;
    int any_bytes = 0, any_str = 0, any_f = 0, first_u = 0;
    for (int i = first; i <= last; i++) {
        split_literal(&p->toks[i], &lit);
        if (lit.bytes)
            any_bytes = 1;
        else
            any_str = 1;
        any_f |= lit.fstr;
        if (i == first)
            first_u = lit.u;
    }
    if (any_bytes && any_str)
        return str_error(&c, "cannot mix bytes and nonbytes literals");

    PymExpr *result = NULL;
    if (!any_f) {
        Buf out = { NULL, 0, 0 };
        for (int i = first; i <= last; i++) {
            split_literal(&p->toks[i], &lit);
            if (lit.bytes) {
                for (const char *q = lit.body; q < lit.body_end; q++) {
                    if ((unsigned char)*q >= 128) {
                        PymToken *t = lit.tok;
                        pym_mem_free(out.data);
                        return pym_parser_error(p, &pym_exc_SyntaxError, t->lineno, t->col,
                                                t->end_lineno, t->end_col,
                                                "bytes can only contain ASCII literal characters");
                    }
                }
            }
            int rc = lit.raw ? buf_put(&out, lit.body, (size_t)(lit.body_end - lit.body))
                             : decode_escapes(&c, lit.body, lit.body_end, lit.bytes, &out);
            if (rc < 0) {
                pym_mem_free(out.data);
                return NULL;
            }
        }
        PymObject *v = any_bytes ? pym_bytes_from_data(out.data ? out.data : "", (PymSize)out.len)
                                 : pym_str_from_utf8(out.data ? out.data : "", (PymSize)out.len);
        pym_mem_free(out.data);
        if (!v || !pym_arena_own(p->arena, v))
            return NULL;
        result = pym_ast_expr_new(p->arena, PYM_EXPR_CONSTANT, pos);
        if (!result)
            return NULL;
        result->v.constant.value = v;
        if (first_u) {
            PymObject *u = pym_str_intern_cstr("u");
            if (!u || !pym_arena_own(p->arena, u))
                return NULL;
            result->v.constant.kind = u;
        }
        return result;
    }

    Parts parts = { NULL, { NULL, 0, 0 } };
    for (int i = first; i <= last; i++) {
        split_literal(&p->toks[i], &lit);
        int rc;
        if (lit.fstr) {
            const char *s = lit.body;
            rc = parse_fstring_body(&c, &lit, &s, lit.body_end, 0, &parts);
        } else if (lit.raw) {
            rc = buf_put(&parts.pending, lit.body, (size_t)(lit.body_end - lit.body));
        } else {
            rc = decode_escapes(&c, lit.body, lit.body_end, 0, &parts.pending);
        }
        if (rc < 0) {
            pym_mem_free(parts.pending.data);
            return NULL;
        }
    }
    int rc = parts_flush(&c, &parts);
    pym_mem_free(parts.pending.data);
    if (rc < 0)
        return NULL;
    result = pym_ast_expr_new(p->arena, PYM_EXPR_JOINEDSTR, pos);
    if (!result)
        return NULL;
    result->v.joinedstr.values = parts.values ? parts.values : pym_ast_seq_new(p->arena, 0);
    return result;
}
