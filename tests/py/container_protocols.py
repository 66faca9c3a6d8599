# __contains__ / __iter__ / __getitem__ / __len__ fallbacks used by `in`, iteration, unpacking, list()
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("end")
        return i * 10
s = OldSeq()
print(list(s), 20 in s, 25 in s, [x for x in s], tuple(s), sum(s), max(s), sorted(s, reverse=True))
a, b, *rest = s
print(a, b, rest, list(enumerate(s)), list(zip(s, "ab")))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
class WithIter:
    def __init__(self, data): self.data = data
    def __iter__(self):
        print("iter called")
        return iter(self.data)
w = WithIter([1, 2, 3])
print(2 in w)
print(5 in w)
class WithContains(WithIter):
    def __contains__(self, item):
        print("contains called with", item)
        return item == "magic"
wc = WithContains([1])
print("magic" in wc, 1 in wc, "magic" not in wc)
class TruthyContains:
    def __contains__(self, item): return "non-empty string"
print(1 in TruthyContains(), 1 not in TruthyContains())
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NotIterable()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 42
try:
    list(BadIter())
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
cd = Countdown(3)
print(list(cd), list(cd), 0 in Countdown(5), list(Countdown(2)))
class Mapping:
    def __init__(self): self.d = {"a": 1}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __len__(self): return len(self.d)
m = Mapping()
m["b"] = 2
m["a"] += 10
del m["b"]
print(m["a"], len(m), bool(m))
try:
    m["zz"]
except KeyError as e:
    print("KeyError:", e)
