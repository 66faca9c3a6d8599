# closures: nonlocal chains, counters, shadowing between nested scopes
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
print(make_counter.__code__.co_cellvars, level1.__code__.co_cellvars, get.__closure__ is not None, make_counter.__closure__)
