import gc, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def method(self):
        return self.name

gc.collect()
# get_objects per generation
a = Node("a")
print(any(o is a for o in gc.get_objects(0)), any(o is a for o in gc.get_objects(2)))
print(any(o is a for o in gc.get_objects()))
gc.collect(0)
print(any(o is a for o in gc.get_objects(0)), any(o is a for o in gc.get_objects(1)))
gc.collect()
print(any(o is a for o in gc.get_objects(1)), any(o is a for o in gc.get_objects(2)))
for bad in (3, -1, 100, "x", 1.0, None):
    try:
        r = gc.get_objects(bad)
        print("ok", type(r).__name__, bad is None)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gc.get_objects(generation=5)
except Exception as e:
    print(type(e).__name__, e)
everything = gc.get_objects()
print(any(type(o) is int for o in everything), any(type(o) is str for o in everything))
# get_referents
lst = [1, "two", a]
print(gc.get_referents(lst) == [a, "two", 1], gc.get_referents([]), gc.get_referents(()))
d = {"k": a, 5: "v"}
refs = gc.get_referents(d)
print(len(refs), "k" in refs, a in refs, 5 in refs, "v" in refs)
t = (a, 7)
print(gc.get_referents(t) == [a, 7])
r = gc.get_referents(a)
print(len(r), any(x is a.__dict__ for x in r), any(x is Node for x in r))
r = gc.get_referents(a)
print(len(r), any(x is a.__dict__ for x in r), any(x is Node for x in r))
print(gc.get_referents(1, "s", 2.5))
print(len(gc.get_referents(lst, t)))
def make_closure():
    captured = [1, 2]
    def inner():
        return captured
    return inner
clo = make_closure()
fr = gc.get_referents(clo)
print(any(type(x).__name__ == "tuple" and len(x) == 1 and type(x[0]).__name__ == "cell" for x in fr))
print(any(x is clo.__globals__ for x in fr), any(x is clo.__code__ for x in fr))
cell = clo.__closure__[0]
print(gc.get_referents(cell) == [[1, 2]])
bm = a.method
br = gc.get_referents(bm)
print(len(br), any(x is a for x in br), any(x is Node.__dict__["method"] for x in br))
# get_referrers
holder = [a]
dh = {"x": a}
refr = gc.get_referrers(a)
print(any(x is holder for x in refr), any(x is dh for x in refr), any(x is t for x in refr))
print(any(x is bm for x in refr), any(x is d for x in refr))
print(gc.get_referrers() == [])
b = Node("b")
print([x is a.__dict__ for x in gc.get_referrers("a") if isinstance(x, dict) and x.get("name") == "a"])
# is_finalized
class WithDel:
    def __del__(self):
        pass
w = WithDel()
print(gc.is_finalized(w), gc.is_finalized(a), gc.is_finalized(3))
resurrected = []
class Resurrect:
    def __del__(self):
        resurrected.append(self)
x = Resurrect(); x.self = x
del x
gc.collect()
print(len(resurrected), gc.is_finalized(resurrected[0]))
try:
    gc.is_finalized()
except TypeError as e:
    print(e)
# freeze
gc.collect()
print(gc.get_freeze_count())
gc.freeze()
fc = gc.get_freeze_count()
print(fc > 0, gc.get_count())
print(any(o is a for o in gc.get_objects()), any(o is a for o in gc.get_objects(2)))
gc.unfreeze()
print(gc.get_freeze_count(), any(o is a for o in gc.get_objects(2)))
# callbacks
infos = []
def cb(phase, info):
    infos.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(infos)
# collect return value
gc.collect()
for i in range(5):
    n = Node(i); n.other = n
del n
print(gc.collect() >= 5)
print(gc.collect())
try:
    gc.collect(3)
except ValueError as e:
    print(e)
try:
    gc.collect(-1)
except ValueError as e:
    print(e)
try:
    gc.collect("x")
except TypeError as e:
    print(e)
print(gc.collect(generation=0) >= 0)
# get_stats
st = gc.get_stats()
print(len(st), [sorted(s) for s in st])
before = [s["collections"] for s in st]
gc.collect(0); gc.collect(1); gc.collect(2)
after = [s["collections"] for s in gc.get_stats()]
print([b2 - b1 >= 1 for b1, b2 in zip(before, after)])
print(gc.get_stats()[2]["collected"] >= 5)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
try:
    gc.set_debug("x")
except TypeError as e:
    print(e)
# DEBUG_SAVEALL
gc.set_debug(gc.DEBUG_SAVEALL)
c1 = Node("c1"); c2 = Node("c2"); c1.other = c2; c2.other = c1
del c1, c2
n = gc.collect()
print(n >= 2, sorted(o.name for o in gc.garbage if isinstance(o, Node)))
print(any(isinstance(o, dict) for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.garbage, gc.get_debug())
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked((1,)), gc.is_tracked(([],)), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(a))
