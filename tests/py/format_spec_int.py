# format() specs for integers: align, sign, width, grouping, bases, alternate form
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "=10", "+", "-", " ", "+10", "010", "+010",
             ",", "_", "15,", "015,", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_x",
             "c", "n", "e", ".2e", "f", "%", "*^15,", "0=+12"]:
    try:
        print(repr(spec).ljust(9), repr(format(n, spec)), repr(format(-n, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec).ljust(9), type(e).__name__, e)
print(format(0, "#x"), format(0, "#b"), format(0, "+"), format(-0, " "), format(255, "#010x"))
print(format(True, "d"), format(True, ""), format(False, "#x"), format(65, "c"), format(0x1F600, "c"))
print(format(2**64, ","), format(-(2**70), "_x"), format(10**20, "e"))
for spec in [".2", "=s", "s", ",c", "#c", ",b", "z"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(f"{42:>{5}}|{42:<{2 + 3}}|{42:{'^'}5}|")
