print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)})
print(sorted({c for c in "hello"}))
print(list(x + 1 for x in range(3)), sum(x for x in range(101)), tuple(i for i in "ab"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for x in matrix for y in x if y > 2])
x = "outer x"
print([x for x in "ab"], x)
print([(lambda v: v * 2)(i) for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v})
gen = (i * i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([[j for j in range(i)] for i in range(4)])
print([i if i % 2 else -i for i in range(5)])
vals = [3, 1, 2]
print([v for v in sorted(vals)], min(v for v in vals), any(v > 2 for v in vals))
print([(w := i * 2) for i in range(3)], w)
def in_func():
    k = 10
    return [k + i for i in range(3)]
print(in_func())
class InClass:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(InClass.doubled)
