import weakref, gc, sys

class C:
    def __init__(self, name): self.name = name
    def meth(self): return "meth of " + self.name
    def __repr__(self): return "C(%s)" % self.name

# WeakMethod
c = C("c")
wm = weakref.WeakMethod(c.meth)
print(wm()(), wm() == c.meth, wm() is c.meth)
wm2 = weakref.WeakMethod(c.meth)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
c2 = C("c2")
wm3 = weakref.WeakMethod(c2.meth)
print(wm == wm3)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
try:
    weakref.WeakMethod(C.meth)
except TypeError as e:
    print(e)
called = []
wm4 = weakref.WeakMethod(c2.meth, lambda r: called.append(r is wm4))
del c2
gc.collect()
print(wm3(), wm4(), called)
print(wm3 == wm4, wm3 != wm4, wm3 == wm3)
print(type(wm).__name__, isinstance(wm, weakref.ref), type(wm).__mro__[1].__name__)
# dies with the function too
class D:
    def m(self): pass
dd = D()
wmf = weakref.WeakMethod(dd.m)
del D.m
gc.collect()
print(wmf())

# ref subclassing with extra attributes
class MyRef(weakref.ref):
    __slots__ = ("extra",)
    def __new__(cls, ob, callback=None, extra=0):
        self = super().__new__(cls, ob, callback)
        self.extra = extra
        return self
    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
class Dyn(weakref.ref):
    pass
o = C("o")
mr = MyRef(o, None, 42)
print(mr.extra, mr() is o, type(mr).__name__, isinstance(mr, weakref.ref))
dr = Dyn(o)
dr.note = "hi"
print(dr.note, dr() is o, dr is weakref.ref(o), weakref.ref(o) is weakref.ref(o))
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
plain = weakref.ref(o)
print(repr(plain).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(plain))
# callback receiving the dead ref
got = []
def cb(r):
    got.append((r is rr, r()))
rr = weakref.ref(o, cb)
del o, mr, dr, plain
gc.collect()
print(got, repr(rr).startswith("<weakref at 0x") and repr(rr).endswith("; dead>"))
# hash of dead refs
x = C("x")
h_alive = weakref.ref(x)
hv = hash(h_alive)
print(hv == hash(x))
h_unhashed = weakref.ref(x, lambda r: None)
del x
gc.collect()
print(hash(h_alive) == hv)
try:
    hash(h_unhashed)
except TypeError as e:
    print("TypeError", e)
class Unhashable:
    __hash__ = None
u = Unhashable()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print("TypeError", e)
# equality of refs
y1, y2 = C("y1"), C("y2")
print(weakref.ref(y1) == weakref.ref(y1), weakref.ref(y1) == weakref.ref(y2))
r1 = weakref.ref(y1); r1b = weakref.ref(y1, lambda r: None)
print(r1 == r1b, r1 is r1b)
del y1
gc.collect()
print(r1 == r1b, r1 == r1, r1 != r1b)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
try:
    weakref.ref([])
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(C("z"), 1, 2)
except TypeError as e:
    print(e)
# proxy
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, V) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, V) else o)
    __hash__ = object.__hash__
    def __len__(self): return self.v
    def __getitem__(self, i): return i * 2
    def __call__(self, *a): return ("called", a)
    def __iter__(self): return iter(range(self.v))
    def __bool__(self): return self.v != 0
    def __repr__(self): return "V(%r)" % self.v
    def __str__(self): return "str V"
    def __contains__(self, x): return x == 1
    def __neg__(self): return V(-self.v)
    def __index__(self): return self.v
    def __iadd__(self, o):
        self.v += o
        return self
val = V(3)
p = weakref.proxy(val)
print((p + 1).v, (1 + p).v, p < 5, p == 3, len(p), p[4], p(1, 2), list(p), bool(p), str(p), (-p).v, 1 in p)
print(repr(p).startswith("<weakproxy at 0x"), "; to 'V' at 0x" in repr(p))
print(p.v, [1,2,3,4,5][p], hex(p))
p.w = 9
print(val.w)
del p.w
print(hasattr(val, "w"))
p2 = p
p2 += 2
print(val.v, p2 is p, type(p2).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(type(p).__name__, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.proxy(val) is p)
del val, p2
gc.collect()
for op in [lambda: p.v, lambda: p + 1, lambda: len(p), lambda: str(p), lambda: p(), lambda: bool(p), lambda: p == 1, lambda: iter(p)]:
    try:
        op()
        print("no error")
    except ReferenceError as e:
        print("ReferenceError", e)
print(repr(p).startswith("<weakproxy at 0x") and repr(p).endswith("; dead>"))
