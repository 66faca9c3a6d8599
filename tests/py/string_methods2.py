s = "The quick brown fox jumps over the lazy dog"
words = s.split()
print(len(words), words[::3], max(words, key=len), sorted(words, key=str.lower)[:3])
print(s.count("o"), s.index("fox"), s.upper().count("THE"), s.title())
print("".join(w[0] for w in words), " ".join(reversed(words)))
print({w: len(w) for w in words[:3]}, [w for w in words if len(w) > 4])
print(s.replace(" ", "_")[:20], s[4:9], s[-3:], s[10:4:-1])
csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow"
rows = [line.split(",") for line in csv.splitlines()]
print(rows[1:], [dict(zip(rows[0], r)) for r in rows[1:]][0])
print("%-10s|%5d|" % ("left", 7), "{:<10}|{:>5}|".format("left", 7))
print("a-b-c".split("-", 1), "a  b".split(" "), "".split(), "".split(","), "abc".split("abc"))
print("x".join([]), "x".join(["a"]), "   ".join(["", ""]))
print("Hello"[::-1], "racecar" == "racecar"[::-1], "ab" * 0, "-" * 10)
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "hello".replace("l", ""))
print("%.3f %10.4e %-8.2f|" % (3.14159, 12345.678, 2.5))
print("tab\there".split("\t"), "a\u00e9b".upper(), "\u00c9COLE".lower())
print("straße".upper(), "ΑΒΓ".lower(), "привет".upper(), "İ".lower() == "i̇")
print(str(b"bytes", "utf-8"), "ünï".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print(b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ab".zfill(5), "abc".find("c", 1, 2), "abcabc".rindex("b"), "a,b;c".replace(";", ",").split(","))
print("12".isnumeric(), "½".isnumeric(), "²".isdigit(), "٣".isdecimal(), "x y".istitle())
