# weakref.finalize: call on death, explicit call, detach, peek, alive, atexit flag, ordering
import weakref, gc
class Res:
    def __init__(self, name): self.name = name
def closer(name, log=None):
    print("closing", name)
    return "closed " + name
r = Res("file1")
f = weakref.finalize(r, closer, "file1")
print(f.alive, f.atexit, f.peek()[2:], type(f.peek()[0]).__name__, f.peek()[1] is closer)
del r
print(f.alive, f.peek(), f())
r2 = Res("file2")
f2 = weakref.finalize(r2, closer, "file2")
print(f2(), f2.alive, f2())
del r2
print("no second call after explicit call")
r3 = Res("file3")
f3 = weakref.finalize(r3, closer, "file3")
print(f3.detach()[2:], f3.alive, f3.detach())
del r3
print("detached finalizer never runs")
objs = [Res("o%d" % i) for i in range(3)]
fins = [weakref.finalize(o, closer, o.name) for o in objs]
objs.reverse()
objs.clear()
print("after clearing list:", [fn.alive for fn in fins])
a = Res("cyc-a"); b = Res("cyc-b")
a.b, b.a = b, a
fa = weakref.finalize(a, print, "finalizer for cycle member a")
del a, b
print("cycle alive:", fa.alive)
gc.collect()
print("cycle collected:", fa.alive)
class Managed:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, closer, name)
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive
m = Managed("managed")
print(m.closed)
m.close()
print(m.closed)
m2 = Managed("dropped")
del m2
try:
    weakref.finalize(5, print)
except TypeError as e:
    print("TypeError:", e)
kw = Res("kw")
fk = weakref.finalize(kw, lambda *a, **k: print("args", a, "kwargs", sorted(k.items())), 1, 2, key="v")
del kw
last = Res("at-exit")
weakref.finalize(last, print, "finalizer run at interpreter exit")
print("end of script")
