import copy
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]['k'] is a[2]['k'])
t = (1, 2, 'x'); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); d2 = copy.deepcopy(t2); print(d2 == t2, d2 is t2, d2[1] is t2[1])
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
loop = [1]; loop.append(loop); dl = copy.deepcopy(loop); print(dl[1] is dl, dl is not loop)
for atom in [None, 1, 2.5, 'str', b'b', True, len, range(3), int, frozenset({1})]:
    print(repr(atom), copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
p = Point([1], 2); q = copy.copy(p); r = copy.deepcopy(p)
print(q, q is p, q.x is p.x, r, r.x is p.x, type(r).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print('__copy__ called'); return Custom(self.v)
    def __deepcopy__(self, memo): print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
c = Custom([1]); print(copy.copy(c).v, copy.deepcopy(c).v is c.v)
class Slots:
    __slots__ = ('a', 'b')
sl = Slots(); sl.a = [1]; sl2 = copy.deepcopy(sl); print(sl2.a, sl2.a is sl.a, hasattr(sl2, 'b'))
class WithState:
    def __init__(self): self.data = 1; self.cache = 'big'
    def __getstate__(self): return {'data': self.data}
    def __setstate__(self, state): self.__dict__.update(state); self.cache = None
ws = copy.copy(WithState()); print(ws.data, ws.cache)
class Reduced:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Reduced, (self.n + 1,))
print(copy.copy(Reduced(1)).n, copy.deepcopy(Reduced(5)).n)
P = namedtuple('P', 'x y'); np_ = P(1, [2]); print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).y is np_.y)
dq = deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq)[1] is dq[1], copy.deepcopy(dq).maxlen)
od = OrderedDict(a=[1]); print(copy.deepcopy(od), type(copy.copy(od)).__name__)
dd = defaultdict(list, k=[1]); ddc = copy.deepcopy(dd); print(ddc, ddc['k'] is dd['k'])
print(copy.copy(Counter('aab')), copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.deepcopy(bytearray(b'xy')))
class LSub(list): pass
ls = LSub([1, [2]]); ls.tag = 't'; lc = copy.deepcopy(ls); print(type(lc).__name__, lc, lc.tag, lc[1] is ls[1])
class DSub(dict): pass
dc = copy.copy(DSub(a=1)); print(type(dc).__name__, dc)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, y[0] is y[1])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
