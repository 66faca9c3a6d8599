# __eq__/__hash__ interplay: defining __eq__ removes __hash__, explicit hash, dict/set lookups
class Plain: pass
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, EqOnly) and self.v == other.v
class EqHash(EqOnly):
    def __hash__(self): return hash(self.v)
class HashNone:
    __hash__ = None
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p), {p: 1}[p])
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
for cls in (EqOnly, HashNone):
    try:
        hash(cls(1) if cls is EqOnly else cls())
    except TypeError as e:
        print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(1) in s, EqHash(3) in s, {EqHash(5): "five"}[EqHash(5)])
class Inherit(EqHash):
    def __eq__(self, other): return True
print(Inherit.__hash__ is None, Inherit(1) == "anything")
class KeepHash(EqHash):
    def __eq__(self, other): return True
    __hash__ = EqHash.__hash__
print(hash(KeepHash(7)) == hash(7), len({KeepHash(1), KeepHash(2)}))
class Collide:
    def __init__(self, name): self.name = name
    def __hash__(self): return 1
    def __eq__(self, other): return self.name == other.name
    def __repr__(self): return self.name
d = {Collide("a"): 1, Collide("b"): 2, Collide("a"): 3}
print(d, len(d))
log = []
class Loud:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0
    def __eq__(self, other):
        log.append((self.n, other.n))
        return self.n == other.n
ld = {Loud(1): "one"}
print(ld.get(Loud(1)), log)
print(ld.get(Loud(2)), log)
x = float("nan")
print(x == x, x in [x], [x] == [x], x in {x}, (x,) == (x,))
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b"}, hash(-1) == hash(-2))
class NotComparable:
    def __eq__(self, other): return NotImplemented
a, b = NotComparable(), NotComparable()
print(a == b, a == a, a != b, a != a)
