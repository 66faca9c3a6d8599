# float repr, round() with ndigits, float() parsing, float methods
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1.5, -0.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.as_integer_ratio() if v == v and abs(v) < 1e20 else "")
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, -1), round(-123.456, -2))
print(round(1.23456, 0), round(1e300, 2), round(5.5, None), round(0.0, 3), round(-0.0, 1))
print(float("1.5"), float("  -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float(".5"), float("5."))
print(float(7), float(True), float(2**53 + 1), float("16"), float(" +1E-2"))
print((0.5).hex(), (1.0).hex(), (-2.75).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x10"), (0.1).hex())
print((2.5).__floor__(), (-2.5).__ceil__(), int(2.5), int(-2.5), (7.0).__trunc__())
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 % 5, 5.0 // 0.3, 2.0 ** 0.5, 8.0 ** (1 / 3))
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate(), hash(1.0) == hash(1), hash(0.5) == hash(0.5))
for text in ("", "abc", "1.2.3", "1e", "--1", "0x10", "1__0", "inf inity"):
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
for op in (lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: 0.0 ** -1, lambda: float(10**400), lambda: round(float("inf")), lambda: round(float("nan"))):
    try:
        print(op())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
