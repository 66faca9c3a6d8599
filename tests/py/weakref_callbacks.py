# weakref callbacks: order (newest first), callback receives the dead ref, callbacks in cycles, ref identity/hash
import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Obj(%s)" % self.name
log = []
o = Obj("a")
r1 = weakref.ref(o, lambda r: log.append(("r1", r() is None)))
r2 = weakref.ref(o, lambda r: log.append(("r2", r() is None)))
r3 = weakref.ref(o, lambda r: log.append(("r3", r is r3)))
plain = weakref.ref(o)
print(weakref.getweakrefcount(o), plain is weakref.ref(o), r1 is r2, r1 == r2, r1 == plain)
del o
print(log)
def cb(ref):
    print("callback got dead ref:", ref() is None, ref is saved)
x = Obj("x")
saved = weakref.ref(x, cb)
x = None
print("after rebinding x")
keep = Obj("keep")
dropped = weakref.ref(keep, lambda r: print("never called: the ref itself died first"))
del dropped
del keep
print("ref deleted before referent: no callback")
a, b = Obj("cyc-a"), Obj("cyc-b")
a.peer, b.peer = b, a
wa = weakref.ref(a, lambda r: print("cycle callback a"))
wb = weakref.ref(b, lambda r: print("cycle callback b"))
del a, b
print("before collect:", wa() is not None, wb() is not None)
gc.collect()
print("after collect:", wa(), wb())
k1, k2 = Obj("k"), Obj("k")
w1, w2 = weakref.ref(k1), weakref.ref(k2)
print(w1 == w2, w1 != w2, w1 == weakref.ref(k1), w1() is k1)
class Hashable(Obj):
    def __hash__(self): return 1234
    def __eq__(self, other): return isinstance(other, Hashable)
h1, h2 = Hashable("h1"), Hashable("h2")
wh1, wh2 = weakref.ref(h1), weakref.ref(h2)
print(hash(wh1), wh1 == wh2, {wh1: "v"}[wh2])
del h1
print(hash(wh1), wh1 == wh2, wh1() is None)
try:
    hash(weakref.ref(Hashable("tmp")))
except TypeError as e:
    print("TypeError:", e)
def raising_cb(ref):
    raise ValueError("errors in callbacks go to stderr")
victim = Obj("v")
rv = weakref.ref(victim, raising_cb)
del victim
print("continued after failing callback", rv())
print(type(weakref.ref).__name__, weakref.ref is weakref.ReferenceType, weakref.ref(Obj("t"))() is None)
