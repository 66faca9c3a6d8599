/* perrors.c — syntax-error reports with CPython 3.11's wording and location.
 *
 * Bison tells us where the parse failed (the offending token) and which
 * tokens it expected; CPython's second-pass "invalid_*" rules are emulated
 * by looking at the tokens of the failing logical line.  Invariants:
 * columns in the parser are 0-based byte offsets; the exception stores
 * CPython's 1-based character offsets (conversion in pym_lexer_raise);
 * inside an f-string replacement field messages get the "f-string: "
 * prefix and offsets relative to the parenthesized field text.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parse_internal.h"
#include "parser.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"

static void *verror(PymParser *p, PymType *type, int lineno, int col, int end_lineno,
                    int end_col, const char *fmt, va_list va)
{
    char msg[512];
    int n = 0;
    if (p->lex_failed && pym_err_occurred())
        return NULL;   /* a tokenizer error met while looking ahead wins */
    if (p->fstring)
        n = snprintf(msg, sizeof msg, "f-string: ");
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, va);
    int offset = col + 1, end_offset = end_col + 1;
    if (p->fstring) {
        /* CPython reports field errors relative to the "(...)" text */
        if (lineno == p->lx.first_lineno)
            offset -= p->fstring_shift;
        if (end_lineno == p->lx.first_lineno && end_col >= 0)
            end_offset -= p->fstring_shift;
    }
    pym_lexer_raise(&p->lx, type, msg, lineno, offset, end_lineno, end_offset, 1);
    p->error_raised = 1;
    p->err_lineno = lineno;
    return NULL;
}

void *pym_parser_error(PymParser *p, PymType *type, int lineno, int col, int end_lineno,
                       int end_col, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    verror(p, type, lineno, col, end_lineno, end_col, fmt, va);
    va_end(va);
    return NULL;
}

void *pym_parser_error_expr(PymParser *p, const PymExpr *e, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    verror(p, &pym_exc_SyntaxError, e->pos.lineno, e->pos.col_offset, e->pos.end_lineno,
           e->pos.end_col_offset, fmt, va);
    va_end(va);
    return NULL;
}

static void verror_fmt(PymParser *p, int lineno, int col, int end_lineno, int end_col,
                       const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    verror(p, &pym_exc_SyntaxError, lineno, col, end_lineno, end_col, fmt, va);
    va_end(va);
}

/* An error "at the last token read" (CPython's RAISE_SYNTAX_ERROR). */
static void error_at_token(PymParser *p, PymType *type, PymToken *t, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    if (t->col < 0)   /* virtual token: cursor column, no end */
        verror(p, type, t->lineno, t->err_col - 1, t->end_lineno, -2, fmt, va);
    else
        verror(p, type, t->lineno, t->col, t->end_lineno, t->end_col, fmt, va);
    va_end(va);
}

static void error_range(PymParser *p, PymToken *a, PymToken *b, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    verror(p, &pym_exc_SyntaxError, a->lineno, a->col, b->end_lineno, b->end_col, fmt, va);
    va_end(va);
}

static int has(const int *expected, int n, int kind)
{
    for (int i = 0; i < n; i++)
        if (expected[i] == kind)
            return 1;
    return 0;
}

/* First token of the logical line holding token i. */
static int line_start_index(PymParser *p, int i)
{
    while (i > 0) {
        int k = p->toks[i - 1].kind;
        if ((k == TK_NEWLINE || k == TK_INDENT || k == TK_DEDENT) && p->toks[i - 1].level == 0)
            break;
        if (k == ';' && p->toks[i - 1].level == 0)
            break;
        i--;
    }
    return i;
}

static int starts_expression(int k)
{
    switch (k) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case '(': case '[': case '{':
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_LAMBDA: case TK_NOT: case TK_AWAIT:
    case '-': case '+': case '~': case TK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* Tokens that end an expression operand. */
static int ends_operand(int k)
{
    switch (k) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case ')': case ']': case '}':
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* Tokens that may appear inside a "disjunction" at bracket depth 0. */
static int inside_disjunction(int k)
{
    if (ends_operand(k) || starts_expression(k))
        return 1;
    switch (k) {
    case '.': case '*': case '/': case '%': case '@': case '|': case '&': case '^': case '<':
    case '>': case TK_EQEQ: case TK_NOTEQ: case TK_LESSEQ: case TK_GREATEREQ: case TK_LSHIFT:
    case TK_RSHIFT: case TK_POW: case TK_FLOORDIV: case TK_AND: case TK_OR: case TK_IN:
    case TK_IS:
        return 1;
    default:
        return 0;
    }
}

/* Walk back from token i (the end of an operand) to the start of the
 * disjunction it ends; stops at line start `lo`. */
static int disjunction_start(PymParser *p, int i, int lo)
{
    int depth = 0;
    int j = i;
    for (; j >= lo; j--) {
        int k = p->toks[j].kind;
        if (k == ')' || k == ']' || k == '}') {
            depth++;
            continue;
        }
        if (k == '(' || k == '[' || k == '{') {
            if (depth == 0)
                break;
            depth--;
            continue;
        }
        if (depth > 0)
            continue;
        if (!inside_disjunction(k) || k == TK_LAMBDA)
            break;
        /* `-a`, `not a` are inside; a keyword arg's name is not */
    }
    return j + 1;
}

/* Walk forward from token i over one expression; returns its last token. */
static int expression_end(PymParser *p, int i)
{
    int depth = 0, last = i;
    for (int j = i;; j++) {
        if (pym_parser_fill(p, j) < 0)
            return last;
        int k = p->toks[j].kind;
        if (k == 0)
            return last;
        if (k == '(' || k == '[' || k == '{') {
            depth++;
        } else if (k == ')' || k == ']' || k == '}') {
            if (depth == 0)
                return last;
            depth--;
        } else if (depth == 0) {
            if (k == ',' || k == ':' || k == '=' || k == TK_NEWLINE || k == ';' || k == TK_FOR ||
                k == TK_ASYNC || k == TK_AS || k == TK_COLONEQ || k == TK_INDENT ||
                k == TK_DEDENT || k == TK_FROM)
                return last;
            if (j > i && starts_expression(k) && ends_operand(p->toks[j - 1].kind) &&
                k != '-' && k != '+' && k != TK_NOT)
                return last;
        }
        last = j;
    }
}

static const char *block_owner(PymParser *p, int first, char *buf, size_t n)
{
    int k = p->toks[first].kind;
    if (k == TK_ASYNC)
        k = p->toks[first + 1].kind;
    switch (k) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_TRY: return "'try' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_WITH: return "'with' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_EXCEPT:
        if (p->toks[first + 1].kind == '*')
            return "'except*' statement";
        return "'except' statement";
    default:
        (void)buf;
        (void)n;
        return NULL;
    }
}

static int is_compound_keyword(int k)
{
    switch (k) {
    case TK_IF: case TK_ELIF: case TK_ELSE: case TK_WHILE: case TK_FOR: case TK_TRY:
    case TK_FINALLY: case TK_WITH: case TK_DEF: case TK_CLASS: case TK_EXCEPT: case TK_ASYNC:
        return 1;
    default:
        return 0;
    }
}

void pym_report_syntax_error(PymParser *p, int idx, const int *expected, int n)
{
    if (idx < 0 || pym_parser_fill(p, idx) < 0) {
        if (!pym_err_occurred())
            pym_err_set_string(&pym_exc_SyntaxError, "invalid syntax");
        return;
    }
    PymToken *t = &p->toks[idx];
    PymToken *prev = idx > 0 ? &p->toks[idx - 1] : NULL;
    int first = line_start_index(p, idx);
    int first_kind = first < idx ? p->toks[first].kind : -1;
    char buf[64];

    if (t->kind == TK_INDENT) {
        error_at_token(p, &pym_exc_IndentationError, t, "unexpected indent");
        return;
    }
    /* ':' NEWLINE then no INDENT */
    if (prev && prev->kind == TK_NEWLINE && idx >= 2 && p->toks[idx - 2].kind == ':' &&
        has(expected, n, TK_INDENT)) {
        int hdr = line_start_index(p, idx - 1);
        const char *owner = block_owner(p, hdr, buf, sizeof buf);
        if (owner)
            error_at_token(p, &pym_exc_IndentationError, t,
                           "expected an indented block after %s on line %d", owner,
                           p->toks[hdr].kind == TK_ASYNC ? p->toks[hdr + 1].lineno
                                                          : p->toks[hdr].lineno);
        else
            error_at_token(p, &pym_exc_IndentationError, t, "expected an indented block");
        return;
    }
    if (t->kind == TK_DEDENT && !has(expected, n, TK_DEDENT)) {
        if (has(expected, n, TK_EXCEPT) && has(expected, n, TK_FINALLY)) {
            error_at_token(p, &pym_exc_SyntaxError, t, "expected 'except' or 'finally' block");
            return;
        }
        error_at_token(p, &pym_exc_IndentationError, t, "unexpected unindent");
        return;
    }
    if (has(expected, n, TK_EXCEPT) && has(expected, n, TK_FINALLY) && t->kind != TK_EXCEPT &&
        t->kind != TK_FINALLY && !has(expected, n, TK_NAME)) {
        error_at_token(p, &pym_exc_SyntaxError, t, "expected 'except' or 'finally' block");
        return;
    }
    if (has(expected, n, ':') && is_compound_keyword(first_kind) &&
        (t->kind == TK_NEWLINE || first_kind == TK_DEF || first_kind == TK_TRY ||
         first_kind == TK_FINALLY || (first_kind == TK_ELSE && first + 1 == idx) ||
         (first_kind == TK_ASYNC && p->toks[first + 1].kind == TK_DEF))) {
        error_at_token(p, &pym_exc_SyntaxError, t, "expected ':'");
        return;
    }
    if (first_kind == TK_FROM && t->kind == TK_NEWLINE && prev && prev->kind == ',' &&
        prev->level == 0) {
        error_at_token(p, &pym_exc_SyntaxError, t,
                       "trailing comma not allowed without surrounding parentheses");
        return;
    }
    /* print "x" */
    if (first_kind == TK_NAME && first == idx - 1 && t->kind != '(' && starts_expression(t->kind)) {
        PymToken *name = &p->toks[first];
        size_t len = (size_t)(name->end - name->start);
        if ((len == 5 && memcmp(name->start, "print", 5) == 0) ||
            (len == 4 && memcmp(name->start, "exec", 4) == 0)) {
            int end = idx;
            for (;;) {
                end = expression_end(p, end);
                if (pym_parser_fill(p, end + 1) < 0 || p->toks[end + 1].kind != ',')
                    break;
                if (pym_parser_fill(p, end + 2) < 0 || !starts_expression(p->toks[end + 2].kind)) {
                    end++;
                    break;
                }
                end += 2;
            }
            error_range(p, name, &p->toks[end], "Missing parentheses in call to '%.*s'. Did "
                        "you mean %.*s(...)?", (int)len, name->start, (int)len, name->start);
            return;
        }
    }
    /* if x = 1: */
    if (t->kind == '=' && prev && prev->kind == TK_NAME && idx >= 2 &&
        (p->toks[idx - 2].kind == TK_IF || p->toks[idx - 2].kind == TK_ELIF ||
         p->toks[idx - 2].kind == TK_WHILE)) {
        int end = expression_end(p, idx + 1);
        error_range(p, prev, &p->toks[end],
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    /* a if b  without else */
    if (t->kind != TK_ELSE && t->kind != ':' && has(expected, n, TK_ELSE) && prev &&
        ends_operand(prev->kind)) {
        int depth = 0;
        for (int j = idx - 1; j > first; j--) {
            int k = p->toks[j].kind;
            if (k == ')' || k == ']' || k == '}')
                depth++;
            else if (k == '(' || k == '[' || k == '{') {
                if (depth-- == 0)
                    break;
            } else if (k == TK_IF && depth == 0) {
                int a = disjunction_start(p, j - 1, first);
                if (a < j)
                    error_range(p, &p->toks[a], prev, "expected 'else' after 'if' expression");
                else
                    break;
                return;
            }
        }
    }
    /* [a b] */
    if (t->level > 0 && prev && ends_operand(prev->kind) && starts_expression(t->kind) &&
        t->kind != '-' && t->kind != '+' && t->kind != '~' && t->kind != TK_NOT &&
        !(prev->kind == TK_NAME && t->kind == TK_STRING) && prev->level == t->level) {
        int a = disjunction_start(p, idx - 1, 0);
        int b = expression_end(p, idx);
        PymToken *ta = &p->toks[a];
        int legacy = a == idx - 1 && ta->kind == TK_NAME &&
                     ((ta->end - ta->start == 5 && memcmp(ta->start, "print", 5) == 0) ||
                      (ta->end - ta->start == 4 && memcmp(ta->start, "exec", 4) == 0));
        if (!legacy) {
            error_range(p, ta, &p->toks[b], "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
    /* dict displays */
    if ((t->kind == '}' || t->kind == ',') && prev) {
        int depth = 0, open = -1, colon_seen = 0;
        for (int j = idx - 1; j >= 0; j--) {
            int k = p->toks[j].kind;
            if (k == ')' || k == ']' || k == '}')
                depth++;
            else if (k == '(' || k == '[' || k == '{') {
                if (depth-- == 0) {
                    open = j;
                    break;
                }
            } else if (k == ':' && depth == 0)
                colon_seen = 1;
        }
        if (open >= 0 && p->toks[open].kind == '{' && colon_seen) {
            if (prev->kind == ':') {
                error_at_token(p, &pym_exc_SyntaxError, prev,
                               "expression expected after dictionary key and ':'");
                return;
            }
            if (ends_operand(prev->kind)) {
                verror_fmt(p, prev->lineno, prev->end_col - 1, prev->end_lineno, -1,
                           "':' expected after dictionary key");
                return;
            }
        }
    }
    /* except A, B: */
    if (first_kind == TK_EXCEPT && t->kind == ',' && t->level == 0 && first + 1 < idx) {
        int a = first + 1;
        if (p->toks[a].kind == '*')
            a++;
        int end = idx;
        for (int j = idx;; j++) {
            if (pym_parser_fill(p, j) < 0)
                break;
            int k = p->toks[j].kind;
            if (k == 0 || k == TK_NEWLINE)
                break;
            end = j;
            if (k == ':' && p->toks[j].level == 0)
                break;
        }
        verror_fmt(p, p->toks[a].lineno, p->toks[a].col, p->toks[end].end_lineno,
                   p->toks[end].end_col - 1, "multiple exception types must be parenthesized");
        return;
    }
    if (t->col < 0)   /* CPython's known-location report of a virtual token */
        verror_fmt(p, t->lineno, -1, t->end_lineno, -1, "invalid syntax");
    else
        error_at_token(p, &pym_exc_SyntaxError, t, "invalid syntax");
}
