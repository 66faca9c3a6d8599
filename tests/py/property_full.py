# property: getter/setter/deleter, read-only errors, docstrings, inheritance and overriding parts
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "temperature in degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)
def get_x(self): return self.__dict__.get("x_val", "unset")
def set_x(self, v): self.__dict__["x_val"] = v * 2
class Manual:
    x = property(get_x, set_x, None, "manual x")
m = Manual()
print(m.x, Manual.x.__doc__)
m.x = 5
print(m.x, m.__dict__)
m.__dict__["x"] = "shadow?"
print(m.x)
class Base:
    @property
    def value(self): return "base"
class Derived(Base):
    @Base.value.getter
    def value(self): return "derived"
    @value.setter
    def value(self, v): print("derived setter", v)
d = Derived()
print(d.value, Base().value)
d.value = 3
try:
    Base().value = 3
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    calls = 0
    @property
    def expensive(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.calls)
class Broken:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback for " + name
print(Broken().bad)
