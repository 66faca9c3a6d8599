# classic program: binary search tree — insert, traversals (recursive, iterative, generator, level order), height, delete
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root = None
        for k in keys:
            self.insert(k)
    def insert(self, key):
        def _ins(node):
            if node is None:
                return Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def inorder(self, node="start"):
        node = self.root if node == "start" else node
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out
    def postorder(self):
        def _post(n):
            return _post(n.left) + _post(n.right) + [n.key] if n else []
        return _post(self.root)
    def levels(self):
        result, level = [], [self.root] if self.root else []
        while level:
            result.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return result
    def height(self, n="start"):
        n = self.root if n == "start" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def delete(self, key):
        def _del(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = _del(n.left, key)
            elif key > n.key:
                n.right = _del(n.right, key)
            else:
                if not n.left: return n.right
                if not n.right: return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key = succ.key
                n.right = _del(n.right, succ.key)
            return n
        self.root = _del(self.root, key)
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print("inorder  ", list(t.inorder()))
print("preorder ", t.preorder())
print("postorder", t.postorder())
print("levels   ", t.levels(), "height", t.height())
print(40 in t, 41 in t, min(t.inorder()), max(t.inorder()), sum(1 for _ in t.inorder()))
for k in (20, 30, 50):
    t.delete(k)
    print("deleted", k, list(t.inorder()), t.levels())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
skewed = BST(range(10))
print("skewed height", skewed.height(), BST().levels(), list(BST().inorder()), BST(["m", "c", "x"]).preorder())
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])
def render(node, prefix=""):
    name, children = node
    lines = [name]
    for i, child in enumerate(children):
        last = i == len(children) - 1
        sub = render(child)
        lines.append(("`-- " if last else "|-- ") + sub[0])
        lines.extend(("    " if last else "|   ") + s for s in sub[1:])
    return lines
print("\n".join(render(tree)))
