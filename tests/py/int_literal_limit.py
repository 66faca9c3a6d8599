# An int literal beyond sys.get_int_max_str_digits() is a SyntaxError at
# compile time (ValueError only for int() at run time), as in CPython 3.11.
import sys
for src in ["x = " + "9" * 5000, "x = 0x" + "f" * 5000, "y = 1\nx = -" + "7" * 4301]:
    try:
        compile(src, "<literal>", "exec")
        print("compiled", len(src))
    except SyntaxError as e:
        print("SyntaxError", e.lineno, e.offset, str(e).split(":")[0])
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError", str(e)[:40])
sys.set_int_max_str_digits(6000)
print(type(eval("9" * 5000)).__name__)
