/* parse_internal.h — state shared by the parser (parser.y), the string
 * literal decoder (pstring.c) and the syntax-error diagnostics (grammar/
 * only; not part of the compiler's contract).
 *
 * Invariants: toks[0..ntoks) are every token lexed so far, in order (the
 * parser may look ahead); pos is the index of the next token handed to Bison.
 */
#ifndef PYM_PARSE_INTERNAL_H
#define PYM_PARSE_INTERNAL_H

#include "ast.h"
#include "lexer.h"

typedef struct PymLoc { int lineno, col, end_lineno, end_col; } PymLoc;

typedef struct PymParser {
    PymArena *arena;
    PymLexer lx;
    PymToken *toks;
    int ntoks, captoks;
    int pos;                    /* next token for the parser */
    int lex_failed;             /* the lexer raised (or hit incomplete input) */
    int started;                /* the start token was delivered */
    int start_kind;             /* START_FILE / START_EVAL / ... */
    PymParseMode mode;
    int fstring;                /* parsing an f-string replacement field */
    int fstring_shift;          /* starting column of the field (for errors) */
    int error_raised;           /* an action raised a SyntaxError */
    int err_lineno;             /* its line */
    int top_stmts;              /* statements at top level (single mode) */
    PymStmt *last_top_stmt;
    PymAstModule *result;
} PymParser;

/* Make sure toks[i] exists (lexing ahead); 0, or -1 when the lexer failed
 * before producing it. */
int pym_parser_fill(PymParser *p, int i);

/* Raise a parser-style SyntaxError (or subclass) over a byte range given as
 * 0-based columns; end_col -1 means none.  Returns NULL for convenience. */
void *pym_parser_error(PymParser *p, PymType *type, int lineno, int col, int end_lineno,
                       int end_col, const char *fmt, ...);
void *pym_parser_error_expr(PymParser *p, const PymExpr *e, const char *fmt, ...);

/* Adjacent string tokens toks[first..last] → Constant or JoinedStr at pos. */
PymExpr *pym_parse_strings(PymParser *p, int first, int last, PymAstPos pos);

/* Parse the replacement-field text [start, end) of an f-string (CPython
 * wraps it in parentheses) as an expression; lineno/col locate the char
 * after the '{' in the file. */
PymExpr *pym_parse_fstring_expr(PymParser *p, const char *start, const char *end, int lineno,
                                int col);

#endif
