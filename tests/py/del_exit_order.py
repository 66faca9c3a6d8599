# objects alive at exit: their __del__ runs in CPython's order (one collection
# while the modules are intact, then the collections of module teardown)
import gc
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)
class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self): print("__del__ cycle", self.name)
first = Res("first global")
second = Res("second global")
holder = [Res("in list 0"), Res("in list 1")]
mapping = {"k1": Res("in dict k1"), "k2": Res("in dict k2")}
tup = (Res("in tuple"),)
c1 = Cyc("c1")
c2 = Cyc("c2")
pair_a = Cyc("pa"); pair_b = Cyc("pb"); pair_a.other = pair_b; pair_b.other = pair_a
del pair_a, pair_b
class Owner:
    def __init__(self):
        self.child = Res("owned child")
    def __del__(self): print("__del__ owner")
owner = Owner()
def f():
    return Res("closure var")
captured = f()
def g(x=Res("default arg")):
    pass
class Klass:
    attr = Res("class attribute")
_private = Res("underscore global")
last = Res("last global")
def method_ref():
    pass
print("end")
