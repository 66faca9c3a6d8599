# float repr and arithmetic
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 1e-5, 0.0001, 123456789.0,
        1e22, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 3.14159, 2.5, 1e100]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1_000.5"))
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, divmod(7.5, 2))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1.23456, 3))
print(1.0 == 1, 1.5 > 1, float(10 ** 20), int(1e20))
print((0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print(abs(-2.5), -2.5 ** 2, (-2.5) ** 2, 2 ** 0.5)
print(max(1.5, 2), min(-1, -1.5), sum([0.1] * 10))
print(float(1 << 60), 3 * 0.1, 1.1 * 1.1)
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e)
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.gcd(12, 18), math.factorial(20))
print(math.log(100, 10), math.log2(8), math.hypot(3, 4), math.fsum([0.1] * 10))
