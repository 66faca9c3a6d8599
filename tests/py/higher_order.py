# lambdas and higher-order functions: composition, currying, decorators with arguments, function attributes
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
print(pipeline(inc, dbl, str, len)(499), pipeline()(7))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def my_reduce(f, items, init):
    acc = init
    for it in items:
        acc = f(acc, it)
    return acc
print(my_reduce(lambda a, b: a * b, range(1, 6), 1), my_reduce(lambda a, b: b + a, "abc", ""))
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@repeat(3)
def greet(name):
    "say hi"
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))
def logged(fn):
    def wrapper(*a):
        print("calling", fn.__name__, a)
        return fn(*a)
    return wrapper
@logged
@logged
def square(v): return v * v
print(square(4))
def attrs(): pass
attrs.custom = 5
attrs.__doc__ = "doc set later"
print(attrs.custom, attrs.__doc__, attrs.__name__, attrs.__qualname__, sorted(vars(attrs)))
f = lambda x, y=2, *rest, z, **kw: (x, y, rest, z, kw)
print(f(1, z=3), f(1, 2, 3, 4, z=5, w=6), f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)
print(sorted(["b", "A", "c"], key=lambda s: s.lower()), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22"])), (lambda n: n if n < 2 else "big")(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda: (yield 1))().__class__.__name__, callable(fact), callable(5))
def apply_n(fn, n, x):
    return x if n == 0 else apply_n(fn, n - 1, fn(x))
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hey"))
def memo_counter():
    calls = {"n": 0}
    def fn(x):
        calls["n"] += 1
        return x
    fn.calls = calls
    return fn
m = memo_counter()
m(1); m(2)
print(m.calls, type(m).__name__, type(len).__name__, type([].append).__name__, type(m.__call__).__name__)
