# super() in its various forms: zero-arg, two-arg, in classmethods, properties, __init__ chains, cooperative kwargs
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
    def who(self): return "Base.who"
    @classmethod
    def make(cls): return "Base.make(%s)" % cls.__name__
    @property
    def prop(self): return "Base.prop"
class Mid(Base):
    def __init__(self, mid=0, **kw):
        super().__init__(**kw)
        self.log.append("Mid")
        self.mid = mid
    def who(self): return "Mid>" + super().who()
    @classmethod
    def make(cls): return "Mid>" + super().make()
    @property
    def prop(self): return "Mid>" + super().prop
class Leaf(Mid):
    def __init__(self, leaf=0, **kw):
        super(Leaf, self).__init__(**kw)
        self.log.append("Leaf")
        self.leaf = leaf
    def who(self): return "Leaf>" + super(Leaf, self).who()
    def skip(self): return super(Mid, self).who()
obj = Leaf(leaf=1, mid=2, other=3)
print(obj.log, obj.leaf, obj.mid, obj.extra)
print(obj.who(), obj.skip(), Leaf.make(), obj.prop)
print(super(Leaf, obj).who(), super(Mid, Leaf).make(), super(Leaf, Leaf).who(obj))
sup = super(Leaf, obj)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__)
class Cooperative:
    def __init__(self, **kw):
        print("Cooperative leftovers", sorted(kw))
        super().__init__()
class Named(Cooperative):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Cooperative):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged): pass
p = Person(name="ann", age=30, hobby="chess")
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class Str(str):
    def upper(self): return "custom:" + super().upper()
    def __len__(self): return super().__len__() * 10
s = Str("abc")
print(s.upper(), len(s), str.upper(s), s + "!")
class NoSuper:
    def method(self):
        return super().__class__.__name__, super().__str__ is not None
print(NoSuper().method())
