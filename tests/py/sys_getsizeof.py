import sys
class S:
    def __init__(self, v): self.v = v
    def __sizeof__(self): return self.v
for v in (0, 10, 1000, -1, "x", 2.5, True, 2**70, None):
    try:
        print(repr(v), sys.getsizeof(S(v)) - sys.getsizeof(S(0)), sys.getsizeof(S(v), 99) - sys.getsizeof(S(0)))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
class IntSub(int): pass
print(sys.getsizeof(S(IntSub(5))) - sys.getsizeof(S(0)))
class Idx:
    def __index__(self): return 7
try:
    print(sys.getsizeof(S(Idx())) - sys.getsizeof(S(0)))
except Exception as e:
    print(type(e).__name__, e)
class Raises:
    def __sizeof__(self): raise KeyError("boom")
try:
    sys.getsizeof(Raises())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sys.getsizeof(Raises(), 5))
except KeyError as e:
    print("KeyError with default", e)
class RaisesType:
    def __sizeof__(self): raise TypeError("tb")
print(sys.getsizeof(RaisesType(), 6))
class NoSizeof:
    __sizeof__ = None
try:
    sys.getsizeof(NoSizeof())
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(NoSizeof(), 42))
class Meta(type):
    pass
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, default=2)
    print("kw ok")
except TypeError as e:
    print(e)
try:
    sys.getsizeof(obj=1)
    print("kw ok")
except TypeError as e:
    print(e)
print(sys.getsizeof(1, "ignored") == sys.getsizeof(1))
class GC: pass
print(sys.getsizeof(GC()) > GC().__sizeof__(), sys.getsizeof(5) == (5).__sizeof__())
print(sys.getsizeof(S(100)) - 100 == sys.getsizeof(S(0)))
class Slot:
    __slots__ = ()
    def __sizeof__(self): return 3
print(sys.getsizeof(Slot()))
# getallocatedblocks
b0 = sys.getallocatedblocks()
keep = [[i] for i in range(5000)]
b1 = sys.getallocatedblocks()
print(b1 > b0 + 4000)
del keep
b2 = sys.getallocatedblocks()
print(b2 < b1 - 4000, type(b2).__name__)
