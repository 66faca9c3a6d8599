# unpacking: nested targets, starred in every position, unpacking any iterable, error messages
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
(x, y), [z, w] = "ab", (5, 6)
print(x, y, z, w)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
head, *rest = [1]
print(init, tail, head, rest)
a, *b, c, d = 1, 2, 3
print(a, b, c, d)
[p, *q], r = "hey", 0
print(p, q, r)
k1, k2 = {"one": 1, "two": 2}
v1, v2 = {"one": 1, "two": 2}.values()
print(k1, k2, v1, v2)
(i, j), = [(7, 8)]
print(i, j)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
class O: pass
o = O()
o.a, o.b = 1, 2
print(lst, o.a, o.b)
n = [1, 2]
n[0], n[1] = n[1], n[0]
print(n)
idx = 0
vals = [10, 20]
idx, vals[idx] = 1, 99
print(idx, vals)
print([*range(3), *"ab", *{"k": 0}], (*[1], *[2]), {*[1, 1], *(2,)}, {**{"a": 1}, **{"b": 2}})
print(*[1, 2, 3], sep="-")
for (num, (ch, flag)) in [(1, ("a", True)), (2, ("b", False))]:
    print(num, ch, flag)
def gen():
    yield from range(3)
g1, g2, g3 = gen()
print(g1, g2, g3)
cases = [lambda: _unpack2((1,)), lambda: _unpack2((1, 2, 3)), lambda: _star3((1,)), lambda: _unpack2(5),
         lambda: _nested((1, 2)), lambda: _unpack2("abc"), lambda: _unpack2(iter([1])), lambda: _unpack2(None)]
def _unpack2(src):
    a, b = src
def _star3(src):
    a, *b, c = src
def _nested(src):
    (a, b), c = src
for case in cases:
    try:
        case()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
