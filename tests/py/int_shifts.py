# Shifts of machine-word ints at and beyond 64 bits, in place and not.
vals = [0, 1, -1, 5, -5, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901234, -98765]
shifts = [0, 1, 2, 7, 31, 32, 62, 63, 64, 65, 100, 200]
acc = []
for x in vals:
    for s in shifts:
        acc.append((x >> s, x << s))
        y = x; y >>= s; z = x; z <<= s
        acc.append((y, z))
print(hash(tuple(acc)) == hash(tuple(acc)), len(acc))
for a in acc:
    print(a)
print(acc[-5:])
for x in vals:
    print(x << 63, x >> 63, x << 1, (x << 64) >> 64 == x)
for bad in (-1, -64):
    try:
        1 >> bad
    except ValueError as e:
        print("ValueError:", e)
    try:
        1 << bad
    except ValueError as e:
        print("ValueError:", e)
print(True << 3, True >> 1, type(True << 1).__name__)
