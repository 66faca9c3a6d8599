/* test_obmalloc.c — the pool allocator: size classes, pool reuse, arena
 * release, the tracing hook, and a randomized stress test checked against
 * a shadow model of every live block.  Uses only obmalloc.h, so it can be
 * built with runtime/obmalloc.c alone. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/obmalloc.h"

#define POOL_SIZE ((uintptr_t)16 * 1024)
#define ARENA_SIZE ((uintptr_t)1024 * 1024)
#define POOL_OF(p) ((uintptr_t)(p) & ~(POOL_SIZE - 1))

#if defined(PYM_SANITIZE) || defined(__SANITIZE_ADDRESS__)
#define POOLED 0
#else
#define POOLED 1
#endif

/* Read one "label = value" figure out of the _debugmallocstats report. */
static long long stat_value(const char *label)
{
    FILE *f = tmpfile();
    cr_assert_not_null(f);
    pym_obmalloc_debug_stats(f);
    rewind(f);
    char line[256];
    long long value = -1;
    size_t n = strlen(label);
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, label, n) == 0 && (line[n] == ' ' || line[n] == '=')) {
            char *eq = strchr(line, '=');
            long long v = 0;
            for (char *c = eq + 1; *c; c++)
                if (*c >= '0' && *c <= '9')
                    v = v * 10 + (*c - '0');
            value = v;
            break;
        }
    }
    fclose(f);
    return value;
}

Test(obmalloc, every_size_class)
{
    for (size_t size = 1; size <= 512; size++) {
        unsigned char *a = pym_object_malloc(size);
        unsigned char *b = pym_object_malloc(size);
        cr_assert_not_null(a);
        cr_assert_not_null(b);
        cr_assert_eq((uintptr_t)a % 16, 0, "size %zu misaligned", size);
        memset(a, 0xAB, size);
        memset(b, 0xCD, size);
        if (POOLED) {
            size_t block = (size + 15) & ~(size_t)15;
            /* Two blocks of one class sit in one pool, a block apart. */
            cr_assert_eq(POOL_OF(a), POOL_OF(b), "size %zu", size);
            cr_assert_eq((size_t)(b > a ? b - a : a - b), block, "size %zu", size);
        }
        for (size_t i = 0; i < size; i++)
            cr_assert_eq(a[i], 0xAB);
        pym_object_free_raw(b);
        pym_object_free_raw(a);
    }
}

Test(obmalloc, classes_use_distinct_pools)
{
    if (!POOLED)
        return;
    void *blocks[32];
    for (int cls = 0; cls < 32; cls++)
        blocks[cls] = pym_mem_malloc((size_t)(cls + 1) * 16);
    for (int i = 0; i < 32; i++)
        for (int j = i + 1; j < 32; j++)
            cr_assert_neq(POOL_OF(blocks[i]), POOL_OF(blocks[j]));
    for (int cls = 0; cls < 32; cls++)
        pym_mem_free(blocks[cls]);
}

Test(obmalloc, freed_block_reused_first)
{
    void *a = pym_object_malloc(40);
    void *b = pym_object_malloc(40);
    void *c = pym_object_malloc(40);
    pym_object_free_raw(b);
    void *d = pym_object_malloc(33);
    if (POOLED)
        cr_assert_eq(d, b, "the freed block of class 48 is handed out again");
    pym_object_free_raw(a);
    pym_object_free_raw(c);
    pym_object_free_raw(d);
}

Test(obmalloc, empty_pool_reused)
{
    if (!POOLED)
        return;
    /* Fill one pool of 512-byte blocks (31 fit), empty it, then ask for a
     * different class: the emptied pool is the one handed out. */
    void *blocks[31];
    for (int i = 0; i < 31; i++)
        blocks[i] = pym_object_malloc(512);
    uintptr_t pool = POOL_OF(blocks[0]);
    for (int i = 0; i < 31; i++)
        cr_assert_eq(POOL_OF(blocks[i]), pool);
    void *extra = pym_object_malloc(512); /* a second pool */
    cr_assert_neq(POOL_OF(extra), pool);
    for (int i = 0; i < 31; i++)
        pym_object_free_raw(blocks[i]);
    void *other = pym_object_malloc(100);
    cr_assert_eq(POOL_OF(other), pool);
    pym_object_free_raw(other);
    pym_object_free_raw(extra);
}

Test(obmalloc, large_requests_bypass_pools)
{
    long long before = stat_value("# bytes in allocated blocks");
    ptrdiff_t blocks = pym_obmalloc_allocated_blocks();
    char *big = pym_mem_malloc(513);
    cr_assert_not_null(big);
    memset(big, 1, 513);
    cr_assert_eq(stat_value("# bytes in allocated blocks"), before);
    cr_assert_eq(pym_obmalloc_allocated_blocks(), blocks + 1);
    big = pym_mem_realloc(big, 100000);
    cr_assert_eq(big[512], 1);
    pym_mem_free(big);
    cr_assert_eq(pym_obmalloc_allocated_blocks(), blocks);
}

Test(obmalloc, realloc_keeps_contents)
{
    char *p = pym_mem_malloc(10);
    memcpy(p, "0123456789", 10);
    p = pym_mem_realloc(p, 300);
    cr_assert(memcmp(p, "0123456789", 10) == 0);
    p = pym_mem_realloc(p, 5000);
    cr_assert(memcmp(p, "0123456789", 10) == 0);
    p = pym_mem_realloc(p, 20);
    cr_assert(memcmp(p, "0123456789", 10) == 0);
    pym_mem_free(p);
    char *q = pym_mem_realloc(NULL, 16);
    cr_assert_not_null(q);
    pym_mem_free(q);
    char *z = pym_mem_calloc(7, 9);
    for (int i = 0; i < 63; i++)
        cr_assert_eq(z[i], 0);
    pym_mem_free(z);
    cr_assert_null(pym_mem_calloc(SIZE_MAX / 2, 4));
    char *s = pym_mem_strdup("pym");
    cr_assert_str_eq(s, "pym");
    pym_mem_free(s);
}

Test(obmalloc, arenas_released)
{
    if (!POOLED)
        return;
    long long start = stat_value("# arenas allocated current");
    /* 3 MiB of 256-byte blocks needs at least three fresh arenas. */
    enum { N = 3 * 1024 * 1024 / 256 };
    void **blocks = malloc(N * sizeof *blocks);
    for (int i = 0; i < N; i++)
        blocks[i] = pym_object_malloc(256);
    long long peak = stat_value("# arenas allocated current");
    cr_assert_geq(peak, start + 3);
    cr_assert_eq(stat_value("# arenas highwater mark"), peak);
    for (int i = 0; i < N; i++)
        pym_object_free_raw(blocks[i]);
    free(blocks);
    /* At most one wholly empty arena is kept as a spare. */
    cr_assert_leq(stat_value("# arenas allocated current"), start + 1);
    cr_assert_geq(stat_value("# arenas reclaimed"), 2);
    pym_obmalloc_fini();
    cr_assert_eq(stat_value("# arenas allocated current"), 0);
    /* The allocator works again after fini. */
    void *p = pym_object_malloc(64);
    cr_assert_not_null(p);
    pym_object_free_raw(p);
}

Test(obmalloc, report_format)
{
    void *p = pym_object_malloc(24);
    FILE *f = tmpfile();
    pym_obmalloc_debug_stats(f);
    rewind(f);
    char line[256];
    cr_assert_not_null(fgets(line, sizeof line, f));
    cr_assert_str_eq(line, "Small block threshold = 512, in 32 size classes.\n");
    fgets(line, sizeof line, f);
    fgets(line, sizeof line, f);
    cr_assert_str_eq(line, "class   size   num pools   blocks in use  avail blocks\n");
    fclose(f);
    if (POOLED) {
        long long total = stat_value("Total");
        long long arenas = stat_value("# arenas allocated current");
        cr_assert_eq(total, arenas * (long long)ARENA_SIZE);
    }
    pym_object_free_raw(p);
}

/* ---- the hook ---- */

static int allocs, frees, reallocs;
static size_t last_size;
static void *last_ptr;
static void on_alloc(void *p, size_t size) { allocs++; last_size = size; last_ptr = p; }
static void on_free(void *p) { frees++; last_ptr = p; }
static void on_realloc(void *old, void *fresh, size_t size)
{
    (void)old;
    reallocs++;
    last_size = size;
    last_ptr = fresh;
}

Test(obmalloc, hook_sees_requested_sizes)
{
    PymAllocHook h = { on_alloc, on_free, on_realloc };
    pym_alloc_set_hook(&h);
    void *a = pym_object_malloc(21);
    cr_assert_eq(allocs, 1);
    cr_assert_eq(last_size, 21);
    cr_assert_eq(last_ptr, a);
    void *b = pym_mem_calloc(3, 7);
    cr_assert_eq(allocs, 2);
    cr_assert_eq(last_size, 21);
    b = pym_mem_realloc(b, 1000);
    cr_assert_eq(reallocs, 1);
    cr_assert_eq(last_size, 1000);
    cr_assert_eq(last_ptr, b);
    pym_mem_free(b);
    cr_assert_eq(frees, 1);
    void *raw = pym_raw_malloc(10);
    pym_raw_free(raw);
    cr_assert_eq(allocs, 2, "the raw layer is not traced");
    pym_alloc_set_hook(NULL);
    pym_object_free_raw(a);
    cr_assert_eq(frees, 1);
}

/* ---- randomized stress against a shadow model ---- */

typedef struct Shadow {
    unsigned char *p;
    size_t size;
    unsigned char fill;
} Shadow;

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void check_block(const Shadow *s)
{
    for (size_t i = 0; i < s->size; i++)
        cr_assert_eq(s->p[i], s->fill, "block %p byte %zu corrupted", (void *)s->p, i);
}

static size_t random_size(void)
{
    uint64_t r = rng();
    if (r % 20 == 0)
        return 513 + (size_t)(r >> 8) % 4000; /* occasionally large */
    return (size_t)(r >> 8) % 513;            /* 0 … 512 */
}

Test(obmalloc, randomized_against_shadow_model)
{
    enum { SLOTS = 4000, STEPS = 200000 };
    Shadow *live = calloc(SLOTS, sizeof *live);
    ptrdiff_t base_blocks = pym_obmalloc_allocated_blocks();
    ptrdiff_t model_blocks = 0;
    for (int step = 0; step < STEPS; step++) {
        Shadow *s = &live[rng() % SLOTS];
        int action = (int)(rng() % 3);
        if (!s->p) {
            s->size = random_size();
            s->fill = (unsigned char)rng();
            s->p = (action == 0) ? pym_object_calloc(1, s->size) : pym_object_malloc(s->size);
            cr_assert_not_null(s->p);
            if (action == 0)
                for (size_t i = 0; i < s->size; i++)
                    cr_assert_eq(s->p[i], 0);
            memset(s->p, s->fill, s->size);
            model_blocks++;
        } else if (action == 0) {
            check_block(s);
            size_t size = random_size();
            size_t keep = size < s->size ? size : s->size;
            s->p = pym_object_realloc(s->p, size);
            cr_assert_not_null(s->p);
            s->size = keep;
            check_block(s);
            s->size = size;
            memset(s->p, s->fill, size);
        } else {
            check_block(s);
            pym_object_free_raw(s->p);
            s->p = NULL;
            model_blocks--;
        }
        /* No two live blocks overlap: checked implicitly by the fills, and
         * the block count agrees with the model. */
        if (step % 1000 == 0)
            cr_assert_eq(pym_obmalloc_allocated_blocks() - base_blocks, model_blocks);
    }
    for (int i = 0; i < SLOTS; i++) {
        if (live[i].p) {
            check_block(&live[i]);
            pym_object_free_raw(live[i].p);
        }
    }
    cr_assert_eq(pym_obmalloc_allocated_blocks(), base_blocks);
    if (POOLED)
        cr_assert_leq(stat_value("# arenas allocated current"), 1);
    free(live);
}
