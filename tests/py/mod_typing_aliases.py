from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
                    Callable, Iterable, Iterator, Generator, Sequence, Mapping,
                    Type, TypeVar, Generic, Protocol, NamedTuple, TypedDict,
                    cast, overload, final, ClassVar, Final, Literal,
                    TYPE_CHECKING, NoReturn)
import typing

print(TYPE_CHECKING)
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int])
print(Union[int, Union[str, float]], Optional[List[int]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str])
print(Generator[int, None, None], Sequence[float], Mapping[str, List[int]])
print(Any, NoReturn, ClassVar[int], Final[str], Literal[1, "a", None])
print(List, Dict, typing.Optional)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(List[int] == List[int], List[int] == List[str])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_args(Callable[[int], str]), typing.get_origin(Optional[int]))
print(typing.get_origin(int), typing.get_args(int))

T = TypeVar("T")
K = TypeVar("K")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
N = TypeVar("N", int, float)
print(T, T_co, T_contra, N.__constraints__, T.__name__)
print(List[T], Dict[K, T], Dict[K, T][str, int])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


b = Box(3)
print(b.get(), Box[int], Box[int](5).item, Box.__parameters__, Pair.__parameters__)
print(Pair[str, int], Box.__mro__[1:])
print(type(Box[str]("x")).__name__, Box[str]("x").__orig_class__)


class IntBox(Box[int]):
    pass


print(IntBox(7).get(), IntBox.__parameters__, issubclass(IntBox, Box))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.x, p[1], p.norm2(), p._fields, p._asdict(), p._replace(y=9))
print(Point(1), Point(x=2, label="q"), isinstance(p, tuple), len(p))
x, y, label = p
print(x, y, label, Point._field_defaults, Point.__annotations__)
print(Point._make([5, 6, "r"]), p == (3, 4, "p"), hash(p) == hash((3, 4, "p")))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields)


class Movie(TypedDict):
    name: str
    year: int


class Movie2(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, Movie2.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie2.__optional_keys__))


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def use(g: Greeter) -> str:
    return g.greet()


print(use(English()))
print(cast(int, "3"), cast("List[int]", [1]))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f("ab"))


@final
class Leaf:
    MAX: ClassVar[int] = 3
    NAME: Final = "leaf"


print(Leaf.MAX, Leaf.NAME, Leaf.__final__)


def annotated(a: List[int], b: Optional[Dict[str, Any]] = None) -> Tuple[int, ...]:
    return tuple(a)


print(annotated([1, 2]), annotated.__annotations__)
print(isinstance([1], List), isinstance({}, Dict), isinstance([], Iterable))
print(isinstance(3, Iterable), isinstance(iter([]), Iterator), isinstance({}, Mapping))
print(isinstance(len, Callable), isinstance(3, Callable))


def gen() -> Iterator[int]:
    yield 1


print(list(gen()), typing.get_type_hints(annotated))
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Optional[int]()
except TypeError as e:
    print("TypeError:", e)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
try:
    typing.Dict[int]
except TypeError as e:
    print("TypeError:", e)
