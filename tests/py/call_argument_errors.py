# TypeError messages for calls with wrong arguments: Python functions, methods,
# classmethods, staticmethods, builtins and constructors.
class A:
    def m(self, a, b=1): pass
    @classmethod
    def c(cls, x): pass
    @staticmethod
    def s(x, *, y): pass
    def __init__(self, v): pass
def f(a, b, /, c, *, d, e=2): pass
def g(*args, **kwargs): pass
def h(a, b, c): pass
calls = [lambda: A(), lambda: A(1, 2), lambda: A(1).m(), lambda: A(1).m(1, 2, 3), lambda: A.m(1), lambda: A(1).m(1, c=2), lambda: A.c(), lambda: A.s(1),
         lambda: A.s(1, 2, y=3), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4, d=5), lambda: f(), lambda: h(1), lambda: h(1, 2, 3, 4),
         lambda: h(1, 2, c=3, a=4), lambda: h(*[1, 2], **{"c": 3, "d": 4}), lambda: g(**{1: 2}), lambda: h(**[1]), lambda: h(*1), lambda: h(1, **{"b": 2}, b=3),
         lambda: A(1).m(a=1, b=2, c=3, d=4), lambda: (lambda: 0)(1), lambda: len(), lambda: len(1, 2), lambda: isinstance(), lambda: print(end=5),
         lambda: "a".split(sep=1, x=2), lambda: [].sort(1), lambda: sorted(), lambda: sorted([], 1), lambda: dict(1, 2), lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4),
         lambda: range(), lambda: range(1, 2, 3, 4), lambda: getattr(), lambda: min(1), lambda: max(key=len), lambda: zip(strict=1, x=2), lambda: open(),
         lambda: object(1), lambda: object.__new__(1), lambda: type(1, 2), lambda: type("a", 1, {}), lambda: super(1), lambda: iter(1, 2, 3), lambda: next(),
         lambda: divmod(1), lambda: pow(1), lambda: round(), lambda: abs(1, 2), lambda: A(1).nope(), lambda: A.nope, lambda: A(1).m.nope, lambda: f.nope]
for i, c in enumerate(calls):
    try: c(); print(i, "ok")
    except Exception as e: print(i, type(e).__name__, e)
