# in-place operators: __iadd__ and friends, fallback to binary ops, identity effects, augmented item/attr targets
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __repr__(self): return "Acc(%r)" % self.v
a = Acc(1)
alias = a
a += 5
print(a, alias is a)
a = a + 5
print(a, alias, alias is a)
class OnlyBinary:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return OnlyBinary(self.v * o)
ob = OnlyBinary(3)
keep = ob
ob *= 4
print(ob.v, keep.v, ob is keep)
class ReturnsOther:
    def __isub__(self, o): return "replaced"
r = ReturnsOther()
r -= 1
print(r)
class NotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fell back to __add__"
n = NotImpl()
n += 1
print(n)
ops = []
class All:
    def __init__(self): self.n = 0
    def _rec(name):
        def f(self, o):
            ops.append(name)
            return self
        return f
    __isub__ = _rec("isub"); __imul__ = _rec("imul"); __itruediv__ = _rec("itruediv"); __ifloordiv__ = _rec("ifloordiv")
    __imod__ = _rec("imod"); __ipow__ = _rec("ipow"); __ilshift__ = _rec("ilshift"); __irshift__ = _rec("irshift")
    __iand__ = _rec("iand"); __ior__ = _rec("ior"); __ixor__ = _rec("ixor"); __imatmul__ = _rec("imatmul")
x = All()
x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
print(ops)
lst = [1]
t = (lst,)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e, t)
class Obj: pass
o = Obj(); o.count = 0
for i in range(5):
    o.count += i
d = {"k": 1}
d["k"] *= 10
nums = [1, 2, 3]
nums[1] **= 3
nums[-1] <<= 2
s = "ab"; s += "cd"; s *= 2
f = 7.0; f //= 2; f %= 2
i = 10; i //= 3; i ^= 5; i |= 8; i &= 12; i >>= 1
print(o.count, d, nums, s, f, i)
calls = []
def key():
    calls.append("key evaluated")
    return "k"
d[key()] += 1
print(d, calls)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
tup = (1, 2)
orig = tup
tup += (3,)
print(tup, orig, tup is orig)
