# yield from: throw/close delegation, subgenerator accumulators, StopIteration values, errors
def sub_catch():
    while True:
        try:
            yield "sub"
        except KeyError as e:
            yield "sub handled " + str(e)
def deleg():
    try:
        yield from sub_catch()
    finally:
        print("deleg finally")
d = deleg()
print(next(d), d.throw(KeyError("k")), next(d))
try:
    d.throw(ValueError("not handled by sub"))
except ValueError as e:
    print("ValueError escaped:", e)
def sub_close():
    try:
        yield 1
        yield 2
    finally:
        print("sub_close finally")
def deleg2():
    yield from sub_close()
d2 = deleg2()
next(d2)
d2.close()
print("after close")
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def summarize(results):
    while True:
        total = yield from accumulate()
        results.append(total)
results = []
s = summarize(results)
next(s)
for v in (1, 2, 3, None, 10, 20, None):
    s.send(v)
print(results)
def gen_with_return():
    yield 1
    return [1, 2]
def get_return():
    x = yield from gen_with_return()
    return x
try:
    it = get_return()
    next(it)
    next(it)
except StopIteration as e:
    print("final value", e.value)
class Iterable:
    def __iter__(self): return iter([7, 8])
def over_custom():
    yield from Iterable()
print(list(over_custom()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print("TypeError:", e)
