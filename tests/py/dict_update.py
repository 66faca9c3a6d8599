# dict construction and update forms, fromkeys, setdefault, pop/popitem order, |= and |
d = {}
d.update({"a": 1})
d.update([("b", 2), ("c", 3)])
d.update(d=4, e=5)
d.update({"a": 10}, a=100)
d.update(((k, k * 2) for k in "xy"))
print(d)
class KeysOnly:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
d.update(KeysOnly())
print(d["k1"], d["k2"], dict(KeysOnly()))
for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), "v"), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
s = {}
print(s.setdefault("x", []), s.setdefault("x", [1]), s.setdefault("y"), s)
s["x"].append("added")
print(s)
p = {"one": 1, "two": 2, "three": 3}
print(p.pop("two"), p.pop("missing", "dflt"), p.pop("one", None), p)
try:
    p.pop("missing")
except KeyError as e:
    print("KeyError:", e)
q = {i: str(i) for i in range(5)}
print(q.popitem(), q.popitem(), q)
q[10] = "ten"
print(q.popitem(), q)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
m = {"a": 1, "b": 2}
n = {"b": 20, "c": 30}
print(m | n, n | m, m)
m |= n
print(m)
m |= [("z", 26)]
print(m)
try:
    m | [("w", 1)]
except TypeError as e:
    print("TypeError:", e)
order = {}
order["first"] = 1; order["second"] = 2; order["first"] = 11
del order["second"]; order["second"] = 22
print(list(order), dict(order, third=3), dict(a=1, **{"b": 2}))
print(dict([("a", 1)], b=2), dict(zip(range(3), "abc")), {**{"x": 1}, "x": 2})
