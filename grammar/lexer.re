/* lexer.re — Python 3.11 tokenizer (re2c, UTF-8).  Generated into lexer.c
 * at build time: re2c -W --utf8 -o lexer.c lexer.re
 *
 * Owns: source normalization, NEWLINE/INDENT/DEDENT (spaces and tabs, with
 * CPython's tab-consistency check), implicit line joining inside brackets,
 * backslash continuation, comments, numbers (with CPython's error messages
 * for malformed literals), the extent of string literals (their contents are
 * decoded by the parser, see pstring.c), operators and the bracket stack.
 * Invariants: lx->cur never passes the NUL sentinel; lx->line_start is the
 * start of the physical line holding lx->cur; errors are raised with the
 * tokenizer's conventions (text without newline, offset = cursor column).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "parser.h"
#include "../runtime/obmalloc.h"
#include "../runtime/errors.h"
#include "../runtime/exception.h"
#include "../runtime/str.h"
#include "../runtime/int.h"
#include "../runtime/complex.h"
#include "../runtime/float.h"

/*!include:re2c "unicode_categories.re" */

/* ---- source and positions ------------------------------------------------ */

void pym_lexer_init(PymLexer *lx, PymArena *arena, const char *source, size_t len,
                    PymObject *filename, int interactive)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    lx->filename = filename;
    lx->interactive = interactive;
    if (len >= 3 && (unsigned char)source[0] == 0xEF && (unsigned char)source[1] == 0xBB &&
        (unsigned char)source[2] == 0xBF) {
        source += 3;   /* UTF-8 byte order mark */
        len -= 3;
    }
    char *buf = pym_arena_alloc(arena, len + 2);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (source[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && source[i + 1] == '\n')
                i++;
        } else {
            buf[n++] = source[i];
        }
    }
    if (n == 0 || buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = '\0';
    lx->buf = lx->cur = lx->line_start = buf;
    lx->lineno = 1;
    lx->first_lineno = 1;
    lx->at_bol = 1;
}

int pym_utf8_count(const char *s, size_t nbytes)
{
    int count = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

const char *pym_lexer_line(PymLexer *lx, int lineno, int with_newline, size_t *len)
{
    const char *p = lx->buf;
    for (int l = lx->first_lineno; l < lineno && *p; l++) {
        const char *nl = strchr(p, '\n');
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (!*p)
        return NULL;
    const char *nl = strchr(p, '\n');
    *len = (size_t)(nl - p) + (with_newline ? 1 : 0);
    return p;
}

static int byte_to_char_offset(const char *line, size_t linelen, int offset)
{
    if (offset <= 0 || !line)
        return offset;
    if ((size_t)offset > linelen + 1)
        offset = (int)linelen + 1;
    size_t n = (size_t)offset <= linelen ? (size_t)offset : linelen;
    /* A multi-byte sequence cut short counts as one character, as the
     * "replace" decoding CPython uses does. */
    return pym_utf8_count(line, n) + ((size_t)offset > linelen ? 1 : 0);
}

int pym_lexer_raise(PymLexer *lx, PymType *type, const char *msg, int lineno, int offset,
                    int end_lineno, int end_offset, int text_newline)
{
    size_t len = 0;
    const char *line = pym_lexer_line(lx, lineno, 1, &len);
    PymObject *text = NULL;
    int off = offset, end_off = end_offset;
    if (line) {
        size_t body = len ? len - 1 : 0;  /* without the newline */
        off = byte_to_char_offset(line, body + 1, offset);
        if (end_lineno == lineno) {
            end_off = byte_to_char_offset(line, body + 1, end_offset);
        } else {
            size_t elen = 0;
            const char *eline = pym_lexer_line(lx, end_lineno, 1, &elen);
            end_off = byte_to_char_offset(eline, elen, end_offset);
        }
        text = pym_str_from_utf8_lossy(line, (PymSize)(text_newline ? len : body));
        if (!text)
            return -1;
    }
    PymObject *exc = pym_syntax_error_new(type, msg, lx->filename ? lx->filename : PYM_NONE,
                                          lineno, off, text ? text : PYM_NONE, end_lineno, end_off);
    PYM_XDECREF(text);
    if (!exc)
        return -1;
    pym_err_restore(exc);
    return -1;
}

/* The tokenizer's own error style: current line, offset = cursor column. */
static int lex_error_at(PymLexer *lx, const char *at, const char *msg)
{
    int off = (int)(at - lx->line_start);
    return pym_lexer_raise(lx, &pym_exc_SyntaxError, msg, lx->lineno, off, lx->lineno, off, 0);
}

static int lex_error_range(PymLexer *lx, int col, int end_col, const char *msg)
{
    return pym_lexer_raise(lx, &pym_exc_SyntaxError, msg, lx->lineno, col, lx->lineno,
                           end_col, 0);
}

/* Input ran out inside a construct.  In interactive mode that only means
 * "read another line"; the caller still returns -1. */
static int lex_incomplete(PymLexer *lx)
{
    lx->incomplete = 1;
    return -1;
}

static void next_line(PymLexer *lx, const char *after_newline)
{
    lx->cur = after_newline;
    lx->line_start = after_newline;
    lx->lineno++;
}

static void set_token(PymLexer *lx, PymToken *t, int kind, const char *start, const char *end)
{
    t->kind = kind;
    t->start = start;
    t->end = end;
    t->lineno = t->end_lineno = lx->lineno;
    t->col = (int)(start - lx->line_start);
    t->end_col = (int)(end - lx->line_start);
    t->err_col = t->end_col;
    t->value = NULL;
    t->level = lx->nparen;
}

/* Tokens produced without text (INDENT, DEDENT, end of input). */
static void set_virtual_token(PymLexer *lx, PymToken *t, int kind, int err_col)
{
    t->kind = kind;
    t->start = t->end = lx->cur;
    t->lineno = t->end_lineno = lx->lineno;
    t->col = t->end_col = -1;
    t->err_col = err_col;
    t->value = NULL;
    t->level = lx->nparen;
}

/* ---- indentation ------------------------------------------------------- */

/* At the start of a logical line: measure the indentation, skip blank and
 * comment-only lines, and queue INDENT/DEDENT tokens.  Returns 0, or -1 on
 * an indentation error; *at_eof is set when the input is exhausted. */
static int process_indentation(PymLexer *lx, int *at_eof)
{
    *at_eof = 0;
    for (;;) {
        int col = 0, altcol = 0;
        const char *p = lx->cur;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                altcol++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (*p == '\014') {
                col = altcol = 0;   /* form feed resets the column */
            } else {
                break;
            }
        }
        if (*p == '\0') {
            lx->cur = p;
            *at_eof = 1;
            return 0;
        }
        if (*p == '#' || *p == '\n') {
            /* blank or comment-only line: no tokens, no indentation */
            const char *nl = strchr(p, '\n');
            next_line(lx, nl + 1);
            continue;
        }
        lx->cur = p;
        int top = lx->indents[lx->nindent], alttop = lx->alt_indents[lx->nindent];
        if (col == top) {
            if (altcol != alttop)
                goto tab_error;
        } else if (col > top) {
            if (lx->nindent + 1 >= PYM_LEX_MAX_INDENT) { /* CPython allows 99 levels */
                lx->cur = p;
                return pym_lexer_raise(lx, &pym_exc_IndentationError,
                                       "too many levels of indentation", lx->lineno, 1,
                                       lx->lineno, 0, 1);
            }
            if (altcol <= alttop)
                goto tab_error;
            lx->nindent++;
            lx->indents[lx->nindent] = col;
            lx->alt_indents[lx->nindent] = altcol;
            lx->pending = 1;
        } else {
            int dedents = 0;
            while (lx->nindent > 0 && col < lx->indents[lx->nindent]) {
                lx->nindent--;
                dedents++;
            }
            if (col != lx->indents[lx->nindent]) {
                size_t len;
                pym_lexer_line(lx, lx->lineno, 1, &len);
                return pym_lexer_raise(lx, &pym_exc_IndentationError,
                                       "unindent does not match any outer indentation level",
                                       lx->lineno, (int)len, lx->lineno, -1, 1);
            }
            if (altcol != lx->alt_indents[lx->nindent])
                goto tab_error;
            lx->pending = -dedents;
        }
        return 0;
    }
tab_error:
    return pym_lexer_raise(lx, &pym_exc_TabError,
                           "inconsistent use of tabs and spaces in indentation", lx->lineno, 1,
                           lx->lineno, 0, 1);
}

/* ---- numbers ----------------------------------------------------------- */

static int is_potential_identifier_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

/* A keyword that may legally follow a number with no space (`1if x else y`). */
static int keyword_may_follow_number(const char *p)
{
    static const char *const words[] = { "and", "else", "for", "if", "in", "is", "or", "not" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strncmp(p, words[i], strlen(words[i])) == 0)
            return 1;
    return 0;
}

enum { NUM_DEC, NUM_HEX, NUM_OCT, NUM_BIN, NUM_FLOAT, NUM_IMAG, NUM_ZEROS };

/* Check what follows a well-formed number literal [start, end). */
static int check_number_end(PymLexer *lx, const char *start, const char *end, int kind)
{
    static const char *const kind_names[] = { "decimal", "hexadecimal", "octal", "binary",
                                              "decimal", "imaginary", "decimal" };
    unsigned char c = (unsigned char)*end;
    char msg[80];
    if (kind == NUM_ZEROS && ((c >= '0' && c <= '9') || c == '_')) {
        const char *zeros_end = start;
        while (*zeros_end == '0' || *zeros_end == '_')
            zeros_end++;
        if (*zeros_end >= '1' && *zeros_end <= '9')
            return lex_error_range(lx, (int)(start - lx->line_start) + 1,
                                   (int)(zeros_end - lx->line_start) + 1,
                                   "leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers");
    }
    if ((c == 'e' || c == 'E') && (end[1] == '+' || end[1] == '-') &&
        (kind == NUM_DEC || kind == NUM_ZEROS || kind == NUM_FLOAT))
        return lex_error_at(lx, end + 2, "invalid decimal literal");
    if (c == '_') {
        const char *p = end + 1;
        snprintf(msg, sizeof msg, "invalid %s literal", kind_names[kind]);
        return lex_error_at(lx, p, msg);
    }
    if ((kind == NUM_OCT || kind == NUM_BIN) && c >= '0' && c <= '9') {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind_names[kind]);
        return lex_error_at(lx, end + 1, msg);
    }
    if (is_potential_identifier_char(c) && !keyword_may_follow_number(end)) {
        snprintf(msg, sizeof msg, "invalid %s literal", kind_names[kind]);
        return lex_error_at(lx, end, msg);
    }
    return 0;
}

/* "0x" with no digit after the prefix. */
static int empty_prefixed_number(PymLexer *lx, const char *after_prefix, int kind)
{
    static const char *const kind_names[] = { "", "hexadecimal", "octal", "binary" };
    char msg[80];
    unsigned char c = (unsigned char)*after_prefix;
    if (c == '_')
        after_prefix++, c = (unsigned char)*after_prefix;
    if ((kind == NUM_OCT || kind == NUM_BIN) && c >= '0' && c <= '9') {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind_names[kind]);
        return lex_error_at(lx, after_prefix + 1, msg);
    }
    snprintf(msg, sizeof msg, "invalid %s literal", kind_names[kind]);
    return lex_error_at(lx, after_prefix, msg);
}

static PymObject *number_value(PymLexer *lx, const char *start, const char *end, int kind)
{
    size_t n = (size_t)(end - start);
    char small[128];
    char *digits = n < sizeof small ? small : pym_mem_malloc(n + 1);
    if (!digits)
        return pym_err_no_memory();
    size_t k = 0;
    const char *p = start;
    int base = 10;
    if (kind == NUM_HEX || kind == NUM_OCT || kind == NUM_BIN) {
        base = kind == NUM_HEX ? 16 : kind == NUM_OCT ? 8 : 2;
        p += 2;
    }
    for (; p < end; p++)
        if (*p != '_')
            digits[k++] = *p;
    digits[k] = '\0';
    PymObject *v;
    if (kind == NUM_IMAG) {
        digits[--k] = '\0'; /* the 'j' */
        v = pym_complex_from_doubles(0.0, strtod(digits, NULL));
    } else if (kind == NUM_FLOAT) {
        v = pym_float_from_double(strtod(digits, NULL));
    } else {
        v = pym_int_from_string(digits, (PymSize)k, base);
    }
    if (digits != small)
        pym_mem_free(digits);
    if (!v && pym_err_exception_matches(&pym_exc_ValueError)) {
        /* Too many digits for int(): CPython reports it as a SyntaxError
         * with the same message and no column. */
        PymObject *exc = pym_err_fetch();
        PymObject *msg = exc ? pym_object_str(exc) : NULL;
        PYM_XDECREF(exc);
        if (msg)
            lex_error_range(lx, 0, 0, pym_str_as_utf8(msg));
        PYM_XDECREF(msg);
        return NULL;
    }
    if (!v)
        return NULL;
    return pym_arena_own(lx->arena, v);
}

/* ---- strings ----------------------------------------------------------- */

/* Find the end of the string literal whose opening quote is at q.  Multi-line
 * strings advance lx->lineno / line_start.  Returns the byte after the
 * closing quote, or NULL with an error raised. */
static const char *scan_string(PymLexer *lx, const char *tok_start, const char *q)
{
    char quote = *q;
    int triple = q[1] == quote && q[2] == quote;
    int start_lineno = lx->lineno;
    const char *start_line = lx->line_start;
    const char *p = q + (triple ? 3 : 1);
    for (;;) {
        char c = *p;
        if (c == '\0') {
            if (lx->interactive && triple)
                return lex_incomplete(lx), NULL;
            goto unterminated;
        }
        if (c == quote) {
            if (!triple)
                return p + 1;
            if (p[1] == quote && p[2] == quote)
                return p + 3;
            p++;
            continue;
        }
        if (c == '\\') {
            if (p[1] == '\0') {
                p++;
                continue;
            }
            if (p[1] == '\n') {
                if (p[2] == '\0' && lx->interactive)
                    return lex_incomplete(lx), NULL;
                lx->lineno++;
                lx->line_start = p + 2;
            }
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                goto unterminated;
            lx->lineno++;
            lx->line_start = p + 1;
        }
        p++;
    }
unterminated:;
    /* CPython reports at the literal's start, naming the line where the
     * end of input / end of line was detected. */
    int detected = lx->lineno;
    if (triple && *p == '\0')
        detected = lx->lineno - 1 > start_lineno ? lx->lineno - 1 : start_lineno;
    lx->lineno = start_lineno;
    lx->line_start = start_line;
    char msg[100];
    snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
             triple ? "triple-quoted " : "", detected);
    return lex_error_at(lx, tok_start + 1, msg), NULL;
}

/* ---- the scanner -------------------------------------------------------- */

static int push_paren(PymLexer *lx, char c, const char *at)
{
    if (lx->nparen >= PYM_LEX_MAX_PAREN)
        return lex_error_at(lx, at + 1, "too many nested parentheses");
    lx->parens[lx->nparen] = c;
    lx->paren_lineno[lx->nparen] = lx->lineno;
    lx->paren_col[lx->nparen] = (int)(at - lx->line_start);
    lx->nparen++;
    return 0;
}

static int pop_paren(PymLexer *lx, char c, const char *at)
{
    char msg[120];
    if (lx->nparen == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return lex_error_at(lx, at + 1, msg);
    }
    char open = lx->parens[lx->nparen - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != want) {
        if (lx->paren_lineno[lx->nparen - 1] != lx->lineno)
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, open, lx->paren_lineno[lx->nparen - 1]);
        else
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        return lex_error_at(lx, at + 1, msg);
    }
    lx->nparen--;
    return 0;
}

static int invalid_character(PymLexer *lx, const char *at)
{
    /* decode one UTF-8 code point */
    const unsigned char *s = (const unsigned char *)at;
    uint32_t cp = s[0];
    int n = 1;
    if (cp >= 0xF0 && s[1] && s[2] && s[3]) {
        cp = ((cp & 7u) << 18) | ((s[1] & 63u) << 12) | ((s[2] & 63u) << 6) | (s[3] & 63u);
        n = 4;
    } else if (cp >= 0xE0 && s[1] && s[2]) {
        cp = ((cp & 15u) << 12) | ((s[1] & 63u) << 6) | (s[2] & 63u);
        n = 3;
    } else if (cp >= 0xC0 && s[1]) {
        cp = ((cp & 31u) << 6) | (s[1] & 63u);
        n = 2;
    }
    char msg[100];
    /* Characters CPython considers non-printable: controls, separators
     * other than space, format characters. */
    int printable = !(cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD ||
                      (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
                      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
                      (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE000 && cp <= 0xF8FF) ||
                      cp == 0x1680 || cp == 0x180E);
    if (printable)
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, at, (unsigned)cp);
    else
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
    return lex_error_at(lx, at + 1, msg);
}

static int make_name(PymLexer *lx, PymToken *t, const char *start, const char *end)
{
    size_t n = (size_t)(end - start);
    char small[128];
    char *s = n < sizeof small ? small : pym_mem_malloc(n + 1);
    if (!s) {
        pym_err_no_memory();
        return -1;
    }
    memcpy(s, start, n);
    s[n] = '\0';
    PymObject *name = pym_str_intern_cstr(s);
    if (s != small)
        pym_mem_free(s);
    if (!name)
        return -1;
    t->value = pym_arena_own(lx->arena, name);
    return 0;
}

/* End of input: NEWLINE is already out (the buffer ends with '\n'); close
 * brackets, emit the DEDENTs and the end marker. */
static int lex_eof(PymLexer *lx, PymToken *t)
{
    if (lx->nparen > 0) {
        if (lx->interactive)
            return lex_incomplete(lx);
        char msg[40];
        int i = lx->nparen - 1;
        snprintf(msg, sizeof msg, "'%c' was never closed", lx->parens[i]);
        return pym_lexer_raise(lx, &pym_exc_SyntaxError, msg, lx->paren_lineno[i],
                               lx->paren_col[i] + 1, lx->paren_lineno[i], 0, 1);
    }
    /* Report end-of-input tokens on the last line, cursor after its end. */
    int lineno = lx->lineno, err_col = 0;
    if (lx->cur > lx->buf) {
        const char *p = lx->cur - 1;   /* the final '\n' */
        const char *ls = p;
        while (ls > lx->buf && ls[-1] != '\n')
            ls--;
        lineno = lx->lineno - 1;
        err_col = (int)(lx->cur - ls);
    }
    if (lx->nindent > 0) {
        lx->nindent--;
        set_virtual_token(lx, t, TK_DEDENT, err_col);
        t->lineno = t->end_lineno = lineno;
        return 0;
    }
    set_virtual_token(lx, t, 0, err_col);
    t->lineno = t->end_lineno = lineno;
    lx->eof_done = 1;
    return 0;
}

int pym_lexer_next(PymLexer *lx, PymToken *t)
{
    const unsigned char *YYCURSOR, *YYMARKER, *start;
    int kind;
again:
    if (lx->pending != 0) {
        int err_col = (int)(lx->cur - lx->line_start);
        if (lx->pending > 0) {
            lx->pending--;
            set_virtual_token(lx, t, TK_INDENT, err_col);
        } else {
            lx->pending++;
            set_virtual_token(lx, t, TK_DEDENT, err_col);
        }
        return 0;
    }
    if (lx->eof_done) {
        set_virtual_token(lx, t, 0, 0);
        return 0;
    }
    if (lx->at_bol) {
        int at_eof;
        lx->at_bol = 0;
        lx->line_has_tokens = 0;
        if (process_indentation(lx, &at_eof) < 0)
            return -1;
        if (at_eof)
            return lex_eof(lx, t);
        if (lx->pending != 0)
            goto again;
    }
    /* skip spaces, comments and continuation lines */
    for (;;) {
        char c = *lx->cur;
        if (c == ' ' || c == '\t' || c == '\014') {
            lx->cur++;
        } else if (c == '#') {
            lx->cur = strchr(lx->cur, '\n');
        } else if (c == '\\') {
            if (lx->cur[1] != '\n') {
                int off = (int)(lx->cur - lx->line_start) + 2;
                return pym_lexer_raise(lx, &pym_exc_SyntaxError,
                                       "unexpected character after line continuation character",
                                       lx->lineno, off, lx->lineno, 0, 1);
            }
            if (lx->cur[2] == '\0') {
                if (lx->interactive)
                    return lex_incomplete(lx);
                size_t len;
                pym_lexer_line(lx, lx->lineno, 1, &len);
                return pym_lexer_raise(lx, &pym_exc_SyntaxError, "unexpected EOF while parsing",
                                       lx->lineno, (int)len, lx->lineno, -1, 1);
            }
            next_line(lx, lx->cur + 2);
        } else {
            break;
        }
    }
    if (*lx->cur == '\n') {
        if (lx->nparen > 0 || !lx->line_has_tokens) {
            next_line(lx, lx->cur + 1);
            if (!lx->line_has_tokens && lx->nparen == 0)
                lx->at_bol = 1;
            goto again;
        }
        set_token(lx, t, TK_NEWLINE, lx->cur, lx->cur);
        next_line(lx, lx->cur + 1);
        lx->at_bol = 1;
        return 0;
    }
    if (*lx->cur == '\0') {
        if (lx->line_has_tokens && lx->nparen == 0) {
            set_token(lx, t, TK_NEWLINE, lx->cur, lx->cur);
            lx->line_has_tokens = 0;
            return 0;
        }
        return lex_eof(lx, t);
    }

    lx->line_has_tokens = 1;
    YYCURSOR = start = (const unsigned char *)lx->cur;
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 1;

    id_start = [a-zA-Z_] | L | Nl;
    id_continue = id_start | [0-9] | Mn | Mc | Nd | Pc;
    digitpart = [0-9] ("_"? [0-9])*;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    float = pointfloat | (digitpart | pointfloat) exponent;
    prefix = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];

    "False"    { kind = TK_FALSE; goto word; }
    "None"     { kind = TK_NONE; goto word; }
    "True"     { kind = TK_TRUE; goto word; }
    "and"      { kind = TK_AND; goto word; }
    "as"       { kind = TK_AS; goto word; }
    "assert"   { kind = TK_ASSERT; goto word; }
    "async"    { kind = TK_ASYNC; goto word; }
    "await"    { kind = TK_AWAIT; goto word; }
    "break"    { kind = TK_BREAK; goto word; }
    "class"    { kind = TK_CLASS; goto word; }
    "continue" { kind = TK_CONTINUE; goto word; }
    "def"      { kind = TK_DEF; goto word; }
    "del"      { kind = TK_DEL; goto word; }
    "elif"     { kind = TK_ELIF; goto word; }
    "else"     { kind = TK_ELSE; goto word; }
    "except"   { kind = TK_EXCEPT; goto word; }
    "finally"  { kind = TK_FINALLY; goto word; }
    "for"      { kind = TK_FOR; goto word; }
    "from"     { kind = TK_FROM; goto word; }
    "global"   { kind = TK_GLOBAL; goto word; }
    "if"       { kind = TK_IF; goto word; }
    "import"   { kind = TK_IMPORT; goto word; }
    "in"       { kind = TK_IN; goto word; }
    "is"       { kind = TK_IS; goto word; }
    "lambda"   { kind = TK_LAMBDA; goto word; }
    "nonlocal" { kind = TK_NONLOCAL; goto word; }
    "not"      { kind = TK_NOT; goto word; }
    "or"       { kind = TK_OR; goto word; }
    "pass"     { kind = TK_PASS; goto word; }
    "raise"    { kind = TK_RAISE; goto word; }
    "return"   { kind = TK_RETURN; goto word; }
    "try"      { kind = TK_TRY; goto word; }
    "while"    { kind = TK_WHILE; goto word; }
    "with"     { kind = TK_WITH; goto word; }
    "yield"    { kind = TK_YIELD; goto word; }

    prefix? ['"'] {
        const char *q = (const char *)YYCURSOR - 1;
        int lineno = lx->lineno;
        const char *line_start = lx->line_start;
        const char *end = scan_string(lx, (const char *)start, q);
        if (!end)
            return -1;
        t->kind = TK_STRING;
        t->start = (const char *)start;
        t->end = end;
        t->lineno = lineno;
        t->col = (int)((const char *)start - line_start);
        t->end_lineno = lx->lineno;
        t->end_col = (int)(end - lx->line_start);
        t->err_col = t->end_col;
        t->value = NULL;
        t->level = lx->nparen;
        lx->cur = end;
        goto shift;
    }

    id_start id_continue* {
        if (*YYCURSOR >= 128)
            return invalid_character(lx, (const char *)YYCURSOR);
        kind = TK_NAME;
        goto word;
    }

    "0" [xX] ("_"? [0-9a-fA-F])+ { kind = NUM_HEX; goto number; }
    "0" [oO] ("_"? [0-7])+       { kind = NUM_OCT; goto number; }
    "0" [bB] ("_"? [01])+        { kind = NUM_BIN; goto number; }
    "0" [xX]  { return empty_prefixed_number(lx, (const char *)YYCURSOR, NUM_HEX); }
    "0" [oO]  { return empty_prefixed_number(lx, (const char *)YYCURSOR, NUM_OCT); }
    "0" [bB]  { return empty_prefixed_number(lx, (const char *)YYCURSOR, NUM_BIN); }
    "0" ("_"? "0")*              { kind = NUM_ZEROS; goto number; }
    [1-9] ("_"? [0-9])*          { kind = NUM_DEC; goto number; }
    float                        { kind = NUM_FLOAT; goto number; }
    (float | digitpart) [jJ]     { kind = NUM_IMAG; goto number; }

    "("  { if (push_paren(lx, '(', (const char *)start) < 0) return -1; kind = '('; goto op; }
    "["  { if (push_paren(lx, '[', (const char *)start) < 0) return -1; kind = '['; goto op; }
    "{"  { if (push_paren(lx, '{', (const char *)start) < 0) return -1; kind = '{'; goto op; }
    ")"  { if (pop_paren(lx, ')', (const char *)start) < 0) return -1; kind = ')'; goto op; }
    "]"  { if (pop_paren(lx, ']', (const char *)start) < 0) return -1; kind = ']'; goto op; }
    "}"  { if (pop_paren(lx, '}', (const char *)start) < 0) return -1; kind = '}'; goto op; }
    ":"  { kind = ':'; goto op; }
    ","  { kind = ','; goto op; }
    ";"  { kind = ';'; goto op; }
    "+"  { kind = '+'; goto op; }
    "-"  { kind = '-'; goto op; }
    "*"  { kind = '*'; goto op; }
    "/"  { kind = '/'; goto op; }
    "|"  { kind = '|'; goto op; }
    "&"  { kind = '&'; goto op; }
    "<"  { kind = '<'; goto op; }
    ">"  { kind = '>'; goto op; }
    "="  { kind = '='; goto op; }
    "."  { kind = '.'; goto op; }
    "%"  { kind = '%'; goto op; }
    "~"  { kind = '~'; goto op; }
    "^"  { kind = '^'; goto op; }
    "@"  { kind = '@'; goto op; }
    "==" { kind = TK_EQEQ; goto op; }
    "!=" { kind = TK_NOTEQ; goto op; }
    "<=" { kind = TK_LESSEQ; goto op; }
    ">=" { kind = TK_GREATEREQ; goto op; }
    "<<" { kind = TK_LSHIFT; goto op; }
    ">>" { kind = TK_RSHIFT; goto op; }
    "**" { kind = TK_POW; goto op; }
    "//" { kind = TK_FLOORDIV; goto op; }
    "->" { kind = TK_ARROW; goto op; }
    ":=" { kind = TK_COLONEQ; goto op; }
    "..." { kind = TK_ELLIPSIS; goto op; }
    "+="  { kind = TK_PLUSEQ; goto op; }
    "-="  { kind = TK_MINUSEQ; goto op; }
    "*="  { kind = TK_STAREQ; goto op; }
    "/="  { kind = TK_SLASHEQ; goto op; }
    "%="  { kind = TK_PERCENTEQ; goto op; }
    "&="  { kind = TK_AMPEQ; goto op; }
    "|="  { kind = TK_PIPEEQ; goto op; }
    "^="  { kind = TK_CARETEQ; goto op; }
    "<<=" { kind = TK_LSHIFTEQ; goto op; }
    ">>=" { kind = TK_RSHIFTEQ; goto op; }
    "**=" { kind = TK_POWEQ; goto op; }
    "//=" { kind = TK_FLOORDIVEQ; goto op; }
    "@="  { kind = TK_ATEQ; goto op; }

    [\x80-\U0010FFFF] { return invalid_character(lx, (const char *)start); }
    * { kind = TK_ERRORTOKEN; goto op; }
    */

word:
    set_token(lx, t, kind, (const char *)start, (const char *)YYCURSOR);
    lx->cur = (const char *)YYCURSOR;
    if (kind == TK_NAME && make_name(lx, t, (const char *)start, (const char *)YYCURSOR) < 0)
        return -1;
    goto shift;

number: {
        const char *end = (const char *)YYCURSOR;
        lx->cur = end;
        if (check_number_end(lx, (const char *)start, end, kind) < 0)
            return -1;
        set_token(lx, t, TK_NUMBER, (const char *)start, end);
        t->value = number_value(lx, (const char *)start, end, kind == NUM_ZEROS ? NUM_DEC : kind);
        if (!t->value)
            return -1;
        goto shift;
    }

op:
    set_token(lx, t, kind, (const char *)start, (const char *)YYCURSOR);
    if (kind == '(' || kind == '[' || kind == '{')
        t->level = lx->nparen - 1;
    lx->cur = (const char *)YYCURSOR;

shift:
    if (t->lineno == lx->first_lineno) {
        t->col += lx->col_shift;
        if (t->end_lineno == lx->first_lineno)
            t->end_col += lx->col_shift;
    } else if (t->end_lineno == lx->first_lineno) {
        t->end_col += lx->col_shift;
    }
    return 0;
}
