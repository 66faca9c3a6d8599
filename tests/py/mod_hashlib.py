import hashlib
samples = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3, b'x' * 55, b'y' * 56, b'z' * 64, b'w' * 119]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha512']:
    ctor = getattr(hashlib, name)
    for data in samples:
        print(name, len(data), ctor(data).hexdigest())
h = hashlib.sha256(); h.update(b'hello '); c = h.copy(); h.update(b'world'); c.update(bytearray(b'there'))
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), c.hexdigest() == hashlib.sha256(b'hello there').hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.md5().digest_size, hashlib.sha1(b'a').digest()[:4], hashlib.new('SHA256', b'abc').hexdigest()[:16])
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'sha512', 'sha224'}))
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.sha256(5)]:
    try: bad()
    except TypeError as e: print(e)
try: hashlib.new('nope')
except ValueError as e: print(e)
