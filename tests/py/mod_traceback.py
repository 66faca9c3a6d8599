import sys
import traceback


def clean(text):
    return text.replace(__file__, "FILE")


def inner(d):
    return d["missing"] + 1


def outer(d):
    x = 1
    return inner(d) * x


try:
    outer({})
except KeyError as e:
    print(clean(traceback.format_exc()), end="")
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(clean(fs.filename), fs.lineno, fs.name, repr(fs.line))
    fs = traceback.extract_tb(tb)[-1]
    print(clean(repr(fs)), len(fs), fs[1], fs[2])
    fn, ln, name, line = fs
    print(ln, name, line)
    print(clean("".join(traceback.format_tb(tb))), end="")
    print(len(traceback.format_tb(tb)), len(traceback.format_tb(tb, limit=1)))
    print(clean("".join(traceback.format_list(traceback.extract_tb(tb)))), end="")


class AppError(Exception):
    pass


def chained():
    try:
        [][3]
    except IndexError as err:
        raise AppError("wrapped") from err


try:
    chained()
except AppError:
    print(clean(traceback.format_exc()), end="")


def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")


try:
    ctx()
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(traceback.format_exception_only(e))

print(traceback.format_exception_only(AppError()))
print(traceback.format_exception_only(KeyError("k")))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


try:
    int("zz")
except ValueError:
    out = Out()
    traceback.print_exc(file=out)
    print(clean("".join(out.parts)), end="")
    out = Out()
    traceback.print_exception(*sys.exc_info(), file=out)
    print(clean("".join(out.parts)), end="")
    out = Out()
    traceback.print_tb(sys.exc_info()[2], file=out)
    print(clean("".join(out.parts)), end="")


def where():
    return traceback.extract_stack()


def level2():
    return where()


st = level2()
for fs in st:
    print(clean(fs.filename), fs.lineno, fs.name, fs.line)
print(clean("".join(traceback.format_stack()[-1:])), end="")
print(traceback.format_exc())
try:
    traceback.format_tb(5)
except AttributeError as e:
    print("AttributeError:", e)
print(traceback.format_exception(None))
try:
    chained()
except AppError as e:
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
    print(e.__cause__ is not None, e.__suppress_context__)
    print(len(traceback.format_exception(e)) > len(traceback.format_exception(e, chain=False)))
