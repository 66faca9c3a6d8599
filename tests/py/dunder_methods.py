class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, s): return Vec(self.x * s, self.y * s)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
v = Vec(1, 2); w = Vec(3, 4)
print(v + w, v - w, v * 3, 2 * v, -v, abs(w), v == Vec(1, 2), v != w, v < w, sorted([w, v]))
print(repr(v), str(v), bool(Vec(0, 0)), list(v), v[1], len(v), 2 in v, 5 in v, v(10))
v += w; print(v, {v: 1}[Vec(4, 6)], max(v, w), f"{v}", "%s" % v)
class Seq:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
s = Seq(); s["a"] = 1; print(s["a"]); del s["a"]; print(s.d)
class Ctx:
    def __enter__(self):
        print("enter"); return "resource"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None); return True
with Ctx() as r:
    print("inside", r)
    raise ValueError("swallowed")
print("after with")
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
class Attr:
    def __getattr__(self, name): return "dyn_" + name
    def __setattr__(self, name, value): object.__setattr__(self, name, value * 2)
a = Attr(); a.x = 5
print(a.x, a.missing)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
print([10, 20, 30][Num(1)], int(Num(7)), float(Num(2)), hex(Num(255)), range(Num(3)))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp.__hash__)
class R:
    def __radd__(self, o): return "radd " + repr(o)
print(1 + R(), [1] + R())
