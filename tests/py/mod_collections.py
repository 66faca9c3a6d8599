from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap
import collections, collections.abc
from collections.abc import Mapping, Iterable, Sequence, MutableMapping, Hashable, Sized, Iterator, Generator, Callable
Point = namedtuple('Point', 'x y')
p = Point(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
print(Point.__module__, Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, type(p).__mro__)
try: Point(1)
except TypeError as e: print(e)
try: Point._make([1])
except TypeError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
for bad in [('P', 'a 1b'), ('P', 'a def'), ('P', 'a _b'), ('P', 'a a'), ('1P', 'a')]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
R = namedtuple('R', ['a', 'b', 'c'], defaults=[2, 3]); print(R(1), R._field_defaults)
print(namedtuple('S', 'a def _x a', rename=True)._fields)
x, y = p; print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); print(d, d.maxlen)
d.appendleft(0); print(d, d.popleft(), d.pop(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
print(deque(), deque('abc'), len(deque('ab')), deque('abc')[1], deque('abc')[-1], list(reversed(deque('abc'))))
try: deque().pop()
except IndexError as e: print(e)
try: deque([1]).remove(5)
except ValueError as e: print(e)
try: deque('ab')[5]
except IndexError as e: print(e)
dq = deque([1,2]); dq.extendleft([3,4]); print(dq, dq.count(1), dq.index(2), 3 in dq, dq == deque([4,3,1,2]))
try:
    for item in dq: dq.append(0)
except RuntimeError as e: print(e)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
print(defaultdict(None), defaultdict(int, {'x': 1}))
try: defaultdict(None)['k']
except KeyError as e: print(repr(e))
try: defaultdict(5)
except TypeError as e: print(e)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); c.subtract({'a': 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter('ab') == Counter('ba'))
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
try: OrderedDict().popitem()
except KeyError as e: print(e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0))
cm['c'] = 4; print(cm.maps, cm.new_child(), cm.parents)
try: del cm['b']
except KeyError as e: print(e)
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance([], Sequence), isinstance((), Iterable), isinstance(5, Iterable))
print(isinstance({}, MutableMapping), isinstance(cm, Mapping), isinstance(iter([]), Iterator), isinstance((i for i in []), Generator), isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable))
print(issubclass(list, Sized), collections.abc.Set, isinstance(frozenset(), collections.abc.Set), isinstance(deque(), Sequence))
class MyMap(Mapping):
    def __getitem__(s, k): return k * 2
    def __iter__(s): return iter([1, 2])
    def __len__(s): return 2
m = MyMap(); print(dict(m.items()), list(m.keys()), 1 in m, m.get(3), m == {1: 2, 2: 4})
try: Mapping()
except TypeError as e: print(e)
class Half(MutableMapping):
    def __getitem__(s, k): pass
try: Half()
except TypeError as e: print(e)
# deque maxlen edge cases and arithmetic
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)
try: deque(maxlen=-1)
except ValueError as e: print(e)
try: deque([1, 2], maxlen=2).insert(0, 9)
except IndexError as e: print(e)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) < deque([1, 3]))
try: deque([1]) + [2]
except TypeError as e: print(e)
try: deque('ab')['x']
except TypeError as e: print(e)
dr = deque(); dr.append(dr); print(dr)
dq2 = deque(range(5)); del dq2[1]; dq2[0] = 'x'; dq2.reverse(); print(dq2, dq2.copy(), bool(deque()))
# Counter details
c2 = Counter({'x': 2, 'y': -1}); c2 += Counter(y=1, z=3); print(c2)
c3 = Counter(a=1); del c3['missing']; print(c3, Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=1))
print(Counter(cats=4, dogs=8).most_common(), Counter('hello world').most_common(3))
# OrderedDict details
od2 = OrderedDict.fromkeys('xyz', 0); print(od2, od2.copy(), list(reversed(od2)))
try: od2.move_to_end('q')
except KeyError as e: print(repr(e))
print(OrderedDict(a=1) | {'b': 2})
# defaultdict details
dd2 = defaultdict(int); dd2['k'] += 5; print(dd2, dd2.copy(), dd2 | {'j': 1}, type(dd2.copy()).__name__)
print(isinstance(dd2, dict), isinstance(Counter(), dict), isinstance(OrderedDict(), dict))
# namedtuple more
Pt3 = namedtuple('Pt3', 'x, y, z', module='geometry'); print(Pt3.__module__, Pt3(1, 2, 3))
print(Point.__match_args__, p.__getnewargs__(), isinstance(p, tuple), Point(x=7, y=8))
try: namedtuple('T', 'a b', defaults=[1, 2, 3])
except TypeError as e: print(e)
# ChainMap more
cm2 = ChainMap(); cm2['x'] = 1; print(cm2, bool(ChainMap()), cm2.pop('x'), cm2)
try: cm2.pop('nope')
except KeyError as e: print(e)
print(ChainMap({'a': 1}) | {'b': 2}, dict(ChainMap({'a': 1}, {'b': 2})))
# deque against a list model, through many wrap-arounds of its storage
import random
rng = random.Random(2024)
model, dq3 = [], deque()
for step in range(3000):
    op = rng.randrange(8)
    if op in (0, 1):
        dq3.append(step); model.append(step)
    elif op in (2, 3):
        dq3.appendleft(step); model.insert(0, step)
    elif op == 4 and model:
        assert dq3.pop() == model.pop()
    elif op == 5 and model:
        assert dq3.popleft() == model.pop(0)
    elif op == 6 and model:
        k = rng.randrange(-3, 4); dq3.rotate(k)
        k %= len(model); model[:] = model[-k:] + model[:-k] if k else model
    elif op == 7 and model:
        i = rng.randrange(len(model)); assert dq3[i] == model[i] and dq3[-1 - i] == model[-1 - i]
    assert list(dq3) == model and len(dq3) == len(model)
print(len(dq3), list(dq3)[:5], list(reversed(dq3))[:3])
bounded = deque(maxlen=3)
for i in range(10):
    bounded.appendleft(i) if i % 2 else bounded.append(i)
print(bounded, bounded[0], bounded[-1], 4 in bounded)
