# closures: late binding of loop variables, shared cells, cells assigned after def, deleted cells
def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]
print(late())
def bound_now():
    return [(lambda v: (lambda: v))(i) for i in range(3)]
print([f() for f in bound_now()])
def shared_cell():
    value = []
    def add(x): value.append(x)
    def show(): return list(value)
    return add, show
add, show = shared_cell()
add(1); add(2)
print(show(), add.__closure__[0] is show.__closure__[0] if add.__closure__ and show.__closure__ else None)
def rebinding_before_def():
    def reader():
        return y
    y = "assigned after def"
    return reader()
print(rebinding_before_def())
def unbound_cell():
    def reader():
        return z
    try:
        return reader()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    z = 1
print(unbound_cell())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
print([acc(n) for n in range(1, 5)])
def deleting():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return str(e)
print(deleting())
def param_closure(a, *args, key="k", **kw):
    return lambda: (a, args, key, kw)
print(param_closure(1, 2, key="x", extra=3)())
print(late.__code__.co_cellvars, deleting.__code__.co_cellvars, late.__closure__)
