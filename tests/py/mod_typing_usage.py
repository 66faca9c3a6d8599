from typing import *
import typing
T = TypeVar("T")
class Stack(Generic[T]):
    items: List[T]
    def __init__(self) -> None:
        self.items = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> Optional[T]: return self.items.pop() if self.items else None
s: Stack[int] = Stack()
s.push(1); print(s.pop(), s.pop())
print(List["int"], Optional["Stack"], Union[int, "str"])
print(int | List[int], List[int] | None, Optional[int] | str)
class SupportsClose(Protocol[T]):
    def close(self) -> T: ...
print(SupportsClose.__parameters__)
def deco(fn: Callable[..., T]) -> Callable[..., T]: return fn
@deco
def g(a: int, *args: Any, **kw: Dict[str, int]) -> Iterator[Tuple[int, str]]:
    yield (a, "x")
print(list(g(1)))
class Node(NamedTuple):
    value: int
    children: List["Node"] = []
print(Node(1), Node(2, [Node(3)]))
print(Dict[str, Callable[[int], List[Optional[str]]]])
print(typing.Type[Stack], Tuple[int, ...].__args__, typing.Literal["a"] == typing.Literal["a"])
print(hash(List[int]) == hash(List[int]), {List[int]: 1}[List[int]])
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0]), Vector)
print(isinstance(3, Union[int, str]), isinstance(3, Optional[str]))
