# Deeply nested source is refused with CPython's errors, never a crash.
cases = [
    "-" * 100000 + "1",
    "(" * 201 + ")" * 201,
    "(" * 199 + "1" + ")" * 199,
    "-" * 5000 + "1",
    "1" + "+1" * 100000,
    "not " * 5000 + "1",
    "[" * 150 + "]" * 150,
    "lambda: " * 500 + "1",
]
for src in cases:
    try:
        value = eval(src)
        print("ok", type(value).__name__)
    except (MemoryError, SyntaxError, RecursionError) as e:
        print(type(e).__name__, str(e))
