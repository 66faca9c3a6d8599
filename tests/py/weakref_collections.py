import weakref, gc

class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
    def __lt__(self, o): return self.n < o.n

objs = [K(i) for i in range(6)]
# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
for i, o in enumerate(objs[:4]):
    wvd[i] = o
print(len(wvd), sorted(wvd.keys()), sorted(wvd.values()), 2 in wvd, 9 in wvd)
print(wvd.setdefault(1, objs[5]), wvd.setdefault(7, objs[5]), len(wvd))
print(wvd.pop(7), wvd.pop(99, "dflt"))
try:
    wvd.pop(99)
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
k, v = wvd.popitem()
print(type(k).__name__, isinstance(v, K), len(wvd))
wvd[k] = v
wvd.update({10: objs[4]}, extra=objs[5])
wvd.update([(11, objs[4])])
print(sorted(map(str, wvd.keys())))
items = wvd.items()
print(sorted((str(a), b) for a, b in items))
print(wvd.get(10), wvd.get(12), wvd.get(12, "d"))
cp = wvd.copy()
print(type(cp).__name__, len(cp) == len(wvd), cp is not wvd)
vr = wvd.valuerefs()
print(type(vr).__name__, len(vr), all(isinstance(r, weakref.ref) for r in vr))
print(sorted(r() for r in vr if r() is not None)[:2])
print(sorted(r().n for r in wvd.itervaluerefs()))
try:
    wvd[12]
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
del wvd[11]
print(11 in wvd)
try:
    del wvd[11]
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
print(repr(wvd).startswith("<WeakValueDictionary at 0x"))
tmp = K(100)
wvd["tmp"] = tmp
n_before = len(wvd)
del tmp
gc.collect()
print(n_before - len(wvd), "tmp" in wvd)
wvd2 = weakref.WeakValueDictionary({1: objs[0]}, b=objs[1])
print(sorted(map(str, wvd2)), dict(wvd2.items()) == {1: objs[0], "b": objs[1]})
wvd2.clear()
print(len(wvd2))
try:
    wvd2.popitem()
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
for o in objs[:3]:
    wkd[o] = o.n * 10
print(len(wkd), sorted(wkd.values()), objs[0] in wkd, K(0) in wkd, 5 in wkd)
print(wkd.setdefault(objs[0], -1), wkd.setdefault(objs[4], 40), len(wkd))
print(wkd.pop(objs[4]), wkd.pop(objs[5], "dflt"))
try:
    wkd.pop(objs[5])
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
k, v = wkd.popitem()
print(isinstance(k, K), v == k.n * 10, len(wkd))
wkd[k] = v
wkd.update({objs[3]: 30})
wkd.update([(objs[4], 40)])
print(sorted(wkd.items()), sorted(wkd.keys()))
kr = wkd.keyrefs()
print(type(kr).__name__, len(kr), sorted(r() for r in kr))
cp = wkd.copy()
print(type(cp).__name__, len(cp))
tmpk = K(200)
wkd[tmpk] = "t"
print(len(wkd))
del tmpk
gc.collect()
print(len(wkd))
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError", e)
try:
    wkd[K(9)]
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
del wkd[objs[4]]
print(objs[4] in wkd, wkd.get(objs[4]), wkd.get(objs[4], "d"))
print(repr(wkd).startswith("<WeakKeyDictionary at 0x"))
try:
    wkd.update(1)
except TypeError as e:
    print("TypeError", e)
wkd.clear(); print(len(wkd))
# iteration during deletion
wk = weakref.WeakKeyDictionary({K(i): i for i in range(3)})
print(len(wk))
gc.collect()
print(len(wk))
# WeakSet
ws = weakref.WeakSet(objs[:3])
print(len(ws), objs[0] in ws, K(0) in ws, 3 in ws)
ws.add(objs[3]); ws.add(objs[3])
print(len(ws), sorted(ws))
ws.discard(objs[3]); ws.discard(objs[5])
ws.remove(objs[2])
try:
    ws.remove(objs[2])
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
print(sorted(ws))
other = weakref.WeakSet(objs[1:4])
print(sorted(ws | other), sorted(ws & other), sorted(ws - other), sorted(ws ^ other))
print(sorted(ws.union(objs[4:5])), sorted(ws.intersection([objs[0]])), sorted(ws.difference([objs[0]])), sorted(ws.symmetric_difference([objs[0], objs[5]])))
print(ws <= other, ws < ws | other, ws >= weakref.WeakSet([objs[0]]), ws > ws, ws == weakref.WeakSet(objs[:2]), ws != other)
print(ws.issubset(objs), ws.issuperset([objs[0]]), ws.isdisjoint([objs[4]]), ws.isdisjoint([objs[0]]))
w2 = ws.copy(); w2 |= other; print(sorted(w2), type(w2).__name__)
w2 &= weakref.WeakSet(objs[:3]); print(sorted(w2))
w2 -= weakref.WeakSet([objs[0]]); print(sorted(w2))
w2 ^= weakref.WeakSet([objs[1], objs[5]]); print(sorted(w2))
w2.update(objs[:2]); print(sorted(w2))
w2.difference_update([objs[0]]); w2.intersection_update(objs[1:]); w2.symmetric_difference_update([objs[3]]); print(sorted(w2))
p = w2.pop(); print(isinstance(p, K), len(w2))
w2.clear(); print(len(w2))
try:
    w2.pop()
except KeyError as e:
    print("KeyError", e if not isinstance(e.args[0], weakref.ref) else "<weakref>")
try:
    ws.add(3)
except TypeError as e:
    print("TypeError", e)
print(repr(ws).startswith("{") or repr(ws).startswith("<"), repr(weakref.WeakSet()))
t = K(300)
ws.add(t)
n = len(ws)
del t
gc.collect()
print(n - len(ws))
print(ws == set(objs[:2]), type(ws | set()).__name__)
try:
    hash(ws)
except TypeError as e:
    print("TypeError", e)
