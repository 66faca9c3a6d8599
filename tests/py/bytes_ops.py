b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b.upper(), b.split(), b.replace(b"o", b"0"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b.endswith(b"ld"), b"o" in b, 111 in b)
print(b.hex(), bytes.fromhex("68 69"), b.decode("ascii"), list(b"abc"), bytes(range(5)))
print(b"-".join([b"a", b"b"]), b" x ".strip(), b"a,b".partition(b","), b"abc" < b"abd")
print(repr(b"\x00\n\t'\""), bytes([255, 0, 10]), b"%d-%s" % (5, b"x"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba += b"!"; del ba[1]
print(ba, ba * 2, bytearray(3), bytearray([1, 2]))
print(hash(b"abc") == hash(b"abc"), b"a" * 3, b"abc".index(b"c"), bytes(b"copy"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(b"AbC".lower(), b"abc".isalpha(), b"123".isdigit(), b"a b".title(), b"x".center(5, b"*"))
