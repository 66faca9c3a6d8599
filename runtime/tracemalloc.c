/* tracemalloc.c — the allocation tracer behind the _tracemalloc module.
 *
 * start() installs the obmalloc hook; from then on every mem/object
 * allocation records a trace: its requested size and the traceback of the
 * Python frames running at that moment (pym_tstate.frame and its callers,
 * up to nframe of them, most recent first).  Frees drop the trace;
 * reallocations move it to the new address with the current traceback.
 *
 * Invariants:
 *  - every table lives in the raw layer (malloc), so the tracer never
 *    traces itself, and a free seen while a table is being built cannot
 *    happen;
 *  - tracebacks are interned (one copy per distinct frame sequence) and
 *    filenames are held by a strong reference from the filename table, so
 *    a trace never points to a dead str;
 *  - `busy` is set while the tracer runs Python-object code of its own
 *    (building _get_traces, dropping filenames): allocations then are not
 *    traced, but frees always remove their trace;
 *  - traced_memory is the sum of the sizes of all traces, and peak ≥ it.
 */
#include "tracemalloc.h"

#include "code.h"
#include "errors.h"
#include "frame.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "obmalloc.h"
#include "state.h"
#include "str.h"
#include "tuple.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NFRAME 65535

typedef struct TraceFrame {
    PymObject *filename; /* str, owned by the filename table */
    int lineno;
} TraceFrame;

typedef struct Traceback {
    uint64_t hash;
    int nframe;          /* frames[] entries */
    int total_nframe;    /* depth of the stack, beyond the limit too */
    TraceFrame frames[]; /* most recent first */
} Traceback;

typedef struct Trace {
    uintptr_t ptr;       /* 0: empty slot */
    size_t size;
    Traceback *traceback;
} Trace;

static struct {
    int tracing;
    int busy;
    int max_nframe;
    /* block address → trace; open addressing, deletion by backward shift */
    Trace *traces;
    size_t traces_cap, traces_len;
    /* interned tracebacks (insert-only until cleared) */
    Traceback **tracebacks;
    size_t tracebacks_cap, tracebacks_len, tracebacks_bytes;
    /* filenames we hold a reference to (insert-only until cleared) */
    PymObject **filenames;
    size_t filenames_cap, filenames_len;
    size_t traced_memory, peak_traced_memory;
    TraceFrame *scratch; /* max_nframe frames being captured */
    PymObject *unknown_filename;
} tm = {.max_nframe = 1};

static Traceback *empty_traceback; /* ('<unknown>', 0) */

static inline size_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    return (size_t)x;
}

/* ---- the trace table ---------------------------------------------------- */

static size_t trace_slot(uintptr_t ptr)
{
    return mix(ptr) & (tm.traces_cap - 1);
}

static Trace *trace_find(uintptr_t ptr)
{
    if (tm.traces_cap == 0)
        return NULL;
    for (size_t i = trace_slot(ptr);; i = (i + 1) & (tm.traces_cap - 1)) {
        if (tm.traces[i].ptr == ptr)
            return &tm.traces[i];
        if (tm.traces[i].ptr == 0)
            return NULL;
    }
}

static int traces_grow(void)
{
    size_t cap = tm.traces_cap ? tm.traces_cap * 2 : 1024;
    Trace *fresh = calloc(cap, sizeof *fresh);
    if (!fresh)
        return -1;
    Trace *old = tm.traces;
    size_t old_cap = tm.traces_cap;
    tm.traces = fresh;
    tm.traces_cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i].ptr)
            continue;
        size_t j = trace_slot(old[i].ptr);
        while (fresh[j].ptr)
            j = (j + 1) & (cap - 1);
        fresh[j] = old[i];
    }
    free(old);
    return 0;
}

static void trace_remove(uintptr_t ptr)
{
    Trace *t = trace_find(ptr);
    if (!t)
        return;
    tm.traced_memory -= t->size;
    tm.traces_len--;
    size_t mask = tm.traces_cap - 1;
    size_t i = (size_t)(t - tm.traces);
    tm.traces[i].ptr = 0;
    /* Move later members of the probe run back into the hole. */
    for (size_t j = (i + 1) & mask; tm.traces[j].ptr; j = (j + 1) & mask) {
        size_t home = trace_slot(tm.traces[j].ptr);
        int movable = (i <= j) ? (home <= i || home > j) : (home <= i && home > j);
        if (movable) {
            tm.traces[i] = tm.traces[j];
            tm.traces[j].ptr = 0;
            i = j;
        }
    }
}

static void trace_add(uintptr_t ptr, size_t size, Traceback *tb)
{
    Trace *t = trace_find(ptr);
    if (t) {
        tm.traced_memory -= t->size;
    } else {
        if ((tm.traces_len + 1) * 2 > tm.traces_cap && traces_grow() < 0)
            return; /* out of memory: this block goes untraced */
        size_t i = trace_slot(ptr);
        while (tm.traces[i].ptr)
            i = (i + 1) & (tm.traces_cap - 1);
        t = &tm.traces[i];
        t->ptr = ptr;
        tm.traces_len++;
    }
    t->size = size;
    t->traceback = tb;
    tm.traced_memory += size;
    if (tm.traced_memory > tm.peak_traced_memory)
        tm.peak_traced_memory = tm.traced_memory;
}

/* ---- filenames and tracebacks ------------------------------------------- */

/* Keep a reference to filename for as long as traces may name it. */
static int filename_hold(PymObject *filename)
{
    if (tm.filenames_cap && (tm.filenames_len + 1) * 2 <= tm.filenames_cap) {
        size_t mask = tm.filenames_cap - 1;
        for (size_t i = mix((uintptr_t)filename) & mask;; i = (i + 1) & mask) {
            if (tm.filenames[i] == filename)
                return 0;
            if (!tm.filenames[i]) {
                tm.filenames[i] = PYM_NEWREF(filename);
                tm.filenames_len++;
                return 0;
            }
        }
    }
    /* Grow, then insert. */
    size_t cap = tm.filenames_cap ? tm.filenames_cap * 2 : 64;
    PymObject **fresh = calloc(cap, sizeof *fresh);
    if (!fresh)
        return -1;
    for (size_t k = 0; k < tm.filenames_cap; k++) {
        PymObject *f = tm.filenames[k];
        if (!f)
            continue;
        size_t i = mix((uintptr_t)f) & (cap - 1);
        while (fresh[i])
            i = (i + 1) & (cap - 1);
        fresh[i] = f;
    }
    free(tm.filenames);
    tm.filenames = fresh;
    tm.filenames_cap = cap;
    return filename_hold(filename);
}

static uint64_t frames_hash(const TraceFrame *frames, int nframe, int total)
{
    uint64_t h = 0x345678u + (uint64_t)total;
    for (int i = 0; i < nframe; i++) {
        h = (h ^ mix((uintptr_t)frames[i].filename)) * 1000003u;
        h = (h ^ (uint64_t)(uint32_t)frames[i].lineno) * 1000003u;
    }
    return h;
}

static int traceback_equal(const Traceback *tb, uint64_t hash, const TraceFrame *frames,
                           int nframe, int total)
{
    if (tb->hash != hash || tb->nframe != nframe || tb->total_nframe != total)
        return 0;
    for (int i = 0; i < nframe; i++)
        if (tb->frames[i].filename != frames[i].filename || tb->frames[i].lineno != frames[i].lineno)
            return 0;
    return 1;
}

static int tracebacks_grow(void)
{
    size_t cap = tm.tracebacks_cap ? tm.tracebacks_cap * 2 : 256;
    Traceback **fresh = calloc(cap, sizeof *fresh);
    if (!fresh)
        return -1;
    for (size_t k = 0; k < tm.tracebacks_cap; k++) {
        Traceback *tb = tm.tracebacks[k];
        if (!tb)
            continue;
        size_t i = (size_t)tb->hash & (cap - 1);
        while (fresh[i])
            i = (i + 1) & (cap - 1);
        fresh[i] = tb;
    }
    free(tm.tracebacks);
    tm.tracebacks = fresh;
    tm.tracebacks_cap = cap;
    return 0;
}

/* The interned traceback for frames[0..nframe). */
static Traceback *traceback_intern(const TraceFrame *frames, int nframe, int total)
{
    uint64_t hash = frames_hash(frames, nframe, total);
    if ((tm.tracebacks_len + 1) * 2 > tm.tracebacks_cap && tracebacks_grow() < 0)
        return NULL;
    size_t mask = tm.tracebacks_cap - 1;
    size_t i = (size_t)hash & mask;
    for (; tm.tracebacks[i]; i = (i + 1) & mask)
        if (traceback_equal(tm.tracebacks[i], hash, frames, nframe, total))
            return tm.tracebacks[i];
    for (int k = 0; k < nframe; k++)
        if (filename_hold(frames[k].filename) < 0)
            return NULL;
    size_t bytes = sizeof(Traceback) + (size_t)nframe * sizeof(TraceFrame);
    Traceback *tb = malloc(bytes);
    if (!tb)
        return NULL;
    tb->hash = hash;
    tb->nframe = nframe;
    tb->total_nframe = total;
    memcpy(tb->frames, frames, (size_t)nframe * sizeof(TraceFrame));
    tm.tracebacks[i] = tb;
    tm.tracebacks_len++;
    tm.tracebacks_bytes += bytes;
    return tb;
}

/* The traceback of the running Python code. */
static Traceback *traceback_capture(void)
{
    int nframe = 0, total = 0;
    for (PymFrame *f = pym_tstate.frame; f; f = f->back) {
        if (nframe < tm.max_nframe) {
            PymObject *filename = f->code ? f->code->filename : NULL;
            int lineno = pym_frame_lineno(f);
            tm.scratch[nframe].filename =
                (filename && PYM_STR_CHECK(filename)) ? filename : tm.unknown_filename;
            tm.scratch[nframe].lineno = lineno < 0 ? 0 : lineno;
            nframe++;
        }
        if (total < MAX_NFRAME)
            total++;
    }
    if (nframe == 0)
        return empty_traceback;
    return traceback_intern(tm.scratch, nframe, total);
}

/* ---- the hook ----------------------------------------------------------- */

static void on_alloc(void *ptr, size_t size)
{
    if (tm.busy)
        return;
    tm.busy = 1;
    Traceback *tb = traceback_capture();
    if (tb)
        trace_add((uintptr_t)ptr, size, tb);
    tm.busy = 0;
}

static void on_free(void *ptr)
{
    trace_remove((uintptr_t)ptr);
}

static void on_realloc(void *old_ptr, void *new_ptr, size_t size)
{
    if (tm.busy) {
        /* Not traced now, but the old address must not keep a trace. */
        if (old_ptr != new_ptr)
            trace_remove((uintptr_t)old_ptr);
        return;
    }
    if (old_ptr != new_ptr)
        trace_remove((uintptr_t)old_ptr);
    on_alloc(new_ptr, size);
}

static const PymAllocHook tracer_hook = {on_alloc, on_free, on_realloc};

/* ---- starting and stopping ---------------------------------------------- */

static int init_once(void)
{
    if (empty_traceback)
        return 0;
    tm.busy = 1;
    tm.unknown_filename = pym_str_from_cstr("<unknown>");
    tm.busy = 0;
    if (!tm.unknown_filename)
        return -1;
    empty_traceback = malloc(sizeof(Traceback) + sizeof(TraceFrame));
    if (!empty_traceback) {
        PYM_CLEAR(tm.unknown_filename);
        pym_err_no_memory();
        return -1;
    }
    empty_traceback->nframe = 1;
    empty_traceback->total_nframe = 1;
    empty_traceback->frames[0].filename = tm.unknown_filename;
    empty_traceback->frames[0].lineno = 0;
    empty_traceback->hash = frames_hash(empty_traceback->frames, 1, 1);
    return 0;
}

int pym_tracemalloc_start(int nframe)
{
    if (nframe < 1 || nframe > MAX_NFRAME) {
        pym_err_format(&pym_exc_ValueError, "the number of frames must be in range [1; %d]",
                       MAX_NFRAME);
        return -1;
    }
    if (init_once() < 0)
        return -1;
    if (tm.tracing)
        return 0;
    TraceFrame *scratch = malloc((size_t)nframe * sizeof *scratch);
    if (!scratch) {
        pym_err_no_memory();
        return -1;
    }
    free(tm.scratch);
    tm.scratch = scratch;
    tm.max_nframe = nframe;
    tm.tracing = 1;
    pym_tracemalloc_tracing = 1;
    pym_alloc_set_hook(&tracer_hook);
    return 0;
}

void pym_tracemalloc_clear_traces(void)
{
    /* Detach the tables first: dropping the filenames may free strings,
     * whose frees then find nothing to remove. */
    Trace *traces = tm.traces;
    Traceback **tracebacks = tm.tracebacks;
    size_t tracebacks_cap = tm.tracebacks_cap;
    PymObject **filenames = tm.filenames;
    size_t filenames_cap = tm.filenames_cap;
    tm.traces = NULL;
    tm.traces_cap = tm.traces_len = 0;
    tm.tracebacks = NULL;
    tm.tracebacks_cap = tm.tracebacks_len = tm.tracebacks_bytes = 0;
    tm.filenames = NULL;
    tm.filenames_cap = tm.filenames_len = 0;
    tm.traced_memory = tm.peak_traced_memory = 0;

    free(traces);
    for (size_t i = 0; i < tracebacks_cap; i++)
        free(tracebacks[i]);
    free(tracebacks);
    int was_busy = tm.busy;
    tm.busy = 1;
    for (size_t i = 0; i < filenames_cap; i++)
        PYM_XDECREF(filenames[i]);
    tm.busy = was_busy;
    free(filenames);
}

void pym_tracemalloc_stop(void)
{
    if (!tm.tracing)
        return;
    tm.tracing = 0;
    pym_tracemalloc_tracing = 0;
    pym_alloc_set_hook(NULL);
    pym_tracemalloc_clear_traces();
    free(tm.scratch);
    tm.scratch = NULL;
}

int pym_tracemalloc_tracing;

void pym_tracemalloc_get_traced_memory(size_t *current, size_t *peak)
{
    *current = tm.traced_memory;
    *peak = tm.peak_traced_memory;
}

void pym_tracemalloc_reset_peak(void)
{
    if (tm.tracing)
        tm.peak_traced_memory = tm.traced_memory;
}

int pym_tracemalloc_get_traceback_limit(void)
{
    return tm.max_nframe;
}

size_t pym_tracemalloc_get_memory(void)
{
    return tm.traces_cap * sizeof(Trace) + tm.tracebacks_cap * sizeof(Traceback *) +
           tm.tracebacks_bytes + tm.filenames_cap * sizeof(PymObject *) +
           (size_t)tm.max_nframe * sizeof(TraceFrame);
}

void pym_tracemalloc_fini(void)
{
    pym_tracemalloc_stop();
    free(empty_traceback);
    empty_traceback = NULL;
    PYM_CLEAR(tm.unknown_filename);
}

/* ---- Python views ------------------------------------------------------- */

static PymObject *traceback_to_tuple(const Traceback *tb)
{
    PymObject *frames = pym_tuple_new(tb->nframe);
    if (!frames)
        return NULL;
    for (int i = 0; i < tb->nframe; i++) {
        PymObject *lineno = pym_int_from_i64(tb->frames[i].lineno);
        PymObject *frame = lineno ? pym_tuple_pack(2, tb->frames[i].filename, lineno) : NULL;
        PYM_XDECREF(lineno);
        if (!frame) {
            PYM_DECREF(frames);
            return NULL;
        }
        PYM_TUPLE_SET_ITEM_STEAL(frames, i, frame);
    }
    return frames;
}

/* Traceback → its tuple, one tuple per traceback (a small map). */
typedef struct TupleCacheEntry {
    const Traceback *tb;
    PymObject *tuple;
} TupleCacheEntry;

static PymObject *cached_traceback_tuple(TupleCacheEntry *cache, size_t cap, const Traceback *tb)
{
    size_t i = mix((uintptr_t)tb) & (cap - 1);
    for (; cache[i].tb; i = (i + 1) & (cap - 1))
        if (cache[i].tb == tb)
            return cache[i].tuple;
    PymObject *t = traceback_to_tuple(tb);
    if (t) {
        cache[i].tb = tb;
        cache[i].tuple = t;
    }
    return t;
}

PymObject *pym_tracemalloc_get_traces(void)
{
    if (!tm.tracing)
        return pym_list_new(0);
    /* Snapshot the table first: frees during the build change it. */
    size_t n = tm.traces_len, k = 0;
    Trace *copy = malloc((n ? n : 1) * sizeof *copy);
    size_t cache_cap = 16;
    while (cache_cap < 2 * (tm.tracebacks_len + 1))
        cache_cap *= 2;
    TupleCacheEntry *cache = calloc(cache_cap, sizeof *cache);
    if (!copy || !cache) {
        free(copy);
        free(cache);
        return pym_err_no_memory();
    }
    for (size_t i = 0; i < tm.traces_cap; i++)
        if (tm.traces[i].ptr)
            copy[k++] = tm.traces[i];
    /* Tracebacks and filenames stay alive: only clear_traces/stop free
     * them, and nothing below calls Python code. */
    int was_busy = tm.busy;
    tm.busy = 1;
    PymObject *result = pym_list_new(0);
    PymObject *domain = pym_int_from_i64(0);
    for (size_t i = 0; result && domain && i < k; i++) {
        PymObject *frames = cached_traceback_tuple(cache, cache_cap, copy[i].traceback);
        PymObject *size = pym_int_from_u64(copy[i].size);
        PymObject *total = pym_int_from_i64(copy[i].traceback->total_nframe);
        PymObject *entry = (frames && size && total) ? pym_tuple_pack(4, domain, size, frames, total)
                                                     : NULL;
        PYM_XDECREF(size);
        PYM_XDECREF(total);
        if (!entry || pym_list_append(result, entry) < 0)
            PYM_CLEAR(result);
        PYM_XDECREF(entry);
    }
    if (!domain)
        PYM_CLEAR(result);
    PYM_XDECREF(domain);
    for (size_t i = 0; i < cache_cap; i++)
        PYM_XDECREF(cache[i].tuple);
    tm.busy = was_busy;
    free(cache);
    free(copy);
    return result;
}

PymObject *pym_tracemalloc_get_object_traceback(PymObject *o)
{
    void *block = pym_gc_object_is_gc(o) ? (void *)PYM_AS_GC(o) : (void *)o;
    Trace *t = tm.tracing ? trace_find((uintptr_t)block) : NULL;
    if (!t)
        PYM_RETURN_NONE;
    int was_busy = tm.busy;
    tm.busy = 1;
    PymObject *r = traceback_to_tuple(t->traceback);
    tm.busy = was_busy;
    return r;
}
