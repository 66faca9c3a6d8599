# binary operators with reflected variants, NotImplemented, subclass priority, unary ops, error messages
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "Vec" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec): return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k): return Vec(*(k * a for a in self.c))
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __matmul__(self, o): return ("matmul", self.c, o.c)
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return Vec(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, base): return "rpow(%r)" % (base,)
    def __rsub__(self, o): return "rsub(%r)" % (o,)
v, w = Vec(1, 2), Vec(10, 20)
print(v + w, v + 1, 1 + v, 2.5 + v, v - w, v * 3, 3 * v, v * w, -v, +v is v, abs(Vec(3, 4)), ~v, v @ w)
print(w / 4, w // 3, w % 3, v ** 2, pow(v, 3, 5), 2 ** v, 5 - v, divmod(7, 2))
for expr in (lambda: v - 1, lambda: "s" + v, lambda: v / "x", lambda: [] * v, lambda: v < w):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __add__(self, o): return "Derived.add"
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base(), 1 + Base())
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "Right.radd"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
for expr in (lambda: 1 + "a", lambda: [] + (), lambda: {} - {}, lambda: None * 1, lambda: "a" * 1.5,
             lambda: 1 << [], lambda: 1 & "x", lambda: 3 ** None, lambda: -"s", lambda: ~1.5, lambda: +[],
             lambda: abs("x"), lambda: 1 @ 2, lambda: divmod("a", 1)):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
print(True + True, 3 * "ab", "ab" * 3, [0] * 2, 2 * (1,), 7 // -2, -7 % 3, 2 ** -1, 10 / 4, -2 ** 2)
