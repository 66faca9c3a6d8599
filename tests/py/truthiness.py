# truth testing: __bool__, __len__ fallback, errors, and/or returning operands, not
class WithBool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
for obj in (WithBool(True), WithBool(False), WithLen(0), WithLen(3), Both(), Neither()):
    print(type(obj).__name__, bool(obj), not obj, "yes" if obj else "no")
for v in (0, 0.0, -0.0, "", b"", [], (), {}, set(), frozenset(), range(0), None, False, 1, " ", [0], (None,), {0: 0}, float("nan")):
    print(repr(v), bool(v))
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**100
for obj in (BadBool(), BadLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(0 or "default", "" or [] or None, 5 and "x", 0 and 1/0, [] and 1, "a" or 1/0, None or 0 or "last")
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), t(2) or t(3), t(4) and t(5) and t(6), calls)
print(not 0, not [1], not not "s", True + True, False * 10, True == 1, True is not False)
count = 0
class Counting:
    def __bool__(self):
        global count
        count += 1
        return False
c = Counting()
if c or c: pass
while c: pass
x = 1 if c else 2
print(count, x, [v for v in (c, c) if not v].__len__())
print(bool(WithLen(0)) is False, type(bool(WithLen(1))).__name__, len(WithLen(7)))
