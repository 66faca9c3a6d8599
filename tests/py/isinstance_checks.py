# isinstance / issubclass with tuples, nested tuples, bool/int relations, class hierarchies
class Base: pass
class Left(Base): pass
class Right(Base): pass
class Diamond(Left, Right): pass
class Other: pass
d = Diamond()
print(isinstance(d, Diamond), isinstance(d, Left), isinstance(d, Right), isinstance(d, Base), isinstance(d, object))
print(isinstance(d, Other), isinstance(d, (Other, Right)), isinstance(d, (Other, (int, (Base,)))), isinstance(d, ()))
print(issubclass(Diamond, Base), issubclass(Base, Diamond), issubclass(Diamond, (Other, Left)), issubclass(Base, Base))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type), isinstance([], (list, tuple)), isinstance((), list))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(UnicodeDecodeError, ValueError))
print(isinstance("s", str), isinstance(b"s", str), isinstance(3.0, int), issubclass(frozenset, set), issubclass(dict, object))
for call in (lambda: isinstance(1, 2), lambda: isinstance(1, (int, 2)), lambda: issubclass(1, int),
             lambda: issubclass(int, "int"), lambda: isinstance(1, [int])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, (int, 2)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10
    def __subclasscheck__(cls, sub):
        return sub is float
class BigInt(metaclass=Meta): pass
print(isinstance(5, BigInt), isinstance(50, BigInt), issubclass(float, BigInt), issubclass(int, BigInt), isinstance(BigInt(), BigInt))
print(type(d) is Diamond, type(d) == Left, type(True) is bool, type(1) is int, Diamond.__bases__ == (Left, Right))
class FakeClass:
    __class__ = int
fc = FakeClass()
print(type(fc).__name__, fc.__class__.__name__, isinstance(fc, int), isinstance(fc, FakeClass))
def describe(x):
    if isinstance(x, bool): return "bool"
    if isinstance(x, int): return "int"
    if isinstance(x, (list, tuple)): return "seq of %d" % len(x)
    if isinstance(x, dict): return "map"
    return type(x).__name__
print([describe(v) for v in (True, 7, [1], (1, 2), {}, "s", None, 1.5)])
