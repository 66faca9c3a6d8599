# Instances made by object.__new__ and a Python __init__: refcounts, errors,
# __del__ timing, recursion depth, frames and changes to __init__.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.refs = sys.getrefcount(self)


p = Point(1, 2)
print(p.x, p.y, p.refs, sys.getrefcount(p))


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Noisy:
    def __init__(self, fail):
        self.fail = fail
        if fail:
            raise ValueError("init failed")

    def __del__(self):
        print("del", self.fail)


try:
    Noisy(True)
except ValueError as e:
    print("caught", e)
print("after")
n = Noisy(False)
del n
print("deleted")

try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, y=2).y
    print(Point(x=1, y=2).x)
except TypeError as e:
    print("TypeError:", e)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


def depth(limit):
    try:
        Deep(limit)
        return "ok"
    except RecursionError as e:
        return "RecursionError: " + str(e)


print(depth(100))
print(depth(2000))


def caller_name():
    return sys._getframe(1).f_code.co_name


class WhoCalls:
    def __init__(self):
        self.caller = caller_name()
        self.outer = sys._getframe(1).f_code.co_name


def make():
    return WhoCalls()


w = make()
print(w.caller, w.outer)


class Sub(Point):
    pass


s = Sub(3, 4)
print(type(s).__name__, s.x, s.y)


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("init", a)


WithNew(5)


class Later:
    def __init__(self):
        self.v = 1


print(Later().v)
Later.__init__ = lambda self: setattr(self, "v", 2)
print(Later().v)


def init3(self):
    self.v = 3


Later.__init__ = init3
print(Later().v)
del Later.__init__
try:
    Later(1)
except TypeError as e:
    print("TypeError:", e)
print(type(Later()).__name__)
import gc
class Tracked:
    def __init__(self):
        self.tracked = gc.is_tracked(self)
print(Tracked().tracked)
