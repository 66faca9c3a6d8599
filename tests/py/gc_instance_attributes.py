# CPython 3.11 keeps the attributes of plain class instances inline until
# __dict__ is asked for: gc counts, referents, referrers and gc.garbage
# see the instances, not their dicts
import gc
class A: pass
gc.collect()
a = A(); b = A(); a.b = b; b.a = a
del a, b
print(gc.collect())
class N:
    pass
n = N(); n.x = [1]; n.y = "s"; n.z = None
print(gc.get_referents(n))
print([type(r).__name__ for r in gc.get_referrers(n.x)])
print(sum(1 for o in gc.get_objects() if type(o) is dict and o.get("y") == "s"))
d = n.__dict__
print([type(r).__name__ for r in gc.get_referents(n)], [type(r).__name__ for r in gc.get_referrers(n.x)])
print(sum(1 for o in gc.get_objects() if type(o) is dict and o.get("y") == "s"))
gc.set_debug(gc.DEBUG_SAVEALL)
p = A(); p.p = p; del p
print(gc.collect(), [type(o).__name__ for o in gc.garbage])
gc.set_debug(0); gc.garbage.clear()
q = A(); q.q = q; q.__dict__; del q
print(gc.collect())
r = A(); r.r = r; vars(r); del r
print(gc.collect())
s = A(); s.s = s; dir(s); del s
print(gc.collect())
class E(Exception): pass
e = E(); e.e = e; del e
print(gc.collect())
class L(list): pass
l = L(); l.l = l; del l
print(gc.collect())
class Slots:
    __slots__ = ("a", "__dict__")
sl = Slots(); sl.a = sl; sl.b = 1; del sl
print(gc.collect())
class Sub(A): pass
su = Sub(); su.x = su; del su
print(gc.collect())
t = A(); t.__dict__ = {"t": None}; t.t = t; del t
print(gc.collect())
