# tuples: packing, comparisons, hashing, count/index, immutability, tuples holding mutables
t = 1, 2, 3
single = 5,
empty = ()
print(t, single, empty, type(single).__name__, len(empty), (1) == 1, (1,) == 1)
print(t + (4,), t * 2, 2 * (0,), t[::-1], t[1:], t[-1], t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), () < (0,))
print(tuple("abc"), tuple([1, [2]]), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(4)))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "a"}[1, 2])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
try:
    holder[1] += [20]
except TypeError as e:
    print("TypeError:", e, holder)
a, b = 1, 2
a, b = b, a
print(a, b)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 6])
print(lo, hi, mean, stats((1,)))
print(t is tuple(t), empty is tuple(), tuple(t) == t, (1, 2, 3) in [t], t.__class__.__name__)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 5), (2, 0)), repr((None,)), str(("x", 1.5)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), [x for pair in nested[:1] for x in pair])
print(tuple.__len__(t), t.__getitem__(0), t.__contains__(3), t.__add__((9,)))
