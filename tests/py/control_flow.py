for i in range(3):
    print("for", i)
else:
    print("for-else ran")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("loop", i)
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", [i for i in range(3)] if x > 100 else "skip")
for i in range(2):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
total = 0
for i in range(1, 101):
    total += i
print(total)
for ch in "hi":
    pass
print(ch)
k = 10
while k:
    k //= 2
    if k == 1:
        continue
    print("k", k)
if (y := x * 2) > 5:
    print("walrus", y)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
