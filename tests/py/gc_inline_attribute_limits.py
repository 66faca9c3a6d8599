# When CPython 3.11 moves instance attributes into a dict of their own
# (the shared keys of a class are full, non-str names, __dict__ asked
# for), gc counts that dict; before, it counts the instance alone.
import weakref, gc, sys
# weakref to a hidden-dict instance: callbacks during gc
class A: pass
a = A(); a.self = a
log = []
r = weakref.ref(a, lambda ref: log.append("cb"))
del a
print(gc.collect(), log, r())
# resurrection counts
saved = []
class Res:
    def __del__(self):
        saved.append(self)
x = Res(); x.me = x
del x
print(gc.collect(), len(saved), gc.collect())
saved.clear()
print(gc.collect())
# getrefcount with hidden dict
b = A(); b.v = [1]
print(sys.getrefcount(b.v))
print(gc.is_tracked(b), gc.is_tracked(b.__dict__))
c = A(); c.n = 1
print(gc.is_tracked(c.__dict__))
# dict subclass attr
class D(dict): pass
d = D(); d.attr = d
del d
print(gc.collect())
# function attributes
def f(): pass
f.attr = f
del f
print(gc.collect())
# instance with many attributes
m = A()
for i in range(40):
    setattr(m, "a%d" % i, [i])
m.m = m
del m
print(gc.collect())
class Lazy:
    def __init__(self, v): self.v = v
nodes = [Lazy(i) for i in range(40)]
for i in range(39):
    nodes[i].next = nodes[i + 1]
nodes[-1].next = nodes[0]
nodes[5].extra = nodes[5]
nodes[6].extra2 = nodes[6]
del nodes
print(gc.collect())
class Few:
    pass
fs = [Few() for i in range(3)]
for k, f in enumerate(fs):
    for j in range(12):
        setattr(f, "n%d_%d" % (k, j), f)
del fs, f
print(gc.collect())
class Odd: pass
o = Odd()
class S(str): pass
setattr(o, S("weird"), o)
del o
print(gc.collect())
