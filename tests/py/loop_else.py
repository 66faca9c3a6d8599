# for/while else clauses and nested loops with break/continue
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 2:
        break
else:
    print("never printed")
print("while broke at", n)
primes = []
for candidate in range(2, 30):
    for d in range(2, candidate):
        if candidate % d == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print("pair", i, j)
    else:
        print("inner completed for i =", i)
print("done")
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    else:
        continue
    break
print("first product 6 at", found)
for x in range(3):
    if x == 1:
        continue
    print("x", x)
else:
    print("else runs after continue-only loop")
count = 0
for _ in []:
    count += 1
else:
    print("else on empty loop, count", count)
i = 10
while i > 0:
    i -= 3
    if i % 2 == 0:
        continue
    print("odd i", i)
else:
    print("while else after continue, i =", i)
def loop_return():
    for v in range(5):
        if v == 2:
            return "returned " + str(v)
    else:
        return "else"
print(loop_return())
