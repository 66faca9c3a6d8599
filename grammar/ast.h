/* ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * Shape follows Python 3.11's `ast` module node for node (same names, same
 * fields), so the grammar and the compiler can both be checked against
 * the documented module.  Invariants:
 *  - Every node and every array lives in a PymArena and dies with it.
 *  - Constant values (int, float, str, bytes, None, True, False, Ellipsis)
 *    are PymObject* owned by the arena (released by pym_arena_free).
 *  - Identifiers are interned str objects owned by the arena.
 *  - Positions: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based
 *    UTF-8 byte offsets, exactly as CPython's ast.
 *  - Sequences are PymAstSeq: a count and an array of node pointers.
 */
#ifndef PYM_AST_H
#define PYM_AST_H

#include "../runtime/object.h"

typedef struct PymArena PymArena;
PymArena *pym_arena_new(void);
void pym_arena_free(PymArena *arena);
void *pym_arena_alloc(PymArena *arena, size_t size);   /* zeroed */
/* Hand an object reference to the arena (released with it); returns obj. */
PymObject *pym_arena_own(PymArena *arena, PymObject *obj_steal);

typedef struct PymAstSeq {
    int count;
    void **items;   /* PymStmt* / PymExpr* / … by context */
} PymAstSeq;
PymAstSeq *pym_ast_seq_new(PymArena *arena, int count);

typedef struct PymAstPos { int lineno, col_offset, end_lineno, end_col_offset; } PymAstPos;

typedef enum { PYM_LOAD = 1, PYM_STORE, PYM_DEL } PymExprContext;
typedef enum { PYM_AND = 1, PYM_OR } PymBoolOpKind;
typedef enum {
    PYM_OP_ADD = 1, PYM_OP_SUB, PYM_OP_MULT, PYM_OP_MATMULT, PYM_OP_DIV, PYM_OP_MOD,
    PYM_OP_POW, PYM_OP_LSHIFT, PYM_OP_RSHIFT, PYM_OP_BITOR, PYM_OP_BITXOR, PYM_OP_BITAND,
    PYM_OP_FLOORDIV
} PymOperator;
typedef enum { PYM_UOP_INVERT = 1, PYM_UOP_NOT, PYM_UOP_UADD, PYM_UOP_USUB } PymUnaryOpKind;
typedef enum {
    PYM_CMP_EQ = 1, PYM_CMP_NOTEQ, PYM_CMP_LT, PYM_CMP_LTE, PYM_CMP_GT, PYM_CMP_GTE,
    PYM_CMP_IS, PYM_CMP_ISNOT, PYM_CMP_IN, PYM_CMP_NOTIN
} PymCmpOp;

typedef struct PymExpr PymExpr;
typedef struct PymStmt PymStmt;

typedef struct PymComprehension {   /* for target in iter if ifs… */
    PymExpr *target, *iter;
    PymAstSeq *ifs;                 /* PymExpr* */
    int is_async;
} PymComprehension;

typedef struct PymArg {
    PymObject *arg;                 /* identifier */
    PymExpr *annotation;            /* or NULL */
    PymAstPos pos;
} PymArg;

typedef struct PymArguments {
    PymAstSeq *posonlyargs;         /* PymArg* */
    PymAstSeq *args;                /* PymArg* */
    PymArg *vararg;                 /* or NULL */
    PymAstSeq *kwonlyargs;          /* PymArg* */
    PymAstSeq *kw_defaults;         /* PymExpr* or NULL entries, one per kwonlyarg */
    PymArg *kwarg;                  /* or NULL */
    PymAstSeq *defaults;            /* PymExpr*, for the last positional args */
} PymArguments;

typedef struct PymKeyword {
    PymObject *arg;                 /* identifier, or NULL for **kwargs */
    PymExpr *value;
    PymAstPos pos;
} PymKeyword;

typedef struct PymAlias {
    PymObject *name;                /* dotted name as one str: "os.path", or "*" */
    PymObject *asname;              /* or NULL */
    PymAstPos pos;
} PymAlias;

typedef struct PymWithItem {
    PymExpr *context_expr;
    PymExpr *optional_vars;         /* or NULL */
} PymWithItem;

typedef struct PymExceptHandler {
    PymExpr *type;                  /* or NULL */
    PymObject *name;                /* or NULL */
    PymAstSeq *body;                /* PymStmt* */
    PymAstPos pos;
} PymExceptHandler;

typedef enum {
    PYM_EXPR_BOOLOP = 1, PYM_EXPR_NAMEDEXPR, PYM_EXPR_BINOP, PYM_EXPR_UNARYOP,
    PYM_EXPR_LAMBDA, PYM_EXPR_IFEXP, PYM_EXPR_DICT, PYM_EXPR_SET, PYM_EXPR_LISTCOMP,
    PYM_EXPR_SETCOMP, PYM_EXPR_DICTCOMP, PYM_EXPR_GENERATOREXP, PYM_EXPR_AWAIT,
    PYM_EXPR_YIELD, PYM_EXPR_YIELDFROM, PYM_EXPR_COMPARE, PYM_EXPR_CALL,
    PYM_EXPR_FORMATTEDVALUE, PYM_EXPR_JOINEDSTR, PYM_EXPR_CONSTANT, PYM_EXPR_ATTRIBUTE,
    PYM_EXPR_SUBSCRIPT, PYM_EXPR_STARRED, PYM_EXPR_NAME, PYM_EXPR_LIST, PYM_EXPR_TUPLE,
    PYM_EXPR_SLICE
} PymExprKind;

struct PymExpr {
    PymExprKind kind;
    PymAstPos pos;
    union {
        struct { PymBoolOpKind op; PymAstSeq *values; } boolop;
        struct { PymExpr *target, *value; } namedexpr;
        struct { PymExpr *left; PymOperator op; PymExpr *right; } binop;
        struct { PymUnaryOpKind op; PymExpr *operand; } unaryop;
        struct { PymArguments *args; PymExpr *body; } lambda;
        struct { PymExpr *test, *body, *orelse; } ifexp;
        struct { PymAstSeq *keys, *values; } dict;      /* a NULL key means **value */
        struct { PymAstSeq *elts; } set;
        struct { PymExpr *elt; PymAstSeq *generators; } listcomp;   /* PymComprehension* */
        struct { PymExpr *elt; PymAstSeq *generators; } setcomp;
        struct { PymExpr *key, *value; PymAstSeq *generators; } dictcomp;
        struct { PymExpr *elt; PymAstSeq *generators; } generatorexp;
        struct { PymExpr *value; } await_;
        struct { PymExpr *value; } yield;                /* value may be NULL */
        struct { PymExpr *value; } yieldfrom;
        struct { PymExpr *left; int nops; PymCmpOp *ops; PymAstSeq *comparators; } compare;
        struct { PymExpr *func; PymAstSeq *args; PymAstSeq *keywords; } call; /* PymKeyword* */
        /* conversion: -1 none, 'r', 's', 'a'; format_spec a JoinedStr or NULL */
        struct { PymExpr *value; int conversion; PymExpr *format_spec; } formattedvalue;
        struct { PymAstSeq *values; } joinedstr;         /* Constant str / FormattedValue */
        struct { PymObject *value; PymObject *kind; } constant; /* kind "u" or NULL */
        struct { PymExpr *value; PymObject *attr; PymExprContext ctx; } attribute;
        struct { PymExpr *value, *slice; PymExprContext ctx; } subscript;
        struct { PymExpr *value; PymExprContext ctx; } starred;
        struct { PymObject *id; PymExprContext ctx; } name;
        struct { PymAstSeq *elts; PymExprContext ctx; } list;
        struct { PymAstSeq *elts; PymExprContext ctx; } tuple;
        struct { PymExpr *lower, *upper, *step; } slice;  /* each may be NULL */
    } v;
};

typedef enum {
    PYM_STMT_FUNCTIONDEF = 1, PYM_STMT_ASYNCFUNCTIONDEF, PYM_STMT_CLASSDEF, PYM_STMT_RETURN,
    PYM_STMT_DELETE, PYM_STMT_ASSIGN, PYM_STMT_AUGASSIGN, PYM_STMT_ANNASSIGN, PYM_STMT_FOR,
    PYM_STMT_ASYNCFOR, PYM_STMT_WHILE, PYM_STMT_IF, PYM_STMT_WITH, PYM_STMT_ASYNCWITH,
    PYM_STMT_MATCH, PYM_STMT_RAISE, PYM_STMT_TRY, PYM_STMT_TRYSTAR, PYM_STMT_ASSERT,
    PYM_STMT_IMPORT, PYM_STMT_IMPORTFROM, PYM_STMT_GLOBAL, PYM_STMT_NONLOCAL, PYM_STMT_EXPR,
    PYM_STMT_PASS, PYM_STMT_BREAK, PYM_STMT_CONTINUE
} PymStmtKind;

struct PymStmt {
    PymStmtKind kind;
    PymAstPos pos;
    union {
        struct {
            PymObject *name; PymArguments *args; PymAstSeq *body;
            PymAstSeq *decorator_list; PymExpr *returns;
        } functiondef;
        struct {
            PymObject *name; PymAstSeq *bases; PymAstSeq *keywords; /* PymKeyword* */
            PymAstSeq *body; PymAstSeq *decorator_list;
        } classdef;
        struct { PymExpr *value; } return_;             /* value may be NULL */
        struct { PymAstSeq *targets; } delete_;
        struct { PymAstSeq *targets; PymExpr *value; } assign;   /* a = b = value */
        struct { PymExpr *target; PymOperator op; PymExpr *value; } augassign;
        struct { PymExpr *target, *annotation, *value; int simple; } annassign;
        struct { PymExpr *target, *iter; PymAstSeq *body, *orelse; } for_;
        struct { PymExpr *test; PymAstSeq *body, *orelse; } while_;
        struct { PymExpr *test; PymAstSeq *body, *orelse; } if_;
        struct { PymAstSeq *items; PymAstSeq *body; } with;  /* PymWithItem* */
        struct { PymExpr *exc, *cause; } raise;              /* each may be NULL */
        struct {
            PymAstSeq *body; PymAstSeq *handlers; /* PymExceptHandler* */
            PymAstSeq *orelse, *finalbody;
        } try_;
        struct { PymExpr *test, *msg; } assert_;
        struct { PymAstSeq *names; } import;                 /* PymAlias* */
        struct { PymObject *module; PymAstSeq *names; int level; } importfrom; /* module may be NULL */
        struct { PymAstSeq *names; } global;                 /* identifiers (PymObject*) */
        struct { PymAstSeq *names; } nonlocal;
        struct { PymExpr *value; } expr;
    } v;
};

/* ---- helpers for building trees (ast.c) --------------------------------
 * Growable sequences: pym_ast_seq_append only on a seq made by itself
 * (seq NULL starts a new one); capacity doubles in the arena. */
PymAstSeq *pym_ast_seq_append(PymArena *arena, PymAstSeq *seq, void *item);
PymExpr *pym_ast_expr_new(PymArena *arena, PymExprKind kind, PymAstPos pos);
PymStmt *pym_ast_stmt_new(PymArena *arena, PymStmtKind kind, PymAstPos pos);
/* CPython's name for an expression in error messages: "function call",
 * "literal", "tuple" ... (the string _PyPegen_get_expr_name gives). */
const char *pym_ast_expr_name(const PymExpr *e);

typedef enum { PYM_MODE_EXEC = 1, PYM_MODE_EVAL, PYM_MODE_SINGLE } PymParseMode;

typedef struct PymAstModule {
    PymParseMode mode;
    PymAstSeq *body;     /* PymStmt* (exec, single) */
    PymExpr *expr;       /* eval mode */
} PymAstModule;

/* The parser's entry point (parser.y).  source is UTF-8 text.  On a syntax
 * error returns NULL with SyntaxError / IndentationError / TabError raised,
 * carrying filename, lineno, offset, text, end_lineno, end_offset exactly
 * as CPython 3.11 reports them.  For PYM_MODE_SINGLE (the REPL) an input
 * that is incomplete (open bracket, unfinished compound statement, open
 * triple-quoted string, trailing backslash) sets *incomplete = 1 (if the
 * pointer is non-NULL) instead of raising. */
PymAstModule *pym_parse(PymArena *arena, const char *source, PymObject *filename,
                        PymParseMode mode, int *incomplete);

#endif
