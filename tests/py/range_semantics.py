# range: negative steps, slicing, containment, len, equality, index/count, errors
r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:], r[::-1], r[::2], list(r[::-1]))
print(range(5), range(0, 5), range(1, 10, 2), repr(range(0)), str(range(-3, 3, 2)))
print(len(range(0)), len(range(5, 0)), len(range(0, -5, -1)), len(range(0, 10, 3)), len(range(-10, 10, 7)))
print(7 in range(1, 10, 2), 8 in range(1, 10, 2), 10 in range(10), -1 in range(-5, 0), 3.0 in range(5), "3" in range(5))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
print(range(0, 5, 2).index(4), range(10, 0, -2).index(4), range(5).count(3), range(5).count(9), range(3).count(1.0))
big = range(0, 10**20, 7)
print(big[10**15], 10**18 in big, big.index(7 * 10**10), len(range(0, 2**62, 2**60)))
print(range(3, 20, 4)[1:3], range(3, 20, 4)[::-2], range(3, 20, 4)[-2:], range(10)[100:], range(10)[-100:2])
print(r.start, r.stop, r.step, range(4).step, list(reversed(range(1, 8, 3))), sum(range(101)))
print(list(range(-5)), list(range(-2, 3)), list(range(5, -6, -5)), list(range(0, 1, 10)))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(2): "r"}[range(0, 2)], bool(range(0)), bool(range(1)))
for args in ((1, 2, 0), (1.5,), ("1", 2), ()):
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
class Idx:
    def __index__(self): return 4
print(list(range(Idx())), range(10)[Idx()], range(Idx(), 7))
it = iter(range(3))
print(next(it), list(it), list(it))
