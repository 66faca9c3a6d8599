# closures: nonlocal chains, late binding, cell sharing, counters, closures over loop variables
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
inc2, get2 = make_counter()
inc2()
print(get(), get2(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def level1():
    x = "L1"
    def level2():
        def level3():
            nonlocal x
            x = x + "+L3"
            return x
        return level3()
    r = level2()
    return r, x
print(level1())
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        def innermost():
            nonlocal x
            x = "changed inner"
        innermost()
        return x
    return inner(), x
print(shadow())
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
print(make_counter.__code__.co_cellvars, level1.__code__.co_cellvars, get.__closure__ is not None, make_counter.__closure__)
