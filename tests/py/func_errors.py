def f(a, b, *, c):
    pass
def g(a, /, b):
    pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=1),
    lambda: g(a=1, b=2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda: 0)(1),
    lambda: int("x"),
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: "abc" + 1,
    lambda: 1 + "abc",
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: "abc"[10],
    lambda: None.attr,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: undefined_name,
    lambda: int(None),
    lambda: abs("x"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: [1, 2] < [1, "a"],
    lambda: 3 < "x",
    lambda: object()(),
    lambda: None[0],
    lambda: (1).x,
    lambda: "x".nope,
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: [].remove(3),
    lambda: "a".index("b"),
    lambda: (1, 2).index(3),
    lambda: dict(1),
    lambda: max([]),
    lambda: float("abc"),
    lambda: int("12", 50),
    lambda: "%d" % "x",
    lambda: "{} {}".format(1),
    lambda: list(range(3))[::0],
    lambda: sum(["a"]),
    lambda: getattr(1, "x"),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
