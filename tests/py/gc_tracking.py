# gc.is_tracked for many kinds of objects, dict/tuple untracking rules, get_referents/get_referrers
import gc
gc.disable()  # no automatic collections: tuple untracking happens only where this test asks for it
print("atoms:", [gc.is_tracked(v) for v in (0, 10**30, 1.5, "s", b"b", None, True, ..., NotImplemented)])
print("containers:", [gc.is_tracked(v) for v in ([], [1], set(), {1}, frozenset({1}), bytearray(b"x"))])
print("dicts:", gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": "b"}), gc.is_tracked({"a": []}), gc.is_tracked({1: (1,)}))
d = {"a": 1}
d["b"] = []
print("dict after storing a list:", gc.is_tracked(d))
d2 = {"a": 1}
d2["c"] = (1, 2)
print("dict after storing a tuple:", gc.is_tracked(d2))
t = (1, 2)
print("fresh tuple of atoms:", gc.is_tracked(t), "empty tuple:", gc.is_tracked(()))
t2 = tuple([1, "x"])
gc.collect()
print("tuple of atoms after a collection:", gc.is_tracked(t2))
t3 = tuple([1, []])
gc.collect()
print("tuple holding a list after a collection:", gc.is_tracked(t3))
class C: pass
class S:
    __slots__ = ()
def f(): pass
def gen(): yield
print("objects:", gc.is_tracked(C()), gc.is_tracked(S()), gc.is_tracked(C), gc.is_tracked(f), gc.is_tracked(gen()), gc.is_tracked(lambda: 0))
print("builtins:", gc.is_tracked(len), gc.is_tracked(int), gc.is_tracked(range(3)), gc.is_tracked(iter([])), gc.is_tracked(slice(1)))
inner = [1]
outer = [inner, "s", inner]
print(gc.get_referents(outer) == [inner, "s", inner], gc.get_referents(1), gc.get_referents("abc"))
dd = {"k": inner}
tup_refs = gc.get_referents((inner, 5))
print(inner in gc.get_referents(dd), len(tup_refs), inner in tup_refs, 5 in tup_refs)
both = gc.get_referents(outer, [inner])
print(len(both), sum(1 for r in both if r is inner), gc.get_referents())
refs = gc.get_referrers(inner)
print(any(r is outer for r in refs), any(r is dd for r in refs))
class Node:
    def __init__(self): self.child = None
n = Node()
n.child = inner
print(inner in gc.get_referents(n.__dict__) or inner in gc.get_referents(n), C in gc.get_referents(C()))
gc.enable()
