t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple("ab"))
print(t.index(2), t.count(1), 2 in t, t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), type(()).__name__)
print(tuple([1, [2, 3]]), ((1, 2),), (1, (2, (3, (4,)))))
a, b = 1, 2
a, b = b, a
print(a, b)
print(max((1, "b"), (1, "a")), sorted([(2, 1), (1, 2)]))
