import weakref, gc
class Thing:
    def __init__(self, n): self.n = n
    def method(self): return self.n
t = Thing(1)
r = weakref.ref(t)
print(r() is t, r().n, weakref.getweakrefcount(t), weakref.getweakrefs(t) == [r])
r2 = weakref.ref(t)
print(r is r2, r == r2)
del t
print(r(), r2())
def cb(ref):
    print("callback called, dead:", ref() is None)
u = Thing(2)
r3 = weakref.ref(u, cb)
del u
print("after del u")
for obj in (1, "s", (1,), [1], {}, None, b"b"):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)
class MyList(list): pass
class MyDict(dict): pass
print(weakref.ref(MyList())() is None, type(weakref.ref(MyDict([(1, 2)]))).__name__)
v = Thing(3)
p = weakref.proxy(v)
print(p.n, p.method(), type(p).__name__)
del v
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
cache = weakref.WeakValueDictionary()
k1 = Thing(10); k2 = Thing(20)
cache["a"] = k1; cache["b"] = k2
print(len(cache), sorted(cache.keys()))
del k1
print(len(cache), "a" in cache, cache.get("b").n)
wk = weakref.WeakKeyDictionary()
key = Thing(5)
wk[key] = "value"
print(len(wk), wk[key])
del key
print(len(wk))
ws = weakref.WeakSet()
m1 = Thing(1); m2 = Thing(2)
ws.add(m1); ws.add(m2)
print(len(ws), m1 in ws)
del m1
print(len(ws))
class Owner:
    def meth(self): return "bound"
o = Owner()
wm = weakref.WeakMethod(o.meth)
print(wm()())
del o
print(wm())
def bye(msg): print("finalize:", msg)
f_obj = Thing(9)
fin = weakref.finalize(f_obj, bye, "goodbye")
print(fin.alive)
del f_obj
print(fin.alive)
f2 = Thing(8)
fin2 = weakref.finalize(f2, bye, "detached")
print(fin2.detach() is not None, fin2.alive)
a = Thing(0); b = Thing(0)
a.b = b; b.a = a
ra = weakref.ref(a, lambda r: print("cycle member callback"))
del a, b
gc.collect()
print("ra dead:", ra() is None)
at_exit = Thing(7)
weakref.finalize(at_exit, bye, "at exit")
print("end")
