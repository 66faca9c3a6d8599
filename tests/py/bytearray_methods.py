# bytearray: mutation methods, slice assignment, in-place ops, conversions, errors
ba = bytearray(b"hello")
ba[0] = ord("H")
ba[1:3] = b"EY"
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba.append(33); ba.extend([32, 119]); ba.extend(b"orld"); ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba.remove(32), ba)
ba.reverse()
print(ba, ba.count(ord("l")), ba.find(b"YE"), ba.index(b"H"))
ba.clear()
print(ba, len(ba), bool(ba))
c = bytearray(b"abcdef")
c[::2] = b"XYZ"
print(c)
del c[1::2]
print(c)
c[1:1] = b"---"
print(c)
c += b"!"
c *= 2
print(c, c.copy() == c, c.copy() is c)
d = bytearray(3)
print(d, bytearray([1, 2, 255]), bytearray("é", "utf-8"), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
print(bytearray(b"Mixed").upper(), bytearray(b"a-b").split(b"-"), bytearray(b"  pad  ").strip(), bytearray(b"ab").hex())
print(bytearray.fromhex("ff 00"), bytes(bytearray(b"conv")), bytearray(b"abc") == b"abc", bytearray(b"a") < b"b")
e = bytearray(b"xyz")
alias = e
e.extend(b"123")
e[0:0] = b">"
print(alias is e, e.startswith(b">x"), e.isalnum(), e.rfind(b"1"), e.replace(b"xyz", b"XYZ"))
print(e)
for call in (lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, b"x"),
             lambda: bytearray(b"").pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").insert(0, -1),
             lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: hash(bytearray(b"a")),
             lambda: bytearray(b"ab").index(b"z"), lambda: bytearray("s"), lambda: bytearray(b"ab")[5]):
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as ex:
        print(type(ex).__name__ + ":", ex)
buf = bytearray()
for word in (b"alpha", b"beta", b"gamma"):
    buf += word + b";"
print(buf, buf.rstrip(b";").split(b";"), bytes(buf).decode().upper())
