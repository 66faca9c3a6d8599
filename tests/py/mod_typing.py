import typing
from typing import *
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any, TypeVar('T'), List, Optional[Union[int, str]], Union[int], Type[int], Literal[1, 'a'], ClassVar[int], Final[int])
print(List[int].__origin__, List[int].__args__, typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Union[int, None] == Optional[int])
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), Iterable[int], Sequence, Mapping[str, int], Set[int], FrozenSet[int], Deque[int], DefaultDict[str, int], Counter[str], Iterator[int], Generator[int, None, None], Awaitable)
T = TypeVar('T', bound=int); print(T, T.__name__, TypeVar('U', covariant=True), TypeVar('V', contravariant=True))
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box(1).v, Box.__parameters__, Box[str] == Box[str])
class P(NamedTuple):
    x: int
    y: int = 0
    def total(self): return self.x + self.y
print(P(1), P._fields, P.__annotations__, P(2, 3).total(), isinstance(P(1), tuple))
Q = NamedTuple('Q', [('a', str)]); print(Q('z'), Q._fields)
class TD(TypedDict):
    a: int
print(TD(a=1), type(TD(a=1)), TD.__required_keys__, TD.__annotations__)
print(cast(int, 'x'), TYPE_CHECKING, typing.get_type_hints(P))
class Pr(Protocol):
    def f(self): ...
print(Pr, NoReturn, Text, AnyStr, Hashable, Sized)
def annotated(a: int, b: 'str' = 'x') -> List[int]: return [a]
print(get_type_hints(annotated), annotated.__annotations__['return'])
print(get_args(Callable[[int, str], bool]), get_args(Optional[int]), get_origin(Union[int, str]), get_origin(int), get_args(int))
print(Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), Dict[str, List[int]], Tuple[()], Tuple[int, str])
print(Callable[..., int], Annotated[int, 'meta'], Optional[List[int]], int | None, Union[int, str, None])
UserId = NewType('UserId', int); print(UserId(5), UserId)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3), final(len), isinstance(3, Union[int, str]))
try: Any()
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
class MyList(List[int]): pass
print(MyList.__mro__[1], MyList([1, 2]))
class Pair(Generic[T]):
    pass
print(Pair.__mro__, Pair[int].__origin__ is Pair)
