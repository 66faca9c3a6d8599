# argument-binding errors: exact TypeError messages for positional-only, keyword-only, missing, duplicate, extra
def f(a, b, /, c, *, d, e=5): return (a, b, c, d, e)
def g(x, y=2): return (x, y)
def h(*args, **kwargs): return (args, kwargs)
def k(a, *, b): return (a, b)
class C:
    def m(self, x): return x
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6), g(1), g(y=3, x=4), h(1, a=2), k(1, b=2), C().m(1))
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=1),
    lambda: g(1, z=2),
    lambda: g(**{"x": 1, "q": 2}),
    lambda: k(1, 2),
    lambda: k(1),
    lambda: k(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, b, c: 0)(),
    lambda: g(*[1], **{"x": 2}),
    lambda: h(**{1: 2}),
    lambda: g(*5),
    lambda: g(**[1]),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: divmod(1),
    lambda: "abc".split(1, 2, 3),
    lambda: [].append(),
    lambda: dict.get(),
    lambda: int(x=1),
    lambda: sorted([], reverse=1, key=None, cmp=None),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
def only_pos(a, b, /): return a + b
print(only_pos(1, 2), h(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
def kw_dup(**kw): return kw
try:
    kw_dup(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def pos_and_kw_same(a, /, **kw): return a, kw
print(pos_and_kw_same(1, a=2))
