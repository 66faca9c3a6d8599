"""Secure hashes and message digests: md5, sha1, sha224, sha256 and
sha512, with hashlib's interface (new(), update(), digest(), hexdigest(),
copy(), name, digest_size, block_size).

SHA-512 comes from the _sha512 C module; md5, sha1, sha224 and sha256 are
pure Python here (fine for the short inputs scripts hash). Invariants: a
hash object's _pending holds the input bytes not yet compressed (fewer than
one block), _length counts every byte fed, and digest() works on a copy so
the object can keep being updated.
"""

import _sha512

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha512'))
algorithms_available = algorithms_guaranteed

_MASK = 0xffffffff


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _MASK


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & _MASK


# SHA-256: the first 32 bits of the fractional parts of the cube roots of
# the first 64 primes, and of the square roots of the first 8 primes.
_SHA256_K = (
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
)
_SHA256_H = (
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
)

# SHA-224 starts from the low 32 bits of the SHA-512 square-root
# constants of the 9th to 16th primes.
_SHA224_H = (
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
    0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
)

# MD5: floor(abs(sin(i + 1)) * 2**32) for i in 0..63.
_MD5_K = (
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
)

_MD5_SHIFTS = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    """A Merkle-Damgard hash over 64-byte blocks; subclasses give the
    initial state, the compression and the byte order."""
    block_size = 64
    _big_endian = True

    def __init__(self, data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._state = list(self._initial)
        self._pending = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        data = self._pending + _as_bytes(data)
        self._length += len(data) - len(self._pending)
        full = len(data) - len(data) % 64
        for start in range(0, full, 64):
            self._compress(self._state, data[start:start + 64])
        self._pending = data[full:]

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._state = list(self._state)
        other._pending = self._pending
        other._length = self._length
        return other

    def digest(self):
        state = list(self._state)
        order = 'big' if self._big_endian else 'little'
        tail = self._pending + b'\x80'
        tail += b'\x00' * ((56 - len(tail)) % 64)
        tail += ((self._length * 8) & 0xffffffffffffffff).to_bytes(8, order)
        for start in range(0, len(tail), 64):
            self._compress(state, tail[start:start + 64])
        words = state[:self.digest_size // 4]
        return b''.join(w.to_bytes(4, order) for w in words)

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    _big_endian = False
    _initial = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

    @staticmethod
    def _compress(state, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _MASK))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _MASK
            a, d, c = d, c, b
            b = (b + _rotl(f, _MD5_SHIFTS[i])) & _MASK
        state[0] = (state[0] + a) & _MASK
        state[1] = (state[1] + b) & _MASK
        state[2] = (state[2] + c) & _MASK
        state[3] = (state[3] + d) & _MASK


class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20
    _initial = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0)

    @staticmethod
    def _compress(state, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 80):
            w.append(_rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = state
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = 0x5a827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ed9eba1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8f1bbcdc
            else:
                f = b ^ c ^ d
                k = 0xca62c1d6
            temp = (_rotl(a, 5) + (f & _MASK) + e + k + w[t]) & _MASK
            a, b, c, d, e = temp, a, _rotl(b, 30), c, d
        for i, v in enumerate((a, b, c, d, e)):
            state[i] = (state[i] + v) & _MASK


class _SHA256(_Hash):
    name = 'sha256'
    digest_size = 32
    _initial = _SHA256_H

    @staticmethod
    def _compress(state, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 64):
            s0 = _rotr(w[t - 15], 7) ^ _rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            s1 = _rotr(w[t - 2], 17) ^ _rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
        a, b, c, d, e, f, g, h = state
        for t in range(64):
            s1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
            choose = (e & f) ^ (~e & g)
            temp1 = (h + s1 + choose + _SHA256_K[t] + w[t]) & _MASK
            s0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
            majority = (a & b) ^ (a & c) ^ (b & c)
            temp2 = (s0 + majority) & _MASK
            h, g, f, e, d, c, b, a = g, f, e, (d + temp1) & _MASK, c, b, a, (temp1 + temp2) & _MASK
        for i, v in enumerate((a, b, c, d, e, f, g, h)):
            state[i] = (state[i] + v) & _MASK


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28
    _initial = _SHA224_H


def md5(data=b'', *, usedforsecurity=True, string=None):
    """Returns a md5 hash object; optionally initialized with a string"""
    return _MD5(data, string=string)


def sha1(data=b'', *, usedforsecurity=True, string=None):
    """Returns a sha1 hash object; optionally initialized with a string"""
    return _SHA1(data, string=string)


def sha224(data=b'', *, usedforsecurity=True, string=None):
    """Returns a sha224 hash object; optionally initialized with a string"""
    return _SHA224(data, string=string)


def sha256(data=b'', *, usedforsecurity=True, string=None):
    """Returns a sha256 hash object; optionally initialized with a string"""
    return _SHA256(data, string=string)


def sha512(data=b'', *, usedforsecurity=True, string=None):
    """Returns a sha512 hash object; optionally initialized with a string"""
    if string is not None:
        data = string
    return _sha512.sha512(data)


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha224': sha224,
                 'sha256': sha256, 'sha512': sha512}


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a
    bytes-like object)."""
    try:
        constructor = _CONSTRUCTORS[name.lower()]
    except (KeyError, AttributeError):
        raise ValueError('unsupported hash type ' + str(name)) from None
    return constructor(data, **kwargs)
