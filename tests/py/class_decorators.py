# class decorators: registration, adding methods, wrapping __init__, returning a different object, stacking
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls
def auto_init(cls):
    def __init__(self, *args):
        if len(args) != len(cls.fields):
            raise TypeError(f"{cls.__name__} expects {len(cls.fields)} args, got {len(args)}")
        for name, value in zip(cls.fields, args):
            setattr(self, name, value)
    cls.__init__ = __init__
    return cls
@register
@add_repr
@auto_init
class Point:
    fields = ("x", "y")
@register
@add_repr
@auto_init
class Person:
    fields = ("name", "age")
print(Point(1, 2), Person("ann", 5), registry)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
def count_instances(cls):
    original = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Widget:
    def __init__(self, label): self.label = label
ws = [Widget(str(i)) for i in range(4)]
print(Widget.instances, ws[2].label)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class settings:
    debug = True
    def __repr__(self): return "settings-instance"
print(settings, type(settings).__name__, settings.debug)
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@with_tag("outer")
@with_tag("inner")
class Tagged: pass
print(Tagged.tag)
order = []
def trace(name):
    order.append("factory " + name)
    def deco(cls):
        order.append("apply " + name)
        return cls
    return deco
@trace("first")
@trace("second")
class Ordered: pass
print(order)
def frozen(cls):
    def __setattr__(self, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")
    cls.__setattr__ = __setattr__
    return cls
@frozen
class Const:
    pi = 3
c = Const()
try:
    c.pi = 4
except AttributeError as e:
    print("AttributeError:", e, c.pi)
