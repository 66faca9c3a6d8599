a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[2], a[-1], a[1:4], a[::-2], a[::3])
a.append(7); a.extend([8, 0]); a.insert(0, 10)
print(a)
print(a.pop(), a.pop(0), a.index(4), a.count(1), a)
a.remove(1)
print(a, sorted(a), sorted(a, reverse=True), sorted(a, key=lambda x: -x))
a.sort(); print(a)
a.reverse(); print(a)
b = a.copy(); b[0] = 99; print(a[0], b[0])
a[1:3] = ["x", "y", "z"]; print(a)
del a[0]; del a[::2]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
print([1, 2] + [3], [0] * 3, [[1]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
print(3 in [1, 2, 3], 4 not in [1, 2], list(range(5)), list("ab"), list((1, 2)))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], [[r[i] for r in nested] for i in range(2)])
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), any([0, 1]), all([1, 0]))
c = [1, 2, 3]
c += [4]; c *= 2
print(c, c.clear(), c)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
l = [1, 2, 3]
l.append(l)
print(l)
print([i * i for i in range(10) if i % 2], list(enumerate("ab", 1)), list(zip([1, 2], "xy")))
