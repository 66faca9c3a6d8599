# memory_tour.py — a first look at memory management in pym.
#
# Run it with:  scripts/run examples/memory_tour.py
# Every figure printed is measured on the running interpreter's own heap.

import gc
import sys
import tracemalloc
import weakref


def step(title):
    print()
    print("==", title)


step("1. Reference counts")
a = []
print("a = []                      refcount:", sys.getrefcount(a),
      "(one for the name a, one for getrefcount's own argument)")
b = a
print("b = a                       refcount:", sys.getrefcount(a), "(b is a second reference)")
holder = [a, a]
print("holder = [a, a]             refcount:", sys.getrefcount(a), "(a list slot counts too)")
del holder, b
print("del holder, b               refcount:", sys.getrefcount(a), "(back to the start)")


step("2. del and __del__")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"   __del__ ran for {self.name}: its last reference just went away")


n = Noisy("n")
print("del n ...")
del n
print("... the object was freed on the spot: reference counting needs no collector")


step("3. Cycles need the collector")
gc.disable()
x = Noisy("x")
y = Noisy("y")
x.partner, y.partner = y, x
print("x and y refer to each other; del x, y leaves them alive (refcount 1 each)")
del x, y
print("gc.collect() finds them:")
found = gc.collect()
print("   unreachable objects found:", found)
gc.enable()


step("4. Generations")
print("thresholds (gen0, gen1, gen2):", gc.get_threshold())
print("pending counts:               ", gc.get_count())
junk = [[i] for i in range(2000)]
print("after creating 2000 lists:    ", gc.get_count(), "(allocations of tracked objects raise gen0)")
del junk
for generation, stats in enumerate(gc.get_stats()):
    print(f"   generation {generation}: {stats['collections']} collections, "
          f"{stats['collected']} objects collected")
print("tracked? list:", gc.is_tracked([]), " int:", gc.is_tracked(7), " str:", gc.is_tracked("s"),
      " (atoms can't form cycles, so the collector ignores them)")


step("5. Weak references")


class Cacheable:
    pass


obj = Cacheable()
ref = weakref.ref(obj, lambda r: print("   callback: the referent is gone"))
print("ref() is obj:", ref() is obj, "  weak refs do not add to the count:", sys.getrefcount(obj))
del obj
print("after del obj, ref() ->", ref())
cache = weakref.WeakValueDictionary()
item = Cacheable()
cache["item"] = item
print("WeakValueDictionary size with item alive:", len(cache))
del item
print("... and after the item dies:", len(cache))


step("6. __slots__ versus __dict__")


class WithDict:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class WithSlots:
    __slots__ = ("a", "b", "c")

    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


d, s = WithDict(), WithSlots()
dict_total = sys.getsizeof(d) + sys.getsizeof(d.__dict__)
print("instance with __dict__:", sys.getsizeof(d), "+", sys.getsizeof(d.__dict__), "bytes for the dict =",
      dict_total)
print("instance with __slots__:", sys.getsizeof(s), "bytes, no dict at all")


step("7. Generators versus lists")
squares_list = [i * i for i in range(100_000)]
squares_gen = (i * i for i in range(100_000))
print("list of 100,000 squares:", sys.getsizeof(squares_list), "bytes (plus the ints themselves)")
print("generator of the same:  ", sys.getsizeof(squares_gen), "bytes, whatever its length")
print("both sum to the same:", sum(squares_list) == sum(squares_gen))
del squares_list


step("8. tracemalloc: where did the memory go?")
tracemalloc.start()
table = {i: str(i) * 5 for i in range(20_000)}
words = [f"word{i}" for i in range(20_000)]
current, peak = tracemalloc.get_traced_memory()
print(f"traced now: {current} bytes, peak: {peak} bytes")
snapshot = tracemalloc.take_snapshot()
print("[ Top 10 ]")
for stat in snapshot.statistics("lineno")[:10]:
    print("  ", stat)
tracemalloc.stop()
del table, words

step("9. The allocator underneath")
print("blocks currently allocated from pym's pools:", sys.getallocatedblocks())
print("(sys._debugmallocstats() prints the pool and arena tables to stderr)")
