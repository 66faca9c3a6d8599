# classic program: Stack and Queue classes with dunder methods; bracket matching, RPN evaluation, BFS on a grid
class Stack:
    def __init__(self, items=()):
        self._items = list(items)
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def peek(self): return self._items[-1] if self._items else None
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f"Stack({self._items})"
class Queue:
    """Two-stack queue: amortised O(1) operations."""
    def __init__(self):
        self._in, self._out = [], []
    def enqueue(self, x): self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty Queue")
        return self._out.pop()
    def __len__(self): return len(self._in) + len(self._out)
    def __contains__(self, x): return x in self._in or x in self._out
s = Stack([1, 2])
s.push(3)
print(repr(s), len(s), s.peek(), list(s))
print(s.pop(), s.pop(), s.pop(), bool(s), s.peek(), s)
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
q = Queue()
for i in range(5):
    q.enqueue(i)
print(q.dequeue(), q.dequeue(), len(q), 3 in q, 0 in q)
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for i, ch in enumerate(text):
        if ch in "([{":
            st.push((ch, i))
        elif ch in pairs:
            if not st or st.peek()[0] != pairs[ch]:
                return f"mismatch at {i}"
            st.pop()
    return "ok" if not st else f"unclosed at {st.peek()[1]}"
for t in ("(a[b]{c})", "(]", "((x)", "", "{[()()]}", "a)"):
    print(repr(t), balanced(t))
def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"), rpn("10 4 /"))
grid = ["S.#.....",
        ".##.###.",
        "....#..E",
        "##.##.#."]
def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    dist = {start: 0}
    q = Queue(); q.enqueue(start)
    while len(q):
        r, c = q.dequeue()
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.enqueue((nr, nc))
    return None
print("shortest path:", bfs(grid), Queue.__doc__)
