# center / ljust / rjust / zfill / expandtabs with fill characters
for w in (0, 3, 5, 8, 9):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print(repr("ab".center(5, "*")), repr("ab".center(6, "*")), repr("abc".center(6, "*")))
print(repr("a".center(4, "-")), repr("".center(3, "x")), repr("odd".center(4, ".")))
print(repr("x".ljust(5, "é")), repr("x".rjust(5, "0")), repr("日".center(5, "・")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(3))
print("-".zfill(3), "+".zfill(1), "--1".zfill(5), "3.14".zfill(8), "-0.5".zfill(6))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs(2)))
print(repr("12345\t6".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\ny\tz".expandtabs(3)))
for bad in ("ab", "", 3):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in rows:
    print(name.ljust(12, ".") + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
print("TITLE".center(24, "="))
print(repr("x".center(-1)), repr("x".ljust(-5, "#")))
