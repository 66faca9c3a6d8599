import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
def g():
    local = []
    return sys.getrefcount(local)
print(g())
def h(x):
    y = x
    return sys.getrefcount(x)
print(h(a))
for item in [a]:
    print(sys.getrefcount(item))
d = {"k": a}
print(sys.getrefcount(a))
t = (a,)
print(sys.getrefcount(a))
class Holder:
    pass
obj = Holder()
obj.attr = a
print(sys.getrefcount(a))
del obj.attr, d["k"]
print(sys.getrefcount(a))
del t
print(sys.getrefcount(a))
o = object()
print(sys.getrefcount(o))
s = "some unique string value"
print(sys.getrefcount(s) >= 2)
def args_refs(*args):
    return sys.getrefcount(args[0])
print(args_refs(a))
lst = [[] for _ in range(3)]
print([sys.getrefcount(x) for x in lst])
print(sys.getrefcount(Holder()))
x = Holder()
m = x.__init__
print(sys.getrefcount(x))
del m
print(sys.getrefcount(x))
