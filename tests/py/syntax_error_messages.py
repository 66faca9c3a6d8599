# SyntaxError messages and positions for common mistakes, through compile().
cases = [
    "x = (1, 2",
    "print 'hello'",
    "if x = 3:\n    pass",
    "for i in range(3)\n    print(i)",
    "x = [1, 2, 3}",
    "class A\n    pass",
    "f(a=1, 2)",
    "def f(a=1, b):\n    pass",
    "x = 'unterminated",
    "  x = 1",
    "if True:\nprint(1)",
    "a, b += 1",
    "f() = 3",
    "None = 1",
    "x + 1 = 2",
    "[x for x in y] = 1",
    "(x for x in y) = 1",
    "[a, b] + c = 1",
    "{x: 1 for x in y} = 2",
    "x = 5 if 3",
    "break",
    "def f():\n    nonlocal x",
    "print(1 2)",
    "d = {1: 2, 3}",
    "def f(x, x): pass",
    "x = 0777",
    "x: int = 1 = 2",
    "f(**x, *y)",
    "try:\n    pass\nx = 1",
]
for src in cases:
    try:
        compile(src + "\n", "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
