/* test_parser.c — pym_parse: tree shapes and positions as CPython 3.11's
 * ast module gives them, string/f-string decoding, syntax-error reports,
 * and the REPL's incomplete-input detection. */
#include <criterion/criterion.h>
#include <string.h>

#include "src/lifecycle.h"
#include "grammar/ast.h"
#include "runtime/pym.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }
TestSuite(parser, .init = setup, .fini = teardown);

static PymArena *arena;

static PymAstModule *parse_mode(const char *src, PymParseMode mode)
{
    arena = pym_arena_new();
    PymObject *fn = pym_str_from_cstr("x.py");
    PymAstModule *m = pym_parse(arena, src, fn, mode, NULL);
    PYM_DECREF(fn);
    if (!m) {
        PymObject *exc = pym_err_fetch();
        PymObject *s = exc ? pym_object_str(exc) : NULL;
        cr_assert(m, "parse failed: %s", s ? pym_str_as_utf8(s) : "?");
    }
    return m;
}

static PymStmt *parse1(const char *src)
{
    PymAstModule *m = parse_mode(src, PYM_MODE_EXEC);
    cr_assert_eq(m->body->count, 1);
    return m->body->items[0];
}

static void done(void) { pym_arena_free(arena); arena = NULL; }

static void assert_pos(PymAstPos p, int l, int c, int el, int ec)
{
    cr_assert(p.lineno == l && p.col_offset == c && p.end_lineno == el && p.end_col_offset == ec,
              "position (%d,%d)-(%d,%d), expected (%d,%d)-(%d,%d)", p.lineno, p.col_offset,
              p.end_lineno, p.end_col_offset, l, c, el, ec);
}

static void assert_str_const(PymExpr *e, const char *value)
{
    cr_assert_eq(e->kind, PYM_EXPR_CONSTANT);
    cr_assert(PYM_STR_CHECK(e->v.constant.value));
    cr_assert_str_eq(pym_str_as_utf8(e->v.constant.value), value);
}

static void expect_error(const char *src, PymType *type, const char *msg, int lineno, int offset,
                         int end_lineno, int end_offset)
{
    PymArena *a = pym_arena_new();
    PymObject *fn = pym_str_from_cstr("x.py");
    PymAstModule *m = pym_parse(a, src, fn, PYM_MODE_EXEC, NULL);
    PYM_DECREF(fn);
    cr_assert_null(m, "no error for %s", src);
    PymObject *exc = pym_err_fetch();
    cr_assert_not_null(exc);
    cr_assert_eq(PYM_TYPE(exc), type, "%s: got %s", src, PYM_TYPE_NAME(exc));
    PymSyntaxErrorObject *se = (PymSyntaxErrorObject *)exc;
    cr_assert_str_eq(pym_str_as_utf8(se->msg), msg);
    cr_assert_eq(pym_int_as_long(se->lineno), lineno, "%s: lineno", src);
    cr_assert_eq(pym_int_as_long(se->offset), offset, "%s: offset %ld", src, pym_int_as_long(se->offset));
    cr_assert_eq(pym_int_as_long(se->end_lineno), end_lineno, "%s: end_lineno", src);
    cr_assert_eq(pym_int_as_long(se->end_offset), end_offset, "%s: end_offset %ld", src,
                 pym_int_as_long(se->end_offset));
    PYM_DECREF(exc);
    pym_arena_free(a);
}

Test(parser, imaginary_literal)
{
    PymStmt *s = parse1("x = 1_0.5j\n");
    PymExpr *v = s->v.assign.value;
    cr_assert_eq(v->kind, PYM_EXPR_CONSTANT);
    cr_assert(PYM_COMPLEX_CHECK_EXACT(v->v.constant.value));
    PymComplexObject *c = (PymComplexObject *)v->v.constant.value;
    cr_assert(c->real == 0.0 && c->imag == 10.5);
    assert_pos(v->pos, 1, 4, 1, 10);
    done();
}

Test(parser, assignment_chain_and_unpacking)
{
    PymStmt *s = parse1("a, *b = c = f(x)\n");
    cr_assert_eq(s->kind, PYM_STMT_ASSIGN);
    cr_assert_eq(s->v.assign.targets->count, 2);
    PymExpr *t = s->v.assign.targets->items[0];
    cr_assert_eq(t->kind, PYM_EXPR_TUPLE);
    cr_assert_eq(t->v.tuple.ctx, PYM_STORE);
    PymExpr *star = t->v.tuple.elts->items[1];
    cr_assert_eq(star->kind, PYM_EXPR_STARRED);
    cr_assert_eq(star->v.starred.ctx, PYM_STORE);
    assert_pos(t->pos, 1, 0, 1, 5);
    cr_assert_eq(s->v.assign.value->kind, PYM_EXPR_CALL);
    assert_pos(s->pos, 1, 0, 1, 16);
    done();
}

Test(parser, augmented_and_annotated)
{
    PymStmt *s = parse1("x.y += 2\n");
    cr_assert_eq(s->kind, PYM_STMT_AUGASSIGN);
    cr_assert_eq(s->v.augassign.op, PYM_OP_ADD);
    cr_assert_eq(s->v.augassign.target->v.attribute.ctx, PYM_STORE);
    done();
    s = parse1("(x): int = 5\n");
    cr_assert_eq(s->kind, PYM_STMT_ANNASSIGN);
    cr_assert_eq(s->v.annassign.simple, 0);
    done();
    s = parse1("x: int\n");
    cr_assert_eq(s->v.annassign.simple, 1);
    cr_assert_null(s->v.annassign.value);
    done();
}

Test(parser, operators_and_comparisons)
{
    PymStmt *s = parse1("a < b <= c not in d is not e\n");
    PymExpr *e = s->v.expr.value;
    cr_assert_eq(e->kind, PYM_EXPR_COMPARE);
    cr_assert_eq(e->v.compare.nops, 4);
    cr_assert_eq(e->v.compare.ops[2], PYM_CMP_NOTIN);
    cr_assert_eq(e->v.compare.ops[3], PYM_CMP_ISNOT);
    done();
    s = parse1("(a + b) * -c ** d\n");
    e = s->v.expr.value;
    cr_assert_eq(e->kind, PYM_EXPR_BINOP);
    cr_assert_eq(e->v.binop.op, PYM_OP_MULT);
    assert_pos(e->pos, 1, 0, 1, 17);
    assert_pos(e->v.binop.left->pos, 1, 1, 1, 6);
    cr_assert_eq(e->v.binop.right->kind, PYM_EXPR_UNARYOP);
    done();
    s = parse1("a or b or c and d\n");
    e = s->v.expr.value;
    cr_assert_eq(e->v.boolop.op, PYM_OR);
    cr_assert_eq(e->v.boolop.values->count, 3);
    done();
}

Test(parser, functions_and_lambdas)
{
    PymStmt *s = parse1("@dec\ndef f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n");
    cr_assert_eq(s->kind, PYM_STMT_FUNCTIONDEF);
    assert_pos(s->pos, 2, 0, 3, 12);
    PymArguments *a = s->v.functiondef.args;
    cr_assert_eq(a->posonlyargs->count, 1);
    cr_assert_eq(a->args->count, 1);
    cr_assert_not_null(a->vararg);
    cr_assert_eq(a->kwonlyargs->count, 2);
    cr_assert_eq(a->kw_defaults->count, 2);
    cr_assert_null(a->kw_defaults->items[0]);
    cr_assert_eq(a->defaults->count, 1);
    cr_assert_not_null(a->kwarg);
    cr_assert_eq(s->v.functiondef.decorator_list->count, 1);
    done();
    s = parse1("f = lambda x, *y, z=3: x\n");
    PymExpr *l = s->v.assign.value;
    cr_assert_eq(l->kind, PYM_EXPR_LAMBDA);
    cr_assert_eq(l->v.lambda.args->kwonlyargs->count, 1);
    done();
}

Test(parser, compound_statements)
{
    PymStmt *s = parse1("if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n");
    cr_assert_eq(s->kind, PYM_STMT_IF);
    PymStmt *elif = s->v.if_.orelse->items[0];
    cr_assert_eq(elif->kind, PYM_STMT_IF);
    assert_pos(elif->pos, 3, 0, 6, 9);
    assert_pos(s->pos, 1, 0, 6, 9);
    done();
    s = parse1("try:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n");
    cr_assert_eq(s->kind, PYM_STMT_TRY);
    PymExceptHandler *h = s->v.try_.handlers->items[0];
    cr_assert_str_eq(pym_str_as_utf8(h->name), "e");
    cr_assert_eq(h->type->kind, PYM_EXPR_TUPLE);
    done();
    s = parse1("with (open(a) as f, open(b) as g):\n    pass\n");
    cr_assert_eq(s->v.with.items->count, 2);
    done();
    s = parse1("with (a, b) as c:\n    pass\n");
    cr_assert_eq(s->v.with.items->count, 1);
    done();
    s = parse1("for i, j in x:\n    break\nelse:\n    continue\n");
    cr_assert_eq(s->v.for_.target->kind, PYM_EXPR_TUPLE);
    cr_assert_eq(s->v.for_.orelse->count, 1);
    done();
    s = parse1("class A(B, metaclass=M):\n    '''doc'''\n");
    cr_assert_eq(s->v.classdef.bases->count, 1);
    cr_assert_eq(s->v.classdef.keywords->count, 1);
    done();
}

Test(parser, imports)
{
    PymStmt *s = parse1("from ..a.b import (c as d, e,)\n");
    cr_assert_eq(s->kind, PYM_STMT_IMPORTFROM);
    cr_assert_eq(s->v.importfrom.level, 2);
    cr_assert_str_eq(pym_str_as_utf8(s->v.importfrom.module), "a.b");
    cr_assert_eq(s->v.importfrom.names->count, 2);
    done();
    s = parse1("import os.path as p, sys\n");
    PymAlias *al = s->v.import.names->items[0];
    cr_assert_str_eq(pym_str_as_utf8(al->name), "os.path");
    assert_pos(al->pos, 1, 7, 1, 19);
    done();
}

Test(parser, comprehensions_and_calls)
{
    PymStmt *s = parse1("f(x for x in y if x)\n");
    PymExpr *call = s->v.expr.value;
    PymExpr *g = call->v.call.args->items[0];
    cr_assert_eq(g->kind, PYM_EXPR_GENERATOREXP);
    assert_pos(g->pos, 1, 1, 1, 20);
    done();
    s = parse1("{k: v for k, v in d.items() for _ in z}\n");
    cr_assert_eq(s->v.expr.value->kind, PYM_EXPR_DICTCOMP);
    cr_assert_eq(s->v.expr.value->v.dictcomp.generators->count, 2);
    done();
    s = parse1("f(a, *b, c=1, **d)\n");
    cr_assert_eq(s->v.expr.value->v.call.args->count, 2);
    cr_assert_eq(s->v.expr.value->v.call.keywords->count, 2);
    done();
    s = parse1("x[1:2, ::3, *y]\n");
    PymExpr *sl = s->v.expr.value->v.subscript.slice;
    cr_assert_eq(sl->kind, PYM_EXPR_TUPLE);
    cr_assert_eq(((PymExpr *)sl->v.tuple.elts->items[1])->kind, PYM_EXPR_SLICE);
    done();
    s = parse1("if (n := len(a)) > 10: pass\n");
    cr_assert_eq(s->v.if_.test->v.compare.left->kind, PYM_EXPR_NAMEDEXPR);
    done();
}

Test(parser, strings_and_escapes)
{
    PymStmt *s = parse1("'a\\n\\t\\x41\\101\\u00e9\\N{EM DASH}' \"b\" r'\\n'\n");
    assert_str_const(s->v.expr.value, "a\n\tAA\xc3\xa9\xe2\x80\x94" "b\\n");
    done();
    s = parse1("b'\\x00a' rb'\\n'\n");
    PymExpr *e = s->v.expr.value;
    cr_assert(PYM_BYTES_CHECK(e->v.constant.value));
    cr_assert_eq(pym_bytes_size(e->v.constant.value), 4);
    done();
    s = parse1("u'x'\n");
    cr_assert_str_eq(pym_str_as_utf8(s->v.expr.value->v.constant.kind), "u");
    done();
}

Test(parser, fstrings)
{
    PymStmt *s = parse1("x = f'a{b!r:>{w}}c' 'd'\n");
    PymExpr *j = s->v.assign.value;
    cr_assert_eq(j->kind, PYM_EXPR_JOINEDSTR);
    cr_assert_eq(j->v.joinedstr.values->count, 3);
    assert_str_const(j->v.joinedstr.values->items[0], "a");
    PymExpr *fv = j->v.joinedstr.values->items[1];
    cr_assert_eq(fv->kind, PYM_EXPR_FORMATTEDVALUE);
    cr_assert_eq(fv->v.formattedvalue.conversion, 'r');
    assert_pos(fv->v.formattedvalue.value->pos, 1, 8, 1, 9);
    cr_assert_eq(fv->v.formattedvalue.format_spec->kind, PYM_EXPR_JOINEDSTR);
    assert_str_const(j->v.joinedstr.values->items[2], "cd");
    done();
    s = parse1("f'{x=}'\n");
    j = s->v.expr.value;
    assert_str_const(j->v.joinedstr.values->items[0], "x=");
    fv = j->v.joinedstr.values->items[1];
    cr_assert_eq(fv->v.formattedvalue.conversion, 'r');
    done();
    s = parse1("f'{{}}'\n");
    assert_str_const(s->v.expr.value->v.joinedstr.values->items[0], "{}");
    done();
}

Test(parser, eval_mode)
{
    PymAstModule *m = parse_mode("1 + 2\n", PYM_MODE_EVAL);
    cr_assert_eq(m->expr->kind, PYM_EXPR_BINOP);
    done();
}

Test(parser, interactive_incomplete)
{
    const char *incomplete[] = { "if x:\n", "if x:\n  pass\n", "x = (1,\n", "s = '''abc\n", "x = \\\n",
                                 "@dec\n", "for i in x:\n  pass\nelse:\n" };
    for (size_t i = 0; i < sizeof incomplete / sizeof *incomplete; i++) {
        PymArena *a = pym_arena_new();
        int inc = 0;
        PymAstModule *m = pym_parse(a, incomplete[i], NULL, PYM_MODE_SINGLE, &inc);
        cr_assert_null(m);
        cr_assert_eq(inc, 1, "%s", incomplete[i]);
        cr_assert_null(pym_err_occurred());
        pym_arena_free(a);
    }
    PymArena *a = pym_arena_new();
    int inc = 0;
    PymAstModule *m = pym_parse(a, "if x:\n  pass\n\n", NULL, PYM_MODE_SINGLE, &inc);
    cr_assert_not_null(m);
    cr_assert_eq(inc, 0);
    pym_arena_free(a);
}

Test(parser, syntax_errors)
{
    PymType *SE = &pym_exc_SyntaxError, *IE = &pym_exc_IndentationError;
    expect_error("if x:\n", IE, "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1);
    expect_error("if x:\npass\n", IE, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5);
    expect_error("  x = 1\n", IE, "unexpected indent", 1, 2, 1, -1);
    expect_error("x = 1 +\n", SE, "invalid syntax", 1, 8, 1, 8);
    expect_error("a b\n", SE, "invalid syntax", 1, 3, 1, 4);
    expect_error("def f()\n  pass\n", SE, "expected ':'", 1, 8, 1, 8);
    expect_error("f() = 1\n", SE, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4);
    expect_error("(a, 1) = x\n", SE, "cannot assign to literal", 1, 5, 1, 6);
    expect_error("print \"hi\"\n", SE, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11);
    expect_error("[a b]\n", SE, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5);
    expect_error("f(a=1, b)\n", SE, "positional argument follows keyword argument", 1, 9, 1, 10);
    expect_error("[*a for a in b]\n", SE, "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4);
    expect_error("if x = 1:\n  pass\n", SE, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9);
    expect_error("try:\n  pass\n", SE, "expected 'except' or 'finally' block", 2, 7, 2, -1);
    expect_error("x = \\\n", SE, "unexpected EOF while parsing", 1, 6, 1, -1);
    expect_error("del f()\n", SE, "cannot delete function call", 1, 5, 1, 8);
    expect_error("x = f\"{}\"\n", SE, "f-string: empty expression not allowed", 1, 10, 1, 10);
    expect_error("x = f\"{a b}\"\n", SE, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5);
    expect_error("x = f\"}\"\n", SE, "f-string: single '}' is not allowed", 1, 9, 1, 9);
    expect_error("x = \"a\" b\"c\"\n", SE, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13);
    expect_error("def f(a, b=1, c): pass\n", SE, "non-default argument follows default argument", 1, 15, 1, 16);
    expect_error("foo(a, b\nx = 1\n", SE, "'(' was never closed", 1, 4, 1, 0);
}
