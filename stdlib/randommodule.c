/* randommodule.c — the _random module: _random.Random, the Mersenne Twister
 * (MT19937) core that random.py builds on.
 *
 * Invariants: state[] always holds a fully initialised generator (a new
 * object is seeded before anyone can call it) and 0 <= index <= MT_N; the
 * seeding follows CPython exactly — an int seed's absolute value is split
 * into 32-bit words, least significant first, and fed to init_by_array; any
 * other seed object is replaced by its hash as an unsigned 64-bit value —
 * so the same seed yields the same stream as CPython's. */
#include "runtime/pym.h"
#include "stdlib/randommodule.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU

typedef struct {
    PYM_OBJECT_HEAD;
    int index;
    uint32_t state[MT_N];
} RandomObject;

static uint32_t genrand_uint32(RandomObject *self)
{
    static const uint32_t mag01[2] = {0x0U, MT_MATRIX_A};
    uint32_t *mt = self->state;
    uint32_t y;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & MT_UPPER_MASK) | (mt[kk + 1] & MT_LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & MT_UPPER_MASK) | (mt[kk + 1] & MT_LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & MT_UPPER_MASK) | (mt[0] & MT_LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(RandomObject *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

static void init_by_array(RandomObject *self, const uint32_t *key, size_t key_length)
{
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* MSB set: the state can never be all zero */
}

/* Seed from the operating system's entropy, falling back on the clock and
 * the process id when /dev/urandom cannot be read. */
static void seed_from_entropy(RandomObject *self)
{
    uint32_t key[MT_N];
    size_t got = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        while (got < sizeof key) {
            ssize_t n = read(fd, (char *)key + got, sizeof key - got);
            if (n <= 0) {
                if (n < 0 && errno == EINTR)
                    continue;
                break;
            }
            got += (size_t)n;
        }
        close(fd);
    }
    if (got == sizeof key) {
        init_by_array(self, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t fallback[4] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32),
                            (uint32_t)ts.tv_nsec, (uint32_t)getpid()};
    init_by_array(self, fallback, 4);
}

static int random_seed_with(RandomObject *self, PymObject *arg)
{
    if (arg == NULL || arg == PYM_NONE) {
        seed_from_entropy(self);
        return 0;
    }
    PymObject *n;
    if (PYM_INT_CHECK(arg)) {
        n = PYM_NEWREF(arg);
    } else {
        PymHash hash = pym_object_hash(arg);
        if (hash == -1 && pym_err_occurred())
            return -1;
        n = pym_int_from_u64((uint64_t)hash);
        if (!n)
            return -1;
    }
    size_t bits = pym_int_bit_length(n);
    size_t key_used = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = pym_mem_malloc(key_used * sizeof *key);
    if (!key) {
        PYM_DECREF(n);
        pym_err_no_memory();
        return -1;
    }
    pym_int_abs_to_u32_words(n, key, key_used);
    PYM_DECREF(n);
    init_by_array(self, key, key_used);
    pym_mem_free(key);
    return 0;
}

static PymObject *random_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (type == &pym_random_type && kwnames && PYM_TUPLE_SIZE(kwnames) > 0)
        return pym_err_format(&pym_exc_TypeError, "Random() takes no keyword arguments");
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "Random expected at most 1 argument, got %zd", nargs);
    PymObject *o = type == &pym_random_type ? pym_object_new(type) : pym_type_generic_alloc(type, 0);
    if (!o)
        return NULL;
    RandomObject *self = (RandomObject *)o;
    self->index = MT_N;
    if (random_seed_with(self, nargs ? args[0] : NULL) < 0) {
        PYM_DECREF(o);
        return NULL;
    }
    if (type != &pym_random_type && PYM_IS_GC(o))
        pym_gc_track(o);
    return o;
}

static void random_dealloc(PymObject *o)
{
    PYM_TYPE(o)->free(o);
}

static PymObject *random_random(PymObject *o, PymObject *unused)
{
    RandomObject *self = (RandomObject *)o;
    uint32_t a = genrand_uint32(self) >> 5, b = genrand_uint32(self) >> 6;
    return pym_float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static PymObject *random_seed(PymObject *o, PymObject *const *args, PymSize nargs)
{
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "seed expected at most 1 argument, got %zd", nargs);
    if (random_seed_with((RandomObject *)o, nargs ? args[0] : NULL) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *random_getstate(PymObject *o, PymObject *unused)
{
    RandomObject *self = (RandomObject *)o;
    PymObject *state = pym_tuple_new(MT_N + 1);
    if (!state)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        PymObject *item = i < MT_N ? pym_int_from_u64(self->state[i]) : pym_int_from_i64(self->index);
        if (!item) {
            PYM_DECREF(state);
            return NULL;
        }
        PYM_TUPLE_SET_ITEM_STEAL(state, i, item);
    }
    return state;
}

static PymObject *random_setstate(PymObject *o, PymObject *state)
{
    RandomObject *self = (RandomObject *)o;
    if (!PYM_TUPLE_CHECK(state))
        return pym_err_format(&pym_exc_TypeError, "state vector must be a tuple");
    if (PYM_TUPLE_SIZE(state) != MT_N + 1)
        return pym_err_format(&pym_exc_ValueError, "state vector is the wrong size");
    uint32_t new_state[MT_N];
    for (int i = 0; i < MT_N; i++) {
        PymObject *item = PYM_TUPLE_BORROW_ITEM(state, i);
        if (!PYM_INT_CHECK(item))
            return pym_err_format(&pym_exc_TypeError, "an integer is required");
        if (pym_int_sign(item) < 0)
            return pym_err_format(&pym_exc_OverflowError, "can't convert negative value to unsigned int");
        if (pym_int_bit_length(item) > 64)
            return pym_err_format(&pym_exc_OverflowError, "Python int too large to convert to C unsigned long");
        /* CPython reads an unsigned long and keeps its low 32 bits. */
        uint32_t words[2];
        pym_int_abs_to_u32_words(item, words, 2);
        new_state[i] = words[0];
    }
    PymObject *last = PYM_TUPLE_BORROW_ITEM(state, MT_N);
    if (!PYM_INT_CHECK(last))
        return pym_err_format(&pym_exc_TypeError, "an integer is required");
    int overflow = 0;
    int64_t index = pym_int_as_i64_overflow(last, &overflow);
    if (overflow || index < 0 || index > MT_N)
        return pym_err_format(&pym_exc_ValueError, "invalid state");
    memcpy(self->state, new_state, sizeof new_state);
    self->index = (int)index;
    PYM_RETURN_NONE;
}

static PymObject *random_getrandbits(PymObject *o, PymObject *arg)
{
    RandomObject *self = (RandomObject *)o;
    PymSize k = pym_number_as_ssize(arg, &pym_exc_OverflowError);
    if (k == -1 && pym_err_occurred())
        return NULL;
    if (k < 0)
        return pym_err_format(&pym_exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return pym_int_from_i64(0);
    if (k <= 32)
        return pym_int_from_u64(genrand_uint32(self) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = pym_mem_malloc(words * sizeof *buf);
    if (!buf)
        return pym_err_no_memory();
    /* Fill from the least significant word up; the last word keeps only
     * its top bits, as CPython does. */
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(self);
        if (k < 32)
            r >>= (32 - k);
        buf[i] = r;
    }
    PymObject *result = pym_int_from_u32_words(buf, words);
    pym_mem_free(buf);
    return result;
}

static PymMethodDef random_methods[] = {
    PYM_METHOD("random", random_random, PYM_METH_NOARGS),
    PYM_METHOD("seed", random_seed, PYM_METH_FASTCALL),
    PYM_METHOD("getstate", random_getstate, PYM_METH_NOARGS),
    PYM_METHOD("setstate", random_setstate, PYM_METH_O),
    PYM_METHOD("getrandbits", random_getrandbits, PYM_METH_O),
    PYM_METHOD_END,
};

PymType pym_random_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = PYM_TPFLAG_BASETYPE,
    .dealloc = random_dealloc,
    .new_ = random_new,
    .free = pym_object_free_raw,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

PymObject *pym_init__random(void)
{
    if (!PYM_TYPE_HAS_FLAG(&pym_random_type, PYM_TPFLAG_READY) && pym_type_ready(&pym_random_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_random");
    if (!m)
        return NULL;
    if (pym_module_add_object(m, "Random", (PymObject *)&pym_random_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
