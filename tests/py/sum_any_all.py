# sum / any / all: start values, short-circuiting, types
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([1, 2.5]), sum(range(101)), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.5, 0.5], start=1), sum(x * x for x in range(5)))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, sum([10**20, 1]) - 10**20, sum([1e100, 1, -1e100]))
for args in (([1, "a"],), (["a", "b"], ""), ([b"a"], b""), ([[1]],), (5,)):
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0.0, -1]), all(range(1, 5)), all(range(5)))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
seen.clear()
print(any(map(check, [])), all(map(check, [])), seen)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return self.v
print(any([Truthy(False), Truthy(True), Truthy(True)]))
print(all([Truthy(True), Truthy(False), Truthy(True)]))
print(any("abc"), all("") , any(x == 0 for x in range(3)), all(isinstance(x, int) for x in [1, True, 2]))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(map(sum, matrix)), sum(row[1] for row in matrix), [sum(col) for col in zip(*matrix)])
