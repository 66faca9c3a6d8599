/* obmalloc.c — pym's allocator: raw → mem → object (DESIGN rule 4).
 *
 * Small requests (1..512 bytes) are served from pools: a pool is a 16 KiB
 * block of one size class (16, 32, … 512 bytes), carved out of a 1 MiB
 * arena obtained from the system with mmap.  Arenas are aligned on their
 * size, so the pool of a block is found by masking its address and the
 * arena by masking with the arena size; a small hash set of arena base
 * addresses tells our blocks apart from the system allocator's (the role of
 * CPython's address_in_range).  Larger requests go to the raw layer.
 *
 * Invariants:
 *  - a pool with some but not all blocks in use is on used_pools[its class];
 *    a full pool is on no list; an empty pool is on its arena's free list
 *    (or has never been touched: index ≥ arena->next_untouched);
 *  - within a pool, freed blocks (a LIFO list threaded through the blocks)
 *    are handed out before never-used ones;
 *  - an arena with at least one empty pool sits in usable[nfree], the
 *    bucket of its free-pool count; allocation draws from the fullest
 *    usable arena so that the emptier ones can drain and be unmapped;
 *  - an arena whose pools are all empty is returned to the system unless it
 *    is the only arena with free pools left (one spare avoids thrashing);
 *  - every mem/object allocation, reallocation and free passes the single
 *    hook (tracemalloc) with the requested size; the raw layer never does.
 *
 * Sanitizer builds (PYM_SANITIZE) send small requests to malloc as well, so
 * that AddressSanitizer sees every block; the statistics then count blocks
 * per size class from malloc_usable_size.
 */
#include "obmalloc.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#if defined(PYM_SANITIZE) || defined(__SANITIZE_ADDRESS__)
#define USE_SYSTEM_MALLOC 1
#include <malloc.h>
#else
#define USE_SYSTEM_MALLOC 0
#endif

#define ALIGNMENT 16u
#define ALIGNMENT_SHIFT 4
#define SMALL_REQUEST_THRESHOLD 512u
#define NUM_SIZE_CLASSES (SMALL_REQUEST_THRESHOLD / ALIGNMENT)
#define POOL_SIZE ((size_t)16 * 1024)
#define ARENA_SIZE ((size_t)1024 * 1024)
#define ARENA_SHIFT 20
#define POOLS_PER_ARENA ((unsigned)(ARENA_SIZE / POOL_SIZE))

#define CLASS_OF(nbytes) ((unsigned)(((nbytes) - 1) >> ALIGNMENT_SHIFT))
#define CLASS_SIZE(cls) ((size_t)((cls) + 1) << ALIGNMENT_SHIFT)

/* ---- the raw layer ------------------------------------------------------ */

void *pym_raw_malloc(size_t size)
{
    return malloc(size ? size : 1);
}

void *pym_raw_calloc(size_t n, size_t size)
{
    if (n == 0 || size == 0)
        n = size = 1;
    return calloc(n, size);
}

void *pym_raw_realloc(void *p, size_t size)
{
    return realloc(p, size ? size : 1);
}

void pym_raw_free(void *p)
{
    free(p);
}

/* ---- the hook ----------------------------------------------------------- */

static PymAllocHook hook;
static bool hook_installed;

void pym_alloc_set_hook(const PymAllocHook *h)
{
    if (h) {
        hook = *h;
        hook_installed = true;
    } else {
        memset(&hook, 0, sizeof hook);
        hook_installed = false;
    }
}

/* ---- statistics shared by both allocation strategies -------------------- */

static ptrdiff_t large_blocks_in_use; /* mem/object blocks served by raw */

#if !USE_SYSTEM_MALLOC

/* ---- pools and arenas --------------------------------------------------- */

typedef struct Arena Arena;

typedef struct PoolHeader {
    uint32_t nused;               /* blocks handed out */
    uint32_t size_class;
    uint8_t *freeblock;           /* freed blocks, linked through their first word */
    struct PoolHeader *next;      /* used_pools list, or the arena's free-pool list */
    struct PoolHeader *prev;      /* used_pools list only */
    Arena *arena;
    uint32_t nextoffset;          /* offset of the first never-used block */
    uint32_t capacity;            /* blocks that fit in the pool */
} PoolHeader;

#define POOL_OVERHEAD ((sizeof(PoolHeader) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1))
#define POOL_OF(p) ((PoolHeader *)((uintptr_t)(p) & ~(uintptr_t)(POOL_SIZE - 1)))

struct Arena {
    uintptr_t base;               /* ARENA_SIZE-aligned start */
    unsigned nfreepools;          /* empty pools, touched or not */
    unsigned next_untouched;      /* pools [next_untouched, POOLS_PER_ARENA) never used */
    PoolHeader *freepools;        /* emptied pools, singly linked */
    Arena *bucket_next, *bucket_prev; /* in usable[nfreepools] */
    Arena *all_next, *all_prev;   /* every arena we hold */
};

static PoolHeader *used_pools[NUM_SIZE_CLASSES];
/* usable[k]: arenas with exactly k empty pools (1 ≤ k ≤ POOLS_PER_ARENA);
 * bit k-1 of usable_mask is set when usable[k] is non-empty. */
static Arena *usable[POOLS_PER_ARENA + 1];
static uint64_t usable_mask;
static size_t usable_count;
static Arena *all_arenas;
static size_t narenas, narenas_highwater, arenas_allocated_total;
static ptrdiff_t small_blocks_in_use;

/* The set of arena base addresses (keyed by base >> ARENA_SHIFT): open
 * addressing with linear probing, deletion by backward shift. */
static uintptr_t *arena_set;
static size_t arena_set_cap; /* power of two, or 0 */
static size_t arena_set_len;

static size_t arena_slot(uintptr_t key)
{
    return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> 17) & (arena_set_cap - 1);
}

static bool address_in_range(const void *p)
{
    if (arena_set_cap == 0)
        return false;
    uintptr_t key = (uintptr_t)p >> ARENA_SHIFT;
    for (size_t i = arena_slot(key);; i = (i + 1) & (arena_set_cap - 1)) {
        if (arena_set[i] == key)
            return true;
        if (arena_set[i] == 0)
            return false;
    }
}

static void arena_set_put(uintptr_t key)
{
    size_t i = arena_slot(key);
    while (arena_set[i] != 0)
        i = (i + 1) & (arena_set_cap - 1);
    arena_set[i] = key;
    arena_set_len++;
}

static bool arena_set_add(uintptr_t base)
{
    if ((arena_set_len + 1) * 2 > arena_set_cap) {
        size_t old_cap = arena_set_cap;
        uintptr_t *old = arena_set;
        size_t cap = old_cap ? old_cap * 2 : 64;
        uintptr_t *fresh = calloc(cap, sizeof *fresh);
        if (!fresh)
            return false;
        arena_set = fresh;
        arena_set_cap = cap;
        arena_set_len = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i])
                arena_set_put(old[i]);
        free(old);
    }
    arena_set_put(base >> ARENA_SHIFT);
    return true;
}

static void arena_set_remove(uintptr_t base)
{
    uintptr_t key = base >> ARENA_SHIFT;
    size_t mask = arena_set_cap - 1;
    size_t i = arena_slot(key);
    while (arena_set[i] != key)
        i = (i + 1) & mask;
    arena_set[i] = 0;
    arena_set_len--;
    /* Shift back later members of the probe run that could otherwise not
     * be found any more. */
    for (size_t j = (i + 1) & mask; arena_set[j] != 0; j = (j + 1) & mask) {
        size_t home = arena_slot(arena_set[j]);
        bool movable = (i <= j) ? (home <= i || home > j) : (home <= i && home > j);
        if (movable) {
            arena_set[i] = arena_set[j];
            arena_set[j] = 0;
            i = j;
        }
    }
}

static void usable_unlink(Arena *a)
{
    unsigned k = a->nfreepools;
    if (a->bucket_prev)
        a->bucket_prev->bucket_next = a->bucket_next;
    else
        usable[k] = a->bucket_next;
    if (a->bucket_next)
        a->bucket_next->bucket_prev = a->bucket_prev;
    if (!usable[k])
        usable_mask &= ~((uint64_t)1 << (k - 1));
    usable_count--;
}

static void usable_link(Arena *a)
{
    unsigned k = a->nfreepools;
    a->bucket_prev = NULL;
    a->bucket_next = usable[k];
    if (usable[k])
        usable[k]->bucket_prev = a;
    usable[k] = a;
    usable_mask |= (uint64_t)1 << (k - 1);
    usable_count++;
}

static Arena *arena_new(void)
{
    Arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    /* Map twice the size and trim, so the arena is aligned on its size. */
    size_t span = 2 * ARENA_SIZE;
    void *m = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) {
        free(a);
        return NULL;
    }
    uintptr_t start = (uintptr_t)m;
    uintptr_t base = (start + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    if (base > start)
        munmap(m, base - start);
    if (start + span > base + ARENA_SIZE)
        munmap((void *)(base + ARENA_SIZE), start + span - (base + ARENA_SIZE));
    if (!arena_set_add(base)) {
        munmap((void *)base, ARENA_SIZE);
        free(a);
        return NULL;
    }
    a->base = base;
    a->nfreepools = POOLS_PER_ARENA;
    a->all_next = all_arenas;
    if (all_arenas)
        all_arenas->all_prev = a;
    all_arenas = a;
    narenas++;
    arenas_allocated_total++;
    if (narenas > narenas_highwater)
        narenas_highwater = narenas;
    usable_link(a);
    return a;
}

static void arena_release(Arena *a)
{
    arena_set_remove(a->base);
    munmap((void *)a->base, ARENA_SIZE);
    if (a->all_prev)
        a->all_prev->all_next = a->all_next;
    else
        all_arenas = a->all_next;
    if (a->all_next)
        a->all_next->all_prev = a->all_prev;
    narenas--;
    free(a);
}

/* Take an empty pool from the fullest usable arena and set it up for cls. */
static PoolHeader *pool_new(unsigned cls)
{
    if (usable_mask == 0 && !arena_new())
        return NULL;
    Arena *a = usable[__builtin_ctzll(usable_mask) + 1];
    PoolHeader *pool;
    if (a->freepools) {
        pool = a->freepools;
        a->freepools = pool->next;
    } else {
        pool = (PoolHeader *)(a->base + (uintptr_t)a->next_untouched * POOL_SIZE);
        a->next_untouched++;
    }
    usable_unlink(a);
    a->nfreepools--;
    if (a->nfreepools > 0)
        usable_link(a);

    size_t size = CLASS_SIZE(cls);
    pool->nused = 0;
    pool->size_class = cls;
    pool->freeblock = NULL;
    pool->arena = a;
    pool->nextoffset = (uint32_t)POOL_OVERHEAD;
    pool->capacity = (uint32_t)((POOL_SIZE - POOL_OVERHEAD) / size);
    /* Now partly used (once its first block is taken): front of its class. */
    pool->prev = NULL;
    pool->next = used_pools[cls];
    if (used_pools[cls])
        used_pools[cls]->prev = pool;
    used_pools[cls] = pool;
    return pool;
}

static void used_pools_unlink(PoolHeader *pool)
{
    if (pool->prev)
        pool->prev->next = pool->next;
    else
        used_pools[pool->size_class] = pool->next;
    if (pool->next)
        pool->next->prev = pool->prev;
}

/* An empty pool goes back to its arena; a wholly empty arena to the system. */
static void pool_release(PoolHeader *pool)
{
    Arena *a = pool->arena;
    pool->next = a->freepools;
    a->freepools = pool;
    if (a->nfreepools > 0)
        usable_unlink(a);
    a->nfreepools++;
    if (a->nfreepools == POOLS_PER_ARENA && usable_count > 0) {
        arena_release(a);
        return;
    }
    usable_link(a);
}

static void *small_alloc(size_t nbytes)
{
    unsigned cls = CLASS_OF(nbytes ? nbytes : 1);
    PoolHeader *pool = used_pools[cls];
    if (!pool) {
        pool = pool_new(cls);
        if (!pool)
            return NULL;
    }
    uint8_t *block = pool->freeblock;
    if (block) {
        pool->freeblock = *(uint8_t **)block;
    } else {
        block = (uint8_t *)pool + pool->nextoffset;
        pool->nextoffset += (uint32_t)CLASS_SIZE(cls);
    }
    if (++pool->nused == pool->capacity)
        used_pools_unlink(pool);
    small_blocks_in_use++;
    return block;
}

static void small_free(void *p)
{
    PoolHeader *pool = POOL_OF(p);
    bool was_full = pool->nused == pool->capacity;
    *(uint8_t **)p = pool->freeblock;
    pool->freeblock = p;
    pool->nused--;
    small_blocks_in_use--;
    if (was_full) {
        /* Capacity is at least 31, so the pool is now partly used. */
        PoolHeader *head = used_pools[pool->size_class];
        pool->prev = NULL;
        pool->next = head;
        if (head)
            head->prev = pool;
        used_pools[pool->size_class] = pool;
    } else if (pool->nused == 0) {
        used_pools_unlink(pool);
        pool_release(pool);
    }
}

static size_t small_block_size(const void *p)
{
    return CLASS_SIZE(POOL_OF(p)->size_class);
}

static void *alloc_untraced(size_t nbytes)
{
    if (nbytes <= SMALL_REQUEST_THRESHOLD)
        return small_alloc(nbytes);
    void *p = malloc(nbytes);
    if (p)
        large_blocks_in_use++;
    return p;
}

static void free_untraced(void *p)
{
    if (address_in_range(p)) {
        small_free(p);
    } else {
        large_blocks_in_use--;
        free(p);
    }
}

static void *realloc_untraced(void *p, size_t nbytes)
{
    if (!address_in_range(p)) {
        /* A large block stays with the system allocator, even when it
         * shrinks into small territory (realloc shrinks it in place). */
        return realloc(p, nbytes ? nbytes : 1);
    }
    size_t old_size = small_block_size(p);
    size_t copy = old_size;
    if (nbytes <= old_size) {
        /* Shrinking by less than a quarter is not worth a copy. */
        if (4 * nbytes > 3 * old_size)
            return p;
        copy = nbytes;
    }
    void *fresh = alloc_untraced(nbytes);
    if (!fresh)
        return NULL;
    memcpy(fresh, p, copy);
    small_free(p);
    return fresh;
}

#else /* USE_SYSTEM_MALLOC */

static ptrdiff_t class_blocks[NUM_SIZE_CLASSES];
static ptrdiff_t small_blocks_in_use;

static void count_block(void *p, int delta)
{
    size_t n = malloc_usable_size(p);
    if (n <= SMALL_REQUEST_THRESHOLD) {
        class_blocks[CLASS_OF(n ? n : 1)] += delta;
        small_blocks_in_use += delta;
    } else {
        large_blocks_in_use += delta;
    }
}

static void *alloc_untraced(size_t nbytes)
{
    void *p = malloc(nbytes ? nbytes : 1);
    if (p)
        count_block(p, 1);
    return p;
}

static void free_untraced(void *p)
{
    count_block(p, -1);
    free(p);
}

static void *realloc_untraced(void *p, size_t nbytes)
{
    count_block(p, -1);
    void *fresh = realloc(p, nbytes ? nbytes : 1);
    if (!fresh) {
        count_block(p, 1); /* still ours, unchanged */
        return NULL;
    }
    count_block(fresh, 1);
    return fresh;
}

#endif /* USE_SYSTEM_MALLOC */

/* ---- the mem and object layers ------------------------------------------ */

static void *traced_malloc(size_t size)
{
    void *p = alloc_untraced(size);
    if (p && hook_installed)
        hook.on_alloc(p, size);
    return p;
}

static void *traced_calloc(size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size)
        return NULL;
    size_t total = n * size;
    void *p = alloc_untraced(total);
    if (!p)
        return NULL;
    memset(p, 0, total);
    if (hook_installed)
        hook.on_alloc(p, total);
    return p;
}

static void *traced_realloc(void *p, size_t size)
{
    if (!p)
        return traced_malloc(size);
    /* Once the block moved, the old address is only a key for the hook;
     * volatile keeps GCC's use-after-free analysis from flagging that. */
    volatile uintptr_t old_address = (uintptr_t)p;
    void *fresh = realloc_untraced(p, size);
    if (fresh && hook_installed)
        hook.on_realloc((void *)old_address, fresh, size);
    return fresh;
}

static void traced_free(void *p)
{
    if (!p)
        return;
    if (hook_installed)
        hook.on_free(p);
    free_untraced(p);
}

void *pym_mem_malloc(size_t size) { return traced_malloc(size); }
void *pym_mem_calloc(size_t n, size_t size) { return traced_calloc(n, size); }
void *pym_mem_realloc(void *p, size_t size) { return traced_realloc(p, size); }
void pym_mem_free(void *p) { traced_free(p); }

char *pym_mem_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = traced_malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

void *pym_object_malloc(size_t size) { return traced_malloc(size); }
void *pym_object_calloc(size_t n, size_t size) { return traced_calloc(n, size); }
void *pym_object_realloc(void *p, size_t size) { return traced_realloc(p, size); }
void pym_object_free_raw(void *p) { traced_free(p); }

/* ---- statistics --------------------------------------------------------- */

ptrdiff_t pym_obmalloc_allocated_blocks(void)
{
    return small_blocks_in_use + large_blocks_in_use;
}

/* One "label = value" line of the report, the value with thousands
 * separators, right-aligned as CPython prints it; returns value. */
static size_t print_line(FILE *out, const char *label, size_t value)
{
    char digits[32], grouped[48];
    int n = snprintf(digits, sizeof digits, "%zu", value);
    int j = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            grouped[j++] = ',';
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(out, "%-35s=%21s\n", label, grouped);
    return value;
}

static void print_class_header(FILE *out)
{
    fprintf(out, "Small block threshold = %u, in %u size classes.\n", SMALL_REQUEST_THRESHOLD,
            NUM_SIZE_CLASSES);
    fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n",
          out);
}

#if !USE_SYSTEM_MALLOC

void pym_obmalloc_debug_stats(void *file)
{
    FILE *out = file ? (FILE *)file : stderr;
    size_t pools[NUM_SIZE_CLASSES] = {0}, blocks[NUM_SIZE_CLASSES] = {0};
    size_t avail[NUM_SIZE_CLASSES] = {0};
    size_t free_pools = 0;

    for (Arena *a = all_arenas; a; a = a->all_next) {
        free_pools += a->nfreepools;
        /* Pools on the free list are empty; the rest of the touched ones
         * carry their class. */
        for (unsigned i = 0; i < a->next_untouched; i++) {
            PoolHeader *pool = (PoolHeader *)(a->base + (uintptr_t)i * POOL_SIZE);
            if (pool->nused == 0)
                continue;
            pools[pool->size_class]++;
            blocks[pool->size_class] += pool->nused;
            avail[pool->size_class] += pool->capacity - pool->nused;
        }
    }

    print_class_header(out);
    size_t allocated_bytes = 0, available_bytes = 0, header_bytes = 0, quantization = 0;
    for (unsigned cls = 0; cls < NUM_SIZE_CLASSES; cls++) {
        if (pools[cls] == 0)
            continue;
        size_t size = CLASS_SIZE(cls);
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", cls, size, pools[cls], blocks[cls],
                avail[cls]);
        allocated_bytes += blocks[cls] * size;
        available_bytes += avail[cls] * size;
        header_bytes += pools[cls] * POOL_OVERHEAD;
        quantization += pools[cls] * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    print_line(out, "# arenas allocated total", arenas_allocated_total);
    print_line(out, "# arenas reclaimed", arenas_allocated_total - narenas);
    print_line(out, "# arenas highwater mark", narenas_highwater);
    print_line(out, "# arenas allocated current", narenas);
    char label[64];
    snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", narenas, ARENA_SIZE);
    print_line(out, label, narenas * ARENA_SIZE);
    fputc('\n', out);
    size_t total = print_line(out, "# bytes in allocated blocks", allocated_bytes);
    total += print_line(out, "# bytes in available blocks", available_bytes);
    snprintf(label, sizeof label, "%zu unused pools * %zu bytes", free_pools, POOL_SIZE);
    total += print_line(out, label, free_pools * POOL_SIZE);
    total += print_line(out, "# bytes lost to pool headers", header_bytes);
    total += print_line(out, "# bytes lost to quantization", quantization);
    total += print_line(out, "# bytes lost to arena alignment", 0);
    print_line(out, "Total", total);
    fflush(out);
}

void pym_obmalloc_fini(void)
{
    while (all_arenas)
        arena_release(all_arenas);
    free(arena_set);
    arena_set = NULL;
    arena_set_cap = arena_set_len = 0;
    memset(used_pools, 0, sizeof used_pools);
    memset(usable, 0, sizeof usable);
    usable_mask = 0;
    usable_count = 0;
    small_blocks_in_use = 0;
}

#else /* USE_SYSTEM_MALLOC */

void pym_obmalloc_debug_stats(void *file)
{
    FILE *out = file ? (FILE *)file : stderr;
    print_class_header(out);
    size_t allocated_bytes = 0;
    for (unsigned cls = 0; cls < NUM_SIZE_CLASSES; cls++) {
        if (class_blocks[cls] <= 0)
            continue;
        fprintf(out, "%5u %6zu %11d %15zd %13d\n", cls, CLASS_SIZE(cls), 0, class_blocks[cls], 0);
        allocated_bytes += (size_t)class_blocks[cls] * CLASS_SIZE(cls);
    }
    fputc('\n', out);
    fputs("# sanitizer build: small blocks come from the system allocator\n", out);
    print_line(out, "# bytes in allocated blocks", allocated_bytes);
    print_line(out, "Total", allocated_bytes);
    fflush(out);
}

void pym_obmalloc_fini(void)
{
}

#endif /* USE_SYSTEM_MALLOC */
