# complex: signed zeros, overflow, inf/nan, %-formatting and augmented assignment.
import sys
for fn in [lambda: "%d" % 1j, lambda: "%f" % 1j, lambda: "%s|%r" % (1j, 2+0j), lambda: "{:.1f}|{}".format(1+1j, 1j), lambda: int.__pow__(2, 1j), 
           lambda: (-1.0) ** 0.25, lambda: pow(-8, 1/3), lambda: 1j.__round__, lambda: [2j] * 2, lambda: max(1j, 2j), lambda: 1j in [1j], lambda: (1j).imag.is_integer(),
           lambda: complex("1e500j"), lambda: complex(10**400), lambda: 1e308 * 10j, lambda: (1+2j) * float("inf"), lambda: complex(-0.0, -0.0), lambda: complex(0.0, -0.0),
           lambda: -(0j), lambda: 0j - 0j, lambda: repr(complex(-0.0, 1)), lambda: 1 / (1e-310 + 0j), lambda: (1j) ** 1000, lambda: 2 ** (1j * 1000)]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
def f(a: complex = 1j) -> complex: return a * 2
print(f(), f(3), f.__defaults__)
x = 2
x *= 1j; x += 1; x /= 2; x **= 2; print(x)
print(complex.__doc__.splitlines()[0])
