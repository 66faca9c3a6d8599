# bytes methods in depth: split/strip/find families, hex/fromhex, join, case, predicates, indexing returns ints
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(b" !"), b.strip(b" HWd!"), b.split(), b.split(b","), b.rsplit(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"".split(), b"x".split(b"x"))
print(b"abcabc".find(b"c"), b"abcabc".find(b"c", 3), b"abcabc".rfind(b"a"), b"abc".find(99), b"abc".index(b"b", 1, 2))
print(b"abcabc".count(b"ab"), b"aaa".count(b"a", 1), b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 0, 3))
print(b"hello".replace(b"l", b"L", 1), b"abc".replace(b"", b"-"), b"aXbXc".partition(b"X"), b"aXbXc".rpartition(b"X"))
print(b"\x00\xff\x10".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(b", ".join([b"x", bytearray(b"y"), b"z"]), b"".join([]), b"ab".join([b"1", b"2", b"3"]))
print(b"MiXeD".swapcase(), b"hello world".capitalize(), b"hello world".title(), b"ab".zfill(5), b"-7".zfill(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b"".isalpha(), b" \t".isspace(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"x".center(6, b"-"), b"x".ljust(3, b"."), b"x".rjust(3), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(True))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], list(b"hi"), b"abc"[5:], type(b"abc"[0]).__name__)
print(b"ab" + b"cd", b"ab" * 3, 3 * b"-", b"b" in b"abc", 98 in b"abc", b"" in b"abc", b"ab" < b"b", b"a" == bytearray(b"a"))
print(bytes(4), bytes([1, 2, 3]), bytes("åb", "utf-8"), bytes(b"x"), bytes(range(65, 70)), bytes.fromhex("41") == b"A")
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"\xff".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "replace"))
print(len(bytes.maketrans(b"ab", b"xy")), bytes.maketrans(b"ab", b"xy")[97:99], b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"remove".translate(None, b"eo"))
print(b"prefix-data".removeprefix(b"prefix-"), b"data.bin".removesuffix(b".bin"), b"%5s|%-4d|%x" % (b"ab", 7, 255))
for call in (lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz"), lambda: b"a" + "b", lambda: b"abc"[10],
             lambda: bytes([-1]), lambda: b"a".join(["s"]), lambda: b"x".center(3, "-"), lambda: "str" in b"abc",
             lambda: b"abc".split(b""), lambda: bytes("no encoding")):
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(repr(b"\x00\x07\x08\t\n\x0b\x0c\r\x1b 'q' \"dq\" \\ \x7f\x80\xff"), repr(b"it's"), repr(b'say "x"'), repr(b"'\""))
