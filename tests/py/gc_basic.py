import gc
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
class Node:
    pass
print(gc.is_tracked(Node()), gc.is_tracked(Node), gc.is_tracked(len), gc.is_tracked(lambda: 0))
gc.collect()
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(gc.collect() >= 2)
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect() >= 1)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) for x in c))
print(gc.garbage, gc.get_debug())
x = [1, 2]
y = [x]
print(x in gc.get_referents(y), y in gc.get_referrers(x))
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
before = gc.get_stats()[1]["collections"]
gc.collect(1)
print(gc.get_stats()[1]["collections"] - before)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
