# enumerate / zip / map / filter / reversed / iter: laziness, exhaustion, strict zip, sentinels
e = enumerate("abc", start=10)
print(next(e), list(e), list(e), list(enumerate([], 5)), list(enumerate("xy", -1)))
z = zip([1, 2, 3], "ab", (True, False, None))
print(list(z), list(z), list(zip()), list(zip([1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
print(list(zip([1, 2], [3, 4], strict=True)))
calls = []
def trace(x):
    calls.append(x)
    return x * 10
m = map(trace, [1, 2, 3])
print(calls[:], next(m), calls[:], list(m), calls[:])
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 2.5])), list(filter(lambda v: v % 3 == 0, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1,))))
class Countdown:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "item%d" % i
print(list(reversed(Countdown())), list(Countdown()), list(enumerate(Countdown())))
try:
    reversed({1, 2})
except TypeError as ex:
    print("TypeError:", ex)
try:
    reversed(iter([1]))
except TypeError as ex:
    print("TypeError:", ex)
vals = iter([5, 6, 0, 7])
print(list(iter(lambda: next(vals), 0)), list(vals))
rev = reversed([1, 2, 3])
print(next(rev), list(rev), next(rev, "empty"), type(rev).__name__, type(iter([])).__name__)
try:
    next(iter(()))
except StopIteration as ex:
    print("StopIteration", ex.args)
try:
    next(42)
except TypeError as ex:
    print("TypeError:", ex)
try:
    iter(5)
except TypeError as ex:
    print("TypeError:", ex)
it = iter([1, 2, 3])
print(iter(it) is it, list(zip(it, it)), list(map(str, enumerate("ab"))))
print(dict(enumerate("xyz")), dict(zip("abc", range(3))), sum(map(len, ["ab", "c", ""])))
