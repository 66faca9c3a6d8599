def gen():
    print("start")
    x = yield 1
    print("received", x)
    y = yield 2
    print("received", y)
    return "done"
g = gen()
print(type(g).__name__, next(g), g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration", e.value)
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)), max(count(3)))
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield 3
print(list(outer()))
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen cleanup")
c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
d = closer(); next(d); d.close()
gexp = (x * x for x in range(5))
print(next(gexp), list(gexp), list(gexp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
squares = {x: x * x for x in range(4)}
print(squares, {x % 2 for x in range(5)} == {0, 1}, [(x, y) for x in range(2) for y in range(2)])
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)
print(list(zip(count(3), count(10))), list(enumerate(count(2))))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulate(); next(acc)
print(acc.send(5), acc.send(10))
