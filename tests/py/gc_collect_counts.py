# gc.collect() return values for known cycles: it counts the unreachable objects found
import gc
gc.collect()
gc.disable()
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())
a, b = [], []
a.append(b); b.append(a)
del a, b
print("two-list cycle:", gc.collect())
d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring[:]
del ring
print("ring of ten lists:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple-list cycle:", gc.collect())
s = []
holder = {"k": s}
s.append(holder)
print("reachable cycle:", gc.collect())
del s, holder
print("after dropping it:", gc.collect())
print("nothing left:", gc.collect())
class Slotted:
    __slots__ = ("other",)
x, y = Slotted(), Slotted()
x.other, y.other = y, x
del x, y
print("slotted instances:", gc.collect())
cyc = []
cyc.append(cyc)
cyc.append([1, 2, 3])
cyc.append({"a": [4]})
del cyc
print("cycle dragging non-cyclic containers:", gc.collect())
big = []
for _ in range(100):
    node = []
    node.append(node)
    big.append(node)
big = None
node = None
print("hundred self-cycles:", gc.collect())
print("gen arg accepted:", gc.collect(0), gc.collect(1), gc.collect(generation=2))
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
gc.enable()
