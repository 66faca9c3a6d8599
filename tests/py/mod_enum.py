import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', Color(1), Color['GREEN'], list(Color), len(Color), Color.__members__)
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: print(1 in Color)
except TypeError as e: print(type(e).__name__, e)
print(Color.RED in Color, Color.ALIAS is Color.RED, list(reversed(Color)))
try:
    class More(Color): X = 3
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
class P(IntEnum):
    A = 1
    B = auto()
print(repr(P.A), str(P.A), f'{P.B}', P.A + 1, P.B == 2, list(P), P(2), isinstance(P.A, int), sorted([P.B, P.A]))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(repr(S.X), str(S.X), S.X == 'x', S.Y.upper(), f'{S.Y:>5}|')
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.W), repr(Perm(0)), list(Perm.R | Perm.X), repr(~Perm.R), bool(Perm(0)))
print(str(Perm(0)), repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.R), repr(Perm), repr(Perm(7)), list(Perm), Perm.R.name, (Perm.R | Perm.W).name, len(Perm))
try: Perm(8)
except ValueError as e: print(repr(str(e)))
class IP(IntFlag):
    R = 4
    W = 2
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), repr(~IP.R), repr(IP(0)), str(IP(0)))
class A(Flag):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.X | A.Z)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.ANT.value, repr(Animal), Animal(2))
Pairs = Enum('Pairs', [('ONE', 1), ('TEN', 10)]); print(list(Pairs), Pairs.TEN.value)
print(Color.RED.name, Color.RED.value, type(Color), Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
class C(Enum):
    A = auto()
    B = auto()
    def describe(self): return self.name.lower()
    @property
    def double(self): return self.value * 2
    @classmethod
    def first(cls): return cls.A
print(C.A.describe(), C.B.double, C.first(), C.A == C.A, C.A == 1, C.A != C.B)
class T(Enum):
    P = (1, 2)
    def __init__(self, a, b): self.total = a + b
print(T.P.total, T.P.value, T((1, 2)))
class M(Enum):
    _ignore_ = []
    x = 1
    _private = 2
print(list(M), M._private)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print({Color.RED: 'r'}[Color.RED], Color.RED.__class__.__name__, isinstance(Color.RED, Enum), issubclass(P, int))
