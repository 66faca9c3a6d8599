import gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.disable()
a = Obj("a"); b = Obj("b")
a.ref = b; b.ref = a
del a, b
print("before collect")
n = gc.collect()
print("collected at least 2:", n >= 2)
d = {}
d["self"] = d
d["obj"] = Obj("in-dict")
del d
gc.collect()
print("dict cycle done")
def make_closure_cycle():
    o = Obj("closure")
    def f():
        return o
    o.f = f
make_closure_cycle()
gc.collect()
print("closure cycle done")
class Lazarus:
    saved = None
    def __del__(self):
        print("resurrecting")
        Lazarus.saved = self
l = Lazarus()
l.cycle = l
del l
gc.collect()
print("resurrected:", type(Lazarus.saved).__name__)
print(gc.is_finalized(Lazarus.saved))
Lazarus.saved = None
gc.collect()
print("lazarus gone")
def gen_cycle():
    o = Obj("gen-frame")
    yield o
g = gen_cycle()
next(g)

del g
gc.collect()
print("end")
gc.enable()
