# __del__ resurrection: an object that stores itself during __del__ survives; __del__ runs only once
import gc
saved = []
class Phoenix:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
p = Phoenix("first")
del p
print("resurrected:", [x.name for x in saved])
again = saved.pop()
print("popped back out; dropping it again")
del again
print("no second __del__ call; saved =", saved)
class CycleLazarus:
    def __init__(self, name): self.name = name; self.me = self
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
c = CycleLazarus("cyclic")
del c
gc.collect()
print("after collect:", [x.name for x in saved], gc.is_finalized(saved[0]) if hasattr(gc, "is_finalized") else True)
saved.clear()
gc.collect()
print("dropped the resurrected cycle")
class Counter:
    deleted = 0
    def __del__(self):
        Counter.deleted += 1
objs = [Counter() for _ in range(50)]
objs = None
print("deleted count:", Counter.deleted)
class Chain:
    def __init__(self, name, nxt=None): self.name, self.nxt = name, nxt
    def __del__(self): print("__del__ chain", self.name)
head = Chain("1", Chain("2", Chain("3")))
del head
print("chain released front to back")
class RaiseLater:
    def __del__(self):
        global later
        later = "set from __del__"
rl = RaiseLater()
rl = None
print(later)
class Attr:
    def __del__(self):
        print("__del__ sees attribute", self.value)
a = Attr()
a.value = 42
a = "replaced"
