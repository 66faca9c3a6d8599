# custom exception classes: extra attributes, custom __str__, args handling, hierarchies, pickle-free reuse
class AppError(Exception):
    """Base for this application's errors."""
class ValidationError(AppError):
    def __init__(self, field, message, code=400):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.code = code
    def __str__(self):
        return f"{self.field}: {self.message} (code {self.code})"
class NotFound(AppError):
    code = 404
e = ValidationError("email", "missing @")
print(e, repr(e), e.args, e.field, e.code, isinstance(e, AppError), AppError.__doc__)
try:
    raise ValidationError("age", "negative", code=422)
except AppError as err:
    print(type(err).__name__, err, err.code)
try:
    raise NotFound("page /x")
except AppError as err:
    print(err, err.code, err.args)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
n = NoSuperInit(1, 2)
print(n.args, repr(str(n)), repr(n), n.a + n.b)
class ArgsOverride(Exception):
    def __init__(self, *args):
        super().__init__("normalized")
print(ArgsOverride(1, 2, 3).args, str(ArgsOverride()))
class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.created_by_new = True
        return self
w = WithNew("x")
print(w.created_by_new, w.args)
x = ValueError("first")
x.args = ("changed", 2)
print(str(x), repr(x))
x.custom = "anything goes"
print(x.custom, sorted(vars(x)))
print("with_traceback returns self:", x.with_traceback(None) is x, x.__traceback__)
class Errors(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors
try:
    raise Errors([ValueError("a"), KeyError("b")])
except Errors as err:
    print(err, [type(x).__name__ for x in err.errors])
def risky(kind):
    if kind == "v":
        raise ValidationError("f", "bad")
    if kind == "n":
        raise NotFound()
    return "ok"
for kind in ("v", "n", "x"):
    try:
        print(risky(kind))
    except ValidationError as err:
        print("validation", err.field)
    except AppError as err:
        print("app error", type(err).__name__, repr(str(err)))
class MyKeyError(KeyError): pass
try:
    {}["x"]
except KeyError:
    try:
        raise MyKeyError("mine")
    except LookupError as err:
        print(type(err).__name__, err, type(err.__context__).__name__)
