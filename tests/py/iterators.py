class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Range2(4)), sum(Range2(5)), 3 in Range2(5), sorted(Range2(3), reverse=True))
class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(list(Legacy()), 4 in Legacy(), list(iter(Legacy())))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
e = enumerate("abc")
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
print(list(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(d.items()), list(iter(d.values())))
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(range(3)) == [0, 1, 2], list(range(0)), list(range(5, 0, -2)))
s = iter("xy")
print(next(s), next(s), next(s, None))
print(list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("ab")))
print(list(filter(str.isdigit, "a1b2")), "".join(map(str.upper, "abc")))
print(iter([]).__class__.__name__, iter(()).__class__.__name__, iter(range(1)).__class__.__name__, iter("").__class__.__name__)
