# SHA-512 digests across the padding boundaries (111/112 and 239/240 bytes)
from _sha512 import sha512
for n in [0, 1, 3, 111, 112, 113, 127, 128, 129, 239, 240, 256, 1000]:
    print(n, sha512(bytes(range(256)) * 4 and bytes((i * 7) % 256 for i in range(n))).hexdigest())
h = sha512(b'abc'); print(h.hexdigest()[:32], h.digest()[:8], h.name, h.digest_size, h.block_size)
h.update(b'def'); h2 = h.copy(); h2.update(bytearray(b'ghi'))
print(h.hexdigest() == sha512(b'abcdef').hexdigest(), h2.hexdigest() == sha512(b'abcdefghi').hexdigest())
incremental = sha512()
for chunk in [b'x' * 50, b'y' * 100, b'z' * 300]:
    incremental.update(chunk)
print(incremental.hexdigest() == sha512(b'x' * 50 + b'y' * 100 + b'z' * 300).hexdigest())
for bad in ['text', 5, None]:
    try: sha512(bad)
    except TypeError as e: print(e)
