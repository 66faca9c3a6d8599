# str.split / str.rsplit edge cases: separators, maxsplit, whitespace runs
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".rsplit(",", 1))
print("a,b,,c,".split(",", 0))
print("a,b,,c,".split(",", -1))
print("  lead and  trail  ".split())
print("  lead and  trail  ".split(None, 1))
print("  lead and  trail  ".rsplit(None, 1))
print("  lead and  trail  ".split(" "))
print("\t\n x \x0b y\x0c\r z \n".split())
print("".split(), "".split("x"), "   ".split(), "   ".split(" "))
print("abcabcabc".split("bc"), "abcabcabc".rsplit("bc", 2))
print("aaaa".split("aa"), "aaaaa".split("aa"), "aaaaa".rsplit("aa"))
print("x".split("x"), "xx".split("x"), "yxy".split("x"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("a b c".split(sep=None, maxsplit=5), "a-b-c".split(sep="-"))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", maxsplit=1))
print("a\u3000b\u00a0c".split())
for bad in ("", ):
    try:
        "abc".split(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    "abc".rsplit("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split(",", "2")
except TypeError as e:
    print("TypeError:", e)
parts = "k1=v1;k2=v2;;k3=".split(";")
print([p.split("=", 1) for p in parts if p])
print(len("a b".split(" ", 10)), "a  b".split(" ", 1), "a  b".rsplit(" ", 1))
