def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("k")
    return n
for n in range(3):
    try:
        print("got", risky(n))
    except ValueError as e:
        print("ValueError", e, e.args)
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    else:
        print("else branch")
    finally:
        print("finally", n)
class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("custom", 42)
except MyError as e:
    print(e, e.code, repr(e), isinstance(e, Exception))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught", e)
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("g finally", i)
    return "done"
print(g())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e))
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(ValueError()))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
print(ZeroDivisionError.__mro__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print("StopIteration value", s.value)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("reraised", e)
try:
    raise ValueError
except ValueError as e:
    print("class raise", repr(e))
x = "before"
try:
    raise OSError(2, "No such file", "f.txt")
except OSError as err:
    print(err, err.errno, err.strerror, err.filename, type(err).__name__)
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as err:
    print("FileNotFoundError", err)
try:
    exc_var = 1
    raise ValueError("x")
except ValueError as exc_var:
    pass
print("exc_var" in dir())
