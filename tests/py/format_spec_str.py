# format() specs for strings and nested/dynamic specs
s = "pym"
for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", "->7", ".2", "8.2", "^9.1", "_^8"]:
    print(repr(spec).ljust(7), repr(format(s, spec)))
print(repr(format("", "3")), repr(format("toolong", "3")), repr(format("日本", "^6")))
for spec in ["d", "=5", "+", ",", "#", "05"]:
    try:
        print(repr(format(s, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("banana split", 12, 4.25)]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for row in table:
    print(" | ".join(f"{str(c):{'<' if i == 0 else '>'}{widths[i]}}" for i, c in enumerate(row)))
for width in range(3, 8, 2):
    for align in "<^>":
        print(f"[{s:{align}{width}}]", end=" ")
    print()
print(f"{'x'!r:>5}", f"{'é'!a:^8}", f"{3.5!s:>6}", "{0!s:.1}".format(123))
print(format(None, ""), format([1, 2], ""), format((1,), ""), str(None).center(8, "*"))
try:
    format(None, "^8")
except TypeError as e:
    print("TypeError:", e)
try:
    format([], "5")
except TypeError as e:
    print("TypeError:", e)
