# list methods in depth: index bounds, insert positions, remove/pop errors, count, aliasing with *
a = ["a", "b", "c", "b", "a"]
print(a.index("b"), a.index("b", 2), a.index("a", -2), a.index("c", 0, 3), a.index("a", 1))
for args in (("z",), ("c", 3), ("a", 1, 4), ("b", -1)):
    try:
        a.index(*args)
    except ValueError as e:
        print("ValueError:", e)
b = [1, 2, 3]
b.insert(0, "first"); b.insert(100, "last"); b.insert(-1, "before-last"); b.insert(-100, "very-first")
print(b)
b.insert(2, "mid"); print(b)
c = [1, 2, 3, 2]
c.remove(2); print(c)
try:
    c.remove(5)
except ValueError as e:
    print("ValueError:", e)
print(c.pop(), c.pop(0), c, c.pop(-1), c)
for lst, idx in (([], None), ([1], 5), ([1, 2], -3)):
    try:
        lst.pop() if idx is None else lst.pop(idx)
    except IndexError as e:
        print("IndexError:", e)
print([1, 1.0, True, "1"].count(1), [[1], [1]].count([1]), [].count(None))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[2])
x = [[]] * 2
x[0].append("shared")
print(x, [1, 2] * 0, [1, 2] * -3, 3 * ["z"])
y = [1, 2]
y *= 3; print(y)
alias = y
y += [9]; print(alias is y, alias)
y = y + [10]; print(alias is y, len(alias), len(y))
ext = [1]
ext.extend(range(3)); ext.extend("ab"); ext.extend((9,)); ext.extend({7: 0}); ext.extend(ext)
print(ext)
r = [1, 2, 3]
r.reverse(); print(r, r.copy() == r, r.copy() is r, list.copy(r))
r.clear(); print(r, len(r))
try:
    [].index()
except TypeError as e:
    print("TypeError:", e)
try:
    idx = 1.0
    [1][idx]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2, 3][3]
except IndexError as e:
    print("IndexError:", e)
try:
    l = [1]; l[5] = 0
except IndexError as e:
    print("IndexError:", e)
