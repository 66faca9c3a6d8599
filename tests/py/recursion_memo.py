# recursion: mutual recursion, memoization with a dict, backtracking, recursion depth errors caught
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(99))
memo = {}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
print(fib(90), calls, len(memo))
def fib_naive(n): return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
print([fib_naive(i) for i in range(15)])
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out
print(permutations([1, 2, 3]), len(permutations(list("abcde"))))
def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))
               for c in range(n) if c not in cols and row + c not in diag1 and row - c not in diag2)
print([queens(n) for n in range(1, 8)])
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def infinite(n): return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still running", fib(30))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))
