# built-in exception hierarchy: bases, except-clause matching by base class and tuple
classes = [ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError, UnicodeDecodeError,
           UnicodeEncodeError, FileNotFoundError, PermissionError, TimeoutError, RecursionError,
           NotImplementedError, UnboundLocalError, ModuleNotFoundError, StopIteration, StopAsyncIteration,
           GeneratorExit, KeyboardInterrupt, SystemExit, TabError, IndentationError, AssertionError,
           AttributeError, BufferError, EOFError, MemoryError, ReferenceError, DeprecationWarning, UserWarning,
           ConnectionResetError, BrokenPipeError, ChildProcessError, IsADirectoryError]
for cls in classes:
    print(cls.__name__, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError, issubclass(Warning, Exception))
print(BaseException.__bases__, Exception.__bases__, ArithmeticError.__base__.__name__)
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except ValueError as e:
        return "value:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
    except BaseException as e:
        return "base:" + type(e).__name__
for exc in (KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"),
            TypeError, SystemExit(3), KeyboardInterrupt, GeneratorExit(), StopIteration, LookupError):
    print(classify(exc))
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("caught via tuple variable:", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except ():
        print("never")
except ValueError:
    print("empty tuple matches nothing")
try:
    try:
        raise KeyError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class NotAnException: pass
try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
