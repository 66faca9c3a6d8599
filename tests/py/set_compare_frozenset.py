# set comparisons, frozenset hashing, frozenset as dict key and set element, mixed-type results
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == b, a != b)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(a), b.issuperset(range(3)), a.isdisjoint([3, 4]))
print({1, 2} < {3}, {1, 2} > {3}, {1, 2} == {3}, {1} < {1, 2} < {1, 2, 3})
f = frozenset([3, 1, 2])
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= b, type(f | {4}).__name__, type({4} | f).__name__)
print(type(f & b).__name__, type(b - f).__name__, type(f.union([7])).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
graph = {frozenset({"a", "b"}): 5, frozenset({"b", "c"}): 7}
print(graph[frozenset({"b", "a"})], frozenset(["c", "b"]) in graph)
sets = {frozenset({1}), frozenset({1}), frozenset({2, 1}), frozenset()}
print(len(sets), sorted(sorted(s) for s in sets))
print({1, 2} in [frozenset({1, 2})], frozenset({1, 2}) in {frozenset({2, 1})})
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1, 2]
except TypeError as e:
    print("TypeError:", e)
s = {frozenset({1})}
print(frozenset({1}) in s, {1} in s, s.__contains__({1}))
s.discard({1}); print(s)
print(frozenset("aba") == frozenset("ab"), sorted(frozenset("hello")), repr(frozenset()), repr(set()))
print(repr(frozenset({1})), repr({frozenset({2})}), frozenset(frozenset({5})))
class FS(frozenset): pass
fs = FS({1, 2})
print(type(fs).__name__, type(fs | {3}).__name__, fs == {1, 2}, isinstance(fs, frozenset))
