class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = "Ada"; p.age = 36
print(p.name, p.age, type(Person.name).__name__, Person.name.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class Child(Base, tag="child"):
    pass
class Other(Base):
    pass
print(Base.subclasses, Child.tag, Other.tag)
class Prop:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v
    def del_v(self):
        print("deleting v")
        del self._v
    v = property(get_v, set_v, del_v, "the v property")
pr = Prop()
pr.v = 5
print(pr.v, Prop.v.__doc__)
del pr.v
print(hasattr(pr, "_v"))
class ReadOnly:
    @property
    def x(self):
        return 1
try:
    ReadOnly().x = 2
except AttributeError as e:
    print("AttributeError:", e)
class CM:
    @classmethod
    def create(cls):
        return cls.__name__
class SubCM(CM):
    pass
print(CM.create(), SubCM.create(), SubCM().create())
def class_decorator(cls):
    cls.decorated = True
    return cls
@class_decorator
class Decorated:
    pass
print(Decorated.decorated)
class Slotted:
    __slots__ = ("a",)
print(type(Slotted.a).__name__)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super(B, self).f()
print(B().f(), super(B, B()).f())
bound = B().f
print(bound(), bound.__self__.__class__.__name__, bound.__func__.__name__)
print(A.f(B()), callable(A.f))
