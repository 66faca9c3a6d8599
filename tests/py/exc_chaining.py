# exception chaining: __context__, __cause__, __suppress_context__, from None, __traceback__ presence
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
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    e.__cause__ = "not an exception"
except TypeError as te:
    print("TypeError:", te)
try:
    raise ValueError("x") from 5
except TypeError as te:
    print("TypeError:", te)
try:
    raise ValueError("with tb")
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
def reraiser():
    try:
        raise KeyError("inner")
    except KeyError as exc:
        raise exc
try:
    reraiser()
except KeyError as exc:
    print("reraised", exc, exc.__context__)
try:
    try:
        raise ValueError("original")
    except ValueError as exc:
        exc2 = exc
        raise
except ValueError as exc:
    print("bare raise keeps identity:", exc is exc2)
try:
    try:
        raise ValueError(1)
    finally:
        print("finally during propagation")
except ValueError as exc:
    print("after finally", exc.__context__)
err = None
try:
    raise OSError("scoped")
except OSError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
