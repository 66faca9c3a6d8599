# Code with the mistakes CPython warns about at compile time.
def f(x):
    if x is not 5 and 1 < x is 2:
        return x is ()
    return x is None or x is ... or x is True
pairs = [
    ("a", 1)
    ("b", 2)
] if False else []
assert (1, "never fails")
assert ()
data = [[1, 2] [0], {1}(), f"{1}"(), (i for i in [])(), [i for i in []](), {}(), 1.5(), b"x"()] if False else 0
print(f(5), pairs, data)
exec("y = 1 is 1\nz = (1)(2) if False else 3")
print(y, z)
