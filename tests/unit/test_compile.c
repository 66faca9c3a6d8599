/* test_compile.c — the compiler: instruction sequences for a few constructs
 * (as CPython 3.11 emits them, in pym's simplified form), the exception
 * table, scopes (fast / global / cell / free), constants merging, flags
 * and qualified names, and the SyntaxErrors raised by the symbol table
 * and the code generator. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "src/lifecycle.h"
#include "src/compile.h"
#include "src/opcodes.h"
#include "runtime/pym.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }
TestSuite(compile, .init = setup, .fini = teardown);

static PymCodeObject *compile_mode(const char *src, PymParseMode mode)
{
    PymObject *fn = pym_str_from_cstr("<test>");
    PymObject *co = pym_compile_source(src, fn, mode);
    PYM_DECREF(fn);
    if (!co) {
        PymObject *exc = pym_err_fetch();
        PymObject *s = exc ? pym_object_str(exc) : NULL;
        cr_assert(co, "compile failed: %s", s ? pym_str_as_utf8(s) : "?");
    }
    return (PymCodeObject *)co;
}

static PymCodeObject *compile_exec(const char *src)
{
    return compile_mode(src, PYM_MODE_EXEC);
}

/* The n-th code object among the constants of co. */
static PymCodeObject *nested(PymCodeObject *co, int n)
{
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(co->consts); i++) {
        PymObject *c = PYM_TUPLE_BORROW_ITEM(co->consts, i);
        if (PYM_CODE_CHECK(c) && n-- == 0)
            return (PymCodeObject *)c;
    }
    cr_assert_fail("no nested code object");
    return NULL;
}

static int is_jump(int op)
{
    return op == PYM_OP_JUMP || op == PYM_OP_POP_JUMP_IF_FALSE || op == PYM_OP_POP_JUMP_IF_TRUE ||
           op == PYM_OP_POP_JUMP_IF_NONE || op == PYM_OP_POP_JUMP_IF_NOT_NONE ||
           op == PYM_OP_JUMP_IF_FALSE_OR_POP || op == PYM_OP_JUMP_IF_TRUE_OR_POP ||
           op == PYM_OP_FOR_ITER || op == PYM_OP_SEND;
}

static const char has_arg[] = {
#define PYM_OPCODE_HAS_ARG(name, arg, effect) [PYM_OP_##name] = arg,
    PYM_OPCODE_LIST(PYM_OPCODE_HAS_ARG)
#undef PYM_OPCODE_HAS_ARG
};

/* "OP arg; OP arg; …" with names, constants (repr) and jump targets. */
static char listing_buf[8192];
static const char *listing(PymCodeObject *co)
{
    char *p = listing_buf, *end = listing_buf + sizeof listing_buf;
    *p = '\0';
    for (int i = 0; i < co->ncode; i++) {
        int op = PYM_CODE_OP(co->code[i]), arg = PYM_CODE_ARG(co->code[i]);
        p += snprintf(p, (size_t)(end - p), "%s%s", i ? "; " : "", pym_opcode_names[op]);
        PymObject *shown = NULL;
        if (op == PYM_OP_LOAD_CONST || op == PYM_OP_KW_NAMES) {
            PymObject *c = PYM_TUPLE_BORROW_ITEM(co->consts, arg);
            shown = PYM_CODE_CHECK(c) ? PYM_NEWREF(((PymCodeObject *)c)->qualname)
                                      : pym_object_repr(c);
        }
        else if (op == PYM_OP_LOAD_NAME || op == PYM_OP_STORE_NAME || op == PYM_OP_LOAD_GLOBAL ||
                 op == PYM_OP_STORE_GLOBAL || op == PYM_OP_LOAD_ATTR || op == PYM_OP_STORE_ATTR ||
                 op == PYM_OP_LOAD_METHOD || op == PYM_OP_IMPORT_NAME ||
                 op == PYM_OP_IMPORT_FROM || op == PYM_OP_DELETE_NAME) {
            shown = PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(co->names, arg));
        }
        else if (op == PYM_OP_LOAD_FAST || op == PYM_OP_STORE_FAST || op == PYM_OP_DELETE_FAST) {
            shown = PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(co->varnames, arg));
        }
        else if (op == PYM_OP_LOAD_DEREF || op == PYM_OP_STORE_DEREF ||
                 op == PYM_OP_LOAD_CLOSURE || op == PYM_OP_LOAD_CLASSDEREF) {
            shown = PYM_NEWREF(arg < co->ncellvars
                                   ? PYM_TUPLE_BORROW_ITEM(co->cellvars, arg)
                                   : PYM_TUPLE_BORROW_ITEM(co->freevars, arg - co->ncellvars));
        }
        if (shown) {
            p += snprintf(p, (size_t)(end - p), " %s", pym_str_as_utf8(shown));
            PYM_DECREF(shown);
        }
        else if (is_jump(op) || (has_arg[op] && op != PYM_OP_YIELD_VALUE)) {
            p += snprintf(p, (size_t)(end - p), " %d", arg);
        }
    }
    return listing_buf;
}

static void expect_code(const char *src, const char *expected)
{
    PymCodeObject *co = compile_exec(src);
    cr_assert_str_eq(listing(co), expected, "for %s", src);
    PYM_DECREF(co);
}

static void expect_syntax_error(const char *src, const char *msg, int lineno, int offset)
{
    PymObject *fn = pym_str_from_cstr("<test>");
    PymObject *co = pym_compile_source(src, fn, PYM_MODE_EXEC);
    PYM_DECREF(fn);
    cr_assert_null(co, "compiled: %s", src);
    PymObject *exc = pym_err_fetch();
    cr_assert(exc && PYM_TYPE(exc) == &pym_exc_SyntaxError, "not a SyntaxError: %s", src);
    PymSyntaxErrorObject *se = (PymSyntaxErrorObject *)exc;
    cr_assert_str_eq(pym_str_as_utf8(se->msg), msg);
    cr_assert_eq(pym_int_as_long(se->lineno), lineno, "lineno for %s", src);
    cr_assert_eq(pym_int_as_long(se->offset), offset, "offset for %s", src);
    PYM_DECREF(exc);
}

Test(compile, assignment_and_implicit_return)
{
    expect_code("x = 1\n", "LOAD_CONST 1; STORE_NAME x; LOAD_CONST None; RETURN_VALUE");
}

Test(compile, chained_assignment_and_unpacking)
{
    expect_code("a = b = c\n", "LOAD_NAME c; COPY 1; STORE_NAME a; STORE_NAME b; "
                               "LOAD_CONST None; RETURN_VALUE");
    expect_code("a, *b = c\n", "LOAD_NAME c; UNPACK_EX 1; STORE_NAME a; STORE_NAME b; "
                               "LOAD_CONST None; RETURN_VALUE");
}

Test(compile, function_locals_globals_and_call)
{
    PymCodeObject *co = compile_exec("def f(a):\n    b = a + g\n    return len(b)\n");
    cr_assert_str_eq(listing(co), "LOAD_CONST f; MAKE_FUNCTION 0; STORE_NAME f; "
                                  "LOAD_CONST None; RETURN_VALUE");
    PymCodeObject *f = nested(co, 0);
    cr_assert_str_eq(listing(f), "LOAD_FAST a; LOAD_GLOBAL g; BINARY_OP 0; STORE_FAST b; "
                                 "PUSH_NULL; LOAD_GLOBAL len; LOAD_FAST b; CALL 1; RETURN_VALUE");
    cr_assert_eq(f->flags, PYM_CO_OPTIMIZED | PYM_CO_NEWLOCALS);
    cr_assert_eq(f->argcount, 1);
    cr_assert_eq(f->nlocals, 2);
    cr_assert_eq(f->firstlineno, 1);
    cr_assert_eq(f->stacksize, 3);
    PYM_DECREF(co);
}

Test(compile, method_call_and_keywords)
{
    expect_code("o.m(1, k=2)\n", "LOAD_NAME o; LOAD_METHOD m; LOAD_CONST 1; LOAD_CONST 2; "
                                 "KW_NAMES ('k',); CALL 2; POP_TOP; LOAD_CONST None; RETURN_VALUE");
    expect_code("f(*a, **k)\n", "PUSH_NULL; LOAD_NAME f; LOAD_NAME a; BUILD_MAP 0; LOAD_NAME k; "
                                "DICT_MERGE 1; CALL_FUNCTION_EX 1; POP_TOP; LOAD_CONST None; "
                                "RETURN_VALUE");
}

Test(compile, for_loop_keeps_iterator_on_stack)
{
    expect_code("for i in x:\n    pass\n",
                "LOAD_NAME x; GET_ITER; FOR_ITER 5; STORE_NAME i; JUMP 2; "
                "LOAD_CONST None; RETURN_VALUE");
}

Test(compile, while_loop_repeats_test)
{
    expect_code("while x:\n    f()\n",
                "LOAD_NAME x; POP_JUMP_IF_FALSE 10; PUSH_NULL; LOAD_NAME f; CALL 0; POP_TOP; "
                "LOAD_NAME x; POP_JUMP_IF_TRUE 2; LOAD_CONST None; RETURN_VALUE; "
                "LOAD_CONST None; RETURN_VALUE");
}

Test(compile, comparison_chain_and_is_none)
{
    expect_code("a < b < c\n",
                "LOAD_NAME a; LOAD_NAME b; SWAP 2; COPY 2; COMPARE_OP 0; JUMP_IF_FALSE_OR_POP 11; "
                "LOAD_NAME c; COMPARE_OP 0; POP_TOP; LOAD_CONST None; RETURN_VALUE; SWAP 2; "
                "POP_TOP; POP_TOP; LOAD_CONST None; RETURN_VALUE");
    expect_code("if x is None:\n    y\n",
                "LOAD_NAME x; POP_JUMP_IF_NOT_NONE 6; LOAD_NAME y; POP_TOP; LOAD_CONST None; "
                "RETURN_VALUE; LOAD_CONST None; RETURN_VALUE");
}

Test(compile, try_except_as_name)
{
    PymCodeObject *co = compile_exec("try:\n    f()\nexcept E as e:\n    g()\n");
    cr_assert_str_eq(listing(co),
                     "NOP; PUSH_NULL; LOAD_NAME f; CALL 0; POP_TOP; LOAD_CONST None; RETURN_VALUE; "
                     "PUSH_EXC_INFO; LOAD_NAME E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE 26; "
                     "STORE_NAME e; PUSH_NULL; LOAD_NAME g; CALL 0; POP_TOP; POP_EXCEPT; "
                     "LOAD_CONST None; STORE_NAME e; DELETE_NAME e; LOAD_CONST None; RETURN_VALUE; "
                     "LOAD_CONST None; STORE_NAME e; DELETE_NAME e; RERAISE 1; RERAISE 0; COPY 3; "
                     "POP_EXCEPT; RERAISE 1");
    /* try body → handler at depth 0; handler body → the `e = None; del e`
     * cleanup with lasti; the rest → the final COPY 3 / POP_EXCEPT */
    cr_assert_eq(co->nexception_entries, 4);
    PymExceptionTableEntry *t = co->exception_table;
    cr_assert(t[0].start == 1 && t[0].end == 5 && t[0].handler == 7 && t[0].depth == 0 &&
              !t[0].push_lasti);
    cr_assert(t[1].start == 7 && t[1].end == 12 && t[1].handler == 27 && t[1].depth == 1 &&
              t[1].push_lasti);
    cr_assert(t[2].start == 12 && t[2].end == 16 && t[2].handler == 22 && t[2].depth == 1 &&
              t[2].push_lasti);
    cr_assert(t[3].start == 22 && t[3].end == 27 && t[3].handler == 27 && t[3].depth == 1 &&
              t[3].push_lasti);
    PYM_DECREF(co);
}

Test(compile, with_statement)
{
    PymCodeObject *co = compile_exec("with a as b:\n    c\n");
    cr_assert_str_eq(listing(co),
                     "LOAD_NAME a; BEFORE_WITH; STORE_NAME b; LOAD_NAME c; POP_TOP; "
                     "LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL 2; POP_TOP; "
                     "LOAD_CONST None; RETURN_VALUE; PUSH_EXC_INFO; WITH_EXCEPT_START; "
                     "POP_JUMP_IF_TRUE 19; RERAISE 2; COPY 3; POP_EXCEPT; RERAISE 1; POP_TOP; "
                     "POP_EXCEPT; POP_TOP; POP_TOP; LOAD_CONST None; RETURN_VALUE");
    cr_assert_eq(co->nexception_entries, 3);
    PymExceptionTableEntry *t = co->exception_table;
    cr_assert(t[0].start == 2 && t[0].end == 5 && t[0].handler == 12 && t[0].depth == 1 &&
              t[0].push_lasti);
    cr_assert(t[1].start == 12 && t[1].end == 16 && t[1].handler == 16 && t[1].depth == 3 &&
              t[1].push_lasti);
    cr_assert(t[2].start == 19 && t[2].end == 20 && t[2].handler == 16 && t[2].depth == 3 &&
              t[2].push_lasti);
    PYM_DECREF(co);
}

Test(compile, closures_cells_and_free_variables)
{
    PymCodeObject *co = compile_exec("def f(a):\n    def g():\n        return a\n    return g\n");
    PymCodeObject *f = nested(co, 0);
    cr_assert_str_eq(listing(f), "LOAD_CLOSURE a; BUILD_TUPLE 1; LOAD_CONST f.<locals>.g; "
                                 "MAKE_FUNCTION 8; STORE_FAST g; LOAD_FAST g; RETURN_VALUE");
    cr_assert_eq(f->ncellvars, 1);
    cr_assert_not_null(f->cell2arg);
    cr_assert_eq(f->cell2arg[0], 0);
    PymCodeObject *g = nested(f, 0);
    cr_assert_str_eq(pym_str_as_utf8(g->qualname), "f.<locals>.g");
    cr_assert_str_eq(listing(g), "LOAD_DEREF a; RETURN_VALUE");
    cr_assert_eq(g->nfreevars, 1);
    cr_assert(g->flags & PYM_CO_NESTED);
    PYM_DECREF(co);
}

Test(compile, class_body_and_super_cell)
{
    PymCodeObject *co = compile_exec("class C(B):\n    def m(self):\n        return super().m()\n");
    cr_assert_str_eq(listing(co), "PUSH_NULL; LOAD_BUILD_CLASS; LOAD_CONST C; MAKE_FUNCTION 0; "
                                  "LOAD_CONST 'C'; LOAD_NAME B; CALL 3; STORE_NAME C; "
                                  "LOAD_CONST None; RETURN_VALUE");
    PymCodeObject *body = nested(co, 0);
    cr_assert_str_eq(listing(body),
                     "LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'C'; "
                     "STORE_NAME __qualname__; LOAD_CLOSURE __class__; BUILD_TUPLE 1; "
                     "LOAD_CONST C.m; MAKE_FUNCTION 8; STORE_NAME m; LOAD_CLOSURE __class__; "
                     "COPY 1; STORE_NAME __classcell__; RETURN_VALUE");
    PymCodeObject *m = nested(body, 0);
    cr_assert_str_eq(pym_str_as_utf8(m->qualname), "C.m");
    cr_assert_eq(m->nfreevars, 1);
    PYM_DECREF(co);
}

Test(compile, generators_and_comprehensions)
{
    PymCodeObject *co = compile_exec("def g(x):\n    yield x\n    yield from x\n");
    PymCodeObject *g = nested(co, 0);
    cr_assert(g->flags & PYM_CO_GENERATOR);
    cr_assert_str_eq(listing(g), "GEN_START; LOAD_FAST x; YIELD_VALUE; POP_TOP; LOAD_FAST x; "
                                 "GET_YIELD_FROM_ITER; LOAD_CONST None; SEND 10; YIELD_VALUE; "
                                 "JUMP 7; POP_TOP; LOAD_CONST None; RETURN_VALUE");
    PYM_DECREF(co);
    co = compile_exec("[i for i in x]\n");
    cr_assert_str_eq(listing(co), "LOAD_CONST <listcomp>; MAKE_FUNCTION 0; LOAD_NAME x; GET_ITER; "
                                  "CALL 0; POP_TOP; LOAD_CONST None; RETURN_VALUE");
    PymCodeObject *lc = nested(co, 0);
    cr_assert_str_eq(listing(lc), "BUILD_LIST 0; LOAD_FAST .0; FOR_ITER 7; STORE_FAST i; "
                                  "LOAD_FAST i; LIST_APPEND 2; JUMP 2; RETURN_VALUE");
    cr_assert_eq(lc->argcount, 1);
    PYM_DECREF(co);
}

Test(compile, constant_folding_and_merging)
{
    expect_code("x = -1, 2 * 3, 'a' + 'b'\n", "LOAD_CONST (-1, 6, 'ab'); STORE_NAME x; "
                                              "LOAD_CONST None; RETURN_VALUE");
    PymCodeObject *co = compile_exec("a = 1000\nb = 1000\nc = 1.0\nd = True\ne = -0.0\nf = 0.0\n");
    /* 1000 once; 1.0, True, -0.0 and 0.0 all distinct */
    cr_assert_eq(PYM_TUPLE_SIZE(co->consts), 6);
    PYM_DECREF(co);
    /* equal constants are one object across the whole compilation */
    co = compile_exec("x = 'hello world'\ndef f():\n    return 'hello world'\n");
    PymObject *s1 = PYM_TUPLE_BORROW_ITEM(co->consts, 0);
    PymCodeObject *f = nested(co, 0);
    cr_assert_eq(PYM_TUPLE_BORROW_ITEM(f->consts, 1), s1);
    PYM_DECREF(co);
}

Test(compile, interactive_and_eval_modes)
{
    PymCodeObject *co = compile_mode("x + 1\n", PYM_MODE_SINGLE);
    cr_assert_str_eq(listing(co), "LOAD_NAME x; LOAD_CONST 1; BINARY_OP 0; PRINT_EXPR; "
                                  "LOAD_CONST None; RETURN_VALUE");
    PYM_DECREF(co);
    co = compile_mode("x + 1", PYM_MODE_EVAL);
    cr_assert_str_eq(listing(co), "LOAD_NAME x; LOAD_CONST 1; BINARY_OP 0; RETURN_VALUE");
    PYM_DECREF(co);
}

Test(compile, line_positions)
{
    PymCodeObject *co = compile_exec("x = 1\n\ny = (a +\n     b)\n");
    cr_assert_eq(pym_code_line_of(co, 0), 1);
    /* LOAD_NAME a, LOAD_NAME b, BINARY_OP */
    cr_assert_eq(co->positions[2].lineno, 3);
    cr_assert_eq(co->positions[3].lineno, 4);
    PymCodePosition *binop = &co->positions[4];
    cr_assert(binop->lineno == 3 && binop->end_lineno == 4 && binop->col == 5 &&
              binop->end_col == 6);
    PYM_DECREF(co);
}

Test(compile, syntax_errors)
{
    expect_syntax_error("x = 1\nreturn x\n", "'return' outside function", 2, 1);
    expect_syntax_error("yield 1\n", "'yield' outside function", 1, 1);
    expect_syntax_error("if x:\n    break\n", "'break' outside loop", 2, 5);
    expect_syntax_error("while x:\n    pass\nelse:\n    continue\n",
                        "'continue' not properly in loop", 4, 5);
    expect_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    expect_syntax_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    expect_syntax_error("def f():\n    x = 1\n    global x\n",
                        "name 'x' is assigned to before global declaration", 3, 5);
    expect_syntax_error("def f():\n    print(x)\n    global x\n",
                        "name 'x' is used prior to global declaration", 3, 5);
    expect_syntax_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
    expect_syntax_error("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
                        "name 'x' is assigned to before nonlocal declaration", 5, 9);
    expect_syntax_error("[(yield) for x in y]\n", "'yield' inside list comprehension", 1, 3);
    expect_syntax_error("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
}
