# `from __future__ import annotations` imports a real module at run time;
# annotations (complex constants included) are kept as source text.
from __future__ import annotations
import __future__
def f(x: 1e400j, y: 2j+1, z: -1j, w: list[int] | None = None) -> dict[str, "Node"]: pass
print(f.__annotations__)
class Node:
    parent: Node | None
    def link(self, other: Node) -> Node: return other
print(Node.__annotations__, Node.link.__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.division.getOptionalRelease())
print(__future__.all_feature_names, annotations)
