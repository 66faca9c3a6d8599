# format() specs for floats: precision, types e/f/g/%, sign, grouping, specials
vals = [0.0, -0.0, 1.0, 0.5, 2.5, 1234.5678, -0.000123456, 1e22, 1.5e-10, 123456789.0]
for spec in ["", ".0f", ".2f", ".3e", "E", ".3g", "g", "G", ".10g", "%", ".1%", "+.1f", " .2f",
             ",.2f", "_.1f", "12.3f", "<12.2e", "^12g", "012.2f", "#.0f", "#g", "n"]:
    print(repr(spec).ljust(8), " ".join(format(v, spec) for v in vals))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, "f"), format(v, "+E"), format(v, "08.2f"), format(v, "%"), format(v, "G"))
print(format(1e16, ""), format(1e15, ""), format(1.0, ".0e"), format(9.99, ".1f"), format(0.125, ".2f"))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2 / 3, ""))
print(format(-0.0, "z.1f"), format(-1e-9, "z.2f"), format(-1e-9, ".2f"), format(-0.0, "z"))
print(format(3, ".2f"), format(7, "e"), format(10, "%"), format(2**53 + 1, ".1f"))
for spec in ["d", "x", ",_", "c", "#x"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(f"{1234.5:*>+12,.1f}|{-5.25:=+10.2f}|{0.5:^9.0%}|")
