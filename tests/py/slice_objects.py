# slice objects: attributes, indices(), use in __getitem__, equality
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice("a", [1], None)))
print(s.indices(5), s.indices(100), slice(None).indices(7), slice(None, None, -1).indices(7))
print(slice(-3, None).indices(10), slice(-100, 100).indices(10), slice(5, 1, -2).indices(4), slice(0, 0).indices(0))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdef"[slice(1, 4)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
print(len(range(*slice(2, 20, 3).indices(10))), list(range(*slice(None, None, -2).indices(6))))
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple",) + tuple(type(k).__name__ for k in key)
        return ("item", key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:], q[1:2, 3], q[..., 1:], q[-1::-1], q["k"])
for bad in (slice(0, 1, 0),):
    try:
        bad.indices(5)
    except ValueError as e:
        print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice("a", 2).indices(5)
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2).start = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(type(s).__name__, slice(1, 2, 3) == slice(1, 2, 3), [1, 2, 3, 4][slice(-1, -4, -1)])
