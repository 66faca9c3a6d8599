import weakref, gc, atexit

class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return "R(%s)" % self.n

def report(*args, **kw):
    print("finalizer", args, sorted(kw.items()))
    return "result"

a = R("a")
f = weakref.finalize(a, report, 1, 2, key="v")
print(f.alive, f.atexit)
print(f.peek()[0] is a, f.peek()[1] is report, f.peek()[2:])
print(repr(f).startswith("<finalize object at 0x"), "; for 'R' at 0x" in repr(f))
det = f.detach()
print(det[0] is a, det[1] is report, det[2:], f.alive, f.peek(), f.detach(), f())
print(repr(f).endswith("; dead>"))
f2 = weakref.finalize(a, report, "f2")
print(f2(), f2.alive, f2())
f3 = weakref.finalize(a, report, "f3")
del a
gc.collect()
print(f3.alive, f3())
b = R("b")
fb = weakref.finalize(b, report, "exit-b")
c = R("c")
fc = weakref.finalize(c, report, "no-exit-c")
fc.atexit = False
d = R("d")
fd = weakref.finalize(d, report, "exit-d")
e = R("e")
fe = weakref.finalize(e, report, "exit-e")
fe.atexit = True
def at_exit_hook():
    print("atexit hook")
atexit.register(at_exit_hook)
try:
    weakref.finalize(1, report)
except TypeError as err:
    print("TypeError", err)
try:
    weakref.finalize()
except TypeError as err:
    print("TypeError", err)
try:
    weakref.finalize(R("x"))
except TypeError as err:
    print("TypeError", err)
print("end of script")
