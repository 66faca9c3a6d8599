d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.setdefault("x", 9), d.setdefault("b", 0), d)
d.update({"y": 1}, z=2); print(d)
del d["x"]; print(d, d.popitem(), d)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0), {k: k * 2 for k in range(3)})
e = {1: "one", 2: "two"}
for k in e:
    print(k, e[k])
for k, v in e.items():
    print(k, v)
print({**e, 3: "three"}, e | {4: "four"}, e == {2: "two", 1: "one"})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
try:
    e[99]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
try:
    {}["missing"]
except KeyError as ex:
    print("KeyError", ex)
print(dict(zip("abc", range(3))), {(1, 2): "tuple key"}[(1, 2)], {1: 1, 1.0: 2, True: 3})
d2 = {}
d2[d2.__class__.__name__] = d2
print(d2)
keys = d.keys()
d["new"] = 1
print(list(keys), keys & {"new", "q"}, len(keys))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(reversed({1: 2, 3: 4})), {}.get(1, "dflt"), bool({}), bool({0: 0}))
