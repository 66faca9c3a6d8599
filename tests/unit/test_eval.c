/* test_eval.c — the virtual machine: small programs compiled with
 * pym_compile_source and run with pym_eval_code, checking what they
 * compute (arithmetic, calls and argument binding, closures, generators,
 * exceptions and chaining, classes, recursion, refcounts seen from
 * callees) and how uncaught exceptions are printed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "src/lifecycle.h"
#include "src/compile.h"
#include "src/eval.h"
#include "src/traceback.h"
#include "runtime/pym.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }
TestSuite(eval, .init = setup, .fini = teardown);

static char message[1024];

/* str() of the raised exception, "Type: message", cleared. */
static const char *fetch_message(void)
{
    PymObject *exc = pym_err_fetch();
    if (!exc)
        return "<no exception>";
    PymObject *s = pym_object_str(exc);
    snprintf(message, sizeof message, "%s: %s", PYM_TYPE_NAME(exc),
             s ? pym_str_as_utf8(s) : "?");
    PYM_XDECREF(s);
    PYM_DECREF(exc);
    pym_err_clear();
    return message;
}

/* Run src in a fresh module namespace; returns the namespace (new ref)
 * or NULL with the exception's text in `message`. */
static PymObject *run(const char *src)
{
    PymObject *fn = pym_str_from_cstr("<test>");
    PymObject *code = pym_compile_source(src, fn, PYM_MODE_EXEC);
    PYM_DECREF(fn);
    if (!code) {
        fetch_message();
        return NULL;
    }
    PymObject *globals = pym_dict_new();
    pym_dict_setitem_str(globals, "__name__", PYM_ID(__main__));
    pym_dict_setitem_str(globals, "__builtins__", pym_interp.builtins_module);
    PymObject *r = pym_eval_code(code, globals, globals);
    PYM_DECREF(code);
    if (!r) {
        fetch_message();
        pym_dict_clear(globals);
        PYM_DECREF(globals);
        return NULL;
    }
    PYM_DECREF(r);
    return globals;
}

/* Run src and compare repr(result) with expected. */
static void expect(const char *src, const char *expected)
{
    PymObject *g = run(src);
    cr_assert(g, "program failed: %s\n%s", message, src);
    PymObject *v = pym_dict_getitem_str_borrow(g, "result");
    cr_assert(v, "no result\n%s", src);
    PymObject *r = pym_object_repr(v);
    cr_assert(r);
    cr_expect_str_eq(pym_str_as_utf8(r), expected, "for program:\n%s", src);
    PYM_DECREF(r);
    pym_dict_clear(g);
    PYM_DECREF(g);
}

/* Run src expecting an uncaught exception with this "Type: message". */
static void expect_error(const char *src, const char *expected)
{
    PymObject *g = run(src);
    cr_assert(!g, "program did not fail:\n%s", src);
    cr_expect_str_eq(message, expected, "for program:\n%s", src);
}

Test(eval, arithmetic)
{
    expect("result = 2 + 3 * 4 - 10 // 3", "11");
    expect("result = (-7 // 2, -7 % 2, 7 % -2, 2 ** 100)",
           "(-4, 1, -1, 1267650600228229401496703205376)");
    expect("result = 9223372036854775807 + 1", "9223372036854775808");
    expect("result = -9223372036854775808 - 1", "-9223372036854775809");
    expect("result = 3037000500 * 3037000500", "9223372037000250000");
    expect("result = (1.5 + 2, 3 - 0.5, 2 * 0.25, 1 / 4)", "(3.5, 2.5, 0.5, 0.25)");
    expect("result = (1 < 2 < 3, 2 < 1, 1.0 == 1, 'a' < 'b')", "(True, False, True, True)");
    expect("x = 5\nx += 2\nx *= 3\nresult = x", "21");
    expect_error("1 / 0", "ZeroDivisionError: division by zero");
    expect_error("1.0 / 0", "ZeroDivisionError: float division by zero");
    expect_error("1 + 'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}

Test(eval, containers_and_unpacking)
{
    expect("l = [1, 2, 3]\nl[-1] = 9\nl[0] += 1\nresult = (l, l[1], (4, 5)[-1])", "([2, 2, 9], 2, 5)");
    expect("a, *b, c = range(5)\nresult = (a, b, c)", "(0, [1, 2, 3], 4)");
    expect("result = {**{'a': 1}, 'b': 2}", "{'a': 1, 'b': 2}");
    expect("result = [*range(2), *'ab']", "[0, 1, 'a', 'b']");
    expect("result = [x * y for x in range(3) for y in range(2) if x]", "[0, 1, 0, 2]");
    expect("result = f'{1 + 1} {\"s\"!r} {3.14159:.2f}'", "\"2 's' 3.14\"");
    expect_error("a, b = [1, 2, 3]", "ValueError: too many values to unpack (expected 2)");
    expect_error("a, b = 1", "TypeError: cannot unpack non-iterable int object");
    expect_error("a, b, *c = [1]", "ValueError: not enough values to unpack (expected at least 2, got 1)");
}

Test(eval, calls_and_binding)
{
    expect("def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)\n"
           "result = f(1, 5, 6, c=3, e=7)",
           "(1, 5, (6,), 3, 4, {'e': 7})");
    expect("def f(*a, **k): return a, k\nresult = f(*[1, 2], **{'x': 3})", "((1, 2), {'x': 3})");
    expect("class C:\n    def m(self, x): return x * 2\nresult = C().m(21)", "42");
    expect("m = [].append\nm(1)\nresult = m.__self__", "[1]");
    expect_error("def f(x): pass\nf()", "TypeError: f() missing 1 required positional argument: 'x'");
    expect_error("def f(a, b): pass\nf(1, 2, 3)",
                 "TypeError: f() takes 2 positional arguments but 3 were given");
    expect_error("def f(a): pass\nf(1, z=2)", "TypeError: f() got an unexpected keyword argument 'z'");
    expect_error("def f(x): pass\nf(1, x=2)", "TypeError: f() got multiple values for argument 'x'");
    expect_error("def f(*, k): pass\nf()", "TypeError: f() missing 1 required keyword-only argument: 'k'");
    expect_error("def f(a, /): pass\nf(a=1)",
                 "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
    expect_error("def f(a, b, c, d): pass\nf()",
                 "TypeError: f() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'");
    expect_error("len(1, 2)", "TypeError: len() takes exactly one argument (2 given)");
    expect_error("def g(*a): pass\ng(*1)", "TypeError: __main__.g() argument after * must be an iterable, not int");
}

Test(eval, refcounts_seen_by_callee)
{
    expect("import sys\na = []\ndef f(x): return sys.getrefcount(x)\nresult = f(a)", "3");
    expect("import sys\na = []\ndef f(*x): return sys.getrefcount(x[0])\nresult = f(a)", "3");
    expect("import sys\na = []\ndef f(**k): return sys.getrefcount(k['k'])\nresult = f(k=a)", "3");
    expect("import sys\na = []\nresult = sys.getrefcount(a)", "2");
    expect("import sys\na = []\nb = a\nresult = sys.getrefcount(a)", "3");
}

Test(eval, closures_and_scopes)
{
    expect("def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n"
           "    return inner\nf = outer()\nf()\nresult = f()",
           "3");
    expect("def f(a):\n    def g(): return a\n    return g\nresult = f(7)()", "7");
    expect("fs = [lambda i=i: i for i in range(3)]\nresult = [f() for f in fs]", "[0, 1, 2]");
    expect("x = 1\ndef f():\n    global x\n    x = 2\nf()\nresult = x", "2");
    expect_error("def f():\n    print(x)\n    x = 1\nf()",
                 "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
    expect_error("undefined_name", "NameError: name 'undefined_name' is not defined");
}

Test(eval, generators)
{
    expect("def g(n):\n    for i in range(n):\n        yield i\nresult = list(g(4))", "[0, 1, 2, 3]");
    expect("def g():\n    x = yield 1\n    yield x * 2\nit = g()\nnext(it)\nresult = it.send(21)", "42");
    expect("def s():\n    yield 1\n    return 5\n"
           "def o():\n    r = yield from s()\n    yield r\nresult = list(o())",
           "[1, 5]");
    expect("log = []\ndef g():\n    try:\n        yield 1\n    finally:\n        log.append('closed')\n"
           "it = g()\nnext(it)\nit.close()\nresult = log",
           "['closed']");
    expect("def g():\n    try:\n        yield 1\n    except ValueError:\n        yield 'caught'\n"
           "it = g()\nnext(it)\nresult = it.throw(ValueError())",
           "'caught'");
    expect("def g():\n    yield 1\n    return 'v'\nit = g()\nnext(it)\ntry:\n    next(it)\n"
           "except StopIteration as e:\n    result = e.value",
           "'v'");
    expect_error("def g():\n    yield 1\n    raise StopIteration\nlist(g())",
                 "RuntimeError: generator raised StopIteration");
    expect_error("def g():\n    yield 1\ng().send(1)",
                 "TypeError: can't send non-None value to a just-started generator");
}

Test(eval, exceptions)
{
    expect("try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise ValueError('v')\n"
           "except ValueError as e:\n    result = (type(e.__context__).__name__, e.__cause__, e.__suppress_context__)",
           "('ZeroDivisionError', None, False)");
    expect("try:\n    try:\n        1 / 0\n    except ZeroDivisionError as z:\n        raise ValueError from z\n"
           "except ValueError as e:\n    result = (type(e.__cause__).__name__, e.__suppress_context__)",
           "('ZeroDivisionError', True)");
    expect("import sys\ntry:\n    raise KeyError(1)\nexcept KeyError:\n    result = sys.exc_info()[0].__name__",
           "'KeyError'");
    expect("import sys\ntry:\n    raise KeyError(1)\nexcept KeyError:\n    pass\nresult = sys.exc_info()",
           "(None, None, None)");
    expect("log = []\ndef f():\n    try:\n        return 1\n    finally:\n        log.append('f')\n"
           "result = (f(), log)",
           "(1, ['f'])");
    expect("class CM:\n    def __enter__(self): return 'in'\n"
           "    def __exit__(self, *a): self.a = a[0].__name__; return True\n"
           "cm = CM()\nwith cm as v:\n    raise KeyError\nresult = (v, cm.a)",
           "('in', 'KeyError')");
    expect_error("raise", "RuntimeError: No active exception to reraise");
    expect_error("raise 5", "TypeError: exceptions must derive from BaseException");
    expect_error("try:\n    pass\nexcept 5:\n    pass\nraise KeyError('k')", "KeyError: 'k'");
}

Test(eval, classes)
{
    expect("class A:\n    def get(self): return 1\n"
           "class B(A):\n    def get(self): return super().get() + 1\n    def c(self): return __class__\n"
           "result = (B().get(), B().c().__name__)",
           "(2, 'B')");
    expect("class M(type):\n    def __new__(m, name, bases, ns, **kw):\n        ns['tag'] = kw\n"
           "        return super().__new__(m, name, bases, ns)\n"
           "class C(metaclass=M, x=1):\n    pass\nresult = (type(C).__name__, C.tag)",
           "('M', {'x': 1})");
    expect("class E:\n    def __mro_entries__(self, bases): return (object,)\n"
           "class C(E()):\n    pass\nresult = C.__mro__[-1].__name__",
           "'object'");
    expect("class O:\n    class I:\n        def m(self): pass\nresult = O.I.m.__qualname__", "'O.I.m'");
}

Test(eval, recursion)
{
    expect("import sys\nsys.setrecursionlimit(20000)\n"
           "def r(n): return r(n - 1) if n else 'bottom'\nresult = r(15000)",
           "'bottom'");
    expect_error("import sys\nsys.setrecursionlimit(1000)\ndef f(): return f()\nf()",
                 "RecursionError: maximum recursion depth exceeded");
}

/* Uncaught exceptions print as CPython 3.11 does. */
Test(eval, traceback_printing)
{
    PymObject *g = run("import sys\n"
                       "class W:\n"
                       "    def __init__(self): self.parts = []\n"
                       "    def write(self, s): self.parts.append(s)\n"
                       "    def flush(self): pass\n"
                       "w = W()\n"
                       "sys.stderr = w\n"
                       "def f(x):\n"
                       "    return x + 'a'\n");
    cr_assert(g, "%s", message);
    PymObject *code = pym_compile_source("f(1)\n", PYM_ID(__main__), PYM_MODE_EXEC);
    cr_assert(code);
    PymObject *r = pym_eval_code(code, g, g);
    cr_assert(!r);
    pym_err_print();
    PymObject *w = pym_dict_getitem_str_borrow(g, "w");
    PymObject *parts = pym_object_getattr_str(w, "parts");
    PymObject *empty = pym_str_from_cstr("");
    PymObject *text = pym_str_join(empty, parts);
    cr_assert(text);
    cr_expect_str_eq(pym_str_as_utf8(text),
                     "Traceback (most recent call last):\n"
                     "  File \"__main__\", line 1, in <module>\n"
                     "  File \"<test>\", line 9, in f\n"
                     "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
    PYM_DECREF(text);
    PYM_DECREF(empty);
    PYM_DECREF(parts);
    PYM_DECREF(code);
    PymObject *sys = pym_interp.sys_module;
    PymObject *saved = pym_object_getattr_str(sys, "__stderr__");
    if (saved) {
        pym_object_setattr_str(sys, "stderr", saved);
        PYM_DECREF(saved);
    }
    pym_err_clear();
    pym_dict_clear(g);
    PYM_DECREF(g);
}
