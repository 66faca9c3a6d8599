# __getattr__ vs __getattribute__, __setattr__, __delattr__, recursion-safe patterns, getattr/hasattr
class Fallback:
    exists = "class attr"
    def __init__(self): self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r} here")
f = Fallback()
print(f.exists, f.inst, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "missing"), getattr(f, "missing", "dflt"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
class Everything:
    def __init__(self): self.real = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        if name == "boom":
            raise AttributeError("boom attr")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr fallback:" + name
e = Everything()
print(e.real, e.secret, e.boom, e.other, type(e).__name__)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.y = 5
setattr(r, "z", "s")
del r.y
print(r.x, r.z, hasattr(r, "y"), r.log)
try:
    del r.nonexistent
except AttributeError as e:
    print("AttributeError:", e, r.log[-1])
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_target", target)
    def __getattr__(self, name): return getattr(self._target, name)
    def __setattr__(self, name, value): setattr(self._target, name, value)
class Target: pass
t = Target()
p = Proxy(t)
p.color = "red"
print(t.color, p.color, "color" in vars(p), vars(t))
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"), hasattr(None, "x"))
for args in ((f, 5), (f, "x", 1, 2)):
    try:
        getattr(*args)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    object().anything = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    (1).real = 5
except AttributeError as ex:
    print("AttributeError:", ex)
class CountAccess:
    count = 0
    def __getattribute__(self, name):
        type(self).count += 1
        return super().__getattribute__(name)
    def method(self): return "m"
ca = CountAccess()
ca.method(); ca.method; getattr(ca, "method")
print(CountAccess.count)
