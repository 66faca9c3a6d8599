def add(a, b=10, *args, c=5, **kw):
    return a + b + sum(args) + c + sum(kw.values())
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, c=0), add(1, d=100))
print(add(*[1, 2, 3]), add(**{"a": 1, "b": 1}), add(1, *(2,), **{"c": 1}))
def posonly(a, b, /, c, *, d):
    return (a, b, c, d)
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = outer()
print(f(), f(), f())
g = 1
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, x=2), list(map(lambda x: x + 1, [1, 2])))
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
@deco
def hello(n):
    return "hello " * n
print(hello(2))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def doc():
    "docstring here"
print(doc.__doc__, doc.__name__, add.__defaults__, add.__kwdefaults__)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(closures())
def kwonly(*, key="k"):
    return key
print(kwonly(), kwonly(key="v"))
def ret_multi():
    return 1, 2
print(ret_multi(), type(ret_multi()).__name__)
def noreturn():
    pass
print(noreturn())
def rec_depth(n):
    return 0 if n == 0 else 1 + rec_depth(n - 1)
print(rec_depth(500))
print(add.__name__, add.__qualname__, outer().__qualname__)
