# weakref.proxy: attribute access, operators, callables, ReferenceError after death, proxy types
import weakref
class Box:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def __len__(self): return self.v
    def __add__(self, o): return Box(self.v + o)
    def __getitem__(self, i): return self.v * i
    def __iter__(self): return iter(range(self.v))
    def __eq__(self, o): return isinstance(o, Box) and o.v == self.v
    __hash__ = None
    def __call__(self, x): return ("called", x)
    def __repr__(self): return "Box(%d)" % self.v
    def __str__(self): return "box of %d" % self.v
b = Box(3)
p = weakref.proxy(b)
print(p.v, p.get(), len(p), (p + 1).v, p[5], list(p), p == Box(3), p(7), str(p), bool(p))
p.v = 4
print(b.v, hasattr(p, "v"), getattr(p, "missing", "dflt"))
del p.v
print(hasattr(b, "v"))
b.v = 2
print(type(p).__name__, weakref.getweakrefcount(b), weakref.proxy(b) is p, isinstance(p, Box))
print(type(p) in weakref.ProxyTypes, weakref.CallableProxyType in weakref.ProxyTypes)
def f(): return "function result"
pf = weakref.proxy(f)
print(type(pf).__name__, pf())
log = []
victim = Box(9)
pv = weakref.proxy(victim, lambda prx: log.append("proxy callback"))
del victim
print(log)
for op in (lambda: pv.v, lambda: len(pv), lambda: pv + 1, lambda: str(pv), lambda: pv(1)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    hash(weakref.proxy(Box(1)))
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def path(self):
        return (self.parent.path() + "/" if self.parent is not None else "") + self.name
root = Node("root")
leaf = Node("leaf", Node("mid", root))
print(leaf.path(), [c.name for c in root.children])
