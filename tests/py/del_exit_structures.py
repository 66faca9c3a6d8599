# __del__ at exit for trees, cycles, closures, class attributes, generators
# and exceptions held by module globals
import gc
class Res:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def __del__(self): print("__del__", self.name, [c.name for c in self.children])
class Cyc(Res):
    pass
tree = Res("root", Res("left", Res("left.left")), Res("right"))
ring = [Cyc("r%d" % i) for i in range(3)]
for i in range(3):
    ring[i].children.append(ring[(i + 1) % 3])
ring_holder = ring
del ring
def factory():
    local = Res("in closure")
    def get():
        return local
    return get
getter = factory()
shared = Res("shared")
alias1 = shared
alias2 = [shared]
import sys
class Registry:
    items = [Res("class list item")]
gen = (Res("gen item %d" % i) for i in range(2))
next(gen)
try:
    raise ValueError(Res("in exception"))
except ValueError as e:
    saved_exc = e
lonely = Cyc("lonely cycle"); lonely.children.append(lonely); del lonely
print("end")
