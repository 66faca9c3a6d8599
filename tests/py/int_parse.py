# int() constructor: bases, prefixes, underscores, whitespace, errors
for text, base in [("42", 10), ("  -17  ", 10), ("+8", 10), ("0x1F", 16), ("1F", 16), ("0o17", 8),
                   ("0b1011", 2), ("1011", 2), ("z", 36), ("ZZ", 36), ("0x1f", 0), ("0o17", 0),
                   ("0b11", 0), ("1_000_000", 10), ("0x_ff", 16), ("0_0", 0), ("00", 0), ("\t10\n", 8),
                   ("１２３", 10), ("٣", 10), ("-0", 0), ("1_2", 0)]:
    print(repr(text), base, int(text, base))
print(int(), int(3.99), int(-3.99), int(True), int("  7 "), int(b"12"), int(bytearray(b"-3")))
print(int(1e20), int(-0.5), int("9" * 30) % 1000, int(" 0 "))
class HasInt:
    def __int__(self): return 11
class HasIndex:
    def __index__(self): return 12
print(int(HasInt()), int(HasIndex()), int(True), int(-False))
bad = [("", 10), ("abc", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("_1", 10), ("1__0", 10), ("1_", 10),
       ("08", 0), ("0b2", 0), ("- 5", 10), ("5", 1), ("5", 37), ("0x10", 10), ("  ", 10), ("1e3", 10)]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for val in (float("inf"), float("nan")):
    try:
        int(val)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for args in ((None,), ([],), (12, 10), ("1", "2"), (3.5, 2)):
    try:
        int(*args)
    except TypeError as e:
        print("TypeError:", e)
print(int("-0b101", 0), int("0X1a", 0), int("0O7", 0), int("+0x10", 16), int("10", base=3))
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0), hex(2**64))
