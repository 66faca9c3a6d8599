# bytes/bytearray methods and codecs, Unicode case mapping and character
# classes, float() and int() of Unicode digits and spaces.
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"; ba += b"!"; ba.insert(0, 62); ba.remove(ord("!")); print(ba, ba.pop(), ba.index(b"o"), ba.count(b"l"), ba.find(b"zz"))
ba.reverse(); print(ba); ba.reverse(); ba.clear(); print(ba, bytearray(b"abc").upper(), bytearray(range(5)), bytearray("é", "utf-8"))
print(b"a b\tc".split(), b"a,b".partition(b","), b"abc".title(), b"  x".lstrip(), b"x".zfill(3), b"ab".ljust(4, b"*"), b"hello".capitalize())
print(b"\x00\xff".hex(":"), b"abc".hex("-", 1), bytes.fromhex("aa bb"), b"abc"[::-1], b"abc" < b"abd", b"a" in b"abc", 97 in b"abc")
print(b"abc".decode("ascii"), b"\xe4\xbd\xa0".decode("utf-8"), "你".encode("utf-16"), "x".encode("utf-32-le"), b"caf\xe9".decode("latin-1"))
print(b"AbC".swapcase(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"Ab".istitle(), b"a\nb".splitlines(), b"tab\t".expandtabs(2))
print(bytes(range(250, 256)), bytes("abc", "ascii"), bytes(b"x"), bytes(bytearray(b"y")), bytes([65, 66]), list(bytes(2)))
for bad in [lambda: bytes("x"), lambda: bytes([-1]), lambda: b"a" + 1, lambda: b"abc"[5], lambda: bytearray(b"a").pop(5), lambda: b"x".decode("bogus"),
            lambda: "é".encode("ascii"), lambda: b"\x80".decode("ascii"), lambda: bytes.fromhex("zz"), lambda: bytearray(b"x").remove(5), lambda: b"%d" % b"x", lambda: b"a".join(["b"])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"), b"\xff".decode("ascii", "ignore"))
print(b"\xffabc".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
s = "Straße café ÅNGSTRÖM ﬀ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), len(s.upper()), s.encode("utf-8")[:10])
print("İstanbul".lower(), len("İ".lower()), "ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ß".title(), "ŉ".upper())
print("١٢٣".isdigit(), int("١٢٣"), float("١.٥"), "Ⅻ".isnumeric(), "①".isdigit(), "½".isdecimal(), "x²".isalnum(), "𝟘".isdecimal())
print("a\u0301".isalpha(), "\u00a0".isspace(), "\u2003x".strip(), "\u200b".isspace(), "A\u0308".lower(), "ﬃ".casefold(), "Ω".casefold())
print(sorted(["é", "e", "z", "E", "É"]), "é" > "z", max("aé"), ord(max("aé")), "€".encode("cp1252") if False else "")
print("hello"[1:-1:2], "hello"[::-1][::2], "hello"[-100:100], "héllo".find("l", -3), "abc".rindex("c"), "a-b_c d".split("-"), "  a  b  ".split(" "))
print("%s|%10.3s|%-6s|" % ("ü", "üüüüü", "ü"), f"{'ü':>4}|{'日本':^6}|", "日本".center(6, "*"), "ab\u0301c".ljust(6, "."))
for s in ["١.٥", "\u2003 1.5 \u2003", "1.5\u00e9", "٣e٢", "-٠.٥", "１２.５", "nan", "ⅰ"]:
    try: print(repr(s), float(s))
    except ValueError as e: print(e)
