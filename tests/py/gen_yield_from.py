# yield from: value passing, return value of the subgenerator, delegation to plain iterables
def inner():
    got = yield "inner-1"
    print("inner got", got)
    got = yield "inner-2"
    print("inner got", got)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("x"))
print(g.send("y"))
print(list(g))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    r = yield from []
    yield r
print(list(from_iterables()))
