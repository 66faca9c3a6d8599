# exception attributes set by hand, invalid causes, re-raising, bare raise identity, except-name scoping
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
