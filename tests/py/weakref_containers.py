# WeakValueDictionary / WeakKeyDictionary / WeakSet: entries vanish with their objects, views, methods
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n
wvd = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    wvd["k%d" % o.n] = o
print(len(wvd), sorted(wvd.keys()), wvd["k2"], wvd.get("k9"), "k1" in wvd)
del objs[1]
print(len(wvd), "k1" in wvd, sorted(wvd))
del o
objs.clear()
print(len(wvd), list(wvd.items()))
a = Obj(10)
wvd["x"] = a
print(wvd.setdefault("x", Obj(0)), wvd.pop("x"), len(wvd))
try:
    wvd["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    wvd["bad"] = 5
except TypeError as e:
    print("TypeError:", e)
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj(1), Obj(2)
wkd[k1] = "one"
wkd[k2] = "two"
print(len(wkd), wkd[k1], k2 in wkd, sorted(wkd.values()))
del k1
print(len(wkd), list(wkd.values()))
wkd.update({k2: "TWO"})
print(wkd[k2], [(k, v) for k, v in wkd.items()])
try:
    wkd["str keys are not weakly referenceable"] = 1
except TypeError as e:
    print("TypeError:", e)
ws = weakref.WeakSet()
members = [Obj(i) for i in range(4)]
for m in members:
    ws.add(m)
ws.add(members[0])
print(len(ws), members[2] in ws, Obj(2) in ws)
members.pop()
del m
print(len(ws))
ws.discard(members[0])
print(len(ws), sorted(o.n for o in ws))
ws2 = weakref.WeakSet(members[1:2])
print(sorted(o.n for o in ws | ws2), sorted(o.n for o in ws & ws2), sorted(o.n for o in ws - ws2), ws2 <= ws)
x, y = Obj(100), Obj(200)
x.y, y.x = y, x
cyc = weakref.WeakValueDictionary(a=x, b=y)
del x, y
print("cycle still alive:", len(cyc))
gc.collect()
print("after collect:", len(cyc))
cache = weakref.WeakValueDictionary()
def get(n):
    obj = cache.get(n)
    if obj is None:
        obj = Obj(n)
        cache[n] = obj
        print("created", n)
    return obj
first = get(1)
again = get(1)
print(first is again)
del first, again
third = get(1)
print("recreated after drop:", third.n)
