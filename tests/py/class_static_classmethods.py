# classmethod and staticmethod: binding, alternate constructors, inheritance, descriptors
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), MyDate(1, 1, 1).from_string("2000-1-1"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(type(Date.is_leap).__name__, Date.is_leap is sm.__func__, callable(sm))
print(sm(2004), Date.__dict__["is_leap"].__get__(None, Date)(2001))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items = cls.items + [item]
        return cls
class SubRegistry(Registry):
    pass
Registry.register("a")
SubRegistry.register("b")
print(Registry.items, SubRegistry.items)
def plain(*args):
    return len(args)
class Binder:
    as_method = plain
    as_static = staticmethod(plain)
    as_class = classmethod(plain)
b = Binder()
print(b.as_method(), b.as_static(), b.as_class(), Binder.as_method(), Binder.as_static(), Binder.as_class())
class Counter:
    _n = 0
    @classmethod
    def next_id(cls):
        cls._n += 1
        return cls._n
class CounterB(Counter):
    pass
print(Counter.next_id(), Counter.next_id(), CounterB.next_id(), Counter._n, CounterB._n)
class WithProp:
    @classmethod
    def describe(cls):
        return "I am " + cls.__name__
print(WithProp.describe(), WithProp().describe())
try:
    Date.from_string()
except TypeError as e:
    print("TypeError:", e)
try:
    Date.is_leap()
except TypeError as e:
    print("TypeError:", e)
