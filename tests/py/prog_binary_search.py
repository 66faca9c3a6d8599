# classic program: binary search variants (exact, leftmost, rightmost, insertion point), bisect-free sorted insert
def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def bisect_left(a, x, key=lambda v: v):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(a[mid]) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
data = list(range(0, 200, 3))
for target in (0, 99, 100, 198, 197, -5, 1000):
    print(target, binary_search(data, target))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in (0, 2, 4, 5, 9):
    print(x, bisect_left(dups, x), bisect_right(dups, x), bisect_right(dups, x) - bisect_left(dups, x))
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    sorted_list.insert(bisect_right(sorted_list, v), v)
print(sorted_list)
people = sorted([("ann", 31), ("bob", 25), ("cy", 40), ("di", 25)], key=lambda p: p[1])
print(people[bisect_left(people, 30, key=lambda p: p[1]):])
def int_sqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([int_sqrt(n) for n in (0, 1, 15, 16, 17, 10**12, 2**100)][-3:], int_sqrt(99))
words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, bisect_left(words, "fox"), words[bisect_left(words, "g"):bisect_left(words, "p")])
print(max(binary_search(list(range(1000)), t)[1] for t in range(1000)), "max steps for 1000 items")
