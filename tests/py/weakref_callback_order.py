import weakref, gc
class O:
    def __call__(self): return "called"
o = O()
order = []
r1 = weakref.ref(o, lambda r: order.append(1))
r2 = weakref.ref(o, lambda r: order.append(2))
r3 = weakref.ref(o, lambda r: order.append(3))
p = weakref.proxy(o, lambda r: order.append("p"))
print(type(p).__name__, p(), callable(p))
del o
print(order)
# callback raising
def bad(r):
    raise RuntimeError("in callback")
o2 = O()
rb = weakref.ref(o2, bad)
del o2
print("after bad callback", rb())
# WeakValueDictionary iteration while values die
class V: pass
vals = [V() for _ in range(5)]
wvd = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
seen = []
for k in wvd:
    seen.append(k)
    if k == 1:
        del vals[3]
print(sorted(seen) == [0, 1, 2, 4] or sorted(seen) == [0, 1, 2, 3, 4], len(wvd))
# keyed by equality
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and o.k == self.k
    def __hash__(self): return hash(self.k)
k1 = K(1)
wkd = weakref.WeakKeyDictionary({k1: "one"})
print(wkd[K(1)], K(1) in wkd)
k1b = K(1)
wkd[k1b] = "uno"
print(len(wkd), wkd[k1], list(wkd.keys())[0] is k1)
# getweakrefs/getweakrefcount
class W: pass
w = W()
rs = [weakref.ref(w), weakref.ref(w, lambda r: None), weakref.proxy(w)]
print(weakref.getweakrefcount(w), len(weakref.getweakrefs(w)), weakref.getweakrefcount(3))
print(weakref.getweakrefs(3))
print(weakref.ref(w).__callback__, rs[1].__callback__ is not None)
# ref to class, function, set, frozenset, bound method
def func(): pass
for obj in (W, func, {1}, frozenset(), O().__call__, type, (lambda: 0)):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, e)
for obj in (1, "s", (1,), [1], {}, None, b"x", 1.5):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
print(weakref.ref.__name__, weakref.ReferenceType is weakref.ref, weakref.KeyedRef.__mro__[1] is weakref.ref)
