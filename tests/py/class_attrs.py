# class attributes vs instance attributes: shadowing, mutation, lookup order, __dict__ contents
class Config:
    level = 1
    tags = []
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
print(a.level, b.level, Config.level, "level" in vars(a), sorted(vars(a)))
a.level = 5
print(a.level, b.level, Config.level, sorted(vars(a)))
Config.level = 9
print(a.level, b.level, Config.level)
del a.level
print(a.level)
try:
    del a.level
except AttributeError as e:
    print("AttributeError:", e)
a.tags.append("shared")
print(b.tags, Config.tags, a.tags is b.tags)
b.tags = b.tags + ["own"]
print(a.tags, b.tags, Config.tags)
Config.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"), getattr(a, "nope", "dflt"))
class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.count, vars(c1), vars(c2))
class Method:
    def f(self): return "method"
m = Method()
m.f = lambda: "instance attr"
print(m.f(), Method.f(m), Method().f())
del m.f
print(m.f())
print(type(Config.__dict__).__name__, "level" in Config.__dict__, "__init__" in Config.__dict__, Config.__dict__["level"])
try:
    Config.__dict__["level"] = 3
except TypeError as e:
    print("TypeError:", e)
class Child(Config):
    level = 100
print(Child("c").level, Child.tags is Config.tags, "tags" in Child.__dict__, Child.__name__, Child.__qualname__)
setattr(Child, "level", 200)
print(Child.level, Config.level, getattr(Child, "level"))
delattr(Child, "level")
print(Child.level)
try:
    Config.missing
except AttributeError as e:
    print("AttributeError:", e)
def outer():
    class Local:
        x = 1
    return Local
L = outer()
print(L.__qualname__, L.__name__, L().x, L.__module__)
