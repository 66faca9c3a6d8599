# sys.getsizeof of strings of each storage kind, as literals and as computed
# values: pym lays them out as CPython does, and using a string (printing it,
# comparing it, compiling it as a constant) adds no hidden copy.
import sys
literals = ["", "a", "abc", "é", "naïve", "€uro", "日本語", "😀", "a😀", "x" * 100]
computed = ["".join(list(s)) for s in literals]
for lit, comp in zip(literals, computed):
    print(repr(lit), sys.getsizeof(lit), sys.getsizeof(comp), sys.getsizeof(lit) == sys.getsizeof(comp))
print(sys.getsizeof(chr(233)), sys.getsizeof(chr(0x20ac)), sys.getsizeof(chr(0x1f600)))
s = "€" * 10
print(s == "€" * 10, s.upper() == s, len(s), sys.getsizeof(s))
