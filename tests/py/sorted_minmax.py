# min / max / sorted with key and default, ties, iterables, errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((), default="none"), max([], default=None))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, -5, 3], key=abs), min("bca", key=ord))
print(max([(1, "first"), (1, "second")], key=lambda p: p[0]), min([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(max([2, 2.0]), min([2.0, 2]), max(True, 1), min(0, False, key=None), max("a", "B"), max(["a", "B"], key=str.lower))
print(max({"x": 3, "y": 9, "z": 5}.items(), key=lambda kv: kv[1]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max(range(10), key=lambda v: v % 4), min(iter([5, 3, 8])), max(map(int, "3917")), max([[1, 2], [1, 3]]))
print(max(1, 2, key=lambda v: -v), min([3], default=0), max([], key=len, default="d"))
for call in (lambda: min([]), lambda: max(()), lambda: min(1), lambda: max(1, "a"), lambda: min(1, 2, default=0),
             lambda: max(), lambda: min([1, 2], key=5), lambda: max([1], foo=1)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sorted("Hello World"), sorted([3, 1, 2], key=lambda v: -v), sorted(range(5), reverse=True))
print(sorted([], key=len), sorted((x for x in "cab")), sorted({"b": 1, "a": 2}.values()))
people = [("ann", 31, "NY"), ("bob", 25, "LA"), ("cat", 31, "LA"), ("dan", 25, "NY")]
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
nan = float("nan")
print(max([1, nan, 3]) == 3, max([nan, 1, 3]) is nan)
