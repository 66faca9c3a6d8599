# metaclasses: __call__ (singletons, instance counting), __new__/__init__ order, __prepare__, type() 3-arg form
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, type(Config).__name__, isinstance(Config, Singleton))
class Tracing(type):
    def __new__(mcs, name, bases, ns):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("meta call", cls.__name__, args)
        obj = super().__call__(*args)
        print("meta call done")
        return obj
class Traced(metaclass=Tracing):
    def __new__(cls, x):
        print("cls new", x)
        return super().__new__(cls)
    def __init__(self, x):
        print("cls init", x)
        self.x = x
    def method(self): pass
t = Traced(7)
print(t.x)
class Sub(Traced): pass
print(type(Sub).__name__)
class OrderedNames(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": "yes"}
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
class P(metaclass=OrderedNames):
    z = 1
    a = 2
print(P.injected, [k for k in vars(P) if not k.startswith("__")])
def init(self, v): self.v = v
Dyn = type("Dyn", (object,), {"kind": "dynamic", "__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, Dyn.__qualname__, Dyn.__bases__, d.kind, d.double(), type(d).__name__, Dyn.__module__)
Child = type("Child", (Dyn,), {})
print(Child(1).double(), Child.__mro__[1].__name__, issubclass(Child, Dyn))
print(type(5).__name__, type(type).__name__, type(Singleton).__name__)
for args in (("X", "notatuple", {}), ("X", (), []), (1, (), {}), ("X", (5,), {})):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
class Abstractish(type):
    def __call__(cls, *a):
        if getattr(cls, "abstract", False):
            raise TypeError(f"cannot instantiate {cls.__name__}")
        return super().__call__(*a)
class Shape(metaclass=Abstractish):
    abstract = True
class Square(Shape):
    abstract = False
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(type(Square()).__name__)
