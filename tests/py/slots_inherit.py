# __slots__ with inheritance: empty slots, __dict__/__weakref__ slots, conflicts, class-level defaults
import weakref
class Base:
    __slots__ = ("a",)
class Sub(Base):
    __slots__ = ("b",)
class NoSlots(Base):
    pass
class Empty(Base):
    __slots__ = ()
s = Sub(); s.a = 1; s.b = 2
print(s.a, s.b, hasattr(s, "__dict__"), Sub.__slots__, sorted(k for k in Sub.__dict__ if not k.startswith("__")))
n = NoSlots(); n.a = 1; n.other = 2
print(n.a, n.other, vars(n), hasattr(n, "__weakref__"))
e = Empty(); e.a = 5
try:
    e.z = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    weakref.ref(s)
except TypeError as ex:
    print("TypeError:", ex)
class WeakSlots:
    __slots__ = ("x", "__weakref__")
w = WeakSlots()
r = weakref.ref(w)
print(r() is w, hasattr(w, "__dict__"))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as ex:
    print("ValueError:", ex)
class StrSlot:
    __slots__ = "only"
so = StrSlot(); so.only = "one"
print(so.only, StrSlot.__slots__, type(StrSlot.only).__name__, StrSlot.only.__name__)
try:
    so.missing = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    StrSlot().only
except AttributeError as ex:
    print("AttributeError:", ex)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self): return f"Point3({self.x}, {self.y}, {self.z})"
pts = [Point(1, 2), Point3(1, 2, 3)]
print(pts, [getattr(p, "z", None) for p in pts], Point3.__mro__[1].__name__)
try:
    class Both(Point, StrSlot): pass
except TypeError as ex:
    print("TypeError:", ex)
p = Point(0, 0)
del p.x
print(hasattr(p, "x"), getattr(p, "x", "gone"))
p.x = 7
print(p)
class Mangled:
    __slots__ = ("__secret",)
    def set(self, v): self.__secret = v
    def get(self): return self.__secret
mm = Mangled(); mm.set(42)
print(mm.get(), Mangled.__slots__, "_Mangled__secret" in Mangled.__dict__)
