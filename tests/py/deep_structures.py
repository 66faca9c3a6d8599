# Deeply nested containers: operations either work or raise RecursionError,
# as CPython's do, and nothing crashes.
import sys


def nest(kind, depth):
    x = kind()
    for _ in range(depth):
        x = [x] if kind is list else (x,) if kind is tuple else {0: x}
    return x


def attempt(name, f):
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError:", e)


for depth in (100, 5000):
    L, L2 = nest(list, depth), nest(list, depth)
    T, T2 = nest(tuple, depth), nest(tuple, depth)
    D, D2 = nest(dict, depth), nest(dict, depth)
    print("depth", depth)
    attempt("list ==", lambda: L == L2)
    attempt("list <", lambda: L < L2)
    attempt("tuple ==", lambda: T == T2)
    attempt("dict ==", lambda: D == D2)
    attempt("list in", lambda: L in [L2])
    attempt("tuple hash", lambda: hash(T) == hash(T2))
    attempt("tuple as key", lambda: {T: 1}[T2])
    attempt("list repr", lambda: repr(L))
    attempt("tuple str", lambda: str(T))
    attempt("dict repr", lambda: repr(D))
    attempt("sorted", lambda: sorted([L, L2]))
