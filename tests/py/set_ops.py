s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s)
s.add(4); s.discard(10); s.remove(1)
print(sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), a.isdisjoint({7}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, a == {3, 2, 1})
print(set(), frozenset(), {1}, frozenset([1]), set("aab") == {"a", "b"})
f = frozenset([1, 2])
print(hash(f) == hash(frozenset([2, 1])), f | {3}, type(f | {3}).__name__)
print(sorted({x % 3 for x in range(10)}), len(set(range(100))))
c = {1, 2, 3}
print(c.pop() in {1, 2, 3}, len(c))
c.clear(); print(c)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
