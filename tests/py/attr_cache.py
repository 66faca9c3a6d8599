# Attribute loads and stores on instances stay right while classes,
# instance dicts and descriptors change under them.


class Node:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def read(o):
    return o.v


def call(o):
    return o.get()


def write(o, x):
    o.v = x


n = Node(1)
for i in range(3):
    write(n, i)
    print(read(n), call(n))

# An instance attribute shadows the method; deleting it unshadows.
n.get = lambda: "shadow"
print(call(n))
del n.get
print(call(n))

# A data descriptor added to the class takes over.
Node.v = property(lambda self: "property", lambda self, x: print("set", x))
print(read(n), call(n))
write(n, 5)
del Node.v
print(read(n))

# __getattr__ added later is consulted for missing names only.
def missing(self, name):
    return "missing " + name


Node.__getattr__ = missing
print(read(n), read(Node.__new__(Node)))
del Node.__getattr__
try:
    read(Node.__new__(Node))
except AttributeError as e:
    print("AttributeError:", e)

# __setattr__ added later.
Node.__setattr__ = lambda self, k, x: print("setattr", k, x)
write(n, 9)
del Node.__setattr__
write(n, 10)
print(read(n))

# The method replaced on the class.
Node.get = lambda self: "new get"
print(call(n))

# A new __dict__ for the instance.
n.__dict__ = {"v": "fresh"}
print(read(n))
n.__dict__ = {}
try:
    read(n)
except AttributeError as e:
    print("AttributeError:", e)
write(n, 11)
print(read(n), n.__dict__)


# __class__ changed.
class Other:
    v = "class attr"

    def get(self):
        return "other get"


n.__class__ = Other
print(read(n), call(n))
del n.v
print(read(n), call(n))


# Slots, subclasses and a class attribute default.
class Slotted:
    __slots__ = ("v",)

    def get(self):
        return "slotted"


s = Slotted()
write(s, 3)
print(read(s), call(s))
del s.v
try:
    read(s)
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    v = 0

    def get(self):
        return self.v


c = Counter()
print(read(c))
write(c, c.v + 1)
print(read(c), Counter.v)
del c.v
print(read(c))


class Desc:
    def __get__(self, obj, cls):
        return "desc get"


class WithDesc:
    v = Desc()


w = WithDesc()
print(read(w))
w.__dict__["v"] = "in dict"
print(read(w))
Desc.__set__ = lambda self, obj, value: print("desc set", value)
print(read(w))
write(w, 4)


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
for name in ("a0", "a20", "a39"):
    print(getattr(m, name))
m.v = "v"
print(read(m))
for i in range(40):
    delattr(m, "a%d" % i)
print(read(m), len(m.__dict__))


class Finalized:
    def __del__(self):
        print("del Finalized")


holder = Node(Finalized())
write(holder, None)
print("replaced")


# One call site, instances of several subclasses in turn.
class Base:
    def __init__(self, v):
        self.v = v

    def value(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def value(self):
        return -self.v


class C(Base):
    v = "class"


objs = [A(1), B(2), C(3), Base(4), A(5)]
print([o.value() for o in objs] * 2)
print([read(o) for o in objs])
del objs[2].v
print([read(o) for o in objs])
B.value = Base.value
print([o.value() for o in objs])
