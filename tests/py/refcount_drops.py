# refcounts rising and falling: rebinding, containers growing/shrinking, slices, copies, swaps, comprehensions
import sys
rc = sys.getrefcount
x = object()
base = rc(x)
print("base", base)
lst = [x, x, x]
print("in a list 3 times:", rc(x) - base)
half = lst[:2]
print("slice copy adds 2:", rc(x) - base)
lst.pop()
print("pop (result discarded):", rc(x) - base)
lst.extend(half)
print("extend by 2:", rc(x) - base)
del lst[0]
print("del item:", rc(x) - base)
lst = None
half = None
print("both lists gone:", rc(x) - base)
d = dict.fromkeys(range(4), x)
print("dict.fromkeys with 4 keys:", rc(x) - base)
d2 = d.copy()
print("dict copy:", rc(x) - base)
d.clear(); d2.clear()
print("dicts cleared:", rc(x) - base)
comp = [x for _ in range(3)]
print("comprehension:", rc(x) - base)
comp = {i: x for i in range(2)}
print("rebinding to a dict comprehension:", rc(x) - base)
del comp
y = x
y, z = None, y
print("swap dance:", rc(x) - base, z is x)
del z
pair = [x, None]
pair[0], pair[1] = pair[1], pair[0]
print("swapped inside list:", rc(x) - base, pair.index(x))
pair.remove(x)
print("removed:", rc(x) - base)
s = set()
s.add(x); s.add(x)
print("set add twice:", rc(x) - base)
s.discard(x)
print("set discard:", rc(x) - base)
t = (x,) * 4
print("tuple * 4:", rc(x) - base)
t = t[1:]
print("tuple slice replaces it:", rc(x) - base)
del t
def keep_in_default(v, cache=[]):
    cache.append(v)
keep_in_default(x); keep_in_default(x)
print("mutable default keeps 2:", rc(x) - base)
keep_in_default.__defaults__[0].clear()
print("cleared default:", rc(x) - base)
sorted_refs = sorted([x, x], key=id)
print("sorted copy:", rc(x) - base)
del sorted_refs
it = iter([x])
print("iterator over a temporary list:", rc(x) - base)
next(it)
print("after next, the iterator still holds its list:", rc(x) - base)
next(it, None)
print("exhausted iterator releases the list:", rc(x) - base)
del it
print("final:", rc(x) - base)
