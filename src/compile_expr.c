/* compile_expr.c — code generation for expressions: operators, calls,
 * displays, comprehensions, lambdas, yields, f-strings, and the
 * conditional-jump helper used by if/while/assert.
 *
 * As in CPython 3.11: every expression gets its own source location while
 * it is compiled (restored afterwards); method calls use LOAD_METHOD
 * unless the object is a module imported at top level; calls with * or
 * ** arguments build a tuple/dict and use CALL_FUNCTION_EX; displays of
 * more than two constants extend an empty list/set from a constant.
 */
#include "compile_internal.h"
#include <stdio.h>
#include <string.h>

#define ADDOP(op) RETURN_IF_FALSE(pym_comp_addop(c, (op)))
#define ADDOP_I(op, arg) RETURN_IF_FALSE(pym_comp_addop_i(c, (op), (arg)))
#define ADDOP_I_NOLINE(op, arg) \
    RETURN_IF_FALSE(pym_comp_addop_loc(c, (op), (arg), NULL, NO_LOC))
#define ADDOP_JUMP(op, b) RETURN_IF_FALSE(pym_comp_addop_jump(c, (op), (b)))
#define ADDOP_JUMP_NOLINE(op, b) RETURN_IF_FALSE(pym_comp_addop_jump_noline(c, (op), (b)))
#define ADDOP_NAME(op, name) RETURN_IF_FALSE(pym_comp_addop_name(c, (op), (name)))
#define LOAD_CONST(obj) RETURN_IF_FALSE(pym_comp_load_const(c, (obj)))
#define LOAD_CONST_NEW(obj) RETURN_IF_FALSE(pym_comp_load_const_new(c, (obj)))
#define VISIT(e) RETURN_IF_FALSE(pym_comp_visit_expr(c, (e)))
#define VISIT_SEQ(seq) RETURN_IF_FALSE(pym_comp_visit_exprs(c, (seq)))
#define NEW_BLOCK(var) BasicBlock *var = pym_comp_new_block(c); if (!var) return 0

static int seq_len(PymAstSeq *seq)
{
    return seq ? seq->count : 0;
}

static PymExpr *seq_expr(PymAstSeq *seq, int i)
{
    return seq->items[i];
}

int pym_comp_visit_exprs(Compiler *c, PymAstSeq *seq)
{
    for (int i = 0; i < seq_len(seq); i++)
        RETURN_IF_FALSE(pym_comp_visit_expr(c, seq->items[i]));
    return 1;
}

static int is_const(PymExpr *e)
{
    return e && e->kind == PYM_EXPR_CONSTANT;
}

static int are_all_items_const(PymAstSeq *seq, int begin, int end)
{
    for (int i = begin; i < end; i++)
        if (!is_const(seq_expr(seq, i)))
            return 0;
    return 1;
}

/* ---- operators -------------------------------------------------------------- */

static int binop_arg(PymOperator op)
{
    switch (op) {
    case PYM_OP_ADD: return PYM_BINOP_ADD;
    case PYM_OP_SUB: return PYM_BINOP_SUBTRACT;
    case PYM_OP_MULT: return PYM_BINOP_MULTIPLY;
    case PYM_OP_MATMULT: return PYM_BINOP_MATRIX_MULTIPLY;
    case PYM_OP_DIV: return PYM_BINOP_TRUE_DIVIDE;
    case PYM_OP_MOD: return PYM_BINOP_REMAINDER;
    case PYM_OP_POW: return PYM_BINOP_POWER;
    case PYM_OP_LSHIFT: return PYM_BINOP_LSHIFT;
    case PYM_OP_RSHIFT: return PYM_BINOP_RSHIFT;
    case PYM_OP_BITOR: return PYM_BINOP_OR;
    case PYM_OP_BITXOR: return PYM_BINOP_XOR;
    case PYM_OP_BITAND: return PYM_BINOP_AND;
    case PYM_OP_FLOORDIV: return PYM_BINOP_FLOOR_DIVIDE;
    }
    return PYM_BINOP_ADD;
}

static int addop_compare(Compiler *c, PymCmpOp op)
{
    switch (op) {
    case PYM_CMP_EQ: return pym_comp_addop_i(c, PYM_OP_COMPARE_OP, PYM_EQ);
    case PYM_CMP_NOTEQ: return pym_comp_addop_i(c, PYM_OP_COMPARE_OP, PYM_NE);
    case PYM_CMP_LT: return pym_comp_addop_i(c, PYM_OP_COMPARE_OP, PYM_LT);
    case PYM_CMP_LTE: return pym_comp_addop_i(c, PYM_OP_COMPARE_OP, PYM_LE);
    case PYM_CMP_GT: return pym_comp_addop_i(c, PYM_OP_COMPARE_OP, PYM_GT);
    case PYM_CMP_GTE: return pym_comp_addop_i(c, PYM_OP_COMPARE_OP, PYM_GE);
    case PYM_CMP_IS: return pym_comp_addop_i(c, PYM_OP_IS_OP, 0);
    case PYM_CMP_ISNOT: return pym_comp_addop_i(c, PYM_OP_IS_OP, 1);
    case PYM_CMP_IN: return pym_comp_addop_i(c, PYM_OP_CONTAINS_OP, 0);
    case PYM_CMP_NOTIN: return pym_comp_addop_i(c, PYM_OP_CONTAINS_OP, 1);
    }
    return 0;
}

static int compile_boolop(Compiler *c, PymExpr *e)
{
    int jump = e->v.boolop.op == PYM_AND ? PYM_OP_JUMP_IF_FALSE_OR_POP : PYM_OP_JUMP_IF_TRUE_OR_POP;
    NEW_BLOCK(end);
    PymAstSeq *values = e->v.boolop.values;
    int n = values->count - 1;
    for (int i = 0; i < n; i++) {
        VISIT(seq_expr(values, i));
        ADDOP_JUMP(jump, end);
        RETURN_IF_FALSE(pym_comp_next_block(c));
    }
    VISIT(seq_expr(values, n));
    pym_comp_use_block(c, end);
    return 1;
}

/* ---- CPython's compile-time SyntaxWarnings ---------------------------------- */

static void warn_at(Compiler *c, int lineno, const char *msg)
{
    pym_symtable_warn(c->filename, "SyntaxWarning", msg, lineno);
}

/* An operand `is` may reasonably meet: anything but a literal, or one of
 * the singletons. */
static int is_identity_operand(PymExpr *e)
{
    if (e->kind != PYM_EXPR_CONSTANT)
        return 1;
    PymObject *v = e->v.constant.value;
    return v == PYM_NONE || v == PYM_TRUE || v == PYM_FALSE || v == PYM_ELLIPSIS;
}

static void check_compare(Compiler *c, PymExpr *e)
{
    int left_ok = is_identity_operand(e->v.compare.left);
    for (int i = 0; i < e->v.compare.nops; i++) {
        PymCmpOp op = e->v.compare.ops[i];
        int right_ok = is_identity_operand(seq_expr(e->v.compare.comparators, i));
        if ((op == PYM_CMP_IS || op == PYM_CMP_ISNOT) && (!left_ok || !right_ok)) {
            warn_at(c, e->pos.lineno, op == PYM_CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                       : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left_ok = right_ok;
    }
}

/* Calling a display or literal: most likely a missing comma in a list of
 * tuples or strings. */
static void check_caller(Compiler *c, PymExpr *call)
{
    PymExpr *func = call->v.call.func;
    const char *type_name;
    switch (func->kind) {
    case PYM_EXPR_CONSTANT: type_name = PYM_TYPE_NAME(func->v.constant.value); break;
    case PYM_EXPR_TUPLE: type_name = "tuple"; break;
    case PYM_EXPR_LIST: case PYM_EXPR_LISTCOMP: type_name = "list"; break;
    case PYM_EXPR_DICT: case PYM_EXPR_DICTCOMP: type_name = "dict"; break;
    case PYM_EXPR_SET: case PYM_EXPR_SETCOMP: type_name = "set"; break;
    case PYM_EXPR_GENERATOREXP: type_name = "generator"; break;
    case PYM_EXPR_JOINEDSTR: case PYM_EXPR_FORMATTEDVALUE: type_name = "str"; break;
    default: return;
    }
    char msg[300];
    snprintf(msg, sizeof msg, "'%.200s' object is not callable; perhaps you missed a comma?", type_name);
    warn_at(c, call->pos.lineno, msg);
}

void pym_comp_check_assert(Compiler *c, PymStmt *s)
{
    PymExpr *test = s->v.assert_.test;
    /* a tuple of constants may already be folded into one constant */
    int nonempty_tuple =
        (test->kind == PYM_EXPR_TUPLE && test->v.tuple.elts && test->v.tuple.elts->count > 0) ||
        (test->kind == PYM_EXPR_CONSTANT && PYM_TUPLE_CHECK_EXACT(test->v.constant.value) &&
         PYM_TUPLE_SIZE(test->v.constant.value) > 0);
    if (nonempty_tuple)
        warn_at(c, s->pos.lineno, "assertion is always true, perhaps remove parentheses?");
}

static int compile_compare(Compiler *c, PymExpr *e)
{
    check_compare(c, e);
    VISIT(e->v.compare.left);
    int n = e->v.compare.nops - 1;
    PymAstSeq *comparators = e->v.compare.comparators;
    if (n == 0) {
        VISIT(seq_expr(comparators, 0));
        return addop_compare(c, e->v.compare.ops[0]);
    }
    NEW_BLOCK(cleanup);
    for (int i = 0; i < n; i++) {
        VISIT(seq_expr(comparators, i));
        ADDOP_I(PYM_OP_SWAP, 2);
        ADDOP_I(PYM_OP_COPY, 2);
        RETURN_IF_FALSE(addop_compare(c, e->v.compare.ops[i]));
        ADDOP_JUMP(PYM_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    VISIT(seq_expr(comparators, n));
    RETURN_IF_FALSE(addop_compare(c, e->v.compare.ops[n]));
    NEW_BLOCK(end);
    ADDOP_JUMP_NOLINE(PYM_OP_JUMP, end);
    pym_comp_use_block(c, cleanup);
    ADDOP_I(PYM_OP_SWAP, 2);
    ADDOP(PYM_OP_POP_TOP);
    pym_comp_use_block(c, end);
    return 1;
}

/* Jump to next when the truth of e equals cond; fall through otherwise. */
int pym_comp_jump_if(Compiler *c, PymExpr *e, BasicBlock *next, int cond)
{
    switch (e->kind) {
    case PYM_EXPR_UNARYOP:
        if (e->v.unaryop.op == PYM_UOP_NOT)
            return pym_comp_jump_if(c, e->v.unaryop.operand, next, !cond);
        break;
    case PYM_EXPR_BOOLOP: {
        PymAstSeq *s = e->v.boolop.values;
        int n = s->count - 1;
        int cond2 = e->v.boolop.op == PYM_OR;
        BasicBlock *next2 = next;
        if (!cond2 != !cond) {
            next2 = pym_comp_new_block(c);
            if (!next2)
                return 0;
        }
        for (int i = 0; i < n; i++)
            RETURN_IF_FALSE(pym_comp_jump_if(c, seq_expr(s, i), next2, cond2));
        RETURN_IF_FALSE(pym_comp_jump_if(c, seq_expr(s, n), next, cond));
        if (next2 != next)
            pym_comp_use_block(c, next2);
        return 1;
    }
    case PYM_EXPR_IFEXP: {
        NEW_BLOCK(end);
        NEW_BLOCK(next2);
        RETURN_IF_FALSE(pym_comp_jump_if(c, e->v.ifexp.test, next2, 0));
        RETURN_IF_FALSE(pym_comp_jump_if(c, e->v.ifexp.body, next, cond));
        ADDOP_JUMP_NOLINE(PYM_OP_JUMP, end);
        pym_comp_use_block(c, next2);
        RETURN_IF_FALSE(pym_comp_jump_if(c, e->v.ifexp.orelse, next, cond));
        pym_comp_use_block(c, end);
        return 1;
    }
    case PYM_EXPR_COMPARE: {
        /* as in 3.11, the comparison's location stays current afterwards */
        pym_comp_set_loc(c, e->pos);
        int n = e->v.compare.nops - 1;
        if (n > 0) {
            check_compare(c, e); /* a single comparison is checked by compile_compare */
            PymAstSeq *comparators = e->v.compare.comparators;
            NEW_BLOCK(cleanup);
            VISIT(e->v.compare.left);
            for (int i = 0; i < n; i++) {
                VISIT(seq_expr(comparators, i));
                ADDOP_I(PYM_OP_SWAP, 2);
                ADDOP_I(PYM_OP_COPY, 2);
                RETURN_IF_FALSE(addop_compare(c, e->v.compare.ops[i]));
                ADDOP_JUMP(PYM_OP_POP_JUMP_IF_FALSE, cleanup);
            }
            VISIT(seq_expr(comparators, n));
            RETURN_IF_FALSE(addop_compare(c, e->v.compare.ops[n]));
            ADDOP_JUMP(cond ? PYM_OP_POP_JUMP_IF_TRUE : PYM_OP_POP_JUMP_IF_FALSE, next);
            NEW_BLOCK(end);
            ADDOP_JUMP_NOLINE(PYM_OP_JUMP, end);
            pym_comp_use_block(c, cleanup);
            ADDOP(PYM_OP_POP_TOP);
            if (!cond)
                ADDOP_JUMP_NOLINE(PYM_OP_JUMP, next);
            pym_comp_use_block(c, end);
            return 1;
        }
        break;
    }
    default:
        break;
    }
    /* the general case */
    VISIT(e);
    ADDOP_JUMP(cond ? PYM_OP_POP_JUMP_IF_TRUE : PYM_OP_POP_JUMP_IF_FALSE, next);
    return 1;
}

static int compile_ifexp(Compiler *c, PymExpr *e)
{
    NEW_BLOCK(end);
    NEW_BLOCK(next);
    RETURN_IF_FALSE(pym_comp_jump_if(c, e->v.ifexp.test, next, 0));
    VISIT(e->v.ifexp.body);
    ADDOP_JUMP_NOLINE(PYM_OP_JUMP, end);
    pym_comp_use_block(c, next);
    VISIT(e->v.ifexp.orelse);
    pym_comp_use_block(c, end);
    return 1;
}

/* ---- functions ------------------------------------------------------------- */

static int check_debug_arg(Compiler *c, PymArg *arg)
{
    return !(arg && pym_comp_forbidden_name(c, arg->arg, PYM_STORE));
}

static int check_debug_args_seq(Compiler *c, PymAstSeq *args)
{
    for (int i = 0; i < seq_len(args); i++)
        RETURN_IF_FALSE(check_debug_arg(c, args->items[i]));
    return 1;
}

int pym_comp_check_debug_args(Compiler *c, PymArguments *args)
{
    return check_debug_args_seq(c, args->posonlyargs) && check_debug_args_seq(c, args->args) &&
           check_debug_arg(c, args->vararg) && check_debug_args_seq(c, args->kwonlyargs) &&
           check_debug_arg(c, args->kwarg);
}

/* Push a dict of the keyword-only defaults: 1 pushed, -1 none, 0 error. */
static int visit_kwonlydefaults(Compiler *c, PymAstSeq *kwonlyargs, PymAstSeq *kw_defaults)
{
    int count = 0;
    for (int i = 0; i < seq_len(kwonlyargs); i++)
        if (kw_defaults->items[i])
            count++;
    if (count == 0)
        return -1;
    PymObject *keys = pym_tuple_new(count);
    if (!keys)
        return 0;
    int k = 0;
    for (int i = 0; i < seq_len(kwonlyargs); i++) {
        PymArg *arg = kwonlyargs->items[i];
        PymExpr *dflt = kw_defaults->items[i];
        if (!dflt)
            continue;
        PymObject *mangled = pym_symtable_mangle(c->u->private_name, arg->arg);
        if (!mangled || !pym_comp_visit_expr(c, dflt)) {
            PYM_XDECREF(mangled);
            PYM_DECREF(keys);
            return 0;
        }
        PYM_TUPLE_SET_ITEM_STEAL(keys, k++, mangled);
    }
    LOAD_CONST_NEW(keys);
    ADDOP_I(PYM_OP_BUILD_CONST_KEY_MAP, count);
    return 1;
}

int pym_comp_default_arguments(Compiler *c, PymArguments *args)
{
    int funcflags = 0;
    if (seq_len(args->defaults) > 0) {
        if (!pym_comp_visit_exprs(c, args->defaults) ||
            !pym_comp_addop_i(c, PYM_OP_BUILD_TUPLE, args->defaults->count))
            return -1;
        funcflags |= 0x01;
    }
    if (seq_len(args->kwonlyargs)) {
        int res = visit_kwonlydefaults(c, args->kwonlyargs, args->kw_defaults);
        if (res == 0)
            return -1;
        if (res > 0)
            funcflags |= 0x02;
    }
    return funcflags;
}

static int compile_lambda(Compiler *c, PymExpr *e)
{
    PymArguments *args = e->v.lambda.args;
    RETURN_IF_FALSE(pym_comp_check_debug_args(c, args));
    int funcflags = pym_comp_default_arguments(c, args);
    if (funcflags == -1)
        return 0;
    PymObject *name = pym_str_intern_cstr("<lambda>");
    if (!name)
        return 0;
    int ok = pym_comp_enter_scope(c, name, SCOPE_LAMBDA, e, e->pos.lineno);
    PYM_DECREF(name);
    if (!ok)
        return 0;
    PymObject *co = NULL;
    /* None first: a lambda has no docstring */
    ok = pym_comp_add_const(c, PYM_NONE) >= 0;
    if (ok) {
        c->u->argcount = seq_len(args->args);
        c->u->posonlyargcount = seq_len(args->posonlyargs);
        c->u->kwonlyargcount = seq_len(args->kwonlyargs);
        ok = pym_comp_visit_expr(c, e->v.lambda.body);
    }
    if (ok) {
        if (c->u->ste->generator) {
            co = pym_comp_assemble(c, 0);
        }
        else if (pym_comp_addop(c, PYM_OP_RETURN_VALUE)) {
            co = pym_comp_assemble(c, 1);
        }
    }
    pym_comp_exit_scope(c);
    if (!co)
        return 0;
    ok = pym_comp_make_closure(c, co, funcflags);
    PYM_DECREF(co);
    return ok;
}

/* ---- displays ------------------------------------------------------------ */

/* Build a list/tuple/set from elts (after `pushed` items already on the
 * stack), handling *starred items. */
static int starunpack_helper(Compiler *c, PymAstSeq *elts, int pushed, int build, int add,
                             int extend, int tuple)
{
    int n = seq_len(elts);
    if (n > 2 && are_all_items_const(elts, 0, n)) {
        PymObject *folded = pym_tuple_new(n);
        if (!folded)
            return 0;
        for (int i = 0; i < n; i++)
            PYM_TUPLE_SET_ITEM_STEAL(folded, i, PYM_NEWREF(seq_expr(elts, i)->v.constant.value));
        if (tuple && !pushed) {
            LOAD_CONST_NEW(folded);
        }
        else {
            if (add == PYM_OP_SET_ADD) {
                PymObject *fs = pym_frozenset_new(folded);
                PYM_DECREF(folded);
                if (!fs)
                    return 0;
                folded = fs;
            }
            if (!pym_comp_addop_i(c, build, pushed)) {
                PYM_DECREF(folded);
                return 0;
            }
            LOAD_CONST_NEW(folded);
            ADDOP_I(extend, 1);
            if (tuple)
                ADDOP(PYM_OP_LIST_TO_TUPLE);
        }
        return 1;
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = 0;
    for (int i = 0; i < n; i++)
        if (seq_expr(elts, i)->kind == PYM_EXPR_STARRED)
            seen_star = 1;
    if (!seen_star && !big) {
        VISIT_SEQ(elts);
        ADDOP_I(tuple ? PYM_OP_BUILD_TUPLE : build, n + pushed);
        return 1;
    }
    int sequence_built = 0;
    if (big) {
        ADDOP_I(build, pushed);
        sequence_built = 1;
    }
    for (int i = 0; i < n; i++) {
        PymExpr *elt = seq_expr(elts, i);
        if (elt->kind == PYM_EXPR_STARRED) {
            if (!sequence_built) {
                ADDOP_I(build, i + pushed);
                sequence_built = 1;
            }
            VISIT(elt->v.starred.value);
            ADDOP_I(extend, 1);
        }
        else {
            VISIT(elt);
            if (sequence_built)
                ADDOP_I(add, 1);
        }
    }
    if (tuple)
        ADDOP(PYM_OP_LIST_TO_TUPLE);
    return 1;
}

static int unpack_helper(Compiler *c, PymAstSeq *elts)
{
    int n = seq_len(elts);
    int seen_star = 0;
    for (int i = 0; i < n; i++) {
        PymExpr *elt = seq_expr(elts, i);
        if (elt->kind == PYM_EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || (n - i - 1) >= (1 << 15))
                return pym_comp_error(c, "too many expressions in star-unpacking assignment");
            ADDOP_I(PYM_OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        }
        else if (elt->kind == PYM_EXPR_STARRED) {
            return pym_comp_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        ADDOP_I(PYM_OP_UNPACK_SEQUENCE, n);
    return 1;
}

static int assignment_helper(Compiler *c, PymAstSeq *elts)
{
    RETURN_IF_FALSE(unpack_helper(c, elts));
    for (int i = 0; i < seq_len(elts); i++) {
        PymExpr *elt = seq_expr(elts, i);
        VISIT(elt->kind != PYM_EXPR_STARRED ? elt : elt->v.starred.value);
    }
    return 1;
}

static int compile_sequence(Compiler *c, PymAstSeq *elts, PymExprContext ctx, int tuple)
{
    if (ctx == PYM_STORE)
        return assignment_helper(c, elts);
    if (ctx == PYM_LOAD)
        return starunpack_helper(c, elts, 0, PYM_OP_BUILD_LIST, PYM_OP_LIST_APPEND,
                                 PYM_OP_LIST_EXTEND, tuple);
    VISIT_SEQ(elts);
    return 1;
}

static int compile_subdict(Compiler *c, PymExpr *e, int begin, int end)
{
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    PymAstSeq *keys = e->v.dict.keys, *values = e->v.dict.values;
    if (n > 1 && !big && are_all_items_const(keys, begin, end)) {
        for (int i = begin; i < end; i++)
            VISIT(seq_expr(values, i));
        PymObject *key_tuple = pym_tuple_new(n);
        if (!key_tuple)
            return 0;
        for (int i = begin; i < end; i++)
            PYM_TUPLE_SET_ITEM_STEAL(key_tuple, i - begin,
                                     PYM_NEWREF(seq_expr(keys, i)->v.constant.value));
        LOAD_CONST_NEW(key_tuple);
        ADDOP_I(PYM_OP_BUILD_CONST_KEY_MAP, n);
        return 1;
    }
    if (big)
        ADDOP_I(PYM_OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        VISIT(seq_expr(keys, i));
        VISIT(seq_expr(values, i));
        if (big)
            ADDOP_I(PYM_OP_MAP_ADD, 1);
    }
    if (!big)
        ADDOP_I(PYM_OP_BUILD_MAP, n);
    return 1;
}

static int compile_dict(Compiler *c, PymExpr *e)
{
    int n = seq_len(e->v.dict.values);
    int have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        int is_unpacking = e->v.dict.keys->items[i] == NULL;
        if (is_unpacking) {
            if (elements) {
                RETURN_IF_FALSE(compile_subdict(c, e, i - elements, i));
                if (have_dict)
                    ADDOP_I(PYM_OP_DICT_UPDATE, 1);
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(PYM_OP_BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(seq_expr(e->v.dict.values, i));
            ADDOP_I(PYM_OP_DICT_UPDATE, 1);
        }
        else if (elements * 2 > STACK_USE_GUIDELINE) {
            RETURN_IF_FALSE(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict)
                ADDOP_I(PYM_OP_DICT_UPDATE, 1);
            have_dict = 1;
            elements = 0;
        }
        else {
            elements++;
        }
    }
    if (elements) {
        RETURN_IF_FALSE(compile_subdict(c, e, n - elements, n));
        if (have_dict)
            ADDOP_I(PYM_OP_DICT_UPDATE, 1);
        have_dict = 1;
    }
    if (!have_dict)
        ADDOP_I(PYM_OP_BUILD_MAP, 0);
    return 1;
}

/* ---- calls ---------------------------------------------------------------- */

static int validate_keywords(Compiler *c, PymAstSeq *keywords)
{
    int n = seq_len(keywords);
    for (int i = 0; i < n; i++) {
        PymKeyword *key = keywords->items[i];
        if (!key->arg)
            continue;
        if (pym_comp_forbidden_name(c, key->arg, PYM_STORE))
            return 0;
        for (int j = i + 1; j < n; j++) {
            PymKeyword *other = keywords->items[j];
            if (other->arg && pym_str_equal(key->arg, other->arg)) {
                pym_comp_set_loc(c, other->pos);
                return pym_comp_error(c, "keyword argument repeated: %U", key->arg);
            }
        }
    }
    return 1;
}

static int call_simple_kw_helper(Compiler *c, PymAstSeq *keywords, int n)
{
    PymObject *names = pym_tuple_new(n);
    if (!names)
        return 0;
    for (int i = 0; i < n; i++) {
        PymKeyword *kw = keywords->items[i];
        PYM_TUPLE_SET_ITEM_STEAL(names, i, PYM_NEWREF(kw->arg));
    }
    int arg = pym_comp_add_const(c, names);
    PYM_DECREF(names);
    if (arg < 0)
        return 0;
    ADDOP_I(PYM_OP_KW_NAMES, arg);
    return 1;
}

static int visit_keyword_values(Compiler *c, PymAstSeq *keywords, int begin, int end)
{
    for (int i = begin; i < end; i++) {
        PymKeyword *kw = keywords->items[i];
        VISIT(kw->value);
    }
    return 1;
}

/* Keyword arguments [begin, end) as a dict. */
static int compile_subkwargs(Compiler *c, PymAstSeq *keywords, int begin, int end)
{
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        RETURN_IF_FALSE(visit_keyword_values(c, keywords, begin, end));
        PymObject *keys = pym_tuple_new(n);
        if (!keys)
            return 0;
        for (int i = begin; i < end; i++) {
            PymKeyword *kw = keywords->items[i];
            PYM_TUPLE_SET_ITEM_STEAL(keys, i - begin, PYM_NEWREF(kw->arg));
        }
        LOAD_CONST_NEW(keys);
        ADDOP_I(PYM_OP_BUILD_CONST_KEY_MAP, n);
        return 1;
    }
    if (big)
        ADDOP_I_NOLINE(PYM_OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        PymKeyword *kw = keywords->items[i];
        LOAD_CONST(kw->arg);
        VISIT(kw->value);
        if (big)
            ADDOP_I_NOLINE(PYM_OP_MAP_ADD, 1);
    }
    if (!big)
        ADDOP_I(PYM_OP_BUILD_MAP, n);
    return 1;
}

/* The arguments of a call whose callable (and n more values) are pushed. */
int pym_comp_call_helper(Compiler *c, int n, PymAstSeq *args, PymAstSeq *keywords)
{
    RETURN_IF_FALSE(validate_keywords(c, keywords));
    int nelts = seq_len(args), nkwelts = seq_len(keywords);
    int ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex_call; i++)
        if (seq_expr(args, i)->kind == PYM_EXPR_STARRED)
            ex_call = 1;
    for (int i = 0; i < nkwelts && !ex_call; i++)
        if (((PymKeyword *)keywords->items[i])->arg == NULL)
            ex_call = 1;
    if (!ex_call) {
        VISIT_SEQ(args);
        if (nkwelts) {
            RETURN_IF_FALSE(visit_keyword_values(c, keywords, 0, nkwelts));
            RETURN_IF_FALSE(call_simple_kw_helper(c, keywords, nkwelts));
        }
        ADDOP_I(PYM_OP_CALL, n + nelts + nkwelts);
        return 1;
    }
    /* positional arguments as one tuple */
    if (n == 0 && nelts == 1 && seq_expr(args, 0)->kind == PYM_EXPR_STARRED) {
        VISIT(seq_expr(args, 0)->v.starred.value);
    }
    else {
        RETURN_IF_FALSE(starunpack_helper(c, args, n, PYM_OP_BUILD_LIST, PYM_OP_LIST_APPEND,
                                          PYM_OP_LIST_EXTEND, 1));
    }
    /* keyword arguments as one dict */
    if (nkwelts) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < nkwelts; i++) {
            PymKeyword *kw = keywords->items[i];
            if (kw->arg == NULL) {
                if (nseen) {
                    RETURN_IF_FALSE(compile_subkwargs(c, keywords, i - nseen, i));
                    if (have_dict)
                        ADDOP_I(PYM_OP_DICT_MERGE, 1);
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    ADDOP_I(PYM_OP_BUILD_MAP, 0);
                    have_dict = 1;
                }
                VISIT(kw->value);
                ADDOP_I(PYM_OP_DICT_MERGE, 1);
            }
            else {
                nseen++;
            }
        }
        if (nseen) {
            RETURN_IF_FALSE(compile_subkwargs(c, keywords, nkwelts - nseen, nkwelts));
            if (have_dict)
                ADDOP_I(PYM_OP_DICT_MERGE, 1);
        }
    }
    ADDOP_I(PYM_OP_CALL_FUNCTION_EX, nkwelts > 0);
    return 1;
}

/* `mod.f()` on a module imported at top level stays a plain attribute call. */
static int is_import_originated(Compiler *c, PymExpr *e)
{
    if (e->kind != PYM_EXPR_NAME)
        return 0;
    return (pym_symtable_flags(c->st->top, e->v.name.id) & PYM_DEF_IMPORT) != 0;
}

/* 1 if compiled as LOAD_METHOD + CALL, -1 if not applicable, 0 on error. */
static int maybe_optimize_method_call(Compiler *c, PymExpr *e)
{
    PymExpr *meth = e->v.call.func;
    PymAstSeq *args = e->v.call.args, *kwds = e->v.call.keywords;
    if (meth->kind != PYM_EXPR_ATTRIBUTE || meth->v.attribute.ctx != PYM_LOAD)
        return -1;
    if (is_import_originated(c, meth->v.attribute.value))
        return -1;
    int argsl = seq_len(args), kwdsl = seq_len(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return -1;
    for (int i = 0; i < argsl; i++)
        if (seq_expr(args, i)->kind == PYM_EXPR_STARRED)
            return -1;
    for (int i = 0; i < kwdsl; i++)
        if (((PymKeyword *)kwds->items[i])->arg == NULL)
            return -1;
    VISIT(meth->v.attribute.value);
    pym_comp_set_loc(c, meth->pos);
    pym_comp_match_attr_loc(c, meth);
    ADDOP_NAME(PYM_OP_LOAD_METHOD, meth->v.attribute.attr);
    VISIT_SEQ(args);
    if (kwdsl) {
        RETURN_IF_FALSE(visit_keyword_values(c, kwds, 0, kwdsl));
        RETURN_IF_FALSE(call_simple_kw_helper(c, kwds, kwdsl));
    }
    pym_comp_set_loc(c, e->pos);
    pym_comp_match_attr_loc(c, meth);
    ADDOP_I(PYM_OP_CALL, argsl + kwdsl);
    return 1;
}

static int compile_call(Compiler *c, PymExpr *e)
{
    RETURN_IF_FALSE(validate_keywords(c, e->v.call.keywords));
    check_caller(c, e);
    int ret = maybe_optimize_method_call(c, e);
    if (ret >= 0)
        return ret;
    pym_comp_set_loc(c, e->v.call.func->pos);
    ADDOP(PYM_OP_PUSH_NULL);
    pym_comp_set_loc(c, e->pos);
    VISIT(e->v.call.func);
    return pym_comp_call_helper(c, 0, e->v.call.args, e->v.call.keywords);
}

/* ---- f-strings ------------------------------------------------------------ */

static int compile_joined_str(Compiler *c, PymExpr *e)
{
    PymAstSeq *values = e->v.joinedstr.values;
    int n = seq_len(values);
    if (n > STACK_USE_GUIDELINE) {
        /* ''.join([...]) */
        LOAD_CONST_NEW(pym_str_from_cstr(""));
        ADDOP_NAME(PYM_OP_LOAD_METHOD, PYM_ID(join));
        ADDOP_I(PYM_OP_BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            VISIT(seq_expr(values, i));
            ADDOP_I(PYM_OP_LIST_APPEND, 1);
        }
        ADDOP_I(PYM_OP_CALL, 1);
        return 1;
    }
    VISIT_SEQ(values);
    if (n != 1)
        ADDOP_I(PYM_OP_BUILD_STRING, n);
    return 1;
}

static int compile_formatted_value(Compiler *c, PymExpr *e)
{
    int oparg;
    VISIT(e->v.formattedvalue.value);
    switch (e->v.formattedvalue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    case -1: oparg = 0; break;
    default:
        pym_err_format(&pym_exc_SystemError, "Unrecognized conversion character %d",
                       e->v.formattedvalue.conversion);
        return 0;
    }
    if (e->v.formattedvalue.format_spec) {
        VISIT(e->v.formattedvalue.format_spec);
        oparg |= 4;
    }
    ADDOP_I(PYM_OP_FORMAT_VALUE, oparg);
    return 1;
}

/* ---- comprehensions --------------------------------------------------------- */

static int comprehension_generator(Compiler *c, PymAstSeq *generators, int gen_index,
                                   int depth, PymExpr *elt, PymExpr *val,
                                   PymComprehensionKind type)
{
    NEW_BLOCK(start);
    NEW_BLOCK(if_cleanup);
    NEW_BLOCK(anchor);
    PymComprehension *gen = generators->items[gen_index];
    BasicBlock *loop = start;
    if (gen_index == 0) {
        /* the outermost iterator is the implicit argument .0 */
        c->u->argcount = 1;
        ADDOP_I(PYM_OP_LOAD_FAST, 0);
    }
    else {
        /* `for y in [f(x)]` binds without iterating */
        PymAstSeq *elts = NULL;
        if (gen->iter->kind == PYM_EXPR_LIST)
            elts = gen->iter->v.list.elts;
        else if (gen->iter->kind == PYM_EXPR_TUPLE)
            elts = gen->iter->v.tuple.elts;
        if (seq_len(elts) == 1 && seq_expr(elts, 0)->kind != PYM_EXPR_STARRED) {
            VISIT(seq_expr(elts, 0));
            loop = NULL;
        }
        if (loop) {
            VISIT(gen->iter);
            ADDOP(PYM_OP_GET_ITER);
        }
    }
    if (loop) {
        depth++;
        pym_comp_use_block(c, loop);
        ADDOP_JUMP(PYM_OP_FOR_ITER, anchor);
    }
    VISIT(gen->target);
    for (int i = 0; i < seq_len(gen->ifs); i++)
        RETURN_IF_FALSE(pym_comp_jump_if(c, seq_expr(gen->ifs, i), if_cleanup, 0));
    if (++gen_index < generators->count)
        RETURN_IF_FALSE(comprehension_generator(c, generators, gen_index, depth, elt, val, type));
    if (gen_index >= generators->count) {
        /* the innermost loop produces the element */
        switch (type) {
        case PYM_COMP_GENEXP:
            VISIT(elt);
            ADDOP_I(PYM_OP_YIELD_VALUE, 0);
            ADDOP(PYM_OP_POP_TOP);
            break;
        case PYM_COMP_LIST:
            VISIT(elt);
            ADDOP_I(PYM_OP_LIST_APPEND, depth + 1);
            break;
        case PYM_COMP_SET:
            VISIT(elt);
            ADDOP_I(PYM_OP_SET_ADD, depth + 1);
            break;
        case PYM_COMP_DICT:
            VISIT(elt);
            VISIT(val);
            ADDOP_I(PYM_OP_MAP_ADD, depth + 1);
            break;
        default:
            return 0;
        }
    }
    pym_comp_use_block(c, if_cleanup);
    if (loop) {
        ADDOP_JUMP(PYM_OP_JUMP, loop);
        pym_comp_use_block(c, anchor);
    }
    return 1;
}

static int compile_comprehension(Compiler *c, PymExpr *e, PymComprehensionKind type,
                                 const char *name, PymAstSeq *generators, PymExpr *elt,
                                 PymExpr *val)
{
    PymComprehension *outermost = generators->items[0];
    if (outermost->is_async)
        return pym_comp_error(c, "asynchronous comprehensions are not supported");
    PymObject *uname = pym_str_intern_cstr(name);
    if (!uname)
        return 0;
    int ok = pym_comp_enter_scope(c, uname, SCOPE_COMPREHENSION, e, e->pos.lineno);
    PYM_DECREF(uname);
    if (!ok)
        return 0;
    PymObject *co = NULL;
    {
        pym_comp_set_loc(c, e->pos);
        if (type == PYM_COMP_LIST)
            ok = pym_comp_addop_i(c, PYM_OP_BUILD_LIST, 0);
        else if (type == PYM_COMP_SET)
            ok = pym_comp_addop_i(c, PYM_OP_BUILD_SET, 0);
        else if (type == PYM_COMP_DICT)
            ok = pym_comp_addop_i(c, PYM_OP_BUILD_MAP, 0);
        ok = ok && comprehension_generator(c, generators, 0, 0, elt, val, type);
        if (ok && type != PYM_COMP_GENEXP)
            ok = pym_comp_addop(c, PYM_OP_RETURN_VALUE);
        if (ok)
            co = pym_comp_assemble(c, 1);
    }
    pym_comp_exit_scope(c);
    if (!co)
        return 0;
    ok = pym_comp_make_closure(c, co, 0);
    PYM_DECREF(co);
    RETURN_IF_FALSE(ok);
    VISIT(outermost->iter);
    ADDOP(PYM_OP_GET_ITER);
    ADDOP_I(PYM_OP_CALL, 0);
    return 1;
}

/* ---- yield from ----------------------------------------------------------- */

/* [subiter, value] SEND loop.  YIELD_VALUE's argument 1 marks the yield of
 * a delegation (CPython's RESUME 2): the sub-iterator is right below. */
int pym_comp_add_yield_from(Compiler *c)
{
    NEW_BLOCK(start);
    NEW_BLOCK(resume);
    NEW_BLOCK(exit);
    pym_comp_use_block(c, start);
    ADDOP_JUMP(PYM_OP_SEND, exit);
    pym_comp_use_block(c, resume);
    ADDOP_I(PYM_OP_YIELD_VALUE, 1);
    ADDOP_JUMP(PYM_OP_JUMP, start);
    pym_comp_use_block(c, exit);
    return 1;
}

/* ---- the dispatcher -------------------------------------------------------- */

static int visit_expr1(Compiler *c, PymExpr *e)
{
    switch (e->kind) {
    case PYM_EXPR_NAMEDEXPR:
        VISIT(e->v.namedexpr.value);
        ADDOP_I(PYM_OP_COPY, 1);
        VISIT(e->v.namedexpr.target);
        return 1;
    case PYM_EXPR_BOOLOP:
        return compile_boolop(c, e);
    case PYM_EXPR_BINOP:
        VISIT(e->v.binop.left);
        VISIT(e->v.binop.right);
        ADDOP_I(PYM_OP_BINARY_OP, binop_arg(e->v.binop.op));
        return 1;
    case PYM_EXPR_UNARYOP: {
        VISIT(e->v.unaryop.operand);
        int op = PYM_OP_UNARY_NOT;
        switch (e->v.unaryop.op) {
        case PYM_UOP_INVERT: op = PYM_OP_UNARY_INVERT; break;
        case PYM_UOP_NOT: op = PYM_OP_UNARY_NOT; break;
        case PYM_UOP_UADD: op = PYM_OP_UNARY_POSITIVE; break;
        case PYM_UOP_USUB: op = PYM_OP_UNARY_NEGATIVE; break;
        }
        ADDOP(op);
        return 1;
    }
    case PYM_EXPR_LAMBDA:
        return compile_lambda(c, e);
    case PYM_EXPR_IFEXP:
        return compile_ifexp(c, e);
    case PYM_EXPR_DICT:
        return compile_dict(c, e);
    case PYM_EXPR_SET:
        return starunpack_helper(c, e->v.set.elts, 0, PYM_OP_BUILD_SET, PYM_OP_SET_ADD,
                                 PYM_OP_SET_UPDATE, 0);
    case PYM_EXPR_GENERATOREXP:
        return compile_comprehension(c, e, PYM_COMP_GENEXP, "<genexpr>",
                                     e->v.generatorexp.generators, e->v.generatorexp.elt, NULL);
    case PYM_EXPR_LISTCOMP:
        return compile_comprehension(c, e, PYM_COMP_LIST, "<listcomp>",
                                     e->v.listcomp.generators, e->v.listcomp.elt, NULL);
    case PYM_EXPR_SETCOMP:
        return compile_comprehension(c, e, PYM_COMP_SET, "<setcomp>", e->v.setcomp.generators,
                                     e->v.setcomp.elt, NULL);
    case PYM_EXPR_DICTCOMP:
        return compile_comprehension(c, e, PYM_COMP_DICT, "<dictcomp>",
                                     e->v.dictcomp.generators, e->v.dictcomp.key,
                                     e->v.dictcomp.value);
    case PYM_EXPR_YIELD:
        if (c->u->ste->type != PYM_BLOCK_FUNCTION)
            return pym_comp_error(c, "'yield' outside function");
        if (e->v.yield.value)
            VISIT(e->v.yield.value);
        else
            LOAD_CONST(PYM_NONE);
        ADDOP_I(PYM_OP_YIELD_VALUE, 0);
        return 1;
    case PYM_EXPR_YIELDFROM:
        if (c->u->ste->type != PYM_BLOCK_FUNCTION)
            return pym_comp_error(c, "'yield' outside function");
        VISIT(e->v.yieldfrom.value);
        ADDOP(PYM_OP_GET_YIELD_FROM_ITER);
        LOAD_CONST(PYM_NONE);
        return pym_comp_add_yield_from(c);
    case PYM_EXPR_AWAIT:
        return pym_comp_error(c, "'await' is not supported");
    case PYM_EXPR_COMPARE:
        return compile_compare(c, e);
    case PYM_EXPR_CALL:
        return compile_call(c, e);
    case PYM_EXPR_CONSTANT:
        LOAD_CONST(e->v.constant.value);
        return 1;
    case PYM_EXPR_JOINEDSTR:
        return compile_joined_str(c, e);
    case PYM_EXPR_FORMATTEDVALUE:
        return compile_formatted_value(c, e);
    case PYM_EXPR_ATTRIBUTE:
        VISIT(e->v.attribute.value);
        pym_comp_match_attr_loc(c, e);
        switch (e->v.attribute.ctx) {
        case PYM_LOAD:
            ADDOP_NAME(PYM_OP_LOAD_ATTR, e->v.attribute.attr);
            break;
        case PYM_STORE:
            if (pym_comp_forbidden_name(c, e->v.attribute.attr, PYM_STORE))
                return 0;
            ADDOP_NAME(PYM_OP_STORE_ATTR, e->v.attribute.attr);
            break;
        case PYM_DEL:
            ADDOP_NAME(PYM_OP_DELETE_ATTR, e->v.attribute.attr);
            break;
        }
        return 1;
    case PYM_EXPR_SUBSCRIPT: {
        VISIT(e->v.subscript.value);
        VISIT(e->v.subscript.slice);
        int op = e->v.subscript.ctx == PYM_STORE ? PYM_OP_STORE_SUBSCR
                 : e->v.subscript.ctx == PYM_DEL ? PYM_OP_DELETE_SUBSCR
                                                 : PYM_OP_BINARY_SUBSCR;
        ADDOP(op);
        return 1;
    }
    case PYM_EXPR_STARRED:
        if (e->v.starred.ctx == PYM_STORE)
            return pym_comp_error(c, "starred assignment target must be in a list or tuple");
        return pym_comp_error(c, "can't use starred expression here");
    case PYM_EXPR_SLICE: {
        int n = 2;
        if (e->v.slice.lower)
            VISIT(e->v.slice.lower);
        else
            LOAD_CONST(PYM_NONE);
        if (e->v.slice.upper)
            VISIT(e->v.slice.upper);
        else
            LOAD_CONST(PYM_NONE);
        if (e->v.slice.step) {
            n++;
            VISIT(e->v.slice.step);
        }
        ADDOP_I(PYM_OP_BUILD_SLICE, n);
        return 1;
    }
    case PYM_EXPR_NAME:
        return pym_comp_nameop(c, e->v.name.id, e->v.name.ctx);
    case PYM_EXPR_LIST:
        return compile_sequence(c, e->v.list.elts, e->v.list.ctx, 0);
    case PYM_EXPR_TUPLE:
        return compile_sequence(c, e->v.tuple.elts, e->v.tuple.ctx, 1);
    }
    return 1;
}

int pym_comp_visit_expr(Compiler *c, PymExpr *e)
{
    Loc saved = c->u->loc;
    pym_comp_set_loc(c, e->pos);
    int ok = visit_expr1(c, e);
    c->u->loc = saved;
    return ok;
}
