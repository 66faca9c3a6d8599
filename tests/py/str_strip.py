# strip / lstrip / rstrip with and without character sets; removeprefix/removesuffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("abcHELLOcba".strip("cba")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("aaaa".strip("a")), repr("".strip()), repr("   ".strip()), repr("x".strip("")))
print(repr("  x  ".strip(None)), repr("\u2003 em space \u2003".strip()))
print(repr("123abc321".strip("0123456789")), repr("--==text==--".strip("=-")))
print(repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"))
print("body.txt".removesuffix(".txt"), "body.txt".removesuffix(".py"), repr("".removesuffix("")))
print("aaab".removeprefix("a"), "abab".removesuffix("ab"), "ab".removeprefix("ab") == "")
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
lines = ["  alpha  ", "\tbeta\n", "gamma   "]
print([l.strip() for l in lines], "|".join(l.rstrip() for l in lines))
s2 = "unchanged"
print(s2.strip() is s2 or s2.strip() == s2, s2.strip("z") == s2)
