def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
d = {"x": 1}
print(f(*a), f(*a, 3, *a), f(**d), f(**d, y=2), f(0, *a, z=3, **d))
print([*a, *a], (*a, 5), {*a, 3}, {**d, "y": 2}, {"z": 0, **d})
first, *rest = range(5)
print(first, rest)
*a2, b2 = "xyz"
print(a2, b2)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
print(*"abc", sep=",")
def kw(a, b, c):
    return a + b + c
print(kw(*[1], **{"b": 2, "c": 3}), kw(1, *(2, 3)))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
print([*range(3), *"ab"], dict(**{"k": 1}), max(*[3, 1, 2]))
