# __init_subclass__ (with class keywords) and __set_name__ ordering
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "for", cls.__name__)
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
class PrettyJson(Json, name="pretty"): pass
print(sorted(Plugin.registry), Plugin.registry["pretty"].__mro__[1].__name__)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(k for k, v in vars(cls).items() if isinstance(v, Field)))
class User(Model):
    name = Field("anon")
    age = Field(0)
u = User()
u.age = 33
print(u.name, u.age, User.name.owner, User.age.name)
f = Field(1)
class Late: pass
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")
print(f.name)
class ErrName:
    def __set_name__(self, owner, name):
        raise ValueError("refusing " + name)
try:
    class Holder:
        x = ErrName()
except Exception as e:
    print(type(e).__name__ + ":", e, type(e.__cause__).__name__ if e.__cause__ else None)
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.serial = Counted.count
class A(Counted): pass
class B(A): pass
class C(Counted): pass
print(A.serial, B.serial, C.serial, Counted.count, hasattr(Counted, "serial"))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    def __init_subclass__(cls, **kw):
        print("WithMeta.__init_subclass__", cls.__name__, kw)
class Child(WithMeta, flag=False): pass
