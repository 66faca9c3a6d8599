from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
import dataclasses
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.__doc__, Point.y)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
print(Point.__hash__, Point.__match_args__, [f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2); print(v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try: v.major = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v.minor
except FrozenInstanceError as e: print(e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    name: str = field(default='inv', repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default='s', init=False)
a, b = Inventory(), Inventory(); a.items.append(1); print(a, b, a.items is b.items, Inventory([1], count=5) == a, a.secret)
try:
    @dataclass
    class Bad:
        values: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.5
    def __post_init__(self): self.total = self.a + self.c
d = Derived(1); print(d, d.total, [f.name for f in fields(Derived)], is_dataclass(d), is_dataclass(Derived), is_dataclass(5))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.x *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__)
try: KW(1, 2)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int
print(AllKW(y=1, x=2))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])]); print(asdict(tree)); print(astuple(tree))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class Hashable:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(Hashable(5)) == hash(Hashable(5, [1])))
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1); print(s, Slotted.__slots__, hasattr(s, '__dict__'))
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))]); print(C(1), C.__name__)
for bad in [lambda: fields(5), lambda: asdict(Point), lambda: replace(Inventory(), secret='x')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r; print(r)
print(repr(dataclasses.MISSING.__class__.__name__), dataclasses.fields(Point)[0].type, fields(Point)[1].default)
