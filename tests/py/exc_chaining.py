# exception chaining: __context__, __cause__, __suppress_context__, raise ... from None
def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})[cause={type(e.__cause__).__name__ if e.__cause__ else None}, "
                     f"ctx={type(e.__context__).__name__ if e.__context__ else None}, suppress={e.__suppress_context__}]")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(show(e))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    print(show(e))
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(show(e), e.__context__ is not None)
try:
    raise IndexError("cause given directly") from OSError("os")
except IndexError as e:
    print(show(e), e.__context__)
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError:
        raise TypeError("c")
except TypeError as e:
    print(show(e))
