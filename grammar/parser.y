/* parser.y — Python 3.11 grammar (Bison, LALR(1), no conflicts) → AST.
 *
 * Owns: the grammar, the tree-building actions and pym_parse.  Python's
 * grammar is not LALR(1) as written, so assignment / for / with / del
 * targets, keyword-argument names and walrus targets are parsed as
 * expressions and then checked and converted (ctx Store/Del) by the actions,
 * which raise CPython 3.11's messages for invalid targets.  Parenthesized
 * with-items are told apart from a parenthesized expression by a lookahead
 * in yylex (WITH_LPAR: the matching ')' is followed by ':').
 * Invariants: every node is in p->arena; node positions are CPython's
 * (tokens' byte columns); an action that fails raises and calls YYABORT.
 */
%define api.pure full
%define api.prefix {pymyy}
%define api.token.prefix {TK_}
%define api.location.type {PymLoc}
%define parse.error custom
%define parse.lac full
%locations
%param {PymParser *p}
%expect 0

%code requires {
#include "parse_internal.h"
typedef struct ListInfo ListInfo;
typedef struct ArgItem ArgItem;
typedef struct ParamItem ParamItem;
typedef struct WithParenItem WithParenItem;
typedef struct HandlerList HandlerList;
typedef struct CompareChain CompareChain;
}

%code provides {
int pymyylex(PYMYYSTYPE *lval, PymLoc *lloc, PymParser *p);
int pymyyparse(PymParser *p);
/* syntax errors (perrors.c) */
void pym_report_syntax_error(PymParser *p, int tok_index, const int *expected, int nexpected);
}

%code {
#include <string.h>
#include <stdarg.h>
#include "../runtime/obmalloc.h"
#include "../runtime/errors.h"
#include "../runtime/exception.h"
#include "../runtime/str.h"
#include "../runtime/int.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
    do {                                                              \
        if (N) {                                                      \
            (Cur).lineno = YYRHSLOC(Rhs, 1).lineno;                   \
            (Cur).col = YYRHSLOC(Rhs, 1).col;                         \
            (Cur).end_lineno = YYRHSLOC(Rhs, N).end_lineno;           \
            (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                 \
        } else {                                                      \
            (Cur).lineno = (Cur).end_lineno = YYRHSLOC(Rhs, 0).end_lineno; \
            (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;     \
        }                                                             \
    } while (0)
#define YYMAXDEPTH 100000

#define A (p->arena)
#define CHECK(x) do { if (!(x)) YYABORT; } while (0)

static PymAstPos POS(PymLoc l) { PymAstPos r = { l.lineno, l.col, l.end_lineno, l.end_col }; return r; }
static PymAstPos SPAN(PymAstPos a, PymAstPos b)
{
    PymAstPos r = { a.lineno, a.col_offset, b.end_lineno, b.end_col_offset };
    return r;
}

/* A parsed comma-separated list with its shape. */
struct ListInfo {
    PymAstSeq *elts;
    int trailing_comma;
};

/* One call argument before the call's args/keywords are split. */
enum { ARG_POS, ARG_STAR, ARG_KW, ARG_DSTAR, ARG_GENEXP };
struct ArgItem {
    int kind;
    PymExpr *value;
    PymObject *name;
    PymAstPos pos;            /* whole item */
    PymAstSeq *gens;          /* ARG_GENEXP */
    int name_tok;             /* ARG_KW: token index of the name, -1 if not a plain NAME */
    PymAstPos eq_pos;
};

/* One parameter before validation. */
enum { PARAM_PLAIN, PARAM_SLASH, PARAM_STAR, PARAM_DSTAR };
struct ParamItem {
    int kind;
    PymArg *arg;              /* NULL for '/' and bare '*' */
    PymExpr *deflt;
    PymAstPos pos;            /* the '/' or '*' token, or the arg */
    PymAstPos eq_pos;
};

struct WithParenItem {
    PymExpr *expr, *target;   /* target NULL without 'as' */
    int plain;                /* a plain expression (not starred / walrus) */
};

static PymToken *TOK(PymParser *p, int i) { return &p->toks[i]; }

static PymExpr *mk_name(PymParser *p, int tok)
{
    PymToken *t = TOK(p, tok);
    PymAstPos pos = { t->lineno, t->col, t->end_lineno, t->end_col };
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_NAME, pos);
    if (e) {
        e->v.name.id = t->value;
        e->v.name.ctx = PYM_LOAD;
    }
    return e;
}

static PymExpr *mk_const(PymParser *p, PymObject *v, PymLoc l)
{
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_CONSTANT, POS(l));
    if (e)
        e->v.constant.value = v;
    return e;
}

static PymExpr *mk_binop(PymParser *p, PymExpr *l, PymOperator op, PymExpr *r, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_BINOP, POS(loc));
    if (e) {
        e->v.binop.left = l;
        e->v.binop.op = op;
        e->v.binop.right = r;
    }
    return e;
}

static PymExpr *mk_unary(PymParser *p, PymUnaryOpKind op, PymExpr *x, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_UNARYOP, POS(loc));
    if (e) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = x;
    }
    return e;
}

static PymExpr *mk_seq_expr(PymParser *p, PymExprKind kind, PymAstSeq *elts, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, kind, POS(loc));
    if (!e)
        return NULL;
    if (!elts)
        elts = pym_ast_seq_new(A, 0);
    if (kind == PYM_EXPR_TUPLE) {
        e->v.tuple.elts = elts;
        e->v.tuple.ctx = PYM_LOAD;
    } else if (kind == PYM_EXPR_LIST) {
        e->v.list.elts = elts;
        e->v.list.ctx = PYM_LOAD;
    } else {
        e->v.set.elts = elts;
    }
    return e;
}

static PymExpr *mk_starred(PymParser *p, PymExpr *v, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_STARRED, POS(loc));
    if (e) {
        e->v.starred.value = v;
        e->v.starred.ctx = PYM_LOAD;
    }
    return e;
}

static PymExpr *mk_comp(PymParser *p, PymExprKind kind, PymExpr *elt, PymAstSeq *gens, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, kind, POS(loc));
    if (e) {
        e->v.listcomp.elt = elt;   /* listcomp, setcomp and generatorexp share the layout */
        e->v.listcomp.generators = gens;
    }
    return e;
}

static PymExpr *mk_slice(PymParser *p, PymExpr *lo, PymExpr *hi, PymExpr *step, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_SLICE, POS(loc));
    if (e) {
        e->v.slice.lower = lo;
        e->v.slice.upper = hi;
        e->v.slice.step = step;
    }
    return e;
}

static PymStmt *mk_stmt(PymParser *p, PymStmtKind kind, PymAstPos pos)
{
    return pym_ast_stmt_new(A, kind, pos);
}

static PymAstPos seq_end_pos(PymAstSeq *body)
{
    PymStmt *last = body->items[body->count - 1];
    return last->pos;
}

static PymAstPos stmt_span(PymLoc start, PymAstSeq *last_body)
{
    return SPAN(POS(start), seq_end_pos(last_body));
}

static PymAstSeq *seq1(PymParser *p, void *item)
{
    return pym_ast_seq_append(A, NULL, item);
}

static int is_paren(const PymExpr *e, PymLoc l)
{
    return e->pos.lineno != l.lineno || e->pos.col_offset != l.col;
}

/* Tuple for "a, b" lists; the element itself for a single element without
 * trailing comma. */
static PymExpr *list_to_expr(PymParser *p, ListInfo *li, PymLoc loc)
{
    if (li->elts->count == 1 && !li->trailing_comma)
        return li->elts->items[0];
    return mk_seq_expr(p, PYM_EXPR_TUPLE, li->elts, loc);
}

static ListInfo *mk_list(PymParser *p, void *first)
{
    ListInfo *li = pym_arena_alloc(A, sizeof *li);
    if (li)
        li->elts = seq1(p, first);
    return li;
}

/* ---- targets ------------------------------------------------------------- */

/* Set ctx on a target; returns the first invalid part (CPython's
 * _PyPegen_get_invalid_target walk) or NULL when all is well. */
static PymExpr *set_context(PymExpr *e, PymExprContext ctx)
{
    switch (e->kind) {
    case PYM_EXPR_NAME: e->v.name.ctx = ctx; return NULL;
    case PYM_EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; return NULL;
    case PYM_EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; return NULL;
    case PYM_EXPR_TUPLE:
    case PYM_EXPR_LIST: {
        PymAstSeq *elts = e->kind == PYM_EXPR_TUPLE ? e->v.tuple.elts : e->v.list.elts;
        if (e->kind == PYM_EXPR_TUPLE)
            e->v.tuple.ctx = ctx;
        else
            e->v.list.ctx = ctx;
        for (int i = 0; i < elts->count; i++) {
            PymExpr *bad = set_context(elts->items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case PYM_EXPR_STARRED:
        if (ctx == PYM_DEL)
            return e;
        e->v.starred.ctx = ctx;
        return set_context(e->v.starred.value, ctx);
    default:
        return e;
    }
}

static int store_target(PymParser *p, PymExpr *e)
{
    PymExpr *bad = set_context(e, PYM_STORE);
    if (bad) {
        pym_parser_error_expr(p, bad, "cannot assign to %s", pym_ast_expr_name(bad));
        return -1;
    }
    return 0;
}

static int del_target(PymParser *p, PymExpr *e)
{
    PymExpr *bad = set_context(e, PYM_DEL);
    if (bad) {
        pym_parser_error_expr(p, bad, "cannot delete %s", pym_ast_expr_name(bad));
        return -1;
    }
    return 0;
}

/* Index of the token starting at (lineno, col), or -1. */
static int token_at(PymParser *p, int lineno, int col)
{
    int lo = 0, hi = p->ntoks - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        PymToken *t = &p->toks[mid];
        if (t->col < 0 || t->lineno < lineno || (t->lineno == lineno && t->col < col)) {
            /* virtual tokens sit between real ones on their line */
            if (t->col < 0 && t->lineno >= lineno) {
                int j = mid;
                while (j > lo && p->toks[j].col < 0)
                    j--;
                if (p->toks[j].col < 0 || p->toks[j].lineno > lineno ||
                    (p->toks[j].lineno == lineno && p->toks[j].col >= col))
                    hi = j - 1;
                else
                    lo = mid + 1;
                continue;
            }
            lo = mid + 1;
        } else if (t->lineno == lineno && t->col == col) {
            return mid;
        } else {
            hi = mid - 1;
        }
    }
    for (int i = 0; i < p->ntoks; i++)
        if (p->toks[i].lineno == lineno && p->toks[i].col == col)
            return i;
    return -1;
}

static int tok_kind_at(PymParser *p, PymAstPos pos)
{
    int i = token_at(p, pos.lineno, pos.col_offset);
    return i < 0 ? -1 : p->toks[i].kind;
}

/* Is e, as written at loc, a "bitwise_or" in CPython's grammar sense
 * (an operand that could stand left of '=' in invalid_named_expression)? */
static int written_as_bitwise_or(PymParser *p, PymExpr *e, PymLoc loc)
{
    if (is_paren(e, loc))
        return 1;
    switch (e->kind) {
    case PYM_EXPR_BOOLOP: case PYM_EXPR_COMPARE: case PYM_EXPR_IFEXP: case PYM_EXPR_LAMBDA:
    case PYM_EXPR_NAMEDEXPR: case PYM_EXPR_STARRED: case PYM_EXPR_YIELD:
    case PYM_EXPR_YIELDFROM:
        return 0;
    case PYM_EXPR_UNARYOP:
        return e->v.unaryop.op != PYM_UOP_NOT;
    case PYM_EXPR_TUPLE:
        return tok_kind_at(p, e->pos) == '(';
    default:
        return 1;
    }
}

static int check_assign_targets(PymParser *p, PymAstSeq *targets, PymLoc first_loc,
                                PymExpr *value)
{
    if (targets->count == 1) {
        PymExpr *t = targets->items[0];
        int k = tok_kind_at(p, POS(first_loc));
        int excluded = (k == '[' && t->kind != PYM_EXPR_LISTCOMP) || k == TK_TRUE || k == TK_NONE || k == TK_FALSE ||
                       (k == '(' && !is_paren(t, first_loc) &&
                        (t->kind == PYM_EXPR_TUPLE || t->kind == PYM_EXPR_GENERATOREXP));
        int vk = tok_kind_at(p, value->pos);
        if (!excluded && written_as_bitwise_or(p, t, first_loc) && vk != TK_NOT &&
            vk != TK_LAMBDA && vk != TK_YIELD && vk != '*') {
            PymExpr *bad = set_context(t, PYM_STORE);
            if (bad) {
                pym_parser_error_expr(p, t, "cannot assign to %s here. Maybe you meant '==' "
                                      "instead of '='?", pym_ast_expr_name(t));
                return -1;
            }
        }
        if (t->kind == PYM_EXPR_TUPLE && k != '(' && t->v.tuple.elts->count > 0 &&
            vk != TK_NOT && vk != TK_LAMBDA && vk != TK_YIELD && vk != '*') {
            /* CPython's invalid_named_expression sees "last = value" */
            PymExpr *last = t->v.tuple.elts->items[t->v.tuple.elts->count - 1];
            PymLoc ll = { last->pos.lineno, last->pos.col_offset, last->pos.end_lineno,
                          last->pos.end_col_offset };
            int lk = tok_kind_at(p, last->pos);
            if (last->kind != PYM_EXPR_STARRED && lk != '[' && lk != '(' && lk != TK_TRUE &&
                lk != TK_NONE && lk != TK_FALSE && written_as_bitwise_or(p, last, ll) &&
                set_context(last, PYM_STORE)) {
                pym_parser_error_expr(p, last, "cannot assign to %s here. Maybe you meant '==' "
                                      "instead of '='?", pym_ast_expr_name(last));
                return -1;
            }
        }
    }
    for (int i = 0; i < targets->count; i++) {
        PymExpr *t = targets->items[i];
        if (t->kind == PYM_EXPR_YIELD || t->kind == PYM_EXPR_YIELDFROM) {
            int ti = token_at(p, t->pos.lineno, t->pos.col_offset);
            if (ti > 0 && p->toks[ti - 1].kind == '(')
                pym_parser_error_expr(p, t, "cannot assign to yield expression");
            else
                pym_parser_error_expr(p, t, "assignment to yield expression not possible");
            return -1;
        }
        if (store_target(p, t) < 0)
            return -1;
    }
    return 0;
}

static PymStmt *mk_augassign(PymParser *p, PymExpr *target, PymOperator op, PymExpr *value,
                             PymLoc loc)
{
    if (target->kind != PYM_EXPR_NAME && target->kind != PYM_EXPR_ATTRIBUTE &&
        target->kind != PYM_EXPR_SUBSCRIPT) {
        return pym_parser_error_expr(p, target, "'%s' is an illegal expression for augmented "
                                     "assignment", pym_ast_expr_name(target));
    }
    set_context(target, PYM_STORE);
    PymStmt *s = mk_stmt(p, PYM_STMT_AUGASSIGN, POS(loc));
    if (s) {
        s->v.augassign.target = target;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
    }
    return s;
}

static PymStmt *mk_annassign(PymParser *p, PymExpr *target, PymLoc tloc, PymExpr *ann,
                             PymExpr *value, PymLoc loc)
{
    PymExpr *t = target;
    if (t->kind == PYM_EXPR_TUPLE || t->kind == PYM_EXPR_LIST) {
        return pym_parser_error_expr(p, t, "only single target (not %s) can be annotated",
                                     t->kind == PYM_EXPR_TUPLE ? "tuple" : "list");
    }
    if (t->kind != PYM_EXPR_NAME && t->kind != PYM_EXPR_ATTRIBUTE &&
        t->kind != PYM_EXPR_SUBSCRIPT)
        return pym_parser_error_expr(p, t, "illegal target for annotation");
    set_context(t, PYM_STORE);
    PymStmt *s = mk_stmt(p, PYM_STMT_ANNASSIGN, POS(loc));
    if (s) {
        s->v.annassign.target = t;
        s->v.annassign.annotation = ann;
        s->v.annassign.value = value;
        s->v.annassign.simple = t->kind == PYM_EXPR_NAME && !is_paren(t, tloc);
    }
    return s;
}

static PymExpr *mk_namedexpr(PymParser *p, PymExpr *target, PymExpr *value, PymLoc loc)
{
    if (target->kind != PYM_EXPR_NAME)
        return pym_parser_error_expr(p, target, "cannot use assignment expressions with %s",
                                     pym_ast_expr_name(target));
    target->v.name.ctx = PYM_STORE;
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_NAMEDEXPR, POS(loc));
    if (e) {
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = value;
    }
    return e;
}

static PymExpr *mk_boolop(PymParser *p, PymBoolOpKind op, PymAstSeq *values, PymLoc loc)
{
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_BOOLOP, POS(loc));
    if (e) {
        e->v.boolop.op = op;
        e->v.boolop.values = values;
    }
    return e;
}

struct CompareChain {
    PymExpr *left;
    int nops, cap;
    PymCmpOp *ops;
    PymAstSeq *comparators;
};

static CompareChain *chain_add(PymParser *p, CompareChain *c, PymExpr *left, int op, PymExpr *right)
{
    if (!c) {
        c = pym_arena_alloc(A, sizeof *c);
        if (!c)
            return NULL;
        c->left = left;
    }
    if (c->nops == c->cap) {
        int cap = c->cap ? c->cap * 2 : 4;
        PymCmpOp *ops = pym_arena_alloc(A, (size_t)cap * sizeof *ops);
        if (!ops)
            return NULL;
        if (c->nops)
            memcpy(ops, c->ops, (size_t)c->nops * sizeof *ops);
        c->ops = ops;
        c->cap = cap;
    }
    c->ops[c->nops++] = (PymCmpOp)op;
    c->comparators = pym_ast_seq_append(A, c->comparators, right);
    return c->comparators ? c : NULL;
}

static PymComprehension *mk_comprehension(PymParser *p, PymExpr *target, PymExpr *iter,
                                          PymAstSeq *ifs, int is_async)
{
    if (store_target(p, target) < 0)
        return NULL;
    PymComprehension *c = pym_arena_alloc(A, sizeof *c);
    if (c) {
        c->target = target;
        c->iter = iter;
        c->ifs = ifs ? ifs : pym_ast_seq_new(A, 0);
        c->is_async = is_async;
    }
    return c;
}

static PymExpr *comp_last_item(PymAstSeq *gens)
{
    PymComprehension *c = gens->items[gens->count - 1];
    if (c->ifs && c->ifs->count)
        return c->ifs->items[c->ifs->count - 1];
    return c->iter;
}

/* ---- calls ------------------------------------------------------------- */

static ArgItem *mk_arg(PymParser *p, int kind, PymExpr *value, PymLoc loc)
{
    ArgItem *a = pym_arena_alloc(A, sizeof *a);
    if (a) {
        a->kind = kind;
        a->value = value;
        a->pos = POS(loc);
        a->name_tok = -1;
    }
    return a;
}

static ArgItem *mk_kwarg(PymParser *p, PymExpr *name, PymLoc name_loc, PymLoc eq_loc,
                         PymExpr *value, PymLoc loc)
{
    int k = tok_kind_at(p, POS(name_loc));
    if (k == TK_TRUE || k == TK_FALSE || k == TK_NONE) {
        PymToken *t = &p->toks[token_at(p, name_loc.lineno, name_loc.col)];
        return pym_parser_error(p, &pym_exc_SyntaxError, name_loc.lineno, name_loc.col,
                                eq_loc.end_lineno, eq_loc.end_col, "cannot assign to %.*s",
                                (int)(t->end - t->start), t->start);
    }
    if (name->kind != PYM_EXPR_NAME || is_paren(name, name_loc))
        return pym_parser_error(p, &pym_exc_SyntaxError, name_loc.lineno, name_loc.col,
                                eq_loc.end_lineno, eq_loc.end_col,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
    ArgItem *a = mk_arg(p, ARG_KW, value, loc);
    if (a)
        a->name = name->v.name.id;
    return a;
}

static PymKeyword *mk_keyword(PymParser *p, PymObject *name, PymExpr *value, PymAstPos pos)
{
    PymKeyword *k = pym_arena_alloc(A, sizeof *k);
    if (k) {
        k->arg = name;
        k->value = value;
        k->pos = pos;
    }
    return k;
}

/* Split argument items into args and keywords, checking CPython's order
 * rules.  close is the ')' (where CPython reports order errors). */
static int split_args(PymParser *p, PymAstSeq *items, PymLoc close, PymAstSeq **args_out,
                      PymAstSeq **kws_out)
{
    PymAstSeq *args = pym_ast_seq_new(A, 0), *kws = pym_ast_seq_new(A, 0);
    int seen_kw = 0, seen_dstar = 0;
    PymAstSeq *a2 = NULL, *k2 = NULL;
    for (int i = 0; items && i < items->count; i++) {
        ArgItem *it = items->items[i];
        switch (it->kind) {
        case ARG_GENEXP: {
            PymExpr *last = comp_last_item(it->gens);
            pym_parser_error(p, &pym_exc_SyntaxError, it->pos.lineno, it->pos.col_offset,
                             last->pos.end_lineno, last->pos.end_col_offset,
                             "Generator expression must be parenthesized");
            return -1;
        }
        case ARG_POS:
            if (seen_kw || seen_dstar) {
                pym_parser_error(p, &pym_exc_SyntaxError, close.lineno, close.col,
                                 close.end_lineno, close.end_col,
                                 seen_dstar ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument");
                return -1;
            }
            a2 = pym_ast_seq_append(A, a2, it->value);
            break;
        case ARG_STAR:
            if (seen_dstar) {
                pym_parser_error(p, &pym_exc_SyntaxError, it->pos.lineno, it->pos.col_offset,
                                 it->pos.lineno, it->pos.col_offset + 1,
                                 "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            a2 = pym_ast_seq_append(A, a2, it->value);
            break;
        case ARG_KW:
            seen_kw = 1;
            k2 = pym_ast_seq_append(A, k2, mk_keyword(p, it->name, it->value, it->pos));
            break;
        case ARG_DSTAR:
            seen_dstar = 1;
            k2 = pym_ast_seq_append(A, k2, mk_keyword(p, NULL, it->value, it->pos));
            break;
        }
    }
    *args_out = a2 ? a2 : args;
    *kws_out = k2 ? k2 : kws;
    return 0;
}

static PymExpr *mk_call(PymParser *p, PymExpr *func, PymAstSeq *items, int trailing_comma,
                        PymLoc open, PymLoc close, PymLoc loc)
{
    PymAstSeq *args, *kws;
    if (items && items->count == 1 && !trailing_comma &&
        ((ArgItem *)items->items[0])->kind == ARG_GENEXP) {
        ArgItem *it = items->items[0];
        PymLoc gl = { open.lineno, open.col, close.end_lineno, close.end_col };
        args = seq1(p, mk_comp(p, PYM_EXPR_GENERATOREXP, it->value, it->gens, gl));
        kws = pym_ast_seq_new(A, 0);
    } else if (split_args(p, items, close, &args, &kws) < 0) {
        return NULL;
    }
    PymExpr *e = pym_ast_expr_new(A, PYM_EXPR_CALL, POS(loc));
    if (e) {
        e->v.call.func = func;
        e->v.call.args = args;
        e->v.call.keywords = kws;
    }
    return e;
}

/* ---- parameters -------------------------------------------------------- */

static PymArg *mk_argdef(PymParser *p, int name_tok, PymExpr *ann, PymLoc loc)
{
    PymArg *a = pym_arena_alloc(A, sizeof *a);
    if (a) {
        a->arg = TOK(p, name_tok)->value;
        a->annotation = ann;
        a->pos = POS(loc);
    }
    return a;
}

static ParamItem *mk_param(PymParser *p, int kind, PymArg *arg, PymExpr *deflt, PymLoc loc)
{
    ParamItem *it = pym_arena_alloc(A, sizeof *it);
    if (it) {
        it->kind = kind;
        it->arg = arg;
        it->deflt = deflt;
        it->pos = POS(loc);
    }
    return it;
}

static void *param_error(PymParser *p, PymAstPos pos, const char *msg)
{
    return pym_parser_error(p, &pym_exc_SyntaxError, pos.lineno, pos.col_offset, pos.end_lineno,
                            pos.end_col_offset, "%s", msg);
}

/* Validate the parameter list's order (CPython's invalid_parameters rules)
 * and build the arguments node.  close is the ')' or ':' ending the list. */
static PymArguments *mk_arguments(PymParser *p, PymAstSeq *items, int trailing_comma,
                                  PymLoc close, int is_lambda)
{
    PymArguments *a = pym_arena_alloc(A, sizeof *a);
    if (!a)
        return NULL;
    PymAstSeq *posonly = NULL, *args = NULL, *kwonly = NULL, *kwdefaults = NULL, *defaults = NULL;
    int seen_slash = 0, seen_star = 0, seen_default = 0, seen_dstar = 0;
    PymAstPos star_pos = { 0, 0, 0, 0 };
    int n = items ? items->count : 0;
    for (int i = 0; i < n; i++) {
        ParamItem *it = items->items[i];
        if (seen_dstar) {
            ParamItem *prev = items->items[i - 1];
            (void)prev;
            return param_error(p, it->pos, "arguments cannot follow var-keyword argument");
        }
        switch (it->kind) {
        case PARAM_SLASH:
            if (seen_slash)
                return param_error(p, it->pos, "/ may appear only once");
            if (seen_star)
                return param_error(p, it->pos, "/ must be ahead of *");
            if (i == 0)
                return param_error(p, it->pos, "at least one argument must precede /");
            seen_slash = 1;
            posonly = args;
            args = NULL;
            break;
        case PARAM_STAR:
            if (seen_star)
                return param_error(p, it->pos, "* argument may appear only once");
            if (it->deflt)
                return param_error(p, it->eq_pos, "var-positional argument cannot have default value");
            seen_star = 1;
            star_pos = it->pos;
            if (!it->arg) {
                ParamItem *next = i + 1 < n ? items->items[i + 1] : NULL;
                if (!next || next->kind == PARAM_DSTAR) {
                    if (is_lambda)
                        return pym_parser_error(p, &pym_exc_SyntaxError, close.lineno,
                                                close.col, close.end_lineno, close.end_col,
                                                "named arguments must follow bare *");
                    return param_error(p, it->pos, "named arguments must follow bare *");
                }
            }
            a->vararg = it->arg;
            break;
        case PARAM_DSTAR:
            if (it->deflt)
                return param_error(p, it->eq_pos, "var-keyword argument cannot have default value");
            a->kwarg = it->arg;
            seen_dstar = 1;
            break;
        default:
            if (seen_star) {
                kwonly = pym_ast_seq_append(A, kwonly, it->arg);
                kwdefaults = pym_ast_seq_append(A, kwdefaults, it->deflt);
            } else {
                if (it->deflt) {
                    seen_default = 1;
                    defaults = pym_ast_seq_append(A, defaults, it->deflt);
                } else if (seen_default) {
                    return param_error(p, it->arg->pos, "non-default argument follows default argument");
                }
                args = pym_ast_seq_append(A, args, it->arg);
            }
            break;
        }
    }
    (void)star_pos;
    (void)trailing_comma;
    a->posonlyargs = posonly ? posonly : pym_ast_seq_new(A, 0);
    a->args = args ? args : pym_ast_seq_new(A, 0);
    a->kwonlyargs = kwonly ? kwonly : pym_ast_seq_new(A, 0);
    a->kw_defaults = kwdefaults ? kwdefaults : pym_ast_seq_new(A, 0);
    a->defaults = defaults ? defaults : pym_ast_seq_new(A, 0);
    return a;
}

static PymArguments *empty_arguments(PymParser *p)
{
    return mk_arguments(p, NULL, 0, (PymLoc){ 0, 0, 0, 0 }, 0);
}

/* ---- statements ------------------------------------------------------ */

static PymStmt *mk_funcdef(PymParser *p, PymStmtKind kind, int name_tok, PymArguments *args,
                           PymExpr *returns, PymAstSeq *body, PymLoc start)
{
    PymStmt *s = mk_stmt(p, kind, stmt_span(start, body));
    if (s) {
        s->v.functiondef.name = TOK(p, name_tok)->value;
        s->v.functiondef.args = args;
        s->v.functiondef.body = body;
        s->v.functiondef.decorator_list = pym_ast_seq_new(A, 0);
        s->v.functiondef.returns = returns;
    }
    return s;
}

static PymStmt *mk_classdef(PymParser *p, int name_tok, PymAstSeq *items, PymLoc close,
                            PymAstSeq *body, PymLoc start)
{
    PymAstSeq *bases, *kws;
    for (int i = 0; items && i < items->count; i++) {
        ArgItem *it = items->items[i];
        if (it->kind == ARG_GENEXP) {
            /* class arguments never take a bare generator expression */
            int j = token_at(p, it->value->pos.lineno, it->value->pos.col_offset);
            while (j >= 0 && j < p->ntoks && p->toks[j].kind != TK_FOR && p->toks[j].kind != TK_ASYNC)
                j++;
            if (j >= 0 && j < p->ntoks) {
                PymToken *t = &p->toks[j];
                return pym_parser_error(p, &pym_exc_SyntaxError, t->lineno, t->col, t->end_lineno,
                                        t->end_col, "invalid syntax");
            }
        }
    }
    if (split_args(p, items, close, &bases, &kws) < 0)
        return NULL;
    PymStmt *s = mk_stmt(p, PYM_STMT_CLASSDEF, stmt_span(start, body));
    if (s) {
        s->v.classdef.name = TOK(p, name_tok)->value;
        s->v.classdef.bases = bases;
        s->v.classdef.keywords = kws;
        s->v.classdef.body = body;
        s->v.classdef.decorator_list = pym_ast_seq_new(A, 0);
    }
    return s;
}

/* An if/elif chain is built right to left: orelse is a seq or NULL. */
static PymStmt *mk_if(PymParser *p, PymExpr *test, PymAstSeq *body, PymAstSeq *orelse, PymLoc start)
{
    PymStmt *s = mk_stmt(p, PYM_STMT_IF, stmt_span(start, orelse && orelse->count ? orelse : body));
    if (s) {
        s->v.if_.test = test;
        s->v.if_.body = body;
        s->v.if_.orelse = orelse ? orelse : pym_ast_seq_new(A, 0);
    }
    return s;
}

static PymAlias *mk_alias(PymParser *p, PymObject *name, PymObject *asname, PymLoc loc)
{
    PymAlias *a = pym_arena_alloc(A, sizeof *a);
    if (a) {
        a->name = name;
        a->asname = asname;
        a->pos = POS(loc);
    }
    return a;
}

static PymObject *dotted_join(PymParser *p, PymObject *left, int name_tok)
{
    PymObject *dot = pym_str_from_cstr(".");
    if (!dot)
        return NULL;
    PymObject *tmp = pym_str_concat(left, dot);
    PYM_DECREF(dot);
    if (!tmp)
        return NULL;
    PymObject *joined = pym_str_concat(tmp, TOK(p, name_tok)->value);
    PYM_DECREF(tmp);
    if (!joined)
        return NULL;
    pym_str_intern_in_place(&joined);
    return pym_arena_own(A, joined);
}

static PymWithItem *mk_withitem(PymParser *p, PymExpr *ctx, PymExpr *vars)
{
    if (vars && store_target(p, vars) < 0)
        return NULL;
    PymWithItem *w = pym_arena_alloc(A, sizeof *w);
    if (w) {
        w->context_expr = ctx;
        w->optional_vars = vars;
    }
    return w;
}

/* WITH_LPAR form: several items, or (when some item is not a plain
 * expression) one parenthesized tuple. */
static PymAstSeq *paren_with_items(PymParser *p, PymAstSeq *items, int trailing_comma, PymLoc loc)
{
    int plain = 1, has_as = 0;
    for (int i = 0; i < items->count; i++) {
        WithParenItem *w = items->items[i];
        plain &= w->plain;
        has_as |= w->target != NULL;
    }
    if (!plain && has_as) {
        for (int i = 0; i < items->count; i++) {
            WithParenItem *w = items->items[i];
            if (!w->plain)
                return pym_parser_error_expr(p, w->expr, "invalid syntax");
        }
    }
    PymAstSeq *out = NULL;
    if (plain) {
        for (int i = 0; i < items->count; i++) {
            WithParenItem *w = items->items[i];
            PymWithItem *wi = mk_withitem(p, w->expr, w->target);
            if (!wi)
                return NULL;
            out = pym_ast_seq_append(A, out, wi);
        }
        return out;
    }
    PymAstSeq *elts = NULL;
    for (int i = 0; i < items->count; i++)
        elts = pym_ast_seq_append(A, elts, ((WithParenItem *)items->items[i])->expr);
    PymExpr *tuple = (items->count == 1 && !trailing_comma) ? elts->items[0]
                                                             : mk_seq_expr(p, PYM_EXPR_TUPLE, elts, loc);
    return seq1(p, mk_withitem(p, tuple, NULL));
}

static PymExceptHandler *mk_handler(PymParser *p, PymExpr *type, int name_tok, PymAstSeq *body,
                                    PymLoc start)
{
    PymExceptHandler *h = pym_arena_alloc(A, sizeof *h);
    if (h) {
        h->type = type;
        h->name = name_tok >= 0 ? TOK(p, name_tok)->value : NULL;
        h->body = body;
        h->pos = stmt_span(start, body);
    }
    return h;
}

static PymStmt *mk_try(PymParser *p, PymAstSeq *body, PymAstSeq *handlers, PymAstSeq *orelse,
                       PymAstSeq *finalbody, PymLoc start, int star)
{
    PymAstSeq *last = finalbody ? finalbody : orelse ? orelse : NULL;
    PymAstPos pos;
    if (last)
        pos = stmt_span(start, last);
    else if (handlers && handlers->count) {
        PymExceptHandler *h = handlers->items[handlers->count - 1];
        pos = SPAN(POS(start), h->pos);
    } else
        pos = stmt_span(start, body);
    PymStmt *s = mk_stmt(p, star ? PYM_STMT_TRYSTAR : PYM_STMT_TRY, pos);
    if (s) {
        s->v.try_.body = body;
        s->v.try_.handlers = handlers ? handlers : pym_ast_seq_new(A, 0);
        s->v.try_.orelse = orelse ? orelse : pym_ast_seq_new(A, 0);
        s->v.try_.finalbody = finalbody ? finalbody : pym_ast_seq_new(A, 0);
    }
    return s;
}

struct HandlerList {
    PymAstSeq *handlers;
    int star, plain;          /* kinds seen */
};

static HandlerList *add_handler(PymParser *p, HandlerList *hl, PymExceptHandler *h, int star,
                                PymLoc except_loc, PymLoc star_loc)
{
    if (!h)
        return NULL;
    if (!hl) {
        hl = pym_arena_alloc(A, sizeof *hl);
        if (!hl)
            return NULL;
    }
    if ((star && hl->plain) || (!star && hl->star)) {
        if (star)
            return pym_parser_error(p, &pym_exc_SyntaxError, except_loc.lineno, except_loc.col,
                                    star_loc.end_lineno, star_loc.end_col,
                                    "cannot have both 'except' and 'except*' on the same 'try'");
        return pym_parser_error(p, &pym_exc_SyntaxError, except_loc.lineno, except_loc.col,
                                except_loc.end_lineno, except_loc.end_col,
                                "cannot have both 'except' and 'except*' on the same 'try'");
    }
    if (star)
        hl->star = 1;
    else
        hl->plain = 1;
    hl->handlers = pym_ast_seq_append(A, hl->handlers, h);
    return hl;
}

static PymAstSeq *names_seq(PymParser *p, PymAstSeq *seq, int tok)
{
    return pym_ast_seq_append(A, seq, TOK(p, tok)->value);
}

static void pymyyerror(PymLoc *loc, PymParser *p, const char *msg);

static void add_top(PymParser *p, PymAstSeq **body, PymAstSeq *stmts)
{
    for (int i = 0; i < stmts->count; i++)
        *body = pym_ast_seq_append(A, *body, stmts->items[i]);
    p->top_stmts++;
    p->last_top_stmt = stmts->items[stmts->count - 1];
}

}

%union {
    int tok;
    int op;
    PymExpr *expr;
    PymStmt *stmt;
    PymAstSeq *seq;
    ListInfo *list;
    ArgItem *argitem;
    ParamItem *param;
    PymArg *arg;
    PymArguments *args;
    PymComprehension *comp;
    PymAlias *alias;
    PymWithItem *withitem;
    WithParenItem *wpitem;
    PymExceptHandler *handler;
    HandlerList *hlist;
    CompareChain *chain;
    PymObject *obj;
}

%token <tok> NAME NUMBER STRING NEWLINE INDENT DEDENT
%token <tok> FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE
%token <tok> EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE
%token <tok> RETURN TRY WHILE WITH YIELD
%token <tok> EQEQ NOTEQ LESSEQ GREATEREQ LSHIFT RSHIFT POW FLOORDIV ARROW COLONEQ ELLIPSIS
%token <tok> PLUSEQ MINUSEQ STAREQ SLASHEQ PERCENTEQ AMPEQ PIPEEQ CARETEQ LSHIFTEQ RSHIFTEQ
%token <tok> POWEQ FLOORDIVEQ ATEQ
%token <tok> ERRORTOKEN WITH_LPAR START_FILE START_EVAL START_SINGLE START_FSTRING
%token <tok> '(' ')' '[' ']' '{' '}' ':' ',' ';' '+' '-' '*' '/' '|' '&' '<' '>' '=' '.' '%'
%token <tok> '~' '^' '@'

%type <seq> file_input stmt simple_stmt small_stmts suite stmts decorators elif_else
%type <seq> dotted_as_names import_as_names global_names arglist paramlist lparamlist
%type <seq> comp_fors comp_ifs or_list and_list with_items with_paren_list del_list
%type <seq> dict_list assign_rhs_list
%type <stmt> small_stmt compound_stmt expr_stmt del_stmt import_stmt if_stmt while_stmt
%type <stmt> for_stmt try_stmt with_stmt funcdef classdef decorated async_stmt flow_stmt
%type <stmt> raise_stmt return_stmt assert_stmt global_stmt
%type <expr> test or_test and_test not_test comparison expr xor_expr and_expr shift_expr
%type <expr> arith_expr term factor power await_primary primary atom namedexpr_test
%type <expr> star_expr test_or_star testlist_star_expr yield_expr lambdef subscript slice
%type <expr> subscriptlist exprlist exprlist_item testlist decorator returns_opt
%type <expr> test_nocond_or atom_paren atom_bracket atom_brace rhs annotation_star
%type <list> tse_items exprlist_items testlist_items subscript_items set_list paren_list
%type <argitem> argument
%type <param> param_item lparam_item
%type <arg> tfpdef tfpdef_star
%type <args> parameters lambda_params
%type <comp> comp_for
%type <alias> dotted_as_name import_as_name
%type <obj> dotted_name
%type <withitem> with_item
%type <wpitem> with_paren_item
%type <handler> except_clause except_star_body
%type <hlist> except_clauses
%type <chain> comp_chain
%type <op> augassign comp_op dots opt_comma
%type <expr> dict_key dict_value strings_atom
%type <tok> strings import_from_head

%start start

%%

start
    : START_FILE file_input
        { p->result->body = $2 ? $2 : pym_ast_seq_new(A, 0); }
    | START_EVAL testlist newlines_opt
        { p->result->expr = $2; }
    | START_SINGLE file_input
        { p->result->body = $2 ? $2 : pym_ast_seq_new(A, 0); }
    | START_FSTRING testlist_star_expr NEWLINE
        { p->result->expr = $2; }
    ;

newlines_opt : %empty | newlines_opt NEWLINE ;

file_input
    : %empty                 { $$ = NULL; }
    | file_input stmt        { $$ = $1; add_top(p, &$$, $2); CHECK($$); }
    ;

stmt
    : simple_stmt            { $$ = $1; }
    | compound_stmt          { CHECK($1); $$ = seq1(p, $1); }
    ;

stmts
    : stmt                   { $$ = $1; }
    | stmts stmt
        {
            $$ = $1;
            for (int i = 0; i < $2->count; i++)
                CHECK($$ = pym_ast_seq_append(A, $$, $2->items[i]));
        }
    ;

simple_stmt
    : small_stmts NEWLINE       { $$ = $1; }
    | small_stmts ';' NEWLINE   { $$ = $1; }
    ;

small_stmts
    : small_stmt                   { CHECK($1); CHECK($$ = seq1(p, $1)); }
    | small_stmts ';' small_stmt   { CHECK($3); CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

small_stmt
    : expr_stmt   { $$ = $1; }
    | del_stmt    { $$ = $1; }
    | PASS        { CHECK($$ = mk_stmt(p, PYM_STMT_PASS, POS(@1))); }
    | flow_stmt   { $$ = $1; }
    | import_stmt { $$ = $1; }
    | global_stmt { $$ = $1; }
    | assert_stmt { $$ = $1; }
    ;

expr_stmt
    : testlist_star_expr
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_EXPR, POS(@$)));
            $$->v.expr.value = $1;
        }
    | testlist_star_expr ':' test
        { CHECK($$ = mk_annassign(p, $1, @1, $3, NULL, @$)); }
    | testlist_star_expr ':' test '=' rhs
        { CHECK($$ = mk_annassign(p, $1, @1, $3, $5, @$)); }
    | testlist_star_expr augassign rhs
        { CHECK($$ = mk_augassign(p, $1, (PymOperator)$2, $3, @$)); }
    | testlist_star_expr assign_rhs_list
        {
            PymAstSeq *targets = seq1(p, $1);
            CHECK(targets);
            for (int i = 0; i + 1 < $2->count; i++)
                CHECK(targets = pym_ast_seq_append(A, targets, $2->items[i]));
            PymExpr *value = $2->items[$2->count - 1];
            CHECK(check_assign_targets(p, targets, @1, value) == 0);
            CHECK($$ = mk_stmt(p, PYM_STMT_ASSIGN, POS(@$)));
            $$->v.assign.targets = targets;
            $$->v.assign.value = value;
        }
    ;

assign_rhs_list
    : '=' rhs                    { CHECK($$ = seq1(p, $2)); }
    | assign_rhs_list '=' rhs    { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

rhs
    : yield_expr            { $$ = $1; }
    | testlist_star_expr    { $$ = $1; }
    ;

augassign
    : PLUSEQ { $$ = PYM_OP_ADD; } | MINUSEQ { $$ = PYM_OP_SUB; } | STAREQ { $$ = PYM_OP_MULT; }
    | ATEQ { $$ = PYM_OP_MATMULT; } | SLASHEQ { $$ = PYM_OP_DIV; } | PERCENTEQ { $$ = PYM_OP_MOD; }
    | AMPEQ { $$ = PYM_OP_BITAND; } | PIPEEQ { $$ = PYM_OP_BITOR; } | CARETEQ { $$ = PYM_OP_BITXOR; }
    | LSHIFTEQ { $$ = PYM_OP_LSHIFT; } | RSHIFTEQ { $$ = PYM_OP_RSHIFT; }
    | POWEQ { $$ = PYM_OP_POW; } | FLOORDIVEQ { $$ = PYM_OP_FLOORDIV; }
    ;

testlist_star_expr
    : tse_items             { CHECK($$ = list_to_expr(p, $1, @$)); }
    | tse_items ','         { $1->trailing_comma = 1; CHECK($$ = list_to_expr(p, $1, @$)); }
    ;

tse_items
    : test_or_star                 { CHECK($$ = mk_list(p, $1)); }
    | tse_items ',' test_or_star   { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    ;

test_or_star
    : test         { $$ = $1; }
    | star_expr    { $$ = $1; }
    ;

star_expr
    : '*' expr     { CHECK($$ = mk_starred(p, $2, @$)); }
    ;

del_stmt
    : DEL del_list opt_comma
        {
            for (int i = 0; i < $2->count; i++)
                CHECK(del_target(p, $2->items[i]) == 0);
            CHECK($$ = mk_stmt(p, PYM_STMT_DELETE, POS(@$)));
            $$->v.delete_.targets = $2;
        }
    ;

del_list
    : exprlist_item               { CHECK($$ = seq1(p, $1)); }
    | del_list ',' exprlist_item  { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

opt_comma : %empty { $$ = 0; } | ',' { $$ = 1; } ;

flow_stmt
    : BREAK          { CHECK($$ = mk_stmt(p, PYM_STMT_BREAK, POS(@$))); }
    | CONTINUE       { CHECK($$ = mk_stmt(p, PYM_STMT_CONTINUE, POS(@$))); }
    | return_stmt    { $$ = $1; }
    | raise_stmt     { $$ = $1; }
    | yield_expr
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_EXPR, POS(@$)));
            $$->v.expr.value = $1;
        }
    ;

return_stmt
    : RETURN                      { CHECK($$ = mk_stmt(p, PYM_STMT_RETURN, POS(@$))); }
    | RETURN testlist_star_expr
        { CHECK($$ = mk_stmt(p, PYM_STMT_RETURN, POS(@$))); $$->v.return_.value = $2; }
    ;

raise_stmt
    : RAISE                 { CHECK($$ = mk_stmt(p, PYM_STMT_RAISE, POS(@$))); }
    | RAISE test            { CHECK($$ = mk_stmt(p, PYM_STMT_RAISE, POS(@$))); $$->v.raise.exc = $2; }
    | RAISE test FROM test
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_RAISE, POS(@$)));
            $$->v.raise.exc = $2;
            $$->v.raise.cause = $4;
        }
    ;

global_stmt
    : GLOBAL global_names
        { CHECK($$ = mk_stmt(p, PYM_STMT_GLOBAL, POS(@$))); $$->v.global.names = $2; }
    | NONLOCAL global_names
        { CHECK($$ = mk_stmt(p, PYM_STMT_NONLOCAL, POS(@$))); $$->v.nonlocal.names = $2; }
    ;

global_names
    : NAME                    { CHECK($$ = names_seq(p, NULL, $1)); }
    | global_names ',' NAME   { CHECK($$ = names_seq(p, $1, $3)); }
    ;

assert_stmt
    : ASSERT test
        { CHECK($$ = mk_stmt(p, PYM_STMT_ASSERT, POS(@$))); $$->v.assert_.test = $2; }
    | ASSERT test ',' test
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_ASSERT, POS(@$)));
            $$->v.assert_.test = $2;
            $$->v.assert_.msg = $4;
        }
    ;

import_stmt
    : IMPORT dotted_as_names
        { CHECK($$ = mk_stmt(p, PYM_STMT_IMPORT, POS(@$))); $$->v.import.names = $2; }
    | import_from_head IMPORT '*'
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_IMPORTFROM, POS(@$)));
            PymObject *star = pym_arena_own(A, pym_str_intern_cstr("*"));
            CHECK(star);
            CHECK($$->v.importfrom.names = seq1(p, mk_alias(p, star, NULL, @3)));
            $$->v.importfrom.module = TOK(p, $1)->value;
            $$->v.importfrom.level = TOK(p, $1)->level;
        }
    | import_from_head IMPORT '(' import_as_names opt_comma ')'
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_IMPORTFROM, POS(@$)));
            $$->v.importfrom.names = $4;
            $$->v.importfrom.module = TOK(p, $1)->value;
            $$->v.importfrom.level = TOK(p, $1)->level;
        }
    | import_from_head IMPORT import_as_names
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_IMPORTFROM, POS(@$)));
            $$->v.importfrom.names = $3;
            $$->v.importfrom.module = TOK(p, $1)->value;
            $$->v.importfrom.level = TOK(p, $1)->level;
        }
    ;

/* The FROM token carries the module (value) and level (level) it names. */
import_from_head
    : FROM dotted_name           { $$ = $1; TOK(p, $1)->value = $2; TOK(p, $1)->level = 0; }
    | FROM dots dotted_name      { $$ = $1; TOK(p, $1)->value = $3; TOK(p, $1)->level = $2; }
    | FROM dots                  { $$ = $1; TOK(p, $1)->value = NULL; TOK(p, $1)->level = $2; }
    ;

dots
    : '.'              { $$ = 1; }
    | ELLIPSIS         { $$ = 3; }
    | dots '.'         { $$ = $1 + 1; }
    | dots ELLIPSIS    { $$ = $1 + 3; }
    ;

import_as_names
    : import_as_name                       { CHECK($$ = seq1(p, $1)); }
    | import_as_names ',' import_as_name   { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

import_as_name
    : NAME            { CHECK($$ = mk_alias(p, TOK(p, $1)->value, NULL, @$)); }
    | NAME AS NAME    { CHECK($$ = mk_alias(p, TOK(p, $1)->value, TOK(p, $3)->value, @$)); }
    ;

dotted_as_names
    : dotted_as_name                       { CHECK($$ = seq1(p, $1)); }
    | dotted_as_names ',' dotted_as_name   { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

dotted_as_name
    : dotted_name           { CHECK($$ = mk_alias(p, $1, NULL, @$)); }
    | dotted_name AS NAME   { CHECK($$ = mk_alias(p, $1, TOK(p, $3)->value, @$)); }
    ;

dotted_name
    : NAME                   { $$ = TOK(p, $1)->value; }
    | dotted_name '.' NAME   { CHECK($$ = dotted_join(p, $1, $3)); }
    ;

/* ---- compound statements --------------------------------------------- */

compound_stmt
    : if_stmt      { $$ = $1; }
    | while_stmt   { $$ = $1; }
    | for_stmt     { $$ = $1; }
    | try_stmt     { $$ = $1; }
    | with_stmt    { $$ = $1; }
    | funcdef      { $$ = $1; }
    | classdef     { $$ = $1; }
    | decorated    { $$ = $1; }
    | async_stmt   { $$ = $1; }
    ;

suite
    : simple_stmt                    { $$ = $1; }
    | NEWLINE INDENT stmts DEDENT    { $$ = $3; }
    ;

if_stmt
    : IF namedexpr_test ':' suite elif_else   { CHECK($$ = mk_if(p, $2, $4, $5, @1)); }
    ;

elif_else
    : %empty                 { $$ = NULL; }
    | ELSE ':' suite         { $$ = $3; }
    | ELIF namedexpr_test ':' suite elif_else
        { PymStmt *s = mk_if(p, $2, $4, $5, @1); CHECK(s); CHECK($$ = seq1(p, s)); }
    ;

while_stmt
    : WHILE namedexpr_test ':' suite
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_WHILE, stmt_span(@1, $4)));
            $$->v.while_.test = $2; $$->v.while_.body = $4;
            $$->v.while_.orelse = pym_ast_seq_new(A, 0);
        }
    | WHILE namedexpr_test ':' suite ELSE ':' suite
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_WHILE, stmt_span(@1, $7)));
            $$->v.while_.test = $2; $$->v.while_.body = $4; $$->v.while_.orelse = $7;
        }
    ;

for_stmt
    : FOR exprlist IN testlist_star_expr ':' suite
        {
            CHECK(store_target(p, $2) == 0);
            CHECK($$ = mk_stmt(p, PYM_STMT_FOR, stmt_span(@1, $6)));
            $$->v.for_.target = $2; $$->v.for_.iter = $4; $$->v.for_.body = $6;
            $$->v.for_.orelse = pym_ast_seq_new(A, 0);
        }
    | FOR exprlist IN testlist_star_expr ':' suite ELSE ':' suite
        {
            CHECK(store_target(p, $2) == 0);
            CHECK($$ = mk_stmt(p, PYM_STMT_FOR, stmt_span(@1, $9)));
            $$->v.for_.target = $2; $$->v.for_.iter = $4; $$->v.for_.body = $6;
            $$->v.for_.orelse = $9;
        }
    ;

try_stmt
    : TRY ':' suite except_clauses
        { CHECK($4); CHECK($$ = mk_try(p, $3, $4->handlers, NULL, NULL, @1, $4->star)); }
    | TRY ':' suite except_clauses ELSE ':' suite
        { CHECK($4); CHECK($$ = mk_try(p, $3, $4->handlers, $7, NULL, @1, $4->star)); }
    | TRY ':' suite except_clauses FINALLY ':' suite
        { CHECK($4); CHECK($$ = mk_try(p, $3, $4->handlers, NULL, $7, @1, $4->star)); }
    | TRY ':' suite except_clauses ELSE ':' suite FINALLY ':' suite
        { CHECK($4); CHECK($$ = mk_try(p, $3, $4->handlers, $7, $10, @1, $4->star)); }
    | TRY ':' suite FINALLY ':' suite
        { CHECK($$ = mk_try(p, $3, NULL, NULL, $6, @1, 0)); }
    ;

except_clauses
    : except_clause
        { CHECK($$ = add_handler(p, NULL, $1, 0, @1, @1)); }
    | EXCEPT '*' except_star_body
        { CHECK($$ = add_handler(p, NULL, $3, 1, @1, @2)); $3->pos.col_offset = @1.col; $3->pos.lineno = @1.lineno; }
    | except_clauses except_clause
        { CHECK($$ = add_handler(p, $1, $2, 0, @2, @2)); }
    | except_clauses EXCEPT '*' except_star_body
        { CHECK($$ = add_handler(p, $1, $4, 1, @2, @3)); $4->pos.col_offset = @2.col; $4->pos.lineno = @2.lineno; }
    ;

except_clause
    : EXCEPT ':' suite                  { CHECK($$ = mk_handler(p, NULL, -1, $3, @1)); }
    | EXCEPT test ':' suite             { CHECK($$ = mk_handler(p, $2, -1, $4, @1)); }
    | EXCEPT test AS NAME ':' suite     { CHECK($$ = mk_handler(p, $2, $4, $6, @1)); }
    ;

/* what follows "except*" (the handler's position is fixed up to start at
 * the keyword) */
except_star_body
    : test ':' suite                    { CHECK($$ = mk_handler(p, $1, -1, $3, @1)); }
    | test AS NAME ':' suite            { CHECK($$ = mk_handler(p, $1, $3, $5, @1)); }
    ;

with_stmt
    : WITH with_items ':' suite
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_WITH, stmt_span(@1, $4)));
            $$->v.with.items = $2; $$->v.with.body = $4;
        }
    | WITH WITH_LPAR with_paren_list opt_comma ')' ':' suite
        {
            PymLoc l = { @2.lineno, @2.col, @5.end_lineno, @5.end_col };
            CHECK($$ = mk_stmt(p, PYM_STMT_WITH, stmt_span(@1, $7)));
            CHECK($$->v.with.items = paren_with_items(p, $3, $4, l));
            $$->v.with.body = $7;
        }
    | WITH WITH_LPAR namedexpr_test comp_fors ')' ':' suite
        {
            PymLoc l = { @2.lineno, @2.col, @5.end_lineno, @5.end_col };
            PymExpr *g = mk_comp(p, PYM_EXPR_GENERATOREXP, $3, $4, l);
            CHECK(g);
            CHECK($$ = mk_stmt(p, PYM_STMT_WITH, stmt_span(@1, $7)));
            CHECK($$->v.with.items = seq1(p, mk_withitem(p, g, NULL)));
            $$->v.with.body = $7;
        }
    | WITH WITH_LPAR yield_expr ')' ':' suite
        {
            CHECK($$ = mk_stmt(p, PYM_STMT_WITH, stmt_span(@1, $6)));
            CHECK($$->v.with.items = seq1(p, mk_withitem(p, $3, NULL)));
            $$->v.with.body = $6;
        }
    ;

with_items
    : with_item                  { CHECK($1); CHECK($$ = seq1(p, $1)); }
    | with_items ',' with_item   { CHECK($3); CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

with_item
    : test            { $$ = mk_withitem(p, $1, NULL); }
    | test AS expr    { $$ = mk_withitem(p, $1, $3); }
    ;

with_paren_list
    : with_paren_item                       { CHECK($$ = seq1(p, $1)); }
    | with_paren_list ',' with_paren_item   { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

with_paren_item
    : namedexpr_test
        {
            CHECK($$ = pym_arena_alloc(A, sizeof *$$));
            $$->expr = $1;
            $$->plain = $1->kind != PYM_EXPR_NAMEDEXPR || is_paren($1, @1);
        }
    | star_expr
        { CHECK($$ = pym_arena_alloc(A, sizeof *$$)); $$->expr = $1; }
    | test AS expr
        { CHECK($$ = pym_arena_alloc(A, sizeof *$$)); $$->expr = $1; $$->target = $3; $$->plain = 1; }
    ;

funcdef
    : DEF NAME parameters returns_opt ':' suite
        { CHECK($3); CHECK($$ = mk_funcdef(p, PYM_STMT_FUNCTIONDEF, $2, $3, $4, $6, @1)); }
    ;

returns_opt
    : %empty        { $$ = NULL; }
    | ARROW test    { $$ = $2; }
    ;

parameters
    : '(' ')'                        { $$ = empty_arguments(p); }
    | '(' paramlist opt_comma ')'    { $$ = mk_arguments(p, $2, $3, @4, 0); }
    ;

paramlist
    : param_item                  { CHECK($1); CHECK($$ = seq1(p, $1)); }
    | paramlist ',' param_item    { CHECK($3); CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

param_item
    : tfpdef                { $$ = mk_param(p, PARAM_PLAIN, $1, NULL, @$); }
    | tfpdef '=' test       { $$ = mk_param(p, PARAM_PLAIN, $1, $3, @$); if ($$) $$->eq_pos = POS(@2); }
    | '/'                   { $$ = mk_param(p, PARAM_SLASH, NULL, NULL, @$); }
    | '*'                   { $$ = mk_param(p, PARAM_STAR, NULL, NULL, @$); }
    | '*' tfpdef_star       { $$ = mk_param(p, PARAM_STAR, $2, NULL, @1); }
    | '*' tfpdef_star '=' test
        { $$ = mk_param(p, PARAM_STAR, $2, $4, @1); if ($$) $$->eq_pos = POS(@3); }
    | POW tfpdef            { $$ = mk_param(p, PARAM_DSTAR, $2, NULL, @1); }
    | POW tfpdef '=' test
        { $$ = mk_param(p, PARAM_DSTAR, $2, $4, @1); if ($$) $$->eq_pos = POS(@3); }
    ;

tfpdef
    : NAME             { CHECK($$ = mk_argdef(p, $1, NULL, @$)); }
    | NAME ':' test    { CHECK($$ = mk_argdef(p, $1, $3, @$)); }
    ;

tfpdef_star
    : NAME                        { CHECK($$ = mk_argdef(p, $1, NULL, @$)); }
    | NAME ':' annotation_star    { CHECK($$ = mk_argdef(p, $1, $3, @$)); }
    ;

annotation_star
    : test        { $$ = $1; }
    | star_expr   { $$ = $1; }
    ;

classdef
    : CLASS NAME ':' suite
        { CHECK($$ = mk_classdef(p, $2, NULL, @3, $4, @1)); }
    | CLASS NAME '(' ')' ':' suite
        { CHECK($$ = mk_classdef(p, $2, NULL, @4, $6, @1)); }
    | CLASS NAME '(' arglist opt_comma ')' ':' suite
        { CHECK($$ = mk_classdef(p, $2, $4, @6, $8, @1)); }
    ;

decorated
    : decorators funcdef
        { $$ = $2; $$->v.functiondef.decorator_list = $1; }
    | decorators classdef
        { $$ = $2; $$->v.classdef.decorator_list = $1; }
    | decorators ASYNC funcdef
        {
            $$ = $3;
            $$->kind = PYM_STMT_ASYNCFUNCTIONDEF;
            $$->pos.lineno = @2.lineno; $$->pos.col_offset = @2.col;
            $$->v.functiondef.decorator_list = $1;
        }
    ;

decorators
    : decorator               { CHECK($$ = seq1(p, $1)); }
    | decorators decorator    { CHECK($$ = pym_ast_seq_append(A, $1, $2)); }
    ;

decorator
    : '@' namedexpr_test NEWLINE   { $$ = $2; }
    ;

async_stmt
    : ASYNC funcdef
        { $$ = $2; $$->kind = PYM_STMT_ASYNCFUNCTIONDEF; $$->pos.lineno = @1.lineno; $$->pos.col_offset = @1.col; }
    | ASYNC with_stmt
        { $$ = $2; $$->kind = PYM_STMT_ASYNCWITH; $$->pos.lineno = @1.lineno; $$->pos.col_offset = @1.col; }
    | ASYNC for_stmt
        { $$ = $2; $$->kind = PYM_STMT_ASYNCFOR; $$->pos.lineno = @1.lineno; $$->pos.col_offset = @1.col; }
    ;

/* ---- expressions -------------------------------------------------------- */

namedexpr_test
    : test                     { $$ = $1; }
    | test COLONEQ test        { CHECK($$ = mk_namedexpr(p, $1, $3, @$)); }
    ;

test
    : or_test                        { $$ = $1; }
    | or_test IF or_test ELSE test
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_IFEXP, POS(@$)));
            $$->v.ifexp.test = $3; $$->v.ifexp.body = $1; $$->v.ifexp.orelse = $5;
        }
    | lambdef                        { $$ = $1; }
    ;

test_nocond_or
    : or_test    { $$ = $1; }
    ;

lambdef
    : LAMBDA ':' test
        {
            PymArguments *a = empty_arguments(p);
            CHECK(a);
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_LAMBDA, POS(@$)));
            $$->v.lambda.args = a; $$->v.lambda.body = $3;
        }
    | LAMBDA lambda_params ':' test
        {
            CHECK($2 = mk_arguments(p, (PymAstSeq *)$2, 0, @3, 1));
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_LAMBDA, POS(@$)));
            $$->v.lambda.args = $2; $$->v.lambda.body = $4;
        }
    ;

/* built into arguments by lambdef, which knows where the ':' is */
lambda_params
    : lparamlist opt_comma    { $$ = (PymArguments *)$1; }
    ;

lparamlist
    : lparam_item                   { CHECK($1); CHECK($$ = seq1(p, $1)); }
    | lparamlist ',' lparam_item    { CHECK($3); CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

lparam_item
    : NAME             { PymArg *a = mk_argdef(p, $1, NULL, @1); CHECK(a); $$ = mk_param(p, PARAM_PLAIN, a, NULL, @$); }
    | NAME '=' test
        {
            PymArg *a = mk_argdef(p, $1, NULL, @1); CHECK(a);
            $$ = mk_param(p, PARAM_PLAIN, a, $3, @$); if ($$) $$->eq_pos = POS(@2);
        }
    | '/'              { $$ = mk_param(p, PARAM_SLASH, NULL, NULL, @$); }
    | '*'              { $$ = mk_param(p, PARAM_STAR, NULL, NULL, @$); }
    | '*' NAME         { PymArg *a = mk_argdef(p, $2, NULL, @2); CHECK(a); $$ = mk_param(p, PARAM_STAR, a, NULL, @1); }
    | '*' NAME '=' test
        {
            PymArg *a = mk_argdef(p, $2, NULL, @2); CHECK(a);
            $$ = mk_param(p, PARAM_STAR, a, $4, @1); if ($$) $$->eq_pos = POS(@3);
        }
    | POW NAME         { PymArg *a = mk_argdef(p, $2, NULL, @2); CHECK(a); $$ = mk_param(p, PARAM_DSTAR, a, NULL, @1); }
    | POW NAME '=' test
        {
            PymArg *a = mk_argdef(p, $2, NULL, @2); CHECK(a);
            $$ = mk_param(p, PARAM_DSTAR, a, $4, @1); if ($$) $$->eq_pos = POS(@3);
        }
    ;

or_test
    : and_test    { $$ = $1; }
    | or_list     { CHECK($$ = mk_boolop(p, PYM_OR, $1, @$)); }
    ;

or_list
    : and_test OR and_test    { CHECK($$ = seq1(p, $1)); CHECK($$ = pym_ast_seq_append(A, $$, $3)); }
    | or_list OR and_test     { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

and_test
    : not_test    { $$ = $1; }
    | and_list    { CHECK($$ = mk_boolop(p, PYM_AND, $1, @$)); }
    ;

and_list
    : not_test AND not_test    { CHECK($$ = seq1(p, $1)); CHECK($$ = pym_ast_seq_append(A, $$, $3)); }
    | and_list AND not_test    { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

not_test
    : NOT not_test    { CHECK($$ = mk_unary(p, PYM_UOP_NOT, $2, @$)); }
    | comparison      { $$ = $1; }
    ;

comparison
    : expr            { $$ = $1; }
    | comp_chain
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_COMPARE, POS(@$)));
            $$->v.compare.left = $1->left;
            $$->v.compare.nops = $1->nops;
            $$->v.compare.ops = $1->ops;
            $$->v.compare.comparators = $1->comparators;
        }
    ;

comp_chain
    : expr comp_op expr         { CHECK($$ = chain_add(p, NULL, $1, $2, $3)); }
    | comp_chain comp_op expr   { CHECK($$ = chain_add(p, $1, NULL, $2, $3)); }
    ;

comp_op
    : '<' { $$ = PYM_CMP_LT; } | '>' { $$ = PYM_CMP_GT; } | EQEQ { $$ = PYM_CMP_EQ; }
    | GREATEREQ { $$ = PYM_CMP_GTE; } | LESSEQ { $$ = PYM_CMP_LTE; } | NOTEQ { $$ = PYM_CMP_NOTEQ; }
    | IN { $$ = PYM_CMP_IN; } | NOT IN { $$ = PYM_CMP_NOTIN; } | IS { $$ = PYM_CMP_IS; }
    | IS NOT { $$ = PYM_CMP_ISNOT; }
    ;

expr
    : xor_expr            { $$ = $1; }
    | expr '|' xor_expr   { CHECK($$ = mk_binop(p, $1, PYM_OP_BITOR, $3, @$)); }
    ;

xor_expr
    : and_expr                { $$ = $1; }
    | xor_expr '^' and_expr   { CHECK($$ = mk_binop(p, $1, PYM_OP_BITXOR, $3, @$)); }
    ;

and_expr
    : shift_expr                { $$ = $1; }
    | and_expr '&' shift_expr   { CHECK($$ = mk_binop(p, $1, PYM_OP_BITAND, $3, @$)); }
    ;

shift_expr
    : arith_expr                     { $$ = $1; }
    | shift_expr LSHIFT arith_expr   { CHECK($$ = mk_binop(p, $1, PYM_OP_LSHIFT, $3, @$)); }
    | shift_expr RSHIFT arith_expr   { CHECK($$ = mk_binop(p, $1, PYM_OP_RSHIFT, $3, @$)); }
    ;

arith_expr
    : term                  { $$ = $1; }
    | arith_expr '+' term   { CHECK($$ = mk_binop(p, $1, PYM_OP_ADD, $3, @$)); }
    | arith_expr '-' term   { CHECK($$ = mk_binop(p, $1, PYM_OP_SUB, $3, @$)); }
    ;

term
    : factor                { $$ = $1; }
    | term '*' factor       { CHECK($$ = mk_binop(p, $1, PYM_OP_MULT, $3, @$)); }
    | term '@' factor       { CHECK($$ = mk_binop(p, $1, PYM_OP_MATMULT, $3, @$)); }
    | term '/' factor       { CHECK($$ = mk_binop(p, $1, PYM_OP_DIV, $3, @$)); }
    | term '%' factor       { CHECK($$ = mk_binop(p, $1, PYM_OP_MOD, $3, @$)); }
    | term FLOORDIV factor  { CHECK($$ = mk_binop(p, $1, PYM_OP_FLOORDIV, $3, @$)); }
    ;

factor
    : '+' factor    { CHECK($$ = mk_unary(p, PYM_UOP_UADD, $2, @$)); }
    | '-' factor    { CHECK($$ = mk_unary(p, PYM_UOP_USUB, $2, @$)); }
    | '~' factor    { CHECK($$ = mk_unary(p, PYM_UOP_INVERT, $2, @$)); }
    | power         { $$ = $1; }
    ;

power
    : await_primary                 { $$ = $1; }
    | await_primary POW factor      { CHECK($$ = mk_binop(p, $1, PYM_OP_POW, $3, @$)); }
    ;

await_primary
    : primary          { $$ = $1; }
    | AWAIT primary
        { CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_AWAIT, POS(@$))); $$->v.await_.value = $2; }
    ;

primary
    : atom             { $$ = $1; }
    | primary '.' NAME
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_ATTRIBUTE, POS(@$)));
            $$->v.attribute.value = $1;
            $$->v.attribute.attr = TOK(p, $3)->value;
            $$->v.attribute.ctx = PYM_LOAD;
        }
    | primary '(' ')'
        { CHECK($$ = mk_call(p, $1, NULL, 0, @2, @3, @$)); }
    | primary '(' arglist opt_comma ')'
        { CHECK($$ = mk_call(p, $1, $3, $4, @2, @5, @$)); }
    | primary '[' subscriptlist ']'
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_SUBSCRIPT, POS(@$)));
            $$->v.subscript.value = $1;
            $$->v.subscript.slice = $3;
            $$->v.subscript.ctx = PYM_LOAD;
        }
    ;

atom
    : atom_paren      { $$ = $1; }
    | atom_bracket    { $$ = $1; }
    | atom_brace      { $$ = $1; }
    | NAME            { CHECK($$ = mk_name(p, $1)); }
    | NUMBER          { CHECK($$ = mk_const(p, TOK(p, $1)->value, @1)); }
    | strings_atom    { $$ = $1; }
    | ELLIPSIS        { CHECK($$ = mk_const(p, PYM_ELLIPSIS, @1)); }
    | NONE            { CHECK($$ = mk_const(p, PYM_NONE, @1)); }
    | TRUE            { CHECK($$ = mk_const(p, PYM_TRUE, @1)); }
    | FALSE           { CHECK($$ = mk_const(p, PYM_FALSE, @1)); }
    ;

strings_atom
    : strings
        {
            int last = $1;
            while (last + 1 < p->ntoks && p->toks[last + 1].kind == TK_STRING)
                last++;
            CHECK($$ = pym_parse_strings(p, $1, last, POS(@$)));
        }
    ;

strings
    : STRING             { $$ = $1; }
    | strings STRING     { $$ = $1; }
    ;

atom_paren
    : '(' ')'                  { CHECK($$ = mk_seq_expr(p, PYM_EXPR_TUPLE, NULL, @$)); }
    | '(' yield_expr ')'       { $$ = $2; }
    | '(' paren_list opt_comma ')'
        {
            $2->trailing_comma = $3;
            if ($2->elts->count == 1 && !$3) {
                $$ = $2->elts->items[0];
                if ($$->kind == PYM_EXPR_STARRED)
                    CHECK(pym_parser_error_expr(p, $$, "cannot use starred expression here"));
            } else {
                CHECK($$ = mk_seq_expr(p, PYM_EXPR_TUPLE, $2->elts, @$));
            }
        }
    | '(' namedexpr_test comp_fors ')'
        { CHECK($$ = mk_comp(p, PYM_EXPR_GENERATOREXP, $2, $3, @$)); }
    | '(' star_expr comp_fors ')'
        { CHECK(pym_parser_error_expr(p, $2, "iterable unpacking cannot be used in comprehension")); }
    ;

paren_list
    : namedexpr_test                 { CHECK($$ = mk_list(p, $1)); }
    | star_expr                      { CHECK($$ = mk_list(p, $1)); }
    | paren_list ',' namedexpr_test  { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    | paren_list ',' star_expr       { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    ;

atom_bracket
    : '[' ']'                          { CHECK($$ = mk_seq_expr(p, PYM_EXPR_LIST, NULL, @$)); }
    | '[' paren_list opt_comma ']'     { CHECK($$ = mk_seq_expr(p, PYM_EXPR_LIST, $2->elts, @$)); }
    | '[' namedexpr_test comp_fors ']' { CHECK($$ = mk_comp(p, PYM_EXPR_LISTCOMP, $2, $3, @$)); }
    | '[' star_expr comp_fors ']'
        { CHECK(pym_parser_error_expr(p, $2, "iterable unpacking cannot be used in comprehension")); }
    ;

atom_brace
    : '{' '}'
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_DICT, POS(@$)));
            $$->v.dict.keys = pym_ast_seq_new(A, 0);
            $$->v.dict.values = pym_ast_seq_new(A, 0);
        }
    | '{' dict_list opt_comma '}'
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_DICT, POS(@$)));
            int n = $2->count / 2;
            CHECK($$->v.dict.keys = pym_ast_seq_new(A, n));
            CHECK($$->v.dict.values = pym_ast_seq_new(A, n));
            for (int i = 0; i < n; i++) {
                $$->v.dict.keys->items[i] = $2->items[2 * i];
                $$->v.dict.values->items[i] = $2->items[2 * i + 1];
            }
        }
    | '{' set_list opt_comma '}'       { CHECK($$ = mk_seq_expr(p, PYM_EXPR_SET, $2->elts, @$)); }
    | '{' dict_key ':' dict_value comp_fors '}'
        {
            CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_DICTCOMP, POS(@$)));
            $$->v.dictcomp.key = $2;
            $$->v.dictcomp.value = $4;
            $$->v.dictcomp.generators = $5;
        }
    | '{' POW expr comp_fors '}'
        {
            CHECK(pym_parser_error(p, &pym_exc_SyntaxError, @2.lineno, @2.col, @2.end_lineno,
                                   @2.end_col, "dict unpacking cannot be used in dict comprehension"));
        }
    | '{' namedexpr_test comp_fors '}' { CHECK($$ = mk_comp(p, PYM_EXPR_SETCOMP, $2, $3, @$)); }
    | '{' star_expr comp_fors '}'
        { CHECK(pym_parser_error_expr(p, $2, "iterable unpacking cannot be used in comprehension")); }
    ;

dict_key : test { $$ = $1; } ;
dict_value : test { $$ = $1; } ;

/* keys and values interleaved; a NULL key stands for **value */
dict_list
    : dict_key ':' dict_value                  { CHECK($$ = seq1(p, $1)); CHECK($$ = pym_ast_seq_append(A, $$, $3)); }
    | POW expr                                 { CHECK($$ = seq1(p, NULL)); CHECK($$ = pym_ast_seq_append(A, $$, $2)); }
    | dict_list ',' dict_key ':' dict_value    { CHECK($$ = pym_ast_seq_append(A, $1, $3)); CHECK($$ = pym_ast_seq_append(A, $$, $5)); }
    | dict_list ',' POW expr                   { CHECK($$ = pym_ast_seq_append(A, $1, NULL)); CHECK($$ = pym_ast_seq_append(A, $$, $4)); }
    ;

set_list
    : namedexpr_test               { CHECK($$ = mk_list(p, $1)); }
    | star_expr                    { CHECK($$ = mk_list(p, $1)); }
    | set_list ',' namedexpr_test  { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    | set_list ',' star_expr       { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    ;

comp_fors
    : comp_for              { CHECK($1); CHECK($$ = seq1(p, $1)); }
    | comp_fors comp_for    { CHECK($2); CHECK($$ = pym_ast_seq_append(A, $1, $2)); }
    ;

comp_for
    : FOR exprlist IN test_nocond_or comp_ifs         { $$ = mk_comprehension(p, $2, $4, $5, 0); }
    | ASYNC FOR exprlist IN test_nocond_or comp_ifs   { $$ = mk_comprehension(p, $3, $5, $6, 1); }
    ;

comp_ifs
    : %empty                        { $$ = NULL; }
    | comp_ifs IF test_nocond_or    { CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

subscriptlist
    : subscript_items
        {
            if ($1->elts->count == 1 && ((PymExpr *)$1->elts->items[0])->kind != PYM_EXPR_STARRED)
                $$ = $1->elts->items[0];
            else
                CHECK($$ = mk_seq_expr(p, PYM_EXPR_TUPLE, $1->elts, @$));
        }
    | subscript_items ','
        { CHECK($$ = mk_seq_expr(p, PYM_EXPR_TUPLE, $1->elts, @$)); }
    ;

subscript_items
    : subscript                       { CHECK($$ = mk_list(p, $1)); }
    | subscript_items ',' subscript   { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    ;

subscript
    : namedexpr_test   { $$ = $1; }
    | star_expr        { $$ = $1; }
    | slice            { $$ = $1; }
    ;

slice
    : ':'                        { CHECK($$ = mk_slice(p, NULL, NULL, NULL, @$)); }
    | ':' test                   { CHECK($$ = mk_slice(p, NULL, $2, NULL, @$)); }
    | test ':'                   { CHECK($$ = mk_slice(p, $1, NULL, NULL, @$)); }
    | test ':' test              { CHECK($$ = mk_slice(p, $1, $3, NULL, @$)); }
    | ':' ':'                    { CHECK($$ = mk_slice(p, NULL, NULL, NULL, @$)); }
    | ':' ':' test               { CHECK($$ = mk_slice(p, NULL, NULL, $3, @$)); }
    | ':' test ':'               { CHECK($$ = mk_slice(p, NULL, $2, NULL, @$)); }
    | ':' test ':' test          { CHECK($$ = mk_slice(p, NULL, $2, $4, @$)); }
    | test ':' ':'               { CHECK($$ = mk_slice(p, $1, NULL, NULL, @$)); }
    | test ':' ':' test          { CHECK($$ = mk_slice(p, $1, NULL, $4, @$)); }
    | test ':' test ':'          { CHECK($$ = mk_slice(p, $1, $3, NULL, @$)); }
    | test ':' test ':' test     { CHECK($$ = mk_slice(p, $1, $3, $5, @$)); }
    ;

exprlist
    : exprlist_items       { CHECK($$ = list_to_expr(p, $1, @$)); }
    | exprlist_items ','   { $1->trailing_comma = 1; CHECK($$ = list_to_expr(p, $1, @$)); }
    ;

exprlist_items
    : exprlist_item                      { CHECK($$ = mk_list(p, $1)); }
    | exprlist_items ',' exprlist_item   { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    ;

exprlist_item
    : expr        { $$ = $1; }
    | star_expr   { $$ = $1; }
    ;

testlist
    : testlist_items       { CHECK($$ = list_to_expr(p, $1, @$)); }
    | testlist_items ','   { $1->trailing_comma = 1; CHECK($$ = list_to_expr(p, $1, @$)); }
    ;

testlist_items
    : test                       { CHECK($$ = mk_list(p, $1)); }
    | testlist_items ',' test    { $$ = $1; CHECK($$->elts = pym_ast_seq_append(A, $1->elts, $3)); }
    ;

arglist
    : argument                { CHECK($1); CHECK($$ = seq1(p, $1)); }
    | arglist ',' argument    { CHECK($3); CHECK($$ = pym_ast_seq_append(A, $1, $3)); }
    ;

argument
    : test                     { $$ = mk_arg(p, ARG_POS, $1, @$); }
    | test COLONEQ test
        { PymExpr *e = mk_namedexpr(p, $1, $3, @$); CHECK(e); $$ = mk_arg(p, ARG_POS, e, @$); }
    | test '=' test            { $$ = mk_kwarg(p, $1, @1, @2, $3, @$); }
    | '*' test
        { PymExpr *e = mk_starred(p, $2, @$); CHECK(e); $$ = mk_arg(p, ARG_STAR, e, @$); }
    | POW test                 { $$ = mk_arg(p, ARG_DSTAR, $2, @$); }
    | test comp_fors           { $$ = mk_arg(p, ARG_GENEXP, $1, @$); if ($$) $$->gens = $2; }
    | test COLONEQ test comp_fors
        {
            PymExpr *e = mk_namedexpr(p, $1, $3, @$); CHECK(e);
            $$ = mk_arg(p, ARG_GENEXP, e, @$); if ($$) $$->gens = $4;
        }
    ;

yield_expr
    : YIELD
        { CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_YIELD, POS(@$))); }
    | YIELD FROM test
        { CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_YIELDFROM, POS(@$))); $$->v.yieldfrom.value = $3; }
    | YIELD testlist_star_expr
        { CHECK($$ = pym_ast_expr_new(A, PYM_EXPR_YIELD, POS(@$))); $$->v.yield.value = $2; }
    ;

%%

/* ---- the token stream ---------------------------------------------------- */

int pym_parser_fill(PymParser *p, int i)
{
    while (p->ntoks <= i) {
        if (p->lex_failed)
            return -1;
        if (p->ntoks == p->captoks) {
            int cap = p->captoks ? p->captoks * 2 : 256;
            PymToken *toks = pym_mem_realloc(p->toks, (size_t)cap * sizeof *toks);
            if (!toks) {
                pym_err_no_memory();
                p->lex_failed = 1;
                return -1;
            }
            p->toks = toks;
            p->captoks = cap;
        }
        if (p->ntoks > 0 && p->toks[p->ntoks - 1].kind == 0) {
            p->toks[p->ntoks] = p->toks[p->ntoks - 1];
        } else if (pym_lexer_next(&p->lx, &p->toks[p->ntoks]) < 0) {
            p->lex_failed = 1;
            return -1;
        }
        p->ntoks++;
    }
    return 0;
}

/* After `with`: is the '(' at index i the start of parenthesized with-items,
 * i.e. is its matching ')' followed by ':'? */
static int paren_with_lookahead(PymParser *p, int i)
{
    int depth = 0;
    for (int j = i;; j++) {
        if (pym_parser_fill(p, j) < 0)
            return 0;
        int k = p->toks[j].kind;
        if (k == 0 || k == TK_NEWLINE)
            return 0;
        if (k == '(' || k == '[' || k == '{')
            depth++;
        else if (k == ')' || k == ']' || k == '}') {
            if (--depth == 0) {
                if (j == i + 1)
                    return 0;
                if (pym_parser_fill(p, j + 1) < 0)
                    return 0;
                return p->toks[j + 1].kind == ':';
            }
        }
    }
}

int pymyylex(PYMYYSTYPE *lval, PymLoc *lloc, PymParser *p)
{
    if (!p->started) {
        p->started = 1;
        lval->tok = -1;
        memset(lloc, 0, sizeof *lloc);
        lloc->lineno = lloc->end_lineno = 1;
        return p->start_kind;
    }
    if (pym_parser_fill(p, p->pos) < 0)
        return TK_PYMYYerror;
    PymToken *t = &p->toks[p->pos];
    int kind = t->kind;
    if (kind == '(' && p->pos > 0 && p->toks[p->pos - 1].kind == TK_WITH &&
        paren_with_lookahead(p, p->pos))
        kind = TK_WITH_LPAR;
    lval->tok = p->pos;
    lloc->lineno = t->lineno;
    lloc->col = t->col;
    lloc->end_lineno = t->end_lineno;
    lloc->end_col = t->end_col;
    p->pos++;
    return kind == 0 ? TK_YYEOF : kind;
}

/* Bison's own failures: only "memory exhausted" (its stack outgrew
 * YYMAXDEPTH) can reach here, which CPython's parser reports as a bare
 * MemoryError. */
static void pymyyerror(PymLoc *loc, PymParser *p, const char *msg)
{
    (void)loc;
    (void)p;
    (void)msg;
    if (!pym_err_occurred())
        pym_err_no_memory();
}

/* Bison reports expected symbols; the diagnostics want token kinds. */
static int symbol_to_token(int sym)
{
    static int table[YYNTOKENS];
    static int ready;
    if (!ready) {
        for (int code = YYMAXUTOK; code >= 0; code--) {
            int k = (int)YYTRANSLATE(code);
            if (k >= 0 && k < YYNTOKENS)
                table[k] = code;
        }
        ready = 1;
    }
    return sym >= 0 && sym < YYNTOKENS ? table[sym] : -1;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, PymParser *p)
{
    if (pym_err_occurred())
        return 0;
    yysymbol_kind_t syms[YYNTOKENS];
    int expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, syms, YYNTOKENS);
    if (n < 0)
        n = 0;
    for (int i = 0; i < n; i++)
        expected[i] = symbol_to_token((int)syms[i]);
    pym_report_syntax_error(p, p->pos - 1, expected, n);
    return 0;
}

/* ---- entry point ----------------------------------------------------------- */

/* Interactive input needs a terminating blank line after a compound
 * statement before it is complete. */
/* Interactive input ends a compound statement with a totally empty line;
 * a line holding only whitespace does not (CPython's tokenizer rule). */
static int ends_with_blank_line(const char *src, size_t len)
{
    size_t i = len;
    if (i == 0 || src[i - 1] != '\n')
        return 0;
    i--;
    if (i > 0 && src[i - 1] == '\r')
        i--;
    return i == 0 || src[i - 1] == '\n';
}

static int is_compound(PymStmt *s)
{
    switch (s->kind) {
    case PYM_STMT_FUNCTIONDEF: case PYM_STMT_ASYNCFUNCTIONDEF: case PYM_STMT_CLASSDEF:
    case PYM_STMT_FOR: case PYM_STMT_ASYNCFOR: case PYM_STMT_WHILE: case PYM_STMT_IF:
    case PYM_STMT_WITH: case PYM_STMT_ASYNCWITH: case PYM_STMT_TRY: case PYM_STMT_TRYSTAR:
        return 1;
    default:
        return 0;
    }
}

/* After a parser error CPython tokenizes the rest of the input: a
 * tokenizer error found there replaces the parser's report. */
static void check_rest_for_token_errors(PymParser *p, int err_lineno)
{
    if (p->lex_failed || p->lx.interactive)
        return;
    PymObject *saved = pym_err_fetch();
    for (;;) {
        int before = p->ntoks;
        if (pym_parser_fill(p, before) < 0) {
            if (p->lx.nparen > 0 && p->lx.cur[0] == '\0') {
                /* the input ended inside brackets: only reported when the
                 * bracket opened before the line of the original error */
                if (p->lx.paren_lineno[p->lx.nparen - 1] >= err_lineno) {  /* err_lineno: furthest token read */
                    pym_err_clear();
                    break;
                }
            }
            PYM_XDECREF(saved);
            return;
        }
        if (p->toks[before].kind == 0)
            break;
    }
    pym_err_restore(saved);
}

/* The parser stopped at the end of the input: from the failing token on
 * there are only NEWLINE/DEDENT tokens and the end marker (e.g. a block
 * header whose body has not been typed yet). */
static int only_layout_tokens_remain(PymParser *p)
{
    if (p->pos <= 0 || p->pos > p->ntoks)
        return 0;
    /* A statement that breaks off at its own NEWLINE (`1 +`) is wrong, not
     * unfinished: CPython reads another line only when the parser has taken
     * the NEWLINE and wants more (a block, a decorated definition). */
    if (p->toks[p->pos - 1].kind == TK_NEWLINE)
        return 0;
    for (int i = p->pos - 1; i < p->ntoks; i++) {
        int kind = p->toks[i].kind;
        if (kind != 0 && kind != TK_NEWLINE && kind != TK_DEDENT)
            return 0;
    }
    return 1;
}

static PymAstModule *run_parser(PymArena *arena, const char *source, size_t len,
                                PymObject *filename, PymParseMode mode, int *incomplete,
                                int fstring, int first_lineno, int col_shift)
{
    PymParser parser;
    PymParser *p = &parser;
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->mode = mode;
    p->fstring = fstring;
    p->fstring_shift = col_shift;
    pym_lexer_init(&p->lx, arena, source, len, filename,
                   mode == PYM_MODE_SINGLE && incomplete != NULL);
    p->lx.lineno = p->lx.first_lineno = first_lineno;
    p->lx.col_shift = col_shift;
    if (mode == PYM_MODE_EVAL && !fstring) {
        /* eval() ignores leading blanks on the first line */
        while (*p->lx.cur == ' ' || *p->lx.cur == '\t')
            p->lx.cur++;
    }
    p->start_kind = fstring ? TK_START_FSTRING : mode == PYM_MODE_EVAL ? TK_START_EVAL
                  : mode == PYM_MODE_SINGLE ? TK_START_SINGLE : TK_START_FILE;
    p->result = pym_arena_alloc(arena, sizeof *p->result);
    if (!p->result)
        return NULL;
    p->result->mode = mode;
    int rc = pymyyparse(p);
    PymAstModule *result = p->result;
    if (rc == 0 && mode == PYM_MODE_SINGLE && !fstring) {
        if (p->top_stmts > 1) {
            PymStmt *s = p->result->body->items[0];
            pym_parser_error(p, &pym_exc_SyntaxError, s->pos.lineno, s->pos.col_offset,
                             s->pos.end_lineno, s->pos.end_col_offset,
                             "multiple statements found while compiling a single statement");
            rc = 2;
        } else if (incomplete && p->last_top_stmt && is_compound(p->last_top_stmt) &&
                   !ends_with_blank_line(source, len)) {
            *incomplete = 1;
            result = NULL;
        }
    }
    if (rc != 0) {
        result = NULL;
        if (p->lx.incomplete && incomplete) {
            *incomplete = 1;
            pym_err_clear();
        } else if (rc == 1 && incomplete && p->lx.interactive && !p->lex_failed &&
                   only_layout_tokens_remain(p)) {
            /* the parser ran into the end of the input */
            *incomplete = 1;
            pym_err_clear();
        } else if (!pym_err_occurred()) {
            pym_err_set_string(&pym_exc_SystemError, "parser failed without an error");
        } else if (!fstring && !p->lex_failed) {
            int lineno = p->ntoks > 0 ? p->toks[p->ntoks - 1].lineno : p->err_lineno;
            check_rest_for_token_errors(p, lineno);
        }
    }
    pym_mem_free(p->toks);
    return result;
}

PymAstModule *pym_parse(PymArena *arena, const char *source, PymObject *filename,
                        PymParseMode mode, int *incomplete)
{
    if (incomplete)
        *incomplete = 0;
    return run_parser(arena, source, strlen(source), filename, mode, incomplete, 0, 1, 0);
}

PymExpr *pym_parse_fstring_expr(PymParser *p, const char *start, const char *end, int lineno,
                                int col)
{
    size_t n = (size_t)(end - start);
    char *text = pym_arena_alloc(p->arena, n + 3);
    if (!text)
        return NULL;
    text[0] = '(';
    memcpy(text + 1, start, n);
    text[n + 1] = ')';
    text[n + 2] = '\0';
    /* The '(' sits one column before the field's first character. */
    PymAstModule *m = run_parser(p->arena, text, n + 2, p->lx.filename, PYM_MODE_EVAL, NULL, 1,
                                 lineno, col - 1);
    return m ? m->expr : NULL;
}
