/* compile_fold.c — constant folding on the AST, before the symbol table,
 * as CPython 3.11's ast_opt.c does it.
 *
 * Also rewrites `"…%s…" % (a, b)` into the f-string it means (only %s,
 * %r, %a with small width/precision, as 3.11).
 *
 * Folds unary and binary operators on constants (with CPython's size
 * limits so that `2**100000` or `'x' * 10**9` are left for run time),
 * subscripts of constants, tuples of constants, `__debug__`, turns
 * `not (a is b)` into `a is not b` (and in/not in), and rewrites the
 * iterable of a for loop / comprehension and the right operand of `in`
 * from a list display into a tuple (a constant one when possible) and
 * from a constant set display into a frozenset.
 *
 * Invariant: nodes are rewritten in place; the new constants and nodes
 * belong to the AST's arena when the caller gave it (then they live as
 * long as the AST, as in CPython), otherwise to the Compiler until
 * compilation ends.  A failed fold (1/0) leaves the node unchanged and no
 * exception set.
 */
#include "compile_internal.h"
#include <stdio.h>

#define MAX_INT_SIZE 128            /* bits */
#define MAX_COLLECTION_SIZE 256     /* items */
#define MAX_STR_SIZE 4096           /* characters */
#define MAX_TOTAL_ITEMS 1024        /* including nested collections */

static int make_const(Compiler *c, PymExpr *node, PymObject *value_steal);

static int make_const(Compiler *c, PymExpr *node, PymObject *value_steal)
{
    if (!value_steal) {
        /* the operation failed or was refused: keep the expression */
        pym_err_clear();
        return 1;
    }
    if (c->arena) {
        if (!pym_arena_own(c->arena, value_steal))
            return 0;
    }
    else if (c->nfolded == c->cap_folded) {
        int cap = c->cap_folded ? c->cap_folded * 2 : 16;
        PymObject **folded = pym_mem_realloc(c->folded, sizeof(PymObject *) * (size_t)cap);
        if (!folded) {
            PYM_DECREF(value_steal);
            pym_err_no_memory();
            return 0;
        }
        c->folded = folded;
        c->cap_folded = cap;
    }
    if (!c->arena)
        c->folded[c->nfolded++] = value_steal;
    node->kind = PYM_EXPR_CONSTANT;
    node->v.constant.value = value_steal;
    node->v.constant.kind = NULL;
    return 1;
}

static int is_const(PymExpr *e)
{
    return e->kind == PYM_EXPR_CONSTANT;
}

static PymSize size_of_const(PymObject *o)
{
    if (PYM_TUPLE_CHECK(o))
        return PYM_TUPLE_SIZE(o);
    if (PYM_TYPE(o) == &pym_frozenset_type)
        return pym_set_size(o);
    if (PYM_STR_CHECK(o))
        return pym_str_length(o);
    if (PYM_BYTES_CHECK(o))
        return pym_bytes_size(o);
    return -1;
}

static PymSize check_complexity(PymObject *obj, PymSize limit)
{
    if (PYM_TUPLE_CHECK(obj)) {
        limit -= PYM_TUPLE_SIZE(obj);
        for (PymSize i = 0; limit >= 0 && i < PYM_TUPLE_SIZE(obj); i++)
            limit = check_complexity(PYM_TUPLE_BORROW_ITEM(obj, i), limit);
    }
    else if (PYM_TYPE(obj) == &pym_frozenset_type) {
        limit -= pym_set_size(obj);
        PymSize pos = 0;
        PymObject *item;
        PymHash hash;
        while (limit >= 0 && pym_set_next(obj, &pos, &item, &hash))
            limit = check_complexity(item, limit);
    }
    return limit;
}

/* int value as a non-negative int64, or -1 when negative or too big */
static int64_t small_nonneg(PymObject *v)
{
    int overflow = 0;
    int64_t n = pym_int_as_i64_overflow(v, &overflow);
    if (overflow || n < 0)
        return -1;
    return n;
}

static PymObject *safe_multiply(PymObject *v, PymObject *w)
{
    if (PYM_INT_CHECK(v) && PYM_INT_CHECK(w) && pym_int_sign(v) && pym_int_sign(w)) {
        if (pym_int_bit_length(v) + pym_int_bit_length(w) > MAX_INT_SIZE)
            return NULL;
    }
    else if (PYM_INT_CHECK(v) && (PYM_TUPLE_CHECK(w) || PYM_TYPE(w) == &pym_frozenset_type)) {
        PymSize size = size_of_const(w);
        if (size) {
            int64_t n = small_nonneg(v);
            if (n < 0 || n > MAX_COLLECTION_SIZE / size)
                return NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    }
    else if (PYM_INT_CHECK(v) && (PYM_STR_CHECK(w) || PYM_BYTES_CHECK(w))) {
        PymSize size = size_of_const(w);
        if (size) {
            int64_t n = small_nonneg(v);
            if (n < 0 || n > MAX_STR_SIZE / size)
                return NULL;
        }
    }
    else if (PYM_INT_CHECK(w) && (PYM_TUPLE_CHECK(v) || PYM_TYPE(v) == &pym_frozenset_type ||
                                  PYM_STR_CHECK(v) || PYM_BYTES_CHECK(v))) {
        return safe_multiply(w, v);
    }
    return pym_number_multiply(v, w);
}

static PymObject *safe_power(PymObject *v, PymObject *w)
{
    if (PYM_INT_CHECK(v) && PYM_INT_CHECK(w) && pym_int_sign(v) && pym_int_sign(w) > 0) {
        size_t vbits = pym_int_bit_length(v);
        int64_t wbits = small_nonneg(w);
        if (wbits < 0 || vbits > (size_t)(MAX_INT_SIZE / wbits))
            return NULL;
    }
    return pym_number_power(v, w, PYM_NONE);
}

static PymObject *safe_lshift(PymObject *v, PymObject *w)
{
    if (PYM_INT_CHECK(v) && PYM_INT_CHECK(w) && pym_int_sign(v) && pym_int_sign(w)) {
        size_t vbits = pym_int_bit_length(v);
        int64_t wbits = small_nonneg(w);
        if (wbits < 0 || wbits > MAX_INT_SIZE || vbits > (size_t)(MAX_INT_SIZE - wbits))
            return NULL;
    }
    return pym_number_lshift(v, w);
}

static PymObject *safe_mod(PymObject *v, PymObject *w)
{
    if (PYM_STR_CHECK(v) || PYM_BYTES_CHECK(v))
        return NULL;   /* a format operation: left for run time */
    return pym_number_remainder(v, w);
}

/* ---- "…%s…" % (a, b) → f"…{a!s}…" (CPython 3.11's optimize_format) ---- */

/* Memory for new AST nodes, owned by the Compiler. */
static void *new_node(Compiler *c, size_t size)
{
    if (c->arena)
        return pym_arena_alloc(c->arena, size);
    if (c->nnodes == c->cap_nodes) {
        int cap = c->cap_nodes ? c->cap_nodes * 2 : 16;
        void **nodes = pym_mem_realloc(c->nodes, sizeof(void *) * (size_t)cap);
        if (!nodes) {
            pym_err_no_memory();
            return NULL;
        }
        c->nodes = nodes;
        c->cap_nodes = cap;
    }
    void *node = pym_mem_calloc(1, size);
    if (!node) {
        pym_err_no_memory();
        return NULL;
    }
    c->nodes[c->nnodes++] = node;
    return node;
}

/* A constant node without position, holding value_steal. */
static PymExpr *new_constant(Compiler *c, PymObject *value_steal)
{
    PymExpr *e = value_steal ? new_node(c, sizeof(PymExpr)) : NULL;
    if (!e) {
        PYM_XDECREF(value_steal);
        return NULL;
    }
    e->kind = PYM_EXPR_CONSTANT;
    e->pos = (PymAstPos){-1, -1, -1, -1};
    if (!make_const(c, e, value_steal))
        return NULL;
    return e;
}

/* The literal text up to the next lone '%' (with '%%' → '%'), or NULL
 * with no exception when there is none. */
static PymExpr *parse_literal(Compiler *c, const char *fmt, PymSize len, PymSize *ppos)
{
    PymSize start = *ppos, pos = start;
    int has_percents = 0;
    while (pos < len) {
        if (fmt[pos] != '%') {
            pos++;
        }
        else if (pos + 1 < len && fmt[pos + 1] == '%') {
            has_percents = 1;
            pos += 2;
        }
        else {
            break;
        }
    }
    *ppos = pos;
    if (pos == start)
        return NULL;
    char *buf = pym_mem_malloc((size_t)(pos - start) + 1);
    if (!buf) {
        pym_err_no_memory();
        return NULL;
    }
    PymSize n = 0;
    for (PymSize i = start; i < pos; i++) {
        buf[n++] = fmt[i];
        if (has_percents && fmt[i] == '%')
            i++;
    }
    PymObject *str = pym_str_from_utf8(buf, n);
    pym_mem_free(buf);
    return new_constant(c, str);
}

#define MAXDIGITS 3

/* One conversion after '%': only %s, %r, %a with width/precision of at
 * most two digits are turned into f-string parts.  Returns NULL without
 * exception when the format is unsupported. */
static PymExpr *parse_format(Compiler *c, const char *fmt, PymSize len, PymSize *ppos,
                             PymExpr *arg)
{
    PymSize pos = *ppos;
    int ljust = 0, width = -1, prec = -1;
    char ch;
#define NEXTC do { if (pos >= len) return NULL; ch = fmt[pos++]; } while (0)
    for (;;) {
        NEXTC;
        if (ch == '-') { ljust = 1; continue; }
        if (ch == '+' || ch == ' ' || ch == '#' || ch == '0')
            continue;
        break;
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return NULL;
        }
    }
    if (ch == '.') {
        NEXTC;
        prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return NULL;
        }
    }
#undef NEXTC
    if (ch != 's' && ch != 'r' && ch != 'a')
        return NULL;
    *ppos = pos;
    char buf[1 + MAXDIGITS + 1 + MAXDIGITS + 1], *p = buf;
    if (!ljust && width > 0)
        *p++ = '>';
    if (width >= 0)
        p += snprintf(p, MAXDIGITS + 1, "%d", width);
    if (prec >= 0)
        p += snprintf(p, MAXDIGITS + 2, ".%d", prec);
    PymExpr *spec = NULL;
    if (p != buf) {
        *p = '\0';
        spec = new_constant(c, pym_str_from_cstr(buf));
        if (!spec)
            return NULL;
    }
    PymExpr *fv = new_node(c, sizeof(PymExpr));
    if (!fv)
        return NULL;
    fv->kind = PYM_EXPR_FORMATTEDVALUE;
    fv->pos = arg->pos;
    fv->v.formattedvalue.value = arg;
    fv->v.formattedvalue.conversion = ch;
    fv->v.formattedvalue.format_spec = spec;
    return fv;
}

static int optimize_format(Compiler *c, PymExpr *node, PymObject *fmt_obj, PymAstSeq *elts)
{
    PymSize len;
    const char *fmt = pym_str_as_utf8_and_size(fmt_obj, &len);
    if (!fmt)
        return 0;
    int nelts = elts ? elts->count : 0;
    PymAstSeq *seq = new_node(c, sizeof(PymAstSeq));
    void **items = seq ? new_node(c, sizeof(void *) * (size_t)(nelts * 2 + 1)) : NULL;
    if (!items)
        return 0;
    seq->items = items;
    seq->count = 0;
    PymSize pos = 0;
    int cnt = 0;
    for (;;) {
        PymExpr *lit = parse_literal(c, fmt, len, &pos);
        if (lit)
            seq->items[seq->count++] = lit;
        else if (pym_err_occurred())
            return 0;
        if (pos >= len)
            break;
        if (cnt >= nelts)
            return 1;   /* more conversions than values: left for run time */
        pos++;          /* the '%' */
        PymExpr *expr = parse_format(c, fmt, len, &pos, elts->items[cnt]);
        cnt++;
        if (!expr)
            return !pym_err_occurred();
        seq->items[seq->count++] = expr;
    }
    if (cnt < nelts)
        return 1;       /* more values than conversions */
    node->kind = PYM_EXPR_JOINEDSTR;
    node->v.joinedstr.values = seq;
    return 1;
}

static int has_starred(PymAstSeq *elts)
{
    for (int i = 0; elts && i < elts->count; i++)
        if (((PymExpr *)elts->items[i])->kind == PYM_EXPR_STARRED)
            return 1;
    return 0;
}

static int fold_binop(Compiler *c, PymExpr *node)
{
    PymExpr *lhs = node->v.binop.left, *rhs = node->v.binop.right;
    if (!is_const(lhs))
        return 1;
    if (node->v.binop.op == PYM_OP_MOD && rhs->kind == PYM_EXPR_TUPLE &&
        PYM_STR_CHECK(lhs->v.constant.value) && !has_starred(rhs->v.tuple.elts))
        return optimize_format(c, node, lhs->v.constant.value, rhs->v.tuple.elts);
    if (!is_const(rhs))
        return 1;
    PymObject *lv = lhs->v.constant.value, *rv = rhs->v.constant.value, *newval = NULL;
    switch (node->v.binop.op) {
    case PYM_OP_ADD: newval = pym_number_add(lv, rv); break;
    case PYM_OP_SUB: newval = pym_number_subtract(lv, rv); break;
    case PYM_OP_MULT: newval = safe_multiply(lv, rv); break;
    case PYM_OP_DIV: newval = pym_number_true_divide(lv, rv); break;
    case PYM_OP_FLOORDIV: newval = pym_number_floor_divide(lv, rv); break;
    case PYM_OP_MOD: newval = safe_mod(lv, rv); break;
    case PYM_OP_POW: newval = safe_power(lv, rv); break;
    case PYM_OP_LSHIFT: newval = safe_lshift(lv, rv); break;
    case PYM_OP_RSHIFT: newval = pym_number_rshift(lv, rv); break;
    case PYM_OP_BITOR: newval = pym_number_or(lv, rv); break;
    case PYM_OP_BITXOR: newval = pym_number_xor(lv, rv); break;
    case PYM_OP_BITAND: newval = pym_number_and(lv, rv); break;
    case PYM_OP_MATMULT: return 1;
    }
    return make_const(c, node, newval);
}

static int fold_unaryop(Compiler *c, PymExpr *node)
{
    PymExpr *arg = node->v.unaryop.operand;
    if (!is_const(arg)) {
        /* not (a is b) → a is not b; likewise in / not in */
        if (node->v.unaryop.op == PYM_UOP_NOT && arg->kind == PYM_EXPR_COMPARE &&
            arg->v.compare.nops == 1) {
            PymCmpOp op = arg->v.compare.ops[0], inverted;
            switch (op) {
            case PYM_CMP_IS: inverted = PYM_CMP_ISNOT; break;
            case PYM_CMP_ISNOT: inverted = PYM_CMP_IS; break;
            case PYM_CMP_IN: inverted = PYM_CMP_NOTIN; break;
            case PYM_CMP_NOTIN: inverted = PYM_CMP_IN; break;
            default: return 1;  /* the rich comparisons need not obey not-laws */
            }
            arg->v.compare.ops[0] = inverted;
            *node = *arg;
        }
        return 1;
    }
    PymObject *v = arg->v.constant.value, *newval = NULL;
    switch (node->v.unaryop.op) {
    case PYM_UOP_INVERT: newval = pym_number_invert(v); break;
    case PYM_UOP_UADD: newval = pym_number_positive(v); break;
    case PYM_UOP_USUB: newval = pym_number_negative(v); break;
    case PYM_UOP_NOT: {
        int r = pym_object_is_true(v);
        newval = r < 0 ? NULL : pym_bool_from(!r);
        break;
    }
    }
    return make_const(c, node, newval);
}

static PymObject *make_const_tuple(PymAstSeq *elts)
{
    int n = elts ? elts->count : 0;
    for (int i = 0; i < n; i++)
        if (!is_const(elts->items[i]))
            return NULL;
    PymObject *t = pym_tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++)
        PYM_TUPLE_SET_ITEM_STEAL(t, i, PYM_NEWREF(((PymExpr *)elts->items[i])->v.constant.value));
    return t;
}

static int fold_tuple(Compiler *c, PymExpr *node)
{
    if (node->v.tuple.ctx != PYM_LOAD)
        return 1;
    return make_const(c, node, make_const_tuple(node->v.tuple.elts));
}

static int fold_subscr(Compiler *c, PymExpr *node)
{
    PymExpr *arg = node->v.subscript.value, *idx = node->v.subscript.slice;
    if (node->v.subscript.ctx != PYM_LOAD || !is_const(arg) || !is_const(idx))
        return 1;
    return make_const(c, node, pym_object_getitem(arg->v.constant.value, idx->v.constant.value));
}

/* Iterables and `in` operands: a list display becomes a tuple, a set of
 * constants a frozenset. */
static int fold_iter(Compiler *c, PymExpr *arg)
{
    PymObject *newval;
    if (arg->kind == PYM_EXPR_LIST) {
        PymAstSeq *elts = arg->v.list.elts;
        for (int i = 0; elts && i < elts->count; i++)
            if (((PymExpr *)elts->items[i])->kind == PYM_EXPR_STARRED)
                return 1;
        PymExprContext ctx = arg->v.list.ctx;
        arg->kind = PYM_EXPR_TUPLE;
        arg->v.tuple.elts = elts;
        arg->v.tuple.ctx = ctx;
        newval = make_const_tuple(elts);
    }
    else if (arg->kind == PYM_EXPR_SET) {
        newval = make_const_tuple(arg->v.set.elts);
        if (newval) {
            PymObject *fs = pym_frozenset_new(newval);
            PYM_DECREF(newval);
            newval = fs;
        }
    }
    else {
        return 1;
    }
    return make_const(c, arg, newval);
}

static int fold_expr(Compiler *c, PymExpr *e);
static int fold_stmts(Compiler *c, PymAstSeq *seq);

static int fold_exprs(Compiler *c, PymAstSeq *seq)
{
    for (int i = 0; seq && i < seq->count; i++)
        if (seq->items[i] && !fold_expr(c, seq->items[i]))
            return 0;
    return 1;
}

static int fold_keywords(Compiler *c, PymAstSeq *seq)
{
    for (int i = 0; seq && i < seq->count; i++)
        if (!fold_expr(c, ((PymKeyword *)seq->items[i])->value))
            return 0;
    return 1;
}

static int fold_comprehensions(Compiler *c, PymAstSeq *generators)
{
    for (int i = 0; generators && i < generators->count; i++) {
        PymComprehension *gen = generators->items[i];
        if (!fold_expr(c, gen->target) || !fold_expr(c, gen->iter) || !fold_exprs(c, gen->ifs))
            return 0;
        if (!fold_iter(c, gen->iter))
            return 0;
    }
    return 1;
}

static int fold_annotation(Compiler *c, PymExpr *annotation)
{
    if (!annotation || c->future_annotations)
        return 1;
    return fold_expr(c, annotation);
}

static int fold_arg_seq(Compiler *c, PymAstSeq *args)
{
    for (int i = 0; args && i < args->count; i++)
        if (!fold_annotation(c, ((PymArg *)args->items[i])->annotation))
            return 0;
    return 1;
}

static int fold_arguments(Compiler *c, PymArguments *a)
{
    return fold_arg_seq(c, a->posonlyargs) && fold_arg_seq(c, a->args) &&
           (!a->vararg || fold_annotation(c, a->vararg->annotation)) &&
           fold_arg_seq(c, a->kwonlyargs) && fold_exprs(c, a->kw_defaults) &&
           (!a->kwarg || fold_annotation(c, a->kwarg->annotation)) &&
           fold_exprs(c, a->defaults);
}

/* CPython counts expression nesting against 3 × the recursion limit. */
#define COMPILER_STACK_FRAME_SCALE 3

static int fold_expr1(Compiler *c, PymExpr *e);

static int fold_expr(Compiler *c, PymExpr *e)
{
    if (++c->fold_depth > c->fold_limit) {
        pym_err_set_string(&pym_exc_RecursionError,
                           "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = fold_expr1(c, e);
    c->fold_depth--;
    return ok;
}

static int fold_expr1(Compiler *c, PymExpr *e)
{
    switch (e->kind) {
    case PYM_EXPR_BOOLOP:
        return fold_exprs(c, e->v.boolop.values);
    case PYM_EXPR_BINOP:
        return fold_expr(c, e->v.binop.left) && fold_expr(c, e->v.binop.right) &&
               fold_binop(c, e);
    case PYM_EXPR_UNARYOP:
        return fold_expr(c, e->v.unaryop.operand) && fold_unaryop(c, e);
    case PYM_EXPR_LAMBDA:
        return fold_arguments(c, e->v.lambda.args) && fold_expr(c, e->v.lambda.body);
    case PYM_EXPR_IFEXP:
        return fold_expr(c, e->v.ifexp.test) && fold_expr(c, e->v.ifexp.body) &&
               fold_expr(c, e->v.ifexp.orelse);
    case PYM_EXPR_DICT:
        return fold_exprs(c, e->v.dict.keys) && fold_exprs(c, e->v.dict.values);
    case PYM_EXPR_SET:
        return fold_exprs(c, e->v.set.elts);
    case PYM_EXPR_LISTCOMP:
        return fold_expr(c, e->v.listcomp.elt) && fold_comprehensions(c, e->v.listcomp.generators);
    case PYM_EXPR_SETCOMP:
        return fold_expr(c, e->v.setcomp.elt) && fold_comprehensions(c, e->v.setcomp.generators);
    case PYM_EXPR_DICTCOMP:
        return fold_expr(c, e->v.dictcomp.key) && fold_expr(c, e->v.dictcomp.value) &&
               fold_comprehensions(c, e->v.dictcomp.generators);
    case PYM_EXPR_GENERATOREXP:
        return fold_expr(c, e->v.generatorexp.elt) &&
               fold_comprehensions(c, e->v.generatorexp.generators);
    case PYM_EXPR_AWAIT:
        return fold_expr(c, e->v.await_.value);
    case PYM_EXPR_YIELD:
        return !e->v.yield.value || fold_expr(c, e->v.yield.value);
    case PYM_EXPR_YIELDFROM:
        return fold_expr(c, e->v.yieldfrom.value);
    case PYM_EXPR_COMPARE: {
        if (!fold_expr(c, e->v.compare.left) || !fold_exprs(c, e->v.compare.comparators))
            return 0;
        int last = e->v.compare.nops - 1;
        PymCmpOp op = e->v.compare.ops[last];
        if (op == PYM_CMP_IN || op == PYM_CMP_NOTIN)
            return fold_iter(c, e->v.compare.comparators->items[last]);
        return 1;
    }
    case PYM_EXPR_CALL:
        return fold_expr(c, e->v.call.func) && fold_exprs(c, e->v.call.args) &&
               fold_keywords(c, e->v.call.keywords);
    case PYM_EXPR_FORMATTEDVALUE:
        return fold_expr(c, e->v.formattedvalue.value) &&
               (!e->v.formattedvalue.format_spec || fold_expr(c, e->v.formattedvalue.format_spec));
    case PYM_EXPR_JOINEDSTR:
        return fold_exprs(c, e->v.joinedstr.values);
    case PYM_EXPR_ATTRIBUTE:
        return fold_expr(c, e->v.attribute.value);
    case PYM_EXPR_SUBSCRIPT:
        return fold_expr(c, e->v.subscript.value) && fold_expr(c, e->v.subscript.slice) &&
               fold_subscr(c, e);
    case PYM_EXPR_STARRED:
        return fold_expr(c, e->v.starred.value);
    case PYM_EXPR_SLICE:
        return (!e->v.slice.lower || fold_expr(c, e->v.slice.lower)) &&
               (!e->v.slice.upper || fold_expr(c, e->v.slice.upper)) &&
               (!e->v.slice.step || fold_expr(c, e->v.slice.step));
    case PYM_EXPR_LIST:
        return fold_exprs(c, e->v.list.elts);
    case PYM_EXPR_TUPLE:
        return fold_exprs(c, e->v.tuple.elts) && fold_tuple(c, e);
    case PYM_EXPR_NAME:
        if (e->v.name.ctx == PYM_LOAD && pym_str_equal_cstr(e->v.name.id, "__debug__"))
            return make_const(c, e, pym_bool_from(1));
        return 1;
    case PYM_EXPR_NAMEDEXPR:
        return fold_expr(c, e->v.namedexpr.value);
    case PYM_EXPR_CONSTANT:
        return 1;
    }
    return 1;
}

static int fold_stmt(Compiler *c, PymStmt *s)
{
    switch (s->kind) {
    case PYM_STMT_FUNCTIONDEF:
    case PYM_STMT_ASYNCFUNCTIONDEF:
        return fold_arguments(c, s->v.functiondef.args) &&
               fold_stmts(c, s->v.functiondef.body) &&
               fold_exprs(c, s->v.functiondef.decorator_list) &&
               fold_annotation(c, s->v.functiondef.returns);
    case PYM_STMT_CLASSDEF:
        return fold_exprs(c, s->v.classdef.bases) && fold_keywords(c, s->v.classdef.keywords) &&
               fold_stmts(c, s->v.classdef.body) && fold_exprs(c, s->v.classdef.decorator_list);
    case PYM_STMT_RETURN:
        return !s->v.return_.value || fold_expr(c, s->v.return_.value);
    case PYM_STMT_DELETE:
        return fold_exprs(c, s->v.delete_.targets);
    case PYM_STMT_ASSIGN:
        return fold_exprs(c, s->v.assign.targets) && fold_expr(c, s->v.assign.value);
    case PYM_STMT_AUGASSIGN:
        return fold_expr(c, s->v.augassign.target) && fold_expr(c, s->v.augassign.value);
    case PYM_STMT_ANNASSIGN:
        return fold_expr(c, s->v.annassign.target) &&
               fold_annotation(c, s->v.annassign.annotation) &&
               (!s->v.annassign.value || fold_expr(c, s->v.annassign.value));
    case PYM_STMT_FOR:
    case PYM_STMT_ASYNCFOR:
        return fold_expr(c, s->v.for_.target) && fold_expr(c, s->v.for_.iter) &&
               fold_stmts(c, s->v.for_.body) && fold_stmts(c, s->v.for_.orelse) &&
               fold_iter(c, s->v.for_.iter);
    case PYM_STMT_WHILE:
        return fold_expr(c, s->v.while_.test) && fold_stmts(c, s->v.while_.body) &&
               fold_stmts(c, s->v.while_.orelse);
    case PYM_STMT_IF:
        return fold_expr(c, s->v.if_.test) && fold_stmts(c, s->v.if_.body) &&
               fold_stmts(c, s->v.if_.orelse);
    case PYM_STMT_WITH:
    case PYM_STMT_ASYNCWITH:
        for (int i = 0; i < s->v.with.items->count; i++) {
            PymWithItem *item = s->v.with.items->items[i];
            if (!fold_expr(c, item->context_expr))
                return 0;
            if (item->optional_vars && !fold_expr(c, item->optional_vars))
                return 0;
        }
        return fold_stmts(c, s->v.with.body);
    case PYM_STMT_RAISE:
        return (!s->v.raise.exc || fold_expr(c, s->v.raise.exc)) &&
               (!s->v.raise.cause || fold_expr(c, s->v.raise.cause));
    case PYM_STMT_TRY:
    case PYM_STMT_TRYSTAR:
        if (!fold_stmts(c, s->v.try_.body))
            return 0;
        for (int i = 0; s->v.try_.handlers && i < s->v.try_.handlers->count; i++) {
            PymExceptHandler *h = s->v.try_.handlers->items[i];
            if ((h->type && !fold_expr(c, h->type)) || !fold_stmts(c, h->body))
                return 0;
        }
        return fold_stmts(c, s->v.try_.orelse) && fold_stmts(c, s->v.try_.finalbody);
    case PYM_STMT_ASSERT:
        return fold_expr(c, s->v.assert_.test) &&
               (!s->v.assert_.msg || fold_expr(c, s->v.assert_.msg));
    case PYM_STMT_EXPR:
        return fold_expr(c, s->v.expr.value);
    default:
        return 1;
    }
}

static int fold_stmts(Compiler *c, PymAstSeq *seq)
{
    for (int i = 0; seq && i < seq->count; i++)
        if (!fold_stmt(c, seq->items[i]))
            return 0;
    return 1;
}

int pym_comp_fold_module(Compiler *c, PymAstModule *mod)
{
    c->fold_depth = pym_tstate.recursion_depth * COMPILER_STACK_FRAME_SCALE;
    c->fold_limit = pym_tstate.recursion_limit * COMPILER_STACK_FRAME_SCALE;
    if (mod->mode == PYM_MODE_EVAL)
        return fold_expr(c, mod->expr);
    return fold_stmts(c, mod->body);
}
