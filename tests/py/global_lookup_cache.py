# Global and builtin lookups see every change of the module's globals and of
# builtins, however often the function already ran.
import builtins

x = 1


def f():
    return x + len("ab")


for _ in range(3):
    print(f())
x = 10
print(f())
real_len = builtins.len
builtins.len = lambda s: 100
print(f())
builtins.len = real_len
print(f())
del x
try:
    f()
except NameError as e:
    print("NameError:", e)


def g():
    global x
    x = 5


g()
print(f())
len = lambda s: -1      # a global now shadows the builtin
print(f())
del len
print(f())

# The same code object run with other globals.
module_code = compile("def h():\n    return x\n", "<h>", "exec")
ns1 = {"x": 100}
ns2 = {"x": 200}
exec(module_code, ns1)
exec(module_code, ns2)
print(ns1["h"].__code__ is ns2["h"].__code__)
for _ in range(2):
    print(ns1["h"](), ns2["h"](), f())
ns1["x"] = 300
print(ns1["h"](), ns2["h"]())
