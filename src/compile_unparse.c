/* compile_unparse.c — an expression back to source text, for annotations
 * under `from __future__ import annotations` (CPython 3.11's
 * ast_unparse.c rules: the same precedence levels, spacing and quoting,
 * so that __annotations__ strings come out as CPython's).
 *
 * Invariant: the text re-parses to an equivalent expression; parentheses
 * appear only where precedence needs them.
 */
#include "compile_internal.h"
#include <stdio.h>
#include <math.h>
#include <string.h>

/* Precedence levels, loosest first. */
enum {
    PR_TUPLE,
    PR_TEST,    /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef PymStrWriter W;

static int expr(W *w, PymExpr *e, int level);

static int put(W *w, const char *s)
{
    return pym_str_writer_write_cstr(w, s) < 0 ? -1 : 0;
}

static int put_if(W *w, int cond, const char *s)
{
    return cond ? put(w, s) : 0;
}

static int put_str(W *w, PymObject *s)
{
    return pym_str_writer_write_str(w, s) < 0 ? -1 : 0;
}

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int seq_len(PymAstSeq *seq)
{
    return seq ? seq->count : 0;
}

/* repr(), with an infinite float spelled 1e309 so that it re-parses */
static int put_repr(W *w, PymObject *obj)
{
    PymObject *repr = pym_object_repr(obj);
    if (!repr)
        return -1;
    int r;
    if (PYM_FLOAT_CHECK_EXACT(obj) && isinf(PYM_FLOAT_VALUE(obj))) {
        r = put(w, PYM_FLOAT_VALUE(obj) < 0 ? "-1e309" : "1e309");
    } else if (PYM_COMPLEX_CHECK_EXACT(obj)) {
        /* each "inf" of the repr spelled 1e309 */
        const char *text = pym_str_as_utf8(repr);
        r = text ? 0 : -1;
        while (r == 0 && *text) {
            const char *inf = strstr(text, "inf");
            size_t n = inf ? (size_t)(inf - text) : strlen(text);
            char piece[64];
            snprintf(piece, sizeof piece, "%.*s", (int)n, text);
            if (n > 0)
                r = put(w, piece);
            if (r == 0 && inf)
                r = put(w, "1e309");
            text += n + (inf ? 3 : 0);
        }
    } else
        r = put_str(w, repr);
    PYM_DECREF(repr);
    return r;
}

static int constant(W *w, PymObject *value)
{
    if (PYM_TUPLE_CHECK_EXACT(value)) {
        PymSize n = PYM_TUPLE_SIZE(value);
        TRY(put(w, "("));
        for (PymSize i = 0; i < n; i++) {
            TRY(put_if(w, i > 0, ", "));
            TRY(constant(w, PYM_TUPLE_BORROW_ITEM(value, i)));
        }
        TRY(put_if(w, n == 1, ","));
        return put(w, ")");
    }
    return put_repr(w, value);
}

static int boolop(W *w, PymExpr *e, int level)
{
    int pr = e->v.boolop.op == PYM_AND ? PR_AND : PR_OR;
    const char *op = e->v.boolop.op == PYM_AND ? " and " : " or ";
    TRY(put_if(w, level > pr, "("));
    for (int i = 0; i < e->v.boolop.values->count; i++) {
        TRY(put_if(w, i > 0, op));
        TRY(expr(w, e->v.boolop.values->items[i], pr + 1));
    }
    return put_if(w, level > pr, ")");
}

static int binop(W *w, PymExpr *e, int level)
{
    const char *op = " + ";
    int pr = PR_ARITH, rassoc = 0;
    switch (e->v.binop.op) {
    case PYM_OP_ADD: op = " + "; pr = PR_ARITH; break;
    case PYM_OP_SUB: op = " - "; pr = PR_ARITH; break;
    case PYM_OP_MULT: op = " * "; pr = PR_TERM; break;
    case PYM_OP_MATMULT: op = " @ "; pr = PR_TERM; break;
    case PYM_OP_DIV: op = " / "; pr = PR_TERM; break;
    case PYM_OP_MOD: op = " % "; pr = PR_TERM; break;
    case PYM_OP_LSHIFT: op = " << "; pr = PR_SHIFT; break;
    case PYM_OP_RSHIFT: op = " >> "; pr = PR_SHIFT; break;
    case PYM_OP_BITOR: op = " | "; pr = PR_BOR; break;
    case PYM_OP_BITXOR: op = " ^ "; pr = PR_BXOR; break;
    case PYM_OP_BITAND: op = " & "; pr = PR_BAND; break;
    case PYM_OP_FLOORDIV: op = " // "; pr = PR_TERM; break;
    case PYM_OP_POW: op = " ** "; pr = PR_POWER; rassoc = 1; break;
    }
    TRY(put_if(w, level > pr, "("));
    TRY(expr(w, e->v.binop.left, pr + rassoc));
    TRY(put(w, op));
    TRY(expr(w, e->v.binop.right, pr + !rassoc));
    return put_if(w, level > pr, ")");
}

static int unaryop(W *w, PymExpr *e, int level)
{
    const char *op = "~";
    int pr = PR_FACTOR;
    switch (e->v.unaryop.op) {
    case PYM_UOP_INVERT: op = "~"; pr = PR_FACTOR; break;
    case PYM_UOP_NOT: op = "not "; pr = PR_NOT; break;
    case PYM_UOP_UADD: op = "+"; pr = PR_FACTOR; break;
    case PYM_UOP_USUB: op = "-"; pr = PR_FACTOR; break;
    }
    TRY(put_if(w, level > pr, "("));
    TRY(put(w, op));
    TRY(expr(w, e->v.unaryop.operand, pr));
    return put_if(w, level > pr, ")");
}

static int arg(W *w, PymArg *a)
{
    TRY(put_str(w, a->arg));
    if (a->annotation) {
        TRY(put(w, ": "));
        TRY(expr(w, a->annotation, PR_TEST));
    }
    return 0;
}

static int arguments(W *w, PymArguments *args)
{
    int first = 1;
    int nposonly = seq_len(args->posonlyargs), nargs = seq_len(args->args);
    int ndefaults = seq_len(args->defaults);
    for (int i = 0; i < nposonly + nargs; i++) {
        TRY(put_if(w, !first, ", "));
        first = 0;
        TRY(arg(w, i < nposonly ? args->posonlyargs->items[i]
                                : args->args->items[i - nposonly]));
        int di = i - nposonly - nargs + ndefaults;
        if (di >= 0) {
            TRY(put(w, "="));
            TRY(expr(w, args->defaults->items[di], PR_TEST));
        }
        if (nposonly && i + 1 == nposonly)
            TRY(put(w, ", /"));
    }
    int nkwonly = seq_len(args->kwonlyargs);
    if (args->vararg || nkwonly) {
        TRY(put_if(w, !first, ", "));
        first = 0;
        TRY(put(w, "*"));
        if (args->vararg)
            TRY(arg(w, args->vararg));
    }
    int nkwdefaults = seq_len(args->kw_defaults);
    for (int i = 0; i < nkwonly; i++) {
        TRY(put_if(w, !first, ", "));
        first = 0;
        TRY(arg(w, args->kwonlyargs->items[i]));
        int di = i - nkwonly + nkwdefaults;
        if (di >= 0 && args->kw_defaults->items[di]) {
            TRY(put(w, "="));
            TRY(expr(w, args->kw_defaults->items[di], PR_TEST));
        }
    }
    if (args->kwarg) {
        TRY(put_if(w, !first, ", "));
        TRY(put(w, "**"));
        TRY(arg(w, args->kwarg));
    }
    return 0;
}

static int elements(W *w, PymAstSeq *elts, int level)
{
    for (int i = 0; i < seq_len(elts); i++) {
        TRY(put_if(w, i > 0, ", "));
        TRY(expr(w, elts->items[i], level));
    }
    return 0;
}

static int comprehensions(W *w, PymAstSeq *generators)
{
    for (int i = 0; i < seq_len(generators); i++) {
        PymComprehension *gen = generators->items[i];
        TRY(put(w, gen->is_async ? " async for " : " for "));
        TRY(expr(w, gen->target, PR_TUPLE));
        TRY(put(w, " in "));
        TRY(expr(w, gen->iter, PR_TEST + 1));
        for (int k = 0; k < seq_len(gen->ifs); k++) {
            TRY(put(w, " if "));
            TRY(expr(w, gen->ifs->items[k], PR_TEST + 1));
        }
    }
    return 0;
}

static int compare(W *w, PymExpr *e, int level)
{
    static const char *const ops[] = {
        [PYM_CMP_EQ] = " == ", [PYM_CMP_NOTEQ] = " != ", [PYM_CMP_LT] = " < ",
        [PYM_CMP_LTE] = " <= ", [PYM_CMP_GT] = " > ", [PYM_CMP_GTE] = " >= ",
        [PYM_CMP_IS] = " is ", [PYM_CMP_ISNOT] = " is not ", [PYM_CMP_IN] = " in ",
        [PYM_CMP_NOTIN] = " not in ",
    };
    TRY(put_if(w, level > PR_CMP, "("));
    TRY(expr(w, e->v.compare.left, PR_CMP + 1));
    for (int i = 0; i < e->v.compare.nops; i++) {
        TRY(put(w, ops[e->v.compare.ops[i]]));
        TRY(expr(w, e->v.compare.comparators->items[i], PR_CMP + 1));
    }
    return put_if(w, level > PR_CMP, ")");
}

static int genexp(W *w, PymExpr *e)
{
    TRY(put(w, "("));
    TRY(expr(w, e->v.generatorexp.elt, PR_TEST));
    TRY(comprehensions(w, e->v.generatorexp.generators));
    return put(w, ")");
}

static int call(W *w, PymExpr *e)
{
    TRY(expr(w, e->v.call.func, PR_ATOM));
    int nargs = seq_len(e->v.call.args), nkw = seq_len(e->v.call.keywords);
    if (nargs == 1 && nkw == 0) {
        PymExpr *only = e->v.call.args->items[0];
        if (only->kind == PYM_EXPR_GENERATOREXP)
            return genexp(w, only);   /* f(x for x in y) */
    }
    TRY(put(w, "("));
    int first = 1;
    for (int i = 0; i < nargs; i++) {
        TRY(put_if(w, !first, ", "));
        first = 0;
        TRY(expr(w, e->v.call.args->items[i], PR_TEST));
    }
    for (int i = 0; i < nkw; i++) {
        PymKeyword *kw = e->v.call.keywords->items[i];
        TRY(put_if(w, !first, ", "));
        first = 0;
        if (kw->arg) {
            TRY(put_str(w, kw->arg));
            TRY(put(w, "="));
        }
        else {
            TRY(put(w, "**"));
        }
        TRY(expr(w, kw->value, PR_TEST));
    }
    return put(w, ")");
}

/* ---- f-strings ------------------------------------------------------------ */

static int fstring_element(W *w, PymExpr *e, int is_format_spec);

static int fstring_text(W *w, PymObject *s)
{
    PymSize n;
    const char *p = pym_str_as_utf8_and_size(s, &n);
    if (!p)
        return -1;
    for (PymSize i = 0; i < n; i++) {
        char twice[3] = {p[i], p[i], '\0'};
        if (p[i] == '{' || p[i] == '}')
            TRY(put(w, twice));
        else
            TRY(pym_str_writer_write_utf8(w, p + i, 1) < 0 ? -1 : 0);
    }
    return 0;
}

static int formatted_value(W *w, PymExpr *e)
{
    PymStrWriter inner;
    pym_str_writer_init(&inner);
    /* a lambda needs parentheses inside braces */
    if (expr(&inner, e->v.formattedvalue.value, PR_TEST + 1) < 0) {
        pym_str_writer_discard(&inner);
        return -1;
    }
    PymObject *text = pym_str_writer_finish(&inner);
    if (!text)
        return -1;
    const char *t = pym_str_as_utf8(text);
    int r = put(w, t && t[0] == '{' ? "{ " : "{");
    if (r == 0)
        r = put_str(w, text);
    PYM_DECREF(text);
    TRY(r);
    switch (e->v.formattedvalue.conversion) {
    case 'a': TRY(put(w, "!a")); break;
    case 'r': TRY(put(w, "!r")); break;
    case 's': TRY(put(w, "!s")); break;
    default: break;
    }
    if (e->v.formattedvalue.format_spec) {
        TRY(put(w, ":"));
        TRY(fstring_element(w, e->v.formattedvalue.format_spec, 1));
    }
    return put(w, "}");
}

static int joinedstr(W *w, PymExpr *e, int is_format_spec)
{
    PymStrWriter body;
    pym_str_writer_init(&body);
    for (int i = 0; i < seq_len(e->v.joinedstr.values); i++) {
        if (fstring_element(&body, e->v.joinedstr.values->items[i], is_format_spec) < 0) {
            pym_str_writer_discard(&body);
            return -1;
        }
    }
    PymObject *text = pym_str_writer_finish(&body);
    if (!text)
        return -1;
    int r;
    if (is_format_spec) {
        r = put_str(w, text);
    }
    else {
        r = put(w, "f");
        if (r == 0)
            r = put_repr(w, text);
    }
    PYM_DECREF(text);
    return r;
}

static int fstring_element(W *w, PymExpr *e, int is_format_spec)
{
    switch (e->kind) {
    case PYM_EXPR_CONSTANT:
        return fstring_text(w, e->v.constant.value);
    case PYM_EXPR_JOINEDSTR:
        return joinedstr(w, e, is_format_spec);
    case PYM_EXPR_FORMATTEDVALUE:
        return formatted_value(w, e);
    default:
        pym_err_set_string(&pym_exc_SystemError, "unknown expression kind inside f-string");
        return -1;
    }
}

/* ---- the dispatcher ------------------------------------------------------- */

static int expr(W *w, PymExpr *e, int level)
{
    switch (e->kind) {
    case PYM_EXPR_BOOLOP:
        return boolop(w, e, level);
    case PYM_EXPR_BINOP:
        return binop(w, e, level);
    case PYM_EXPR_UNARYOP:
        return unaryop(w, e, level);
    case PYM_EXPR_LAMBDA: {
        PymArguments *args = e->v.lambda.args;
        TRY(put_if(w, level > PR_TEST, "("));
        int npositional = seq_len(args->args) + seq_len(args->posonlyargs);
        TRY(put(w, npositional ? "lambda " : "lambda"));
        TRY(arguments(w, args));
        TRY(put(w, ": "));
        TRY(expr(w, e->v.lambda.body, PR_TEST));
        return put_if(w, level > PR_TEST, ")");
    }
    case PYM_EXPR_IFEXP:
        TRY(put_if(w, level > PR_TEST, "("));
        TRY(expr(w, e->v.ifexp.body, PR_TEST + 1));
        TRY(put(w, " if "));
        TRY(expr(w, e->v.ifexp.test, PR_TEST + 1));
        TRY(put(w, " else "));
        TRY(expr(w, e->v.ifexp.orelse, PR_TEST));
        return put_if(w, level > PR_TEST, ")");
    case PYM_EXPR_DICT:
        TRY(put(w, "{"));
        for (int i = 0; i < seq_len(e->v.dict.values); i++) {
            TRY(put_if(w, i > 0, ", "));
            PymExpr *key = e->v.dict.keys->items[i];
            if (key) {
                TRY(expr(w, key, PR_TEST));
                TRY(put(w, ": "));
                TRY(expr(w, e->v.dict.values->items[i], PR_TEST));
            }
            else {
                TRY(put(w, "**"));
                TRY(expr(w, e->v.dict.values->items[i], PR_EXPR));
            }
        }
        return put(w, "}");
    case PYM_EXPR_SET:
        TRY(put(w, "{"));
        TRY(elements(w, e->v.set.elts, PR_TEST));
        return put(w, "}");
    case PYM_EXPR_GENERATOREXP:
        return genexp(w, e);
    case PYM_EXPR_LISTCOMP:
        TRY(put(w, "["));
        TRY(expr(w, e->v.listcomp.elt, PR_TEST));
        TRY(comprehensions(w, e->v.listcomp.generators));
        return put(w, "]");
    case PYM_EXPR_SETCOMP:
        TRY(put(w, "{"));
        TRY(expr(w, e->v.setcomp.elt, PR_TEST));
        TRY(comprehensions(w, e->v.setcomp.generators));
        return put(w, "}");
    case PYM_EXPR_DICTCOMP:
        TRY(put(w, "{"));
        TRY(expr(w, e->v.dictcomp.key, PR_TEST));
        TRY(put(w, ": "));
        TRY(expr(w, e->v.dictcomp.value, PR_TEST));
        TRY(comprehensions(w, e->v.dictcomp.generators));
        return put(w, "}");
    case PYM_EXPR_YIELD:
        if (!e->v.yield.value)
            return put(w, "(yield)");
        TRY(put(w, "(yield "));
        TRY(expr(w, e->v.yield.value, PR_TEST));
        return put(w, ")");
    case PYM_EXPR_YIELDFROM:
        TRY(put(w, "(yield from "));
        TRY(expr(w, e->v.yieldfrom.value, PR_TEST));
        return put(w, ")");
    case PYM_EXPR_AWAIT:
        TRY(put_if(w, level > PR_AWAIT, "("));
        TRY(put(w, "await "));
        TRY(expr(w, e->v.await_.value, PR_ATOM));
        return put_if(w, level > PR_AWAIT, ")");
    case PYM_EXPR_COMPARE:
        return compare(w, e, level);
    case PYM_EXPR_CALL:
        return call(w, e);
    case PYM_EXPR_CONSTANT:
        if (e->v.constant.value == PYM_ELLIPSIS)
            return put(w, "...");
        if (e->v.constant.kind)
            TRY(put(w, "u"));
        return constant(w, e->v.constant.value);
    case PYM_EXPR_JOINEDSTR:
        return joinedstr(w, e, 0);
    case PYM_EXPR_FORMATTEDVALUE:
        return formatted_value(w, e);
    case PYM_EXPR_ATTRIBUTE: {
        PymExpr *v = e->v.attribute.value;
        TRY(expr(w, v, PR_ATOM));
        /* `1 .real`: an int needs a space before the dot */
        int int_value = v->kind == PYM_EXPR_CONSTANT && PYM_INT_CHECK_EXACT(v->v.constant.value);
        TRY(put(w, int_value ? " ." : "."));
        return put_str(w, e->v.attribute.attr);
    }
    case PYM_EXPR_SUBSCRIPT:
        TRY(expr(w, e->v.subscript.value, PR_ATOM));
        TRY(put(w, "["));
        TRY(expr(w, e->v.subscript.slice, PR_TUPLE));
        return put(w, "]");
    case PYM_EXPR_STARRED:
        TRY(put(w, "*"));
        return expr(w, e->v.starred.value, PR_EXPR);
    case PYM_EXPR_SLICE:
        if (e->v.slice.lower)
            TRY(expr(w, e->v.slice.lower, PR_TEST));
        TRY(put(w, ":"));
        if (e->v.slice.upper)
            TRY(expr(w, e->v.slice.upper, PR_TEST));
        if (e->v.slice.step) {
            TRY(put(w, ":"));
            TRY(expr(w, e->v.slice.step, PR_TEST));
        }
        return 0;
    case PYM_EXPR_NAME:
        return put_str(w, e->v.name.id);
    case PYM_EXPR_LIST:
        TRY(put(w, "["));
        TRY(elements(w, e->v.list.elts, PR_TEST));
        return put(w, "]");
    case PYM_EXPR_TUPLE: {
        int n = seq_len(e->v.tuple.elts);
        if (n == 0)
            return put(w, "()");
        TRY(put_if(w, level > PR_TUPLE, "("));
        TRY(elements(w, e->v.tuple.elts, PR_TEST));
        TRY(put_if(w, n == 1, ","));
        return put_if(w, level > PR_TUPLE, ")");
    }
    case PYM_EXPR_NAMEDEXPR:
        TRY(put_if(w, level > PR_TUPLE, "("));
        TRY(expr(w, e->v.namedexpr.target, PR_ATOM));
        TRY(put(w, " := "));
        TRY(expr(w, e->v.namedexpr.value, PR_ATOM));
        return put_if(w, level > PR_TUPLE, ")");
    }
    pym_err_set_string(&pym_exc_SystemError, "unknown expression kind");
    return -1;
}

PymObject *pym_comp_unparse(PymExpr *e)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (expr(&w, e, PR_TEST) < 0) {
        pym_str_writer_discard(&w);
        return NULL;
    }
    return pym_str_writer_finish(&w);
}
