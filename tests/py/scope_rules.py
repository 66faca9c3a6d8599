# scoping rules: global declarations, class bodies, UnboundLocalError, builtins shadowing, del of names
counter = 0
def bump():
    global counter
    counter += 1
def read_only():
    return counter
bump(); bump()
print(counter, read_only())
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
x = "module"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    lam = lambda self: x
    z = [x for _ in range(1)]
print(C.y, C().method(), C().lam(), C.z)
def func():
    x = "func"
    class Inner:
        print("class body sees enclosing:", x)
        x = "inner class"
        def get(self):
            return x
    return Inner.x, Inner().get()
print(func())
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadows_builtin(), len("abc"))
def uses_builtin_after_global_shadow():
    return max([1, 2])
max = lambda s: "module max"
print(uses_builtin_after_global_shadow())
del max
print(uses_builtin_after_global_shadow())
name = "to delete"
del name
try:
    name
except NameError as e:
    print("NameError:", e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(nested_global(), counter)
for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = "blocks do not create scopes"
print(block_var)
try:
    raise ValueError
except ValueError as caught:
    pass
print("caught" in dir())
print(sorted(k for k in vars(C) if not k.startswith("__")), "x" in globals(), "v" in locals())
