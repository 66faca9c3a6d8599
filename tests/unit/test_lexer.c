/* test_lexer.c — the tokenizer: INDENT/DEDENT, continuation, numbers,
 * string extents and the tokenizer's error reports (CPython 3.11's). */
#include <criterion/criterion.h>
#include <string.h>
#include <stdio.h>

#include "src/lifecycle.h"
#include "grammar/lexer.h"
#include "parser.h"
#include "runtime/pym.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }
TestSuite(lexer, .init = setup, .fini = teardown);

static const char *kind_name(int k)
{
    static char buf[8];
    switch (k) {
    case 0: return "END";
    case TK_NAME: return "NAME";
    case TK_NUMBER: return "NUMBER";
    case TK_STRING: return "STRING";
    case TK_NEWLINE: return "NEWLINE";
    case TK_INDENT: return "INDENT";
    case TK_DEDENT: return "DEDENT";
    case TK_IF: return "if";
    case TK_ELSE: return "else";
    case TK_DEF: return "def";
    case TK_PASS: return "pass";
    case TK_EQEQ: return "==";
    case TK_POWEQ: return "**=";
    case TK_ARROW: return "->";
    case TK_COLONEQ: return ":=";
    case TK_ELLIPSIS: return "...";
    case TK_FLOORDIVEQ: return "//=";
    case TK_NOTEQ: return "!=";
    case TK_FLOORDIV: return "//";
    case TK_ERRORTOKEN: return "ERR";
    default:
        snprintf(buf, sizeof buf, "%c", k);
        return buf;
    }
}

/* Token kinds of src joined by spaces; "!" + message on an error. */
static char *kinds(const char *src)
{
    static char out[2048];
    PymArena *arena = pym_arena_new();
    PymLexer lx;
    pym_lexer_init(&lx, arena, src, strlen(src), NULL, 0);
    out[0] = '\0';
    for (int i = 0; i < 200; i++) {
        PymToken t;
        if (pym_lexer_next(&lx, &t) < 0) {
            PymObject *exc = pym_err_fetch();
            PymSyntaxErrorObject *se = (PymSyntaxErrorObject *)exc;
            snprintf(out + strlen(out), sizeof out - strlen(out), "%s!%s:%s:%ld:%ld", out[0] ? " " : "",
                     PYM_TYPE_NAME(exc),
                     pym_str_as_utf8(se->msg), pym_int_as_long(se->lineno), pym_int_as_long(se->offset));
            PYM_DECREF(exc);
            break;
        }
        if (out[0])
            strcat(out, " ");
        strcat(out, kind_name(t.kind));
        if (t.kind == 0)
            break;
    }
    pym_arena_free(arena);
    return out;
}

Test(lexer, simple_line)
{
    cr_assert_str_eq(kinds("x = 1\n"), "NAME = NUMBER NEWLINE END");
    cr_assert_str_eq(kinds("x = 1"), "NAME = NUMBER NEWLINE END");
    cr_assert_str_eq(kinds("a **= b // c ... -> d != e := f == g //= h\n"),
                     "NAME **= NAME // NAME ... -> NAME != NAME := NAME == NAME //= NAME NEWLINE END");
}

Test(lexer, indent_dedent)
{
    cr_assert_str_eq(kinds("if x:\n    pass\nelse:\n    pass\n"),
                     "if NAME : NEWLINE INDENT pass NEWLINE DEDENT else : NEWLINE INDENT pass NEWLINE DEDENT END");
    cr_assert_str_eq(kinds("if a:\n  if b:\n    pass\nx\n"),
                     "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT pass NEWLINE DEDENT DEDENT NAME NEWLINE END");
    /* tabs count to the next multiple of 8, consistently */
    cr_assert_str_eq(kinds("if a:\n\tb\n\tc\n"), "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT END");
}

Test(lexer, blank_lines_comments_and_joining)
{
    cr_assert_str_eq(kinds("\n\n# c\nx  # c\n\n   \n   # indented comment\ny\n"),
                     "NAME NEWLINE NAME NEWLINE END");
    cr_assert_str_eq(kinds("f(1,\n      2)\n"), "NAME ( NUMBER , NUMBER ) NEWLINE END");
    cr_assert_str_eq(kinds("x = 1 + \\\n    2\n"), "NAME = NUMBER + NUMBER NEWLINE END");
}

Test(lexer, indentation_errors)
{
    cr_assert_str_eq(kinds("if x:\n    a\n  b\n"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE !IndentationError:unindent does not match any outer indentation level:3:4");
    cr_assert_str_eq(kinds("if x:\n\ta\n        b\n"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE !TabError:inconsistent use of tabs and spaces in indentation:3:1");
}

Test(lexer, numbers)
{
    cr_assert_str_eq(kinds("1 0 00 1_000 0x_1f 0o17 0b1010 1.5 .5 5. 1e10 1.5E-3 1_0.0_1e1_0\n"),
                     "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NEWLINE END");
    cr_assert_str_eq(kinds("1if x else 2\n"), "NUMBER if NAME else NUMBER NEWLINE END");
    cr_assert_str_eq(kinds("1abc\n"), "!SyntaxError:invalid decimal literal:1:1");
    cr_assert_str_eq(kinds("x = 1_\n"), "NAME = !SyntaxError:invalid decimal literal:1:6");
    cr_assert_str_eq(kinds("x = 012\n"), "NAME = !SyntaxError:leading zeros in decimal integer literals are not "
                                          "permitted; use an 0o prefix for octal integers:1:5");
    cr_assert_str_eq(kinds("x = 0x\n"), "NAME = !SyntaxError:invalid hexadecimal literal:1:6");
    cr_assert_str_eq(kinds("x = 0b2\n"), "NAME = !SyntaxError:invalid digit '2' in binary literal:1:7");
    cr_assert_str_eq(kinds("x = 0o8\n"), "NAME = !SyntaxError:invalid digit '8' in octal literal:1:7");
}

Test(lexer, number_values)
{
    PymArena *arena = pym_arena_new();
    PymLexer lx;
    const char *src = "0x_ff 1_000_000 123456789012345678901234567890 2.5e3\n";
    pym_lexer_init(&lx, arena, src, strlen(src), NULL, 0);
    PymToken t;
    cr_assert_eq(pym_lexer_next(&lx, &t), 0);
    cr_assert_eq(pym_int_as_long(t.value), 255);
    cr_assert_eq(pym_lexer_next(&lx, &t), 0);
    cr_assert_eq(pym_int_as_long(t.value), 1000000);
    cr_assert_eq(pym_lexer_next(&lx, &t), 0);
    PymObject *s = pym_object_str(t.value);
    cr_assert_str_eq(pym_str_as_utf8(s), "123456789012345678901234567890");
    PYM_DECREF(s);
    cr_assert_eq(pym_lexer_next(&lx, &t), 0);
    cr_assert_float_eq(PYM_FLOAT_VALUE(t.value), 2500.0, 1e-9);
    pym_arena_free(arena);
}

Test(lexer, strings)
{
    cr_assert_str_eq(kinds("'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\'' b'x' rb'y' BR'z' f'{x}' Rf'q' u'w'\n"),
                     "STRING STRING STRING STRING STRING STRING STRING STRING STRING STRING STRING NEWLINE END");
    cr_assert_str_eq(kinds("s = \"abc\n"), "NAME = !SyntaxError:unterminated string literal (detected at line 1):1:5");
    cr_assert_str_eq(kinds("s = '''abc\n\n"),
                     "NAME = !SyntaxError:unterminated triple-quoted string literal (detected at line 2):1:5");
}

Test(lexer, brackets)
{
    cr_assert_str_eq(kinds("x = )\n"), "NAME = !SyntaxError:unmatched ')':1:5");
    cr_assert_str_eq(kinds("x = [1, 2)\n"),
                     "NAME = [ NUMBER , NUMBER !SyntaxError:closing parenthesis ')' does not match opening parenthesis '[':1:10");
    cr_assert_str_eq(kinds("x = (\n"), "NAME = ( !SyntaxError:'(' was never closed:1:5");
    cr_assert_str_eq(kinds("x = $\n"), "NAME = ERR NEWLINE END");
}
