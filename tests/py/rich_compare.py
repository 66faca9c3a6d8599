# rich comparisons: __lt__ alone drives sorted/min/max, reflection (a > b -> b < a), NotImplemented, error messages
class Money:
    def __init__(self, cents): self.cents = cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __repr__(self): return "$%d.%02d" % divmod(self.cents, 100)
wallet = [Money(250), Money(99), Money(1000), Money(99)]
print(sorted(wallet), min(wallet), max(wallet), sorted(wallet, reverse=True))
print(Money(1) < Money(2), Money(3) > Money(2), Money(1) > Money(2))
for expr in (lambda: Money(1) <= Money(2), lambda: Money(1) < 5, lambda: 5 > Money(1), lambda: Money(1) >= Money(1)):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
log = []
class Tracer:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
    def __eq__(self, other): log.append(f"{self}.eq({other})"); return NotImplemented
    def __lt__(self, other): log.append(f"{self}.lt({other})"); return NotImplemented
    def __gt__(self, other): log.append(f"{self}.gt({other})"); return NotImplemented
a, b = Tracer("a"), Tracer("b")
print(a == b, log); log.clear()
print(a != b, log); log.clear()
try:
    a < b
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
class SubTracer(Tracer):
    def __gt__(self, other): log.append(f"{self}.sub_gt({other})"); return True
s = SubTracer("s")
print(a < s, log); log.clear()
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 3), Version(2) >= Version(1, 9))
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a", [Version(1)] < [Version(2)])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    {} <= {}
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 < 2, 1 < 3 > 2)
