/* sha512module.c — the _sha512 module: SHA-512 (FIPS 180-4), which
 * random.seed() needs to turn str and bytes seeds into ints as CPython does.
 *
 * Invariants: a sha512 object's `buffered` bytes (< 128) are the input not
 * yet compressed into `h`; `length` counts every byte ever fed; digest()
 * works on a copy, so the object can keep being updated afterwards. */
#include "runtime/pym.h"
#include "stdlib/sha512module.h"

#include <string.h>

#define SHA512_BLOCK 128
#define SHA512_DIGEST 64

typedef struct {
    PYM_OBJECT_HEAD;
    uint64_t h[8];
    uint64_t length; /* bytes hashed so far (inputs beyond 2**64 bytes are not a concern) */
    size_t buffered;
    unsigned char buffer[SHA512_BLOCK];
} Sha512Object;

/* The first 64 bits of the fractional parts of the cube roots of the
 * first 80 primes. */
static const uint64_t round_constants[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

/* The first 64 bits of the fractional parts of the square roots of the
 * first 8 primes. */
static const uint64_t initial_hash[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static inline uint64_t rotr(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }

static void compress(uint64_t h[8], const unsigned char block[SHA512_BLOCK])
{
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++)
            v = (v << 8) | block[t * 8 + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t big_s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
        uint64_t choose = (e & f) ^ (~e & g);
        uint64_t t1 = hh + big_s1 + choose + round_constants[t] + w[t];
        uint64_t big_s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
        uint64_t majority = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = big_s0 + majority;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512_feed(Sha512Object *s, const unsigned char *data, size_t n)
{
    s->length += n;
    while (n > 0) {
        size_t take = SHA512_BLOCK - s->buffered;
        if (take > n)
            take = n;
        memcpy(s->buffer + s->buffered, data, take);
        s->buffered += take;
        data += take;
        n -= take;
        if (s->buffered == SHA512_BLOCK) {
            compress(s->h, s->buffer);
            s->buffered = 0;
        }
    }
}

static void sha512_finish(const Sha512Object *s, unsigned char out[SHA512_DIGEST])
{
    uint64_t h[8];
    unsigned char block[2 * SHA512_BLOCK];
    memcpy(h, s->h, sizeof h);
    memset(block, 0, sizeof block);
    memcpy(block, s->buffer, s->buffered);
    block[s->buffered] = 0x80;
    /* 1 byte of padding marker and 16 bytes of length must fit. */
    size_t total = s->buffered + 1 + 16 <= SHA512_BLOCK ? SHA512_BLOCK : 2 * SHA512_BLOCK;
    uint64_t bits = s->length * 8;
    uint64_t high = s->length >> 61;
    for (int b = 0; b < 8; b++) {
        block[total - 1 - b] = (unsigned char)(bits >> (8 * b));
        block[total - 9 - b] = (unsigned char)(high >> (8 * b));
    }
    compress(h, block);
    if (total == 2 * SHA512_BLOCK)
        compress(h, block + SHA512_BLOCK);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++)
            out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* Feed a bytes-like argument; str and other objects raise CPython's
 * TypeErrors. */
static int sha512_feed_object(Sha512Object *s, PymObject *data)
{
    if (PYM_STR_CHECK(data)) {
        pym_err_format(&pym_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!PYM_BYTES_CHECK(data) && !PYM_OBJECT_TYPE_CHECK(data, &pym_bytearray_type)) {
        pym_err_format(&pym_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    PymObject *bytes = pym_bytes_from_object(data);
    if (!bytes)
        return -1;
    sha512_feed(s, (const unsigned char *)pym_bytes_data(bytes), (size_t)pym_bytes_size(bytes));
    PYM_DECREF(bytes);
    return 0;
}

static Sha512Object *sha512_alloc(void)
{
    Sha512Object *s = (Sha512Object *)pym_object_new(&pym_sha512_type);
    if (!s)
        return NULL;
    memcpy(s->h, initial_hash, sizeof s->h);
    s->length = 0;
    s->buffered = 0;
    return s;
}

static void sha512_dealloc(PymObject *o)
{
    PYM_TYPE(o)->free(o);
}

static PymObject *sha512_update(PymObject *o, PymObject *data)
{
    if (sha512_feed_object((Sha512Object *)o, data) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *sha512_digest(PymObject *o, PymObject *unused)
{
    unsigned char out[SHA512_DIGEST];
    sha512_finish((Sha512Object *)o, out);
    return pym_bytes_from_data(out, SHA512_DIGEST);
}

static PymObject *sha512_hexdigest(PymObject *o, PymObject *unused)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char out[SHA512_DIGEST];
    char text[2 * SHA512_DIGEST];
    sha512_finish((Sha512Object *)o, out);
    for (int i = 0; i < SHA512_DIGEST; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    return pym_str_from_utf8(text, 2 * SHA512_DIGEST);
}

static PymObject *sha512_copy(PymObject *o, PymObject *unused)
{
    Sha512Object *copy = sha512_alloc();
    if (!copy)
        return NULL;
    const Sha512Object *s = (const Sha512Object *)o;
    memcpy(copy->h, s->h, sizeof s->h);
    copy->length = s->length;
    copy->buffered = s->buffered;
    memcpy(copy->buffer, s->buffer, sizeof s->buffer);
    return (PymObject *)copy;
}

static PymObject *sha512_get_name(PymObject *o, void *unused) { return pym_str_from_cstr("sha512"); }
static PymObject *sha512_get_digest_size(PymObject *o, void *unused) { return pym_int_from_i64(SHA512_DIGEST); }
static PymObject *sha512_get_block_size(PymObject *o, void *unused) { return pym_int_from_i64(SHA512_BLOCK); }

static PymObject *sha512_repr(PymObject *o)
{
    return pym_str_from_format("<sha512 _hashlib.HASH object @ %p>", (void *)o);
}

static PymMethodDef sha512_methods[] = {
    PYM_METHOD("update", sha512_update, PYM_METH_O),
    PYM_METHOD("digest", sha512_digest, PYM_METH_NOARGS),
    PYM_METHOD("hexdigest", sha512_hexdigest, PYM_METH_NOARGS),
    PYM_METHOD("copy", sha512_copy, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymGetSetDef sha512_getset[] = {
    {"name", sha512_get_name, NULL, NULL, NULL},
    {"digest_size", sha512_get_digest_size, NULL, NULL, NULL},
    {"block_size", sha512_get_block_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_sha512_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "_sha512.sha512",
    .basicsize = sizeof(Sha512Object),
    .dealloc = sha512_dealloc,
    .repr = sha512_repr,
    .free = pym_object_free_raw,
    .methods = sha512_methods,
    .getset = sha512_getset,
};

static PymObject *module_sha512(PymObject *m, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    PymObject *data = nargs > 0 ? args[0] : NULL;
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "sha512() takes at most 1 positional argument (%zd given)", nargs);
    for (PymSize i = 0; i < nkw; i++) {
        const char *name = pym_str_as_utf8(PYM_TUPLE_BORROW_ITEM(kwnames, i));
        if (strcmp(name, "string") == 0 && !data)
            data = args[nargs + i];
        else if (strcmp(name, "usedforsecurity") != 0)
            return pym_err_format(&pym_exc_TypeError, "sha512() got an unexpected keyword argument '%s'", name);
    }
    Sha512Object *s = sha512_alloc();
    if (!s)
        return NULL;
    if (data && sha512_feed_object(s, data) < 0) {
        PYM_DECREF(s);
        return NULL;
    }
    return (PymObject *)s;
}

static PymMethodDef sha512_functions[] = {
    PYM_METHOD("sha512", module_sha512, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD_END,
};

PymObject *pym_init__sha512(void)
{
    if (!PYM_TYPE_HAS_FLAG(&pym_sha512_type, PYM_TPFLAG_READY) && pym_type_ready(&pym_sha512_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_sha512");
    if (!m)
        return NULL;
    if (pym_module_add_functions(m, sha512_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
