# generator expressions and comprehensions: scoping, early evaluation of the first iterable, laziness
x = "global x"
lst = [x for x in range(3)]
print(x, lst)
g = (x * 2 for x in range(3))
print(x, list(g), list(g))
data = [1, 2, 3]
lazy = (v * 10 for v in data)
data = [100]
print(list(lazy))
data2 = [1, 2, 3]
lazy2 = (v * 10 for v in [0] for w in data2)
data2 = [9]
print(list(lazy2))
class Scope:
    base = 10
    items = [1, 2, 3]
    first_iterable_ok = [i for i in items]
    try:
        uses_class_var = [i + base for i in items]
    except NameError as e:
        error = str(e)
print(Scope.first_iterable_ok, Scope.error)
def func():
    k = 5
    return [k * i for i in range(3)], list(k + i for i in range(2)), {i: k for i in range(2)}
print(func())
evens = (n for n in range(10) if n % 2 == 0)
print(next(evens), next(evens), sum(evens))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "bbb", "cc"]), "".join(c.upper() for c in "abc"))
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
flat = [c for word in ["ab", "cd"] for c in word if c != "c"]
print(flat)
print([y for y in [1, 2, 3] if y > 1 if y < 3], [(a, b) for a in range(3) for b in range(a, 3) if a + b == 3])
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print("NameError:", e)
try:
    gen = (1 / v for v in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError raised lazily:", e)
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError raised eagerly:", e)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, iter(ge) is ge)
print(sorted({c for c in "mississippi"}), {k: v for k, v in zip("ab", "xy")}, list(zip(*((i, i * i) for i in range(3)))))
