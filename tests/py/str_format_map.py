# str.format field syntax, format_map, __format__ and conversion flags
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0[0]}{0[2]}".format("xyz"), "{d[key]}".format(d={"key": "v"}), "{0[1][0]}".format([0, [9]]))
print("{0.__class__.__name__}".format(3.5), "{obj.real:+}".format(obj=7))
print("{!s} {!r} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"))
print("{{}} {{{0}}}".format(5), "{:{}}|".format("w", 4), "{:{fill}{align}{width}}".format("c", fill="*", align="^", width=7))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:>{w}}".format(1, w=3))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return f"({self.x:{spec}}, {self.y:{spec}})"
p = Point(1.5, -2)
print("{}".format(p), "{:.2f}".format(p), "{:polar}".format(p), format(p, "5"), f"{p:+}")
class Ctx(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} {unknown}".format_map(Ctx(name="Ann", age=30)))
print("{x}".format_map({"x": [1, 2]}))
try:
    "{name}".format_map({})
except KeyError as e:
    print("KeyError:", e)
errors = ["{", "}", "{0", "{0!x}", "{0:}}", "{:d}", "{0}{}", "{1}", "{a}", "{0[}"]
for fmt in errors:
    try:
        print(repr(fmt.format("s")))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print(format(object.__new__(type("Q", (), {"__repr__": lambda s: "Q()"})), ""))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print("{0:^{1}}".format("mid", 9) + "|", "{:=^11}".format(" hi "))
