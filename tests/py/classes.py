class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    kind = "puppy"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
p = Puppy("Rex", 1)
print(p, p.speak(), p.kind, Animal.kind, p.age, isinstance(p, Animal), issubclass(Puppy, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, type(p).__name__)
print(p.__dict__, hasattr(p, "name"), getattr(p, "missing", "dflt"))
setattr(p, "color", "brown"); print(p.color)
delattr(p, "color"); print(hasattr(p, "color"))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
Counter(); Counter.make()
print(Counter.count, Counter.helper(4), Counter().helper(5))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp(); t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(type(Temp.celsius).__name__, Animal.speak.__qualname__, Animal.__name__, Animal.__qualname__, Animal.__module__)
class Empty: pass
e = Empty()
e.x = 1
print(e.x, vars(e), type(e) is Empty, Empty.__name__, str(type(e)))
print(type(3), type("s"), type([]), type(type), type(None), int, object)
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1); w2.add(2)
print(WithClassAttr.items)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
Dyn = type("Dyn", (object,), {"v": 5})
print(Dyn().v, Dyn.__name__)
