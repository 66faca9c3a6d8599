/* obmalloc.h — pym's one allocator, in three layers (DESIGN rule 4).
 *
 *   raw    → the system allocator (malloc/realloc/free), for big buffers and
 *            the allocator's own arenas;
 *   mem    → general buffers (list item arrays, dict tables, str data, GMP
 *            digits): ≤ 512 bytes from the pools, larger from raw;
 *   object → Python objects: same policy as mem.
 * Invariants: every request of every layer passes the single hook point
 * (pym_alloc_hook) that tracemalloc observes with the requested size;
 * pools hold one size class (16-byte steps up to 512), 16 KiB pools live in
 * 1 MiB arenas, an arena whose pools are all empty is returned to the system.
 * A pointer must be freed by the layer that allocated it.
 */
#ifndef PYM_OBMALLOC_H
#define PYM_OBMALLOC_H

#include <stddef.h>
#include <stdint.h>

void *pym_raw_malloc(size_t size);
void *pym_raw_calloc(size_t n, size_t size);
void *pym_raw_realloc(void *p, size_t size);
void pym_raw_free(void *p);

void *pym_mem_malloc(size_t size);
void *pym_mem_calloc(size_t n, size_t size);
void *pym_mem_realloc(void *p, size_t size);
void pym_mem_free(void *p);
char *pym_mem_strdup(const char *s);

void *pym_object_malloc(size_t size);
void *pym_object_calloc(size_t n, size_t size);
void *pym_object_realloc(void *p, size_t size);
void pym_object_free_raw(void *p);

/* Tracing hook: called after every successful allocation / before every free
 * by the mem and object layers (and by raw when called through them).
 * domain 0 is pym's heap.  Installed by tracemalloc. */
typedef struct PymAllocHook {
    void (*on_alloc)(void *ptr, size_t size);
    void (*on_free)(void *ptr);
    void (*on_realloc)(void *old_ptr, void *new_ptr, size_t new_size);
} PymAllocHook;
void pym_alloc_set_hook(const PymAllocHook *hook); /* NULL uninstalls */

/* Statistics for sys.getallocatedblocks() and sys._debugmallocstats(). */
ptrdiff_t pym_obmalloc_allocated_blocks(void);
void pym_obmalloc_debug_stats(void *file /* FILE* */);
/* Release every arena at exit (leak checking). */
void pym_obmalloc_fini(void);

#endif
