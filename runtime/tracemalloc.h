/* tracemalloc.h — the allocation tracer (runtime/tracemalloc.c), the C
 * core under the _tracemalloc module and stdlib/lib/tracemalloc.py.
 * Invariant: while tracing, every live mem/object block allocated since
 * start() has one trace (requested size, traceback of up to nframe
 * frames, most recent first); the tracer's own tables live in the raw
 * layer, so tracing never traces itself. */
#ifndef PYM_TRACEMALLOC_H
#define PYM_TRACEMALLOC_H
#include "object.h"

#include <stddef.h>

/* Start tracing with tracebacks of up to nframe frames (1..65535,
 * ValueError otherwise); already tracing: nothing changes.  0 / -1. */
int pym_tracemalloc_start(int nframe);
/* Stop tracing and forget every trace. */
void pym_tracemalloc_stop(void);
/* Nonzero while tracing; read inline by the free lists of int and float,
 * which stand aside then. */
extern int pym_tracemalloc_tracing;
static inline int pym_tracemalloc_is_tracing(void) { return pym_tracemalloc_tracing; }
void pym_tracemalloc_clear_traces(void);
void pym_tracemalloc_get_traced_memory(size_t *current, size_t *peak);
void pym_tracemalloc_reset_peak(void);
int pym_tracemalloc_get_traceback_limit(void);
/* Bytes used by the tracer's own tables. */
size_t pym_tracemalloc_get_memory(void);
/* [(domain, size, ((filename, lineno), …), total_nframe), …] */
PymObject *pym_tracemalloc_get_traces(void);
/* The traceback tuple of the block holding o, or None. */
PymObject *pym_tracemalloc_get_object_traceback(PymObject *o);
/* At exit: stop and release everything. */
void pym_tracemalloc_fini(void);

#endif
