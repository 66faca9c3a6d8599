import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print("limited", 150 < depth <= 200)
sys.setrecursionlimit(1000)
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
