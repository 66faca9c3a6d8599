/* compile_stmt.c — code generation for statements: definitions, assignments,
 * control flow, exception handling, with, imports.
 *
 * Each construct emits CPython 3.11's instruction sequence (compare with
 * `python3 -m dis`): loops keep their iterator on the stack, `except E as
 * e` ends with `e = None; del e`, try/finally duplicates the finally body
 * for the normal and the exceptional path, and the exception handlers are
 * delimited with SETUP_* / POP_BLOCK pseudo-instructions.
 */
#include "compile_internal.h"
#include <string.h>

#define ADDOP(op) RETURN_IF_FALSE(pym_comp_addop(c, (op)))
#define ADDOP_I(op, arg) RETURN_IF_FALSE(pym_comp_addop_i(c, (op), (arg)))
#define ADDOP_NOLINE(op) RETURN_IF_FALSE(pym_comp_addop_noline(c, (op)))
#define ADDOP_JUMP(op, b) RETURN_IF_FALSE(pym_comp_addop_jump(c, (op), (b)))
#define ADDOP_JUMP_NOLINE(op, b) RETURN_IF_FALSE(pym_comp_addop_jump_noline(c, (op), (b)))
#define ADDOP_NAME(op, name) RETURN_IF_FALSE(pym_comp_addop_name(c, (op), (name)))
#define LOAD_CONST(obj) RETURN_IF_FALSE(pym_comp_load_const(c, (obj)))
#define VISIT(e) RETURN_IF_FALSE(pym_comp_visit_expr(c, (e)))
#define VISIT_SEQ(seq) RETURN_IF_FALSE(pym_comp_visit_exprs(c, (seq)))
#define VISIT_STMTS(seq) RETURN_IF_FALSE(pym_comp_visit_stmts(c, (seq)))
#define NAMEOP(name, ctx) RETURN_IF_FALSE(pym_comp_nameop(c, (name), (ctx)))
#define NEW_BLOCK(var) BasicBlock *var = pym_comp_new_block(c); if (!var) return 0

static int seq_len(PymAstSeq *seq)
{
    return seq ? seq->count : 0;
}

int pym_comp_visit_stmts(Compiler *c, PymAstSeq *seq)
{
    for (int i = 0; i < seq_len(seq); i++)
        RETURN_IF_FALSE(pym_comp_visit_stmt(c, seq->items[i]));
    return 1;
}

int pym_comp_call_exit_with_nones(Compiler *c)
{
    LOAD_CONST(PYM_NONE);
    LOAD_CONST(PYM_NONE);
    LOAD_CONST(PYM_NONE);
    ADDOP_I(PYM_OP_CALL, 2);
    return 1;
}

/* Does the block contain an annotated assignment (outside nested scopes)? */
int pym_comp_find_ann(PymAstSeq *stmts)
{
    for (int i = 0; i < seq_len(stmts); i++) {
        PymStmt *st = stmts->items[i];
        switch (st->kind) {
        case PYM_STMT_ANNASSIGN:
            return 1;
        case PYM_STMT_FOR:
        case PYM_STMT_ASYNCFOR:
            if (pym_comp_find_ann(st->v.for_.body) || pym_comp_find_ann(st->v.for_.orelse))
                return 1;
            break;
        case PYM_STMT_WHILE:
            if (pym_comp_find_ann(st->v.while_.body) || pym_comp_find_ann(st->v.while_.orelse))
                return 1;
            break;
        case PYM_STMT_IF:
            if (pym_comp_find_ann(st->v.if_.body) || pym_comp_find_ann(st->v.if_.orelse))
                return 1;
            break;
        case PYM_STMT_WITH:
        case PYM_STMT_ASYNCWITH:
            if (pym_comp_find_ann(st->v.with.body))
                return 1;
            break;
        case PYM_STMT_TRY:
        case PYM_STMT_TRYSTAR:
            for (int j = 0; j < seq_len(st->v.try_.handlers); j++) {
                PymExceptHandler *h = st->v.try_.handlers->items[j];
                if (pym_comp_find_ann(h->body))
                    return 1;
            }
            if (pym_comp_find_ann(st->v.try_.body) || pym_comp_find_ann(st->v.try_.finalbody) ||
                pym_comp_find_ann(st->v.try_.orelse))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* Module and class bodies: SETUP_ANNOTATIONS, docstring to __doc__. */
int pym_comp_body(Compiler *c, PymAstSeq *stmts)
{
    int i = 0;
    /* SETUP_ANNOTATIONS gets the line of the first statement */
    if (c->u->scope_type == SCOPE_MODULE && seq_len(stmts))
        pym_comp_set_loc(c, ((PymStmt *)stmts->items[0])->pos);
    if (pym_comp_find_ann(stmts))
        ADDOP(PYM_OP_SETUP_ANNOTATIONS);
    if (!seq_len(stmts))
        return 1;
    if (pym_comp_docstring(stmts)) {
        i = 1;
        PymStmt *st = stmts->items[0];
        pym_comp_set_loc(c, st->pos);
        VISIT(st->v.expr.value);
        NAMEOP(PYM_ID(__doc__), PYM_STORE);
    }
    for (; i < stmts->count; i++)
        RETURN_IF_FALSE(pym_comp_visit_stmt(c, stmts->items[i]));
    return 1;
}

/* ---- def and class -------------------------------------------------------- */

/* An annotation as a value: the expression, or its source text under
 * `from __future__ import annotations` (CPython unparses it). */
static int visit_annexpr(Compiler *c, PymExpr *annotation)
{
    if (c->future_annotations)
        return pym_comp_load_const_new(c, pym_comp_unparse(annotation));
    return pym_comp_visit_expr(c, annotation);
}

static int visit_argannotation(Compiler *c, PymObject *id, PymExpr *annotation, int *count)
{
    if (!annotation)
        return 1;
    PymObject *mangled = pym_symtable_mangle(c->u->private_name, id);
    if (!mangled)
        return 0;
    int ok = pym_comp_load_const(c, mangled);
    PYM_DECREF(mangled);
    RETURN_IF_FALSE(ok);
    if (c->future_annotations) {
        RETURN_IF_FALSE(visit_annexpr(c, annotation));
    }
    else if (annotation->kind == PYM_EXPR_STARRED) {
        /* *args: *Ts */
        VISIT(annotation->v.starred.value);
        ADDOP_I(PYM_OP_UNPACK_SEQUENCE, 1);
    }
    else {
        VISIT(annotation);
    }
    *count += 2;
    return 1;
}

static int visit_argannotations(Compiler *c, PymAstSeq *args, int *count)
{
    for (int i = 0; i < seq_len(args); i++) {
        PymArg *arg = args->items[i];
        RETURN_IF_FALSE(visit_argannotation(c, arg->arg, arg->annotation, count));
    }
    return 1;
}

/* Push the annotations of a def.  Returns 1 if pushed, -1 if the
 * def has none, 0 on error.  (3.11 evaluates args before posonlyargs.) */
static int visit_annotations(Compiler *c, PymArguments *args, PymExpr *returns)
{
    int count = 0;
    RETURN_IF_FALSE(visit_argannotations(c, args->args, &count));
    RETURN_IF_FALSE(visit_argannotations(c, args->posonlyargs, &count));
    if (args->vararg && args->vararg->annotation)
        RETURN_IF_FALSE(visit_argannotation(c, args->vararg->arg, args->vararg->annotation, &count));
    RETURN_IF_FALSE(visit_argannotations(c, args->kwonlyargs, &count));
    if (args->kwarg && args->kwarg->annotation)
        RETURN_IF_FALSE(visit_argannotation(c, args->kwarg->arg, args->kwarg->annotation, &count));
    if (returns) {
        PymObject *ret = pym_str_intern_cstr("return");
        if (!ret)
            return 0;
        int ok = visit_argannotation(c, ret, returns, &count);
        PYM_DECREF(ret);
        RETURN_IF_FALSE(ok);
    }
    if (count) {
        /* 3.11's form: a flat tuple (name, value, name, value …) that the
         * function turns into its __annotations__ dict */
        ADDOP_I(PYM_OP_BUILD_TUPLE, count);
        return 1;
    }
    return -1;
}

/* Call the decorators, innermost first, each at its own location. */
static int apply_decorators(Compiler *c, PymAstSeq *decos)
{
    for (int i = seq_len(decos) - 1; i >= 0; i--) {
        pym_comp_set_loc(c, ((PymExpr *)decos->items[i])->pos);
        ADDOP_I(PYM_OP_CALL, 0);
    }
    return 1;
}

static int compile_function(Compiler *c, PymStmt *s)
{
    PymArguments *args = s->v.functiondef.args;
    PymAstSeq *decos = s->v.functiondef.decorator_list;
    PymAstSeq *body = s->v.functiondef.body;
    if (s->kind == PYM_STMT_ASYNCFUNCTIONDEF)
        return pym_comp_error(c, "async functions are not supported");
    RETURN_IF_FALSE(pym_comp_check_debug_args(c, args));
    VISIT_SEQ(decos);
    int firstlineno = s->pos.lineno;
    if (seq_len(decos))
        firstlineno = ((PymExpr *)decos->items[0])->pos.lineno;
    int funcflags = pym_comp_default_arguments(c, args);
    if (funcflags == -1)
        return 0;
    int annotations = visit_annotations(c, args, s->v.functiondef.returns);
    if (annotations == 0)
        return 0;
    if (annotations > 0)
        funcflags |= 0x04;

    RETURN_IF_FALSE(pym_comp_enter_scope(c, s->v.functiondef.name, SCOPE_FUNCTION, s, firstlineno));
    PymObject *docstring = pym_comp_docstring(body);
    PymObject *co = NULL;
    int ok = pym_comp_add_const(c, docstring ? docstring : PYM_NONE) >= 0;
    c->u->argcount = seq_len(args->args);
    c->u->posonlyargcount = seq_len(args->posonlyargs);
    c->u->kwonlyargcount = seq_len(args->kwonlyargs);
    for (int i = docstring ? 1 : 0; ok && i < seq_len(body); i++)
        ok = pym_comp_visit_stmt(c, body->items[i]);
    if (ok)
        co = pym_comp_assemble(c, 1);
    pym_comp_exit_scope(c);
    if (!co)
        return 0;
    ok = pym_comp_make_closure(c, co, funcflags);
    PYM_DECREF(co);
    RETURN_IF_FALSE(ok);
    RETURN_IF_FALSE(apply_decorators(c, decos));
    pym_comp_set_loc(c, s->pos);
    return pym_comp_nameop(c, s->v.functiondef.name, PYM_STORE);
}

static int compile_class_body(Compiler *c, PymStmt *s)
{
    c->u->private_name = s->v.classdef.name;
    NAMEOP(PYM_ID(__name__), PYM_LOAD);
    NAMEOP(PYM_ID(__module__), PYM_STORE);
    LOAD_CONST(c->u->qualname);
    NAMEOP(PYM_ID(__qualname__), PYM_STORE);
    RETURN_IF_FALSE(pym_comp_body(c, s->v.classdef.body));
    pym_comp_unset_loc(c);
    if (c->u->ste->needs_class_closure) {
        /* store the __class__ cell as __classcell__ and return it */
        int i = pym_symmap_find(&c->u->cellvars, PYM_ID(__class__));
        ADDOP_I(PYM_OP_LOAD_CLOSURE, i);
        ADDOP_I(PYM_OP_COPY, 1);
        NAMEOP(PYM_ID(__classcell__), PYM_STORE);
    }
    else {
        LOAD_CONST(PYM_NONE);
    }
    ADDOP(PYM_OP_RETURN_VALUE);
    return 1;
}

static int compile_class(Compiler *c, PymStmt *s)
{
    PymAstSeq *decos = s->v.classdef.decorator_list;
    VISIT_SEQ(decos);
    int firstlineno = s->pos.lineno;
    if (seq_len(decos))
        firstlineno = ((PymExpr *)decos->items[0])->pos.lineno;

    RETURN_IF_FALSE(pym_comp_enter_scope(c, s->v.classdef.name, SCOPE_CLASS, s, firstlineno));
    PymObject *co = NULL;
    if (compile_class_body(c, s))
        co = pym_comp_assemble(c, 1);
    pym_comp_exit_scope(c);
    if (!co)
        return 0;
    int ok = pym_comp_addop(c, PYM_OP_PUSH_NULL) && pym_comp_addop(c, PYM_OP_LOAD_BUILD_CLASS) &&
             pym_comp_make_closure(c, co, 0);
    PYM_DECREF(co);
    RETURN_IF_FALSE(ok);
    LOAD_CONST(s->v.classdef.name);
    RETURN_IF_FALSE(pym_comp_call_helper(c, 2, s->v.classdef.bases, s->v.classdef.keywords));
    RETURN_IF_FALSE(apply_decorators(c, decos));
    pym_comp_set_loc(c, s->pos);
    return pym_comp_nameop(c, s->v.classdef.name, PYM_STORE);
}

/* ---- simple statements ------------------------------------------------------ */

static int compile_return(Compiler *c, PymStmt *s)
{
    PymExpr *value = s->v.return_.value;
    int preserve_tos = value && value->kind != PYM_EXPR_CONSTANT;
    if (c->u->ste->type != PYM_BLOCK_FUNCTION)
        return pym_comp_error(c, "'return' outside function");
    if (preserve_tos) {
        VISIT(value);
    }
    else if (value) {
        /* an instruction carrying the line of the returned constant */
        pym_comp_set_loc(c, value->pos);
        ADDOP(PYM_OP_NOP);
    }
    if (!value || value->pos.lineno != s->pos.lineno) {
        pym_comp_set_loc(c, s->pos);
        ADDOP(PYM_OP_NOP);
    }
    RETURN_IF_FALSE(pym_comp_unwind_fblock_stack(c, preserve_tos, NULL));
    if (!value)
        LOAD_CONST(PYM_NONE);
    else if (!preserve_tos)
        LOAD_CONST(value->v.constant.value);
    ADDOP(PYM_OP_RETURN_VALUE);
    return 1;
}

static int compile_break(Compiler *c)
{
    FBlock *loop = NULL;
    ADDOP(PYM_OP_NOP);  /* carries the line of the break */
    RETURN_IF_FALSE(pym_comp_unwind_fblock_stack(c, 0, &loop));
    if (!loop)
        return pym_comp_error(c, "'break' outside loop");
    RETURN_IF_FALSE(pym_comp_unwind_fblock(c, loop, 0));
    ADDOP_JUMP(PYM_OP_JUMP, loop->exit);
    return 1;
}

static int compile_continue(Compiler *c)
{
    FBlock *loop = NULL;
    ADDOP(PYM_OP_NOP);
    RETURN_IF_FALSE(pym_comp_unwind_fblock_stack(c, 0, &loop));
    if (!loop)
        return pym_comp_error(c, "'continue' not properly in loop");
    ADDOP_JUMP(PYM_OP_JUMP, loop->block);
    return 1;
}

static int compile_augassign(Compiler *c, PymStmt *s)
{
    PymExpr *e = s->v.augassign.target;
    Loc saved = c->u->loc;
    pym_comp_set_loc(c, e->pos);
    switch (e->kind) {
    case PYM_EXPR_ATTRIBUTE: {
        VISIT(e->v.attribute.value);
        ADDOP_I(PYM_OP_COPY, 1);
        pym_comp_match_attr_loc(c, e);
        ADDOP_NAME(PYM_OP_LOAD_ATTR, e->v.attribute.attr);
        break;
    }
    case PYM_EXPR_SUBSCRIPT:
        VISIT(e->v.subscript.value);
        VISIT(e->v.subscript.slice);
        ADDOP_I(PYM_OP_COPY, 2);
        ADDOP_I(PYM_OP_COPY, 2);
        ADDOP(PYM_OP_BINARY_SUBSCR);
        break;
    case PYM_EXPR_NAME:
        NAMEOP(e->v.name.id, PYM_LOAD);
        break;
    default:
        pym_err_set_string(&pym_exc_SystemError, "invalid node type for augmented assignment");
        return 0;
    }
    c->u->loc = saved;
    VISIT(s->v.augassign.value);
    static const int inplace[] = {
        [PYM_OP_ADD] = PYM_BINOP_INPLACE_ADD, [PYM_OP_SUB] = PYM_BINOP_INPLACE_SUBTRACT,
        [PYM_OP_MULT] = PYM_BINOP_INPLACE_MULTIPLY,
        [PYM_OP_MATMULT] = PYM_BINOP_INPLACE_MATRIX_MULTIPLY,
        [PYM_OP_DIV] = PYM_BINOP_INPLACE_TRUE_DIVIDE, [PYM_OP_MOD] = PYM_BINOP_INPLACE_REMAINDER,
        [PYM_OP_POW] = PYM_BINOP_INPLACE_POWER, [PYM_OP_LSHIFT] = PYM_BINOP_INPLACE_LSHIFT,
        [PYM_OP_RSHIFT] = PYM_BINOP_INPLACE_RSHIFT, [PYM_OP_BITOR] = PYM_BINOP_INPLACE_OR,
        [PYM_OP_BITXOR] = PYM_BINOP_INPLACE_XOR, [PYM_OP_BITAND] = PYM_BINOP_INPLACE_AND,
        [PYM_OP_FLOORDIV] = PYM_BINOP_INPLACE_FLOOR_DIVIDE,
    };
    ADDOP_I(PYM_OP_BINARY_OP, inplace[s->v.augassign.op]);
    pym_comp_set_loc(c, e->pos);
    switch (e->kind) {
    case PYM_EXPR_ATTRIBUTE:
        pym_comp_match_attr_loc(c, e);
        ADDOP_I(PYM_OP_SWAP, 2);
        ADDOP_NAME(PYM_OP_STORE_ATTR, e->v.attribute.attr);
        break;
    case PYM_EXPR_SUBSCRIPT:
        ADDOP_I(PYM_OP_SWAP, 3);
        ADDOP_I(PYM_OP_SWAP, 2);
        ADDOP(PYM_OP_STORE_SUBSCR);
        break;
    default:
        return pym_comp_nameop(c, e->v.name.id, PYM_STORE);
    }
    return 1;
}

static int check_ann_expr(Compiler *c, PymExpr *e)
{
    VISIT(e);
    ADDOP(PYM_OP_POP_TOP);
    return 1;
}

static int check_ann_subscr(Compiler *c, PymExpr *e)
{
    switch (e->kind) {
    case PYM_EXPR_SLICE:
        if (e->v.slice.lower && !check_ann_expr(c, e->v.slice.lower))
            return 0;
        if (e->v.slice.upper && !check_ann_expr(c, e->v.slice.upper))
            return 0;
        if (e->v.slice.step && !check_ann_expr(c, e->v.slice.step))
            return 0;
        return 1;
    case PYM_EXPR_TUPLE:
        for (int i = 0; i < e->v.tuple.elts->count; i++)
            RETURN_IF_FALSE(check_ann_subscr(c, e->v.tuple.elts->items[i]));
        return 1;
    default:
        return check_ann_expr(c, e);
    }
}


static int compile_annassign(Compiler *c, PymStmt *s)
{
    PymExpr *targ = s->v.annassign.target;
    if (s->v.annassign.value) {
        VISIT(s->v.annassign.value);
        VISIT(targ);
    }
    switch (targ->kind) {
    case PYM_EXPR_NAME:
        if (pym_comp_forbidden_name(c, targ->v.name.id, PYM_STORE))
            return 0;
        /* a simple name at module or class level lands in __annotations__ */
        if (s->v.annassign.simple &&
            (c->u->scope_type == SCOPE_MODULE || c->u->scope_type == SCOPE_CLASS)) {
            RETURN_IF_FALSE(visit_annexpr(c, s->v.annassign.annotation));
            ADDOP_NAME(PYM_OP_LOAD_NAME, PYM_ID(__annotations__));
            PymObject *mangled = pym_symtable_mangle(c->u->private_name, targ->v.name.id);
            RETURN_IF_FALSE(pym_comp_load_const_new(c, mangled));
            ADDOP(PYM_OP_STORE_SUBSCR);
        }
        break;
    case PYM_EXPR_ATTRIBUTE:
        if (pym_comp_forbidden_name(c, targ->v.attribute.attr, PYM_STORE))
            return 0;
        if (!s->v.annassign.value && !check_ann_expr(c, targ->v.attribute.value))
            return 0;
        break;
    case PYM_EXPR_SUBSCRIPT:
        if (!s->v.annassign.value && (!check_ann_expr(c, targ->v.subscript.value) ||
                                      !check_ann_subscr(c, targ->v.subscript.slice)))
            return 0;
        break;
    default:
        pym_err_set_string(&pym_exc_SystemError, "invalid node type for annotated assignment");
        return 0;
    }
    /* the annotation of a complex target is evaluated last (module/class) */
    if (!s->v.annassign.simple && !c->future_annotations &&
        (c->u->scope_type == SCOPE_MODULE || c->u->scope_type == SCOPE_CLASS))
        return check_ann_expr(c, s->v.annassign.annotation);
    return 1;
}

static int compile_expr_stmt(Compiler *c, PymExpr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        VISIT(value);
        ADDOP(PYM_OP_PRINT_EXPR);
        return 1;
    }
    if (value->kind == PYM_EXPR_CONSTANT) {
        /* a constant statement only marks its line */
        ADDOP(PYM_OP_NOP);
        return 1;
    }
    VISIT(value);
    pym_comp_unset_loc(c);          /* the POP_TOP is artificial */
    ADDOP(PYM_OP_POP_TOP);
    return 1;
}

static int compile_assert(Compiler *c, PymStmt *s)
{
    pym_comp_check_assert(c, s);
    NEW_BLOCK(end);
    RETURN_IF_FALSE(pym_comp_jump_if(c, s->v.assert_.test, end, 1));
    ADDOP(PYM_OP_LOAD_ASSERTION_ERROR);
    if (s->v.assert_.msg) {
        VISIT(s->v.assert_.msg);
        ADDOP_I(PYM_OP_CALL, 0);
    }
    ADDOP_I(PYM_OP_RAISE_VARARGS, 1);
    pym_comp_use_block(c, end);
    return 1;
}

/* ---- imports ------------------------------------------------------------- */

static PymObject *substring(PymObject *s, PymSize start, PymSize end)
{
    PymSize n;
    const char *p = pym_str_as_utf8_and_size(s, &n);
    if (!p)
        return NULL;
    PymObject *sub = pym_str_from_utf8(p + start, end - start);
    if (sub)
        pym_str_intern_in_place(&sub);
    return sub;
}

/* `import a.b.c as d`: walk the attributes with IMPORT_FROM. */
static int import_as(Compiler *c, PymObject *name, PymObject *asname)
{
    PymSize len;
    const char *s = pym_str_as_utf8_and_size(name, &len);
    if (!s)
        return 0;
    const char *dot = memchr(s, '.', (size_t)len);
    if (!dot)
        return pym_comp_nameop(c, asname, PYM_STORE);
    for (;;) {
        PymSize pos = dot - s + 1;
        dot = memchr(s + pos, '.', (size_t)(len - pos));
        PymObject *attr = substring(name, pos, dot ? dot - s : len);
        if (!attr)
            return 0;
        int ok = pym_comp_addop_name_nomangle(c, PYM_OP_IMPORT_FROM, attr);
        PYM_DECREF(attr);
        RETURN_IF_FALSE(ok);
        if (!dot)
            break;
        ADDOP_I(PYM_OP_SWAP, 2);
        ADDOP(PYM_OP_POP_TOP);
    }
    NAMEOP(asname, PYM_STORE);
    ADDOP(PYM_OP_POP_TOP);
    return 1;
}

static int compile_import(Compiler *c, PymStmt *s)
{
    PymAstSeq *names = s->v.import.names;
    PymObject *zero = pym_int_from_i64(0);
    if (!zero)
        return 0;
    int ok = 1;
    for (int i = 0; ok && i < names->count; i++) {
        PymAlias *alias = names->items[i];
        ok = pym_comp_load_const(c, zero) && pym_comp_load_const(c, PYM_NONE) &&
             pym_comp_addop_name(c, PYM_OP_IMPORT_NAME, alias->name);
        if (!ok)
            break;
        if (alias->asname) {
            ok = import_as(c, alias->name, alias->asname);
        }
        else {
            PymSize len;
            const char *p = pym_str_as_utf8_and_size(alias->name, &len);
            const char *dot = p ? memchr(p, '.', (size_t)len) : NULL;
            if (!p) {
                ok = 0;
            }
            else if (dot) {
                PymObject *first = substring(alias->name, 0, dot - p);
                ok = first && pym_comp_nameop(c, first, PYM_STORE);
                PYM_XDECREF(first);
            }
            else {
                ok = pym_comp_nameop(c, alias->name, PYM_STORE);
            }
        }
    }
    PYM_DECREF(zero);
    return ok;
}

static int compile_from_import(Compiler *c, PymStmt *s)
{
    PymAstSeq *names = s->v.importfrom.names;
    RETURN_IF_FALSE(pym_comp_load_const_new(c, pym_int_from_i64(s->v.importfrom.level)));
    PymObject *fromlist = pym_tuple_new(names->count);
    if (!fromlist)
        return 0;
    for (int i = 0; i < names->count; i++) {
        PymAlias *alias = names->items[i];
        PYM_TUPLE_SET_ITEM_STEAL(fromlist, i, PYM_NEWREF(alias->name));
    }
    if (s->pos.lineno > c->future_lineno && s->v.importfrom.module &&
        pym_str_equal_cstr(s->v.importfrom.module, "__future__")) {
        PYM_DECREF(fromlist);
        return pym_comp_error(c, "from __future__ imports must occur at the beginning of the file");
    }
    RETURN_IF_FALSE(pym_comp_load_const_new(c, fromlist));
    if (s->v.importfrom.module) {
        ADDOP_NAME(PYM_OP_IMPORT_NAME, s->v.importfrom.module);
    }
    else {
        PymObject *empty = pym_str_from_cstr("");
        if (!empty)
            return 0;
        int ok = pym_comp_addop_name(c, PYM_OP_IMPORT_NAME, empty);
        PYM_DECREF(empty);
        RETURN_IF_FALSE(ok);
    }
    for (int i = 0; i < names->count; i++) {
        PymAlias *alias = names->items[i];
        if (i == 0 && pym_str_equal_cstr(alias->name, "*")) {
            ADDOP(PYM_OP_IMPORT_STAR);
            return 1;
        }
        ADDOP_NAME(PYM_OP_IMPORT_FROM, alias->name);
        NAMEOP(alias->asname ? alias->asname : alias->name, PYM_STORE);
    }
    ADDOP(PYM_OP_POP_TOP);    /* the module */
    return 1;
}

/* ---- control flow ---------------------------------------------------------- */

static int compile_if(Compiler *c, PymStmt *s)
{
    NEW_BLOCK(end);
    BasicBlock *next = end;
    if (seq_len(s->v.if_.orelse)) {
        next = pym_comp_new_block(c);
        if (!next)
            return 0;
    }
    RETURN_IF_FALSE(pym_comp_jump_if(c, s->v.if_.test, next, 0));
    VISIT_STMTS(s->v.if_.body);
    if (seq_len(s->v.if_.orelse)) {
        ADDOP_JUMP_NOLINE(PYM_OP_JUMP, end);
        pym_comp_use_block(c, next);
        VISIT_STMTS(s->v.if_.orelse);
    }
    pym_comp_use_block(c, end);
    return 1;
}

static int compile_for(Compiler *c, PymStmt *s)
{
    NEW_BLOCK(start);
    NEW_BLOCK(body);
    NEW_BLOCK(cleanup);
    NEW_BLOCK(end);
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    VISIT(s->v.for_.iter);
    ADDOP(PYM_OP_GET_ITER);
    pym_comp_use_block(c, start);
    ADDOP_JUMP(PYM_OP_FOR_ITER, cleanup);
    pym_comp_use_block(c, body);
    VISIT(s->v.for_.target);
    VISIT_STMTS(s->v.for_.body);
    /* the jump back is artificial */
    pym_comp_unset_loc(c);
    ADDOP_JUMP(PYM_OP_JUMP, start);
    pym_comp_use_block(c, cleanup);
    pym_comp_pop_fblock(c);
    VISIT_STMTS(s->v.for_.orelse);
    pym_comp_use_block(c, end);
    return 1;
}

static int compile_while(Compiler *c, PymStmt *s)
{
    NEW_BLOCK(loop);
    NEW_BLOCK(body);
    NEW_BLOCK(anchor);
    NEW_BLOCK(end);
    pym_comp_use_block(c, loop);
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL));
    RETURN_IF_FALSE(pym_comp_jump_if(c, s->v.while_.test, anchor, 0));
    pym_comp_use_block(c, body);
    VISIT_STMTS(s->v.while_.body);
    /* 3.11 repeats the test at the bottom of the loop */
    pym_comp_set_loc(c, s->pos);
    RETURN_IF_FALSE(pym_comp_jump_if(c, s->v.while_.test, body, 1));
    pym_comp_pop_fblock(c);
    pym_comp_use_block(c, anchor);
    VISIT_STMTS(s->v.while_.orelse);
    pym_comp_use_block(c, end);
    return 1;
}

/* [exc_info, lasti, exc] → restore exc_info, re-raise exc at lasti */
static int pop_except_and_reraise(Compiler *c)
{
    ADDOP_I(PYM_OP_COPY, 3);
    ADDOP(PYM_OP_POP_EXCEPT);
    ADDOP_I(PYM_OP_RERAISE, 1);
    return 1;
}

static int compile_try_except(Compiler *c, PymStmt *s)
{
    NEW_BLOCK(body);
    NEW_BLOCK(except);
    NEW_BLOCK(end);
    NEW_BLOCK(cleanup);
    ADDOP_JUMP(PSEUDO_SETUP_FINALLY, except);
    pym_comp_use_block(c, body);
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_STMTS(s->v.try_.body);
    pym_comp_pop_fblock(c);
    ADDOP_NOLINE(PSEUDO_POP_BLOCK);
    VISIT_STMTS(s->v.try_.orelse);
    ADDOP_JUMP_NOLINE(PYM_OP_JUMP, end);
    int n = seq_len(s->v.try_.handlers);
    pym_comp_use_block(c, except);

    pym_comp_unset_loc(c);
    ADDOP_JUMP(PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(PYM_OP_PUSH_EXC_INFO);
    /* the runtime pushed the handled exception */
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (int i = 0; i < n; i++) {
        PymExceptHandler *handler = s->v.try_.handlers->items[i];
        pym_comp_set_loc(c, handler->pos);
        if (!handler->type && i < n - 1)
            return pym_comp_error(c, "default 'except:' must be last");
        NEW_BLOCK(next_except);
        if (handler->type) {
            VISIT(handler->type);
            ADDOP(PYM_OP_CHECK_EXC_MATCH);
            ADDOP_JUMP(PYM_OP_POP_JUMP_IF_FALSE, next_except);
        }
        if (handler->name) {
            NEW_BLOCK(cleanup_end);
            NEW_BLOCK(cleanup_body);
            NAMEOP(handler->name, PYM_STORE);
            /* try: body  finally: name = None; del name */
            ADDOP_JUMP(PSEUDO_SETUP_CLEANUP, cleanup_end);
            pym_comp_use_block(c, cleanup_body);
            RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL,
                                                 handler->name));
            VISIT_STMTS(handler->body);
            pym_comp_pop_fblock(c);
            pym_comp_unset_loc(c);
            ADDOP(PSEUDO_POP_BLOCK);
            ADDOP(PSEUDO_POP_BLOCK);
            ADDOP(PYM_OP_POP_EXCEPT);
            LOAD_CONST(PYM_NONE);
            NAMEOP(handler->name, PYM_STORE);
            NAMEOP(handler->name, PYM_DEL);
            ADDOP_JUMP(PYM_OP_JUMP, end);

            pym_comp_use_block(c, cleanup_end);
            pym_comp_unset_loc(c);
            LOAD_CONST(PYM_NONE);
            NAMEOP(handler->name, PYM_STORE);
            NAMEOP(handler->name, PYM_DEL);
            ADDOP_I(PYM_OP_RERAISE, 1);
        }
        else {
            NEW_BLOCK(cleanup_body);
            ADDOP(PYM_OP_POP_TOP);  /* exc_value */
            pym_comp_use_block(c, cleanup_body);
            RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            VISIT_STMTS(handler->body);
            pym_comp_pop_fblock(c);
            pym_comp_unset_loc(c);
            ADDOP(PSEUDO_POP_BLOCK);
            ADDOP(PYM_OP_POP_EXCEPT);
            ADDOP_JUMP(PYM_OP_JUMP, end);
        }
        pym_comp_use_block(c, next_except);
    }
    pym_comp_unset_loc(c);
    pym_comp_pop_fblock(c);
    ADDOP_I(PYM_OP_RERAISE, 0);
    pym_comp_use_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    pym_comp_use_block(c, end);
    return 1;
}

static int compile_try_finally(Compiler *c, PymStmt *s)
{
    NEW_BLOCK(body);
    NEW_BLOCK(end);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    /* the try block */
    ADDOP_JUMP(PSEUDO_SETUP_FINALLY, end);
    pym_comp_use_block(c, body);
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_FINALLY_TRY, body, end, s->v.try_.finalbody));
    if (seq_len(s->v.try_.handlers))
        RETURN_IF_FALSE(compile_try_except(c, s));
    else
        VISIT_STMTS(s->v.try_.body);
    ADDOP_NOLINE(PSEUDO_POP_BLOCK);
    pym_comp_pop_fblock(c);
    VISIT_STMTS(s->v.try_.finalbody);
    ADDOP_JUMP_NOLINE(PYM_OP_JUMP, exit);
    /* the finally block, on the exceptional path */
    pym_comp_use_block(c, end);
    pym_comp_unset_loc(c);
    ADDOP_JUMP(PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(PYM_OP_PUSH_EXC_INFO);
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_FINALLY_END, end, NULL, NULL));
    VISIT_STMTS(s->v.try_.finalbody);
    pym_comp_pop_fblock(c);
    ADDOP_I(PYM_OP_RERAISE, 0);
    pym_comp_use_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    pym_comp_use_block(c, exit);
    return 1;
}

static int with_except_finish(Compiler *c, BasicBlock *cleanup)
{
    pym_comp_unset_loc(c);
    NEW_BLOCK(exit);
    ADDOP_JUMP(PYM_OP_POP_JUMP_IF_TRUE, exit);
    ADDOP_I(PYM_OP_RERAISE, 2);
    pym_comp_use_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    pym_comp_use_block(c, exit);
    ADDOP(PYM_OP_POP_TOP);      /* exc_value */
    ADDOP(PSEUDO_POP_BLOCK);
    ADDOP(PYM_OP_POP_EXCEPT);
    ADDOP(PYM_OP_POP_TOP);
    ADDOP(PYM_OP_POP_TOP);
    return 1;
}

static int compile_with(Compiler *c, PymStmt *s, int pos)
{
    PymWithItem *item = s->v.with.items->items[pos];
    NEW_BLOCK(block);
    NEW_BLOCK(final);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    VISIT(item->context_expr);
    ADDOP(PYM_OP_BEFORE_WITH);      /* [__exit__, __enter__()] */
    ADDOP_JUMP(PSEUDO_SETUP_WITH, final);
    pym_comp_use_block(c, block);
    RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_WITH, block, final, s));
    if (item->optional_vars)
        VISIT(item->optional_vars);
    else
        ADDOP(PYM_OP_POP_TOP);      /* discard __enter__()'s result */
    pos++;
    if (pos == s->v.with.items->count)
        VISIT_STMTS(s->v.with.body);
    else
        RETURN_IF_FALSE(compile_with(c, s, pos));
    pym_comp_unset_loc(c);
    ADDOP(PSEUDO_POP_BLOCK);
    pym_comp_pop_fblock(c);
    /* success: __exit__(None, None, None) */
    pym_comp_set_loc(c, s->pos);
    RETURN_IF_FALSE(pym_comp_call_exit_with_nones(c));
    ADDOP(PYM_OP_POP_TOP);
    ADDOP_JUMP(PYM_OP_JUMP, exit);
    /* an exception: __exit__(type, value, tb) decides */
    pym_comp_use_block(c, final);
    ADDOP_JUMP(PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(PYM_OP_PUSH_EXC_INFO);
    ADDOP(PYM_OP_WITH_EXCEPT_START);
    RETURN_IF_FALSE(with_except_finish(c, cleanup));
    pym_comp_use_block(c, exit);
    return 1;
}

/* ---- the dispatcher ------------------------------------------------------ */

int pym_comp_visit_stmt(Compiler *c, PymStmt *s)
{
    /* every statement starts with its own location */
    pym_comp_set_loc(c, s->pos);
    switch (s->kind) {
    case PYM_STMT_FUNCTIONDEF:
    case PYM_STMT_ASYNCFUNCTIONDEF:
        return compile_function(c, s);
    case PYM_STMT_CLASSDEF:
        return compile_class(c, s);
    case PYM_STMT_RETURN:
        return compile_return(c, s);
    case PYM_STMT_DELETE:
        VISIT_SEQ(s->v.delete_.targets);
        return 1;
    case PYM_STMT_ASSIGN: {
        int n = s->v.assign.targets->count;
        VISIT(s->v.assign.value);
        for (int i = 0; i < n; i++) {
            if (i < n - 1)
                ADDOP_I(PYM_OP_COPY, 1);
            VISIT(s->v.assign.targets->items[i]);
        }
        return 1;
    }
    case PYM_STMT_AUGASSIGN:
        return compile_augassign(c, s);
    case PYM_STMT_ANNASSIGN:
        return compile_annassign(c, s);
    case PYM_STMT_FOR:
        return compile_for(c, s);
    case PYM_STMT_WHILE:
        return compile_while(c, s);
    case PYM_STMT_IF:
        return compile_if(c, s);
    case PYM_STMT_RAISE: {
        int n = 0;
        if (s->v.raise.exc) {
            VISIT(s->v.raise.exc);
            n++;
            if (s->v.raise.cause) {
                VISIT(s->v.raise.cause);
                n++;
            }
        }
        ADDOP_I(PYM_OP_RAISE_VARARGS, n);
        return 1;
    }
    case PYM_STMT_TRY:
        if (seq_len(s->v.try_.finalbody))
            return compile_try_finally(c, s);
        return compile_try_except(c, s);
    case PYM_STMT_ASSERT:
        return compile_assert(c, s);
    case PYM_STMT_IMPORT:
        return compile_import(c, s);
    case PYM_STMT_IMPORTFROM:
        return compile_from_import(c, s);
    case PYM_STMT_GLOBAL:
    case PYM_STMT_NONLOCAL:
        return 1;
    case PYM_STMT_EXPR:
        return compile_expr_stmt(c, s->v.expr.value);
    case PYM_STMT_PASS:
        ADDOP(PYM_OP_NOP);
        return 1;
    case PYM_STMT_BREAK:
        return compile_break(c);
    case PYM_STMT_CONTINUE:
        return compile_continue(c);
    case PYM_STMT_WITH:
        return compile_with(c, s, 0);
    case PYM_STMT_TRYSTAR:
        return pym_comp_error(c, "'except*' is not supported");
    case PYM_STMT_MATCH:
        return pym_comp_error(c, "the match statement is not supported");
    case PYM_STMT_ASYNCFOR:
    case PYM_STMT_ASYNCWITH:
        return pym_comp_error(c, "asynchronous statements are not supported");
    }
    return 1;
}
