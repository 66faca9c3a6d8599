# int.to_bytes / int.from_bytes: byte order, signedness, overflow errors
for n in (0, 1, 127, 128, 255, 256, 65535, 2**31, 2**63 - 1):
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little").hex())
for n in (-1, -128, -129, -32768, 127, -2**63):
    print(n, n.to_bytes(8, "big", signed=True).hex(), n.to_bytes(8, byteorder="little", signed=True).hex())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2), (5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(b"\x7f"))
print(int.from_bytes((255).to_bytes(1, "big") * 9, "big") == 2**72 - 1)
big = 2**100 + 12345
print(int.from_bytes(big.to_bytes(13, "little"), "little") == big, len(big.to_bytes(13, "big")))
for n in range(-300, 300, 37):
    length = (n.bit_length() + 8) // 8
    assert int.from_bytes(n.to_bytes(length, "big", signed=True), "big", signed=True) == n
print("round trips ok")
cases = [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "little", True),
         (1, -1, "big", False), (1, 1, "middle", False), (0, 1, "BIG", False)]
for n, length, order, signed in cases:
    try:
        print(n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(n, length, order, signed, type(e).__name__, e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError:", e)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print("ValueError:", e)
class MyInt(int): pass
r = MyInt.from_bytes(b"\x01\x02", "big")
print(type(r).__name__, r, bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
