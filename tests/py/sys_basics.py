# sys module basics: sizes and limits, version info, argv/platform types, exc_info, intern, stdout writing
import sys
print(sys.maxsize == 2**63 - 1, sys.maxsize + 1 == 2**63, sys.maxunicode == 0x10FFFF)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.version_info < (3, 12), len(sys.version_info))
print(type(sys.version).__name__, sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x030B)
print(type(sys.argv).__name__, len(sys.argv) >= 1, all(isinstance(a, str) for a in sys.argv))
print(sys.platform, sys.byteorder, type(sys.path).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2**-52, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf)
print(sys.get_int_max_str_digits(), sys.getdefaultencoding(), sys.implementation.name in ("cpython", "pym"))
print(sys.exc_info())
try:
    raise KeyError("inside")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info() == (None, None, None))
a = sys.intern("".join(["inter", "ned"]))
b = sys.intern("interned")
print(a is b, a == "interned")
n = sys.stdout.write("written directly\n")
print(n, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof(1) <= sys.getsizeof(10**100), sys.getsizeof(object(), 0) > 0)
print(callable(sys.exit), sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1, True, False))
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught:", e.code)
