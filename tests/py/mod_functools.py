import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(lambda a, b: a * b, range(1, 6)),
      functools.reduce(operator.add, [], 'init'), functools.reduce(operator.add, ['only']))
try: functools.reduce(operator.add, [])
except TypeError as e: print(e)
p = functools.partial(print, 1, sep='-'); print(p); p(2)
p2 = functools.partial(p, 3); print(p2, p2.func, p2.args, p2.keywords)
def power(base, exp): return base ** exp
square = functools.partial(power, exp=2); print(square(5), square(5, exp=3))
try: functools.partial(5)
except TypeError as e: print(e)
class Sub(functools.partial): pass
print(repr(Sub(print, 1)).startswith('Sub(<built-in function print>'), type(Sub(print)).__name__)
@functools.lru_cache(maxsize=2)
def f(x): return x * 2
print([f(i) for i in (1, 2, 1, 3, 2, 1)], f.cache_info(), f.cache_parameters())
f.cache_clear(); print(f.cache_info(), f.cache_info().hits, f.cache_info()._asdict())
@functools.lru_cache
def g(x, y=1): return x + y
print(g(1), g(1), g(1, y=1), g(1, 2), g.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def h(x): return type(x).__name__
print(h(1), h(1.0), h.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x): return x
print(nocache(1), nocache(1), nocache.cache_info())
try: functools.lru_cache('x')
except TypeError as e: print(e)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), V(2) >= V(2), V.__gt__.__name__)
@functools.total_ordering
class W:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __ge__(s, o): return s.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(2) <= W(2))
try:
    @functools.total_ordering
    class Nothing: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
class C:
    @functools.cached_property
    def x(self):
        print('compute'); return 5
c = C(); print(c.x, c.x, c.__dict__, type(C.x).__name__)
del c.x; print(c.x)
class Slotted:
    __slots__ = ('a',)
    @functools.cached_property
    def y(self): return 1
try: Slotted().y
except TypeError as e: print(e)
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
def wrapper(): pass
functools.update_wrapper(wrapper, hello, assigned=('__doc__',)); print(wrapper.__name__, wrapper.__doc__)
@functools.singledispatch
def show(x): return 'object'
@show.register(int)
def _(x): return 'int'
@show.register
def _(x: list): return 'list'
print(show(1), show([]), show('s'), show(True))
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set_one = functools.partialmethod(set, 1)
cell = Cell(); cell.set_one(); print(cell.v)
