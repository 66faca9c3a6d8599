# The complex type: literals, construction from numbers and strings, arithmetic
# with int/float mixing, powers (including float ** fractional with a negative
# base), comparisons, hashing, repr and format specs, and the error messages.
z = 3 + 4j
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z, z * 2, z / 2, z ** 2, 2 ** z, z - 1, 1 - z)
print(1j, -1j, 0j, -0j, 1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 1e20j, complex(1, float("inf")), complex(float("nan"), 1))
print(complex(), complex(2), complex(2.5, -1), complex("1+2j"), complex(" ( -1.5e3-4J ) "), complex("j"), complex("-j"), complex("3"), complex(imag=2), complex(real=1, imag=-0.0))
print(complex(1 + 2j, 3 + 4j), complex(1j), complex(2, 1j), type(complex(1)) is complex, isinstance(1j, complex))
print(z == 3 + 4j, z != z, 1 + 0j == 1, 1.5 + 0j == 1.5, 2j == 2, {1: "a"}[1 + 0j], hash(2 + 0j) == hash(2), hash(1.5 + 0j) == hash(1.5), hash(1j))
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, 0j ** 0, 2j ** 3, (1 + 1j) ** -2, (1+1j) ** 0.5, 1j ** 200)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), sum([1j, 2, 3.5]), [1j, 2j][0], sorted([1, 2], key=lambda v: abs(v * 1j)))
print(f"{z}", f"{z:.2f}", f"{z:>12}", f"{z:*^14.1f}", format(z, "e"), format(-0.5j, ""), format(2j, "g"), format(z, "+"), str(z), "%s %r" % (z, z))
print(complex("1e-3+1e3j"), complex("inf-nanj"), complex("1_000+2_0j"), 1_0j, 0.5j, 1e-5j, .5j, 5.j, 10J)
for bad in ["1+", "j1", "1+2", "(1+2j", "1+2jj", "", "  ", "1 + 2j", "abc", "1e+j"]:
    try: print(complex(bad))
    except ValueError as e: print("ValueError:", e)
for fn in [lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 1), lambda: int(z), lambda: float(z), lambda: round(z),
           lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex([]),
           lambda: pow(z, 2, 3), lambda: z.real.foo, lambda: 10 ** 400 * 1j, lambda: abs(complex(1e308, 1e308)), lambda: (1e200 + 1e200j) ** 50,
           lambda: math.sqrt(z), lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: format(z, "010"), lambda: format(z, "d"), lambda: ~z]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
import math
class C:
    def __complex__(self): return 2 + 3j
print(complex(C()), 1j.__class__.__name__, complex.__name__, type(1j))
class MyC(complex):
    pass
m = MyC(1, 2); print(m, type(m).__name__, m + 1, type(m + 1).__name__, repr(MyC("5j")))
print(z.__getnewargs__(), 1j.__complex__(), complex.conjugate(1j))
print(eval("1+2j"), [x * 1j for x in range(3)], {1j, 1j, 2j} == {2j, 1j})
