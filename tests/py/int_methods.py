# int methods: bit_length, bit_count, as_integer_ratio, conjugate, real/imag, numerator/denominator
for n in (0, 1, -1, 2, 7, 8, 255, -256, 2**64, -(2**64) + 1, 10**30):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag,
          n.numerator, n.denominator)
print(True.bit_length(), True.as_integer_ratio(), False.bit_count(), type(True.real).__name__)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((-7).__abs__(), (7).__neg__(), (7).__invert__(), (7).__pos__(), (3).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, -5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), (17).__divmod__(5))
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9), pow(0, 0))
print(int.__name__, (7).__class__.__name__, (7).__sizeof__() > 0, hash(7), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(abs(-2**80), -(-2**80), ~(2**80), 2**80 >> 79, 1 << 100 >> 99, -1 >> 5, -17 >> 2, -17 // 4)
print(7 & -8, -7 | 3, -7 ^ 3, ~0, 0xFF & ~0x0F, (1 << 64) - 1 & 0xF0F0)
for args in ((2, -1), (2, -1, 4), (0, -1, 5)):
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(int.from_bytes(b"\x05", "big").bit_length(), (12).bit_length(), (-(2**1000)).bit_length(), (2**1000 - 1).bit_count())
