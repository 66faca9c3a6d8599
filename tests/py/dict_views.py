# dict views: liveness, set operations, reversed, len/contains, errors on mutation during iteration
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(list(ks), list(vs), list(its), len(ks), "a" in ks, 2 in vs, ("b", 2) in its, ("b", 3) in its)
d["d"] = 4
del d["a"]
print(list(ks), list(vs), list(its), len(its))
print(sorted(ks & {"b", "z"}), sorted(ks | {"z"}), sorted(ks - {"b"}), sorted(ks ^ {"b", "q"}))
print(sorted({"c", "x"} & ks), sorted(ks | ["b", "y"]), sorted(["b", "y"] | ks))
print(sorted(its & {("b", 2), ("c", 0)}), sorted(its - {("b", 2)}), ks.isdisjoint({"x"}), ks.isdisjoint("b"))
print(ks == {"b", "c", "d"}, ks < {"b", "c", "d", "e"}, ks >= {"c"}, its == {("b", 2), ("c", 3), ("d", 4)})
print(vs == vs, d.values() == d.values(), list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(dict(its) == d, set(ks) == set(d), list(zip(ks, vs)) == list(its))
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in ks:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
e = {1: "x", 2: "y"}
for k in list(e):
    e[k * 10] = e.pop(k)
print(e)
try:
    vs & {1}
except TypeError as ex:
    print("TypeError:", ex)
try:
    ks[0]
except TypeError as ex:
    print("TypeError:", ex)
it = iter({"p": 1, "q": 2}.items())
print(next(it), next(it), next(it, "done"))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
