# classic program: matrices as lists of lists — multiply, transpose, identity, power, determinant, pretty print
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(col) for col in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("[" + " ".join(str(v).rjust(width) for v in row) + "]")
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
show(matmul(B, A))
print(matpow([[1, 1], [1, 0]], 30)[0][1], "= fib(30)")
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
rot90 = lambda m: [list(r) for r in zip(*m[::-1])]
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
show(rot90(grid))
print(rot90(rot90(rot90(rot90(grid)))) == grid, [grid[i][i] for i in range(3)], sum(grid[i][2 - i] for i in range(3)))
spiral, m = [], [row[:] for row in grid]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print("spiral:", spiral)
F = [[0.5, 0.25], [0.125, 2.0]]
show(matmul(F, identity(2)))
