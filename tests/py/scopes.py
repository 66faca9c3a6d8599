x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
def outer():
    x = "enclosing"
    def inner():
        return x
    def modify():
        nonlocal x
        x = "modified"
    modify()
    return inner()
print(outer())
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())
class Cls:
    attr = "class attr"
    def method(self):
        return attr if False else Cls.attr
    lst = [attr for _ in range(1)] if False else None
print(Cls().method(), Cls.lst)
y = 10
class UsesGlobal:
    y = y + 1
print(UsesGlobal.y, y)
def make():
    vals = []
    for i in range(3):
        def f(i=i):
            return i * 10
        vals.append(f)
    return [f() for f in vals]
print(make())
comp_var = "outer"
result = [comp_var for comp_var in range(2)]
print(comp_var, result)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
def globals_in_func():
    global created_later
    created_later = "now exists"
globals_in_func()
print(created_later)
def local_names():
    p = 1
    q = 2
    return sorted(locals())
print(local_names())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
lam = lambda: y
y = 99
print(lam())
