# set methods and operators in depth (sorted output keeps order deterministic)
a = {1, 2, 3, 4}
b = {3, 4, 5}
c = {4, 6}
print(sorted(a | b | c), sorted(a.union(b, c, [7])), sorted(a & b & c), sorted(a.intersection(b, [4, 9])))
print(sorted(a - b - c), sorted(a.difference(b, c)), sorted(a ^ b), sorted(a.symmetric_difference([1, 9])))
print(sorted(a.union()), sorted(a.intersection()), a.union() is a)
s = set(a)
s |= {10}; s &= {1, 2, 10, 11}; s -= {2}; s ^= {1, 20}
print(sorted(s))
s.update([5], (6,), "7"); print(sorted(s, key=str))
s.intersection_update({5, 6, 10, "7", 99}); print(sorted(s, key=str))
s.difference_update([5], [6]); print(sorted(s, key=str))
s.symmetric_difference_update({10, 11}); print(sorted(s, key=str))
s.add(3); s.add(3); s.discard(999); s.discard("7"); print(sorted(s))
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a.add([])
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.difference([2]), sorted(set("hello")), len({1, 1.0, True}))
t = {0, 1, 2, 3, 4, 5}
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)
cp = a.copy(); cp.add(99)
print(99 in a, 99 in cp, cp is not a)
print({x * y for x in range(4) for y in range(4) if x < y} == {0, 2, 3, 6}, sorted({c for c in "abracadabra"}))
print(set(range(5)) == {0, 1, 2, 3, 4}, set() == frozenset(), set([]), set({1: 2}), set((1, 1, 2)))
x = {1, 2}
for item in list(x):
    x.add(item * 10)
print(sorted(x))
try:
    for item in x:
        x.add(item + 1000)
except RuntimeError as e:
    print("RuntimeError:", e)
