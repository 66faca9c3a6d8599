# sys.getrefcount in many contexts (the figures CPython 3.11 prints)
import sys
rc = sys.getrefcount
obj = []
print("global:", rc(obj))
print("temporary list:", rc([]), "temporary object:", rc(object()))
def one(x): return rc(x)
def two(x): return one(x)
def three(x): return two(x)
print("argument depth 1/2/3:", one(obj), two(obj), three(obj))
def with_local(x):
    y = x
    z = [x, x]
    return rc(x)
print("argument + local + 2 list slots:", with_local(obj))
def kwargs_call(**kw): return rc(kw["k"])
def star_call(*a): return rc(a[0])
print("via **kwargs:", kwargs_call(k=obj), "via *args:", star_call(obj))
def outer():
    captured = []
    def inner(): return captured
    return rc(captured), inner
n, keeper = outer()
print("captured in a closure cell:", n, rc(keeper()))
def default_arg(d=obj): return rc(d)
print("default argument:", default_arg())
del default_arg
print("after deleting the function:", rc(obj))
class Holder:
    class_attr = obj
print("class attribute:", rc(obj))
h = Holder()
h.inst = obj
print("instance attribute too:", rc(obj))
del Holder.class_attr, h.inst
print("after deleting both:", rc(obj))
key = tuple(["tuple", "key"])
d = {key: obj}
print("dict key / value:", rc(key), rc(obj))
st = {key}
print("set member:", rc(key))
del d, st
print("after del dict and set:", rc(key), rc(obj))
items = [obj] * 5
print("list repeated 5 times:", rc(obj))
items.clear()
for loop_var in [obj]:
    print("loop variable (list literal alive):", rc(loop_var))
print("after loop, variable still bound:", rc(obj))
del loop_var
t = (obj, obj)
print("tuple with 2 slots:", rc(obj))
a, b = t
print("unpacked too:", rc(obj))
del t, a, b
m = obj.append
print("bound method holds self:", rc(obj))
del m
g = (v for v in [obj])
print("generator not started:", rc(obj))
next(g)
print("generator suspended, value bound inside:", rc(obj))
del g
print("generator dropped:", rc(obj))
try:
    raise ValueError(obj)
except ValueError as e:
    print("exception args hold it:", rc(obj))
print("exception cleared after except:", rc(obj))
container = [obj]
del obj
print("only the list holds it now:", rc(container[0]))
