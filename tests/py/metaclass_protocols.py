# Metaclasses (__prepare__, keyword arguments, __instancecheck__, dunders on
# the class), __init_subclass__, __new__ and descriptor precedence.
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.opts = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __instancecheck__(cls, obj): return hasattr(obj, "quack")
    def __len__(cls): return 42
    def __iter__(cls): return iter(["m1", "m2"])
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
class Duck(metaclass=Ordered, flavor="mallard"):
    x = 1
class Q:
    quack = True
print(Duck.opts, Duck._order, isinstance(Q(), Duck), isinstance(1, Duck), len(Duck), list(Duck), Duck[3])
class Registry:
    subclasses = []
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Registry.subclasses.append(cls.__name__)
class One(Registry, prefix="1-"): pass
class Two(One): pass
print(Registry.subclasses, One.prefix, Two.prefix)
try:
    class Bad(Registry, unknown=1): pass
except TypeError as e: print(e)
T = type("T", (One,), {"v": 5}, prefix="t-"); print(T.prefix, T.v, Registry.subclasses)
class WithNew:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, a, b=2): self.b = b
w = WithNew(1, b=3); print(w.args, w.b)
try: object.__new__(WithNew, 1)
except TypeError as e: print("no err?", e)
class Plain: pass
try: Plain(1)
except TypeError as e: print(e)
class InitOnly:
    def __init__(self): pass
try: InitOnly(1)
except TypeError as e: print(e)
class Abstractish(type):
    def __call__(cls, *a, **k):
        if cls.__name__.startswith("Abstract"):
            raise TypeError(f"Can't instantiate {cls.__name__}")
        return super().__call__(*a, **k)
class AbstractShape(metaclass=Abstractish): pass
class Circle(AbstractShape):
    def __init__(self, r): self.r = r
try: AbstractShape()
except TypeError as e: print(e)
print(Circle(2).r, type(Circle).__name__, Circle.__class__.__mro__)
print(type.__call__(Circle, 5).r, type(Duck).__prepare__("X", ()) if False else "")
class Slotted:
    __slots__ = ("a", "__dict__")
s = Slotted(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__)
class Desc:
    def __get__(self, obj, t): return "desc"
class HasDesc:
    d = Desc()
    def __init__(self): self.__dict__["d"] = "instance"
print(HasDesc().d, HasDesc.d)
class DataDesc:
    def __get__(self, obj, t): return "data"
    def __set__(self, obj, v): pass
class HasData:
    d = DataDesc()
    def __init__(self): self.__dict__["d"] = "instance"
print(HasData().d)
