# assignment expressions (walrus) and conditional expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + v for v in range(5)], total)
chunks = iter(["a", "b", "", "c"])
out = []
while (chunk := next(chunks)):
    out.append(chunk)
print(out)
def first_match(items, pred):
    if any(pred(found := it) for it in items):
        return found
    return None
print(first_match([1, 4, 9, 16], lambda v: v > 5), first_match([], bool))
print((a := 10) + a, (b := "x") * 3, a, b)
vals = {"k": 5}
if (v := vals.get("k")) is not None and v > 3:
    print("walrus in and", v)
print([(m, m * m) for i in range(4) if (m := i + 1) % 2])
def f(x):
    return (r := x * 2, r + 1)
print(f(5))
for score in (95, 85, 70, 50):
    grade = "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 65 else "F"
    print(score, grade)
print(("yes" if [] else "no"), ("yes" if [0] else "no"), (1 if True else 1 / 0), (1 / 0 if False else "lazy"))
x = 5
print("even" if x % 2 == 0 else "odd", [("pos" if v > 0 else "neg" if v < 0 else "zero") for v in (-1, 0, 2)])
abs_val = lambda v: v if v >= 0 else -v
print(abs_val(-3), abs_val(3), max(1, 2) if x else min(1, 2))
print(*(i if i % 3 else "fizz" for i in range(1, 7)))
nested = [[1, 2], [3]]
print(sum(length for sub in nested if (length := len(sub)) > 1))
count = 0
def counter():
    global count
    count += 1
    return count
print(counter() if counter() > 5 else "short-circuit checked once", count)
