# A tokenizer and recursive-descent calculator, a matrix class, a binary
# search tree, a formatted inventory table, a sieve and text statistics.
import math
class Token:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value): self.kind, self.value = kind, value
    def __repr__(self): return f"Token({self.kind!r}, {self.value!r})"
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace(): i += 1; continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."): j += 1
            yield Token("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])); i = j; continue
        if ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum(): j += 1
            yield Token("name", src[i:j]); i = j; continue
        if ch in "+-*/()^,": yield Token("op", ch); i += 1; continue
        raise SyntaxError(f"bad char {ch!r} at {i}")
class Parser:
    def __init__(self, toks): self.toks = list(toks); self.pos = 0
    def peek(self): return self.toks[self.pos] if self.pos < len(self.toks) else None
    def next(self): t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while (t := self.peek()) and t.value in ("+", "-"):
            self.next(); r = self.term(); v = v + r if t.value == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while (t := self.peek()) and t.value in ("*", "/"):
            self.next(); r = self.factor(); v = v * r if t.value == "*" else v / r
        return v
    def factor(self):
        b = self.unary()
        if (t := self.peek()) and t.value == "^": self.next(); return b ** self.factor()
        return b
    def unary(self):
        t = self.peek()
        if t and t.value == "-": self.next(); return -self.unary()
        return self.atom()
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
    def atom(self):
        t = self.next()
        if t is None: raise SyntaxError("unexpected end")
        if t.kind == "num": return t.value
        if t.kind == "name":
            if t.value == "pi": return math.pi
            fn = self.FUNCS[t.value]; self.next(); args = [self.expr()]
            while self.peek().value == ",": self.next(); args.append(self.expr())
            self.next(); return fn(*args)
        if t.value == "(":
            v = self.expr(); self.next(); return v
        raise SyntaxError(f"unexpected {t}")
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "sqrt(16) + max(1, 7, 3)", "10 / 4", "2 ^ 100", "pi * 2", "1 +", "3 $ 4", "abs(-7) - min(2, -1)"]:
    try: print(f"{src:<25} = {Parser(tokenize(src)).expr()}")
    except SyntaxError as e: print(f"{src:<25} ! {e}")
    except Exception as e: print(f"{src:<25} ! {type(e).__name__}: {e}")
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
m = Matrix([[1, 2], [3, 4]]); print(m @ m); print(m @ Matrix.identity(2) == m)
class Node:
    def __init__(self, key): self.key = key; self.left = self.right = None
class BST:
    def __init__(self): self.root = None; self.size = 0
    def insert(self, k):
        def _ins(n):
            if n is None: self.size += 1; return Node(k)
            if k < n.key: n.left = _ins(n.left)
            elif k > n.key: n.right = _ins(n.right)
            return n
        self.root = _ins(self.root)
    def __iter__(self):
        def walk(n):
            if n: yield from walk(n.left); yield n.key; yield from walk(n.right)
        return walk(self.root)
    def __len__(self): return self.size
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.key: return True
            n = n.left if k < n.key else n.right
        return False
    def height(self, n=..., ):
        if n is ...: n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]: t.insert(k)
print(list(t), len(t), 40 in t, 45 in t, t.height())
inventory = {"apple": (3, 0.5), "banana": (12, 0.25), "cherry": (100, 0.1)}
print(f"{'Item':<10}{'Qty':>5}{'Price':>8}{'Total':>9}")
print("-" * 32)
for name, (qty, price) in sorted(inventory.items()):
    print(f"{name.title():<10}{qty:>5}{price:>8.2f}{qty * price:>9.2f}")
print(f"{'TOTAL':<23}{sum(q * p for q, p in inventory.values()):>9.2f}")
def primes(n):
    sieve = [True] * (n + 1); sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]: sieve[i*i::i] = [False] * len(sieve[i*i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50), len(primes(10000)))
def collatz(n):
    steps = 0
    while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 10000), key=collatz))
text = """It was the best of times, it was the worst of times, it was the age of wisdom"""
import sys
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words: counts[w] = counts.get(w, 0) + 1
top = sorted(counts, key=lambda w: (-counts[w], w))[:4]
print(top, {w: counts[w] for w in top})
print(" ".join(w[::-1] for w in text.split()[:5]), text.count("it"), text.lower().count("it"))
print("%-10s|%10s|" % ("left", "right"), "{:*<10}|{:#>10}".format("l", "r"))
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello, world", 3), caesar(caesar("hello, world", 3), -3))
