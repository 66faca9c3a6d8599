/* frame.c — the frame type: allocation (with per-size free lists), the
 * Python-visible attributes (f_back, f_code, f_locals, f_lineno …), and
 * the collector hooks.
 *
 * Invariants:
 *  - localsplus[0..nlocalsplus) are NULL or owned references; the value
 *    stack (localsplus[nlocalsplus..nlocalsplus+stacktop)) holds owned
 *    references or NULL placeholders.  While a frame executes, stacktop is
 *    stale (the dispatch loop keeps the stack pointer in a register), so
 *    traverse visits the stack only of frames that are not executing.
 *  - A frame on a free list is untracked, has refcount 0 and all its
 *    slots NULL.
 *  - `back` is borrowed until pym_frame_release() finds the frame still
 *    referenced after its execution; from then on it is strong (owns_back).
 */
#include "pym.h"
#include "../src/eval.h"
#include <stddef.h>
#include <string.h>

/* ---- allocation ------------------------------------------------------- */

/* Free lists by capacity: class c holds frames of exactly c * 4 slots. */
enum { FRAME_SLOT_GRANULE = 4, FRAME_FREE_CLASSES = 24, FRAME_FREE_MAX = 32 };

static PymFrame *free_frames[FRAME_FREE_CLASSES + 1];
static int free_counts[FRAME_FREE_CLASSES + 1];

static size_t frame_bytes(PymSize slots)
{
    return offsetof(PymFrame, localsplus) + (size_t)slots * sizeof(PymObject *);
}

PymFrame *pym_frame_new(PymCodeObject *code, PymObject *globals, PymObject *builtins,
                        PymObject *locals, PymObject *func)
{
    int nlocalsplus = code->nlocals + code->ncellvars + code->nfreevars;
    PymSize needed = (PymSize)nlocalsplus + code->stacksize;
    if (needed < 1)
        needed = 1;
    PymSize cls = (needed + FRAME_SLOT_GRANULE - 1) / FRAME_SLOT_GRANULE;
    PymFrame *f;
    if (cls <= FRAME_FREE_CLASSES && free_frames[cls]) {
        f = free_frames[cls];
        free_frames[cls] = f->back;
        free_counts[cls]--;
        f->ob.ob.refcnt = 1;
        PYM_REF_TOTAL_INC();
        f->back = NULL;
    } else {
        PymSize slots = cls <= FRAME_FREE_CLASSES ? cls * FRAME_SLOT_GRANULE : needed;
        f = (PymFrame *)pym_gc_alloc(&pym_frame_type, frame_bytes(slots));
        if (!f)
            return NULL;
        f->ob.size = slots;
    }
    f->code = (PymCodeObject *)PYM_NEWREF(code);
    f->globals = PYM_NEWREF(globals);
    f->builtins = PYM_NEWREF(builtins);
    f->locals = PYM_XNEWREF(locals);
    f->func = PYM_XNEWREF(func);
    f->gen = NULL;
    f->lasti = -1;
    f->stacktop = 0;
    f->executing = 0;
    f->finished = 0;
    f->inlined = PYM_FRAME_OWN_LOOP;
    f->owns_back = 0;
    f->nlocalsplus = nlocalsplus;
    memset(f->localsplus, 0, (size_t)nlocalsplus * sizeof(PymObject *));
    return f;
}

void pym_frame_release(PymFrame *f)
{
    if (PYM_REFCNT(f) > 1) {
        /* Someone (a traceback, sys._getframe()) keeps the frame: it must
         * keep its caller too, and may now take part in cycles. */
        if (f->back && !f->owns_back) {
            PYM_INCREF(f->back);
            f->owns_back = 1;
        }
        if (!pym_gc_is_tracked((PymObject *)f))
            pym_gc_track((PymObject *)f);
    }
    PYM_DECREF(f);
}

/* Drop everything the frame references except code/globals/builtins. */
static inline void frame_clear_values(PymFrame *f)
{
    int n = f->nlocalsplus + (f->executing ? 0 : f->stacktop);
    for (int i = 0; i < n; i++)
        PYM_CLEAR(f->localsplus[i]);
    if (!f->executing)
        f->stacktop = 0;
}

static void frame_dealloc(PymObject *self)
{
    PymFrame *f = (PymFrame *)self;
    if (PYM_AS_GC(self)->next)
        pym_gc_untrack(self);
    f->executing = 0;
    frame_clear_values(f);
    PYM_CLEAR(f->locals);
    PYM_CLEAR(f->func);
    if (f->owns_back) {
        f->owns_back = 0;
        PYM_CLEAR(f->back);
    }
    f->back = NULL;
    PYM_CLEAR(f->code);
    PYM_CLEAR(f->globals);
    PYM_CLEAR(f->builtins);
    PymSize cls = PYM_SIZE(f) / FRAME_SLOT_GRANULE;
    if (PYM_SIZE(f) % FRAME_SLOT_GRANULE == 0 && cls >= 1 && cls <= FRAME_FREE_CLASSES &&
        free_counts[cls] < FRAME_FREE_MAX) {
        f->back = free_frames[cls];
        free_frames[cls] = f;
        free_counts[cls]++;
        return;
    }
    pym_gc_free(self);
}

void pym_frame_fini(void)
{
    for (int c = 0; c <= FRAME_FREE_CLASSES; c++) {
        while (free_frames[c]) {
            PymFrame *f = free_frames[c];
            free_frames[c] = f->back;
            pym_gc_free(f);
        }
        free_counts[c] = 0;
    }
}

static int frame_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymFrame *f = (PymFrame *)self;
#define VISIT(o) do { PymObject *v_ = PYM_OB(o); if (v_) { int r_ = visit(v_, arg); if (r_) return r_; } } while (0)
    VISIT(f->code);
    VISIT(f->globals);
    VISIT(f->builtins);
    VISIT(f->locals);
    VISIT(f->func);
    if (f->owns_back)
        VISIT(f->back);
    int n = f->nlocalsplus + (f->executing ? 0 : f->stacktop);
    for (int i = 0; i < n; i++)
        VISIT(f->localsplus[i]);
#undef VISIT
    return 0;
}

static int frame_clear(PymObject *self)
{
    PymFrame *f = (PymFrame *)self;
    if (f->executing)
        return 0;
    frame_clear_values(f);
    PYM_CLEAR(f->locals);
    f->finished = 1;
    if (f->owns_back) {
        f->owns_back = 0;
        PYM_CLEAR(f->back);
    }
    return 0;
}

/* ---- lines and locals ------------------------------------------------- */

int pym_frame_lineno(PymFrame *f)
{
    if (f->lasti < 0)
        return f->code->firstlineno;
    return pym_code_line_of(f->code, f->lasti);
}

/* Store value under name in d, or remove name when value is NULL. */
static int locals_put(PymObject *d, PymObject *name, PymObject *value)
{
    if (value)
        return pym_dict_setitem(d, name, value);
    int has = pym_dict_contains(d, name);
    if (has <= 0)
        return has;
    return pym_dict_delitem(d, name);
}

/* Refresh dict d from the fast locals, cells and free variables of f. */
static int fast_to_locals(PymFrame *f, PymObject *d)
{
    PymCodeObject *co = f->code;
    for (int i = 0; i < co->nlocals; i++) {
        PymObject *value = f->localsplus[i];
        if (!value && co->cell2arg) {
            /* An argument that lives in a cell: show it at its place. */
            for (int c = 0; c < co->ncellvars; c++) {
                PymObject *cell = f->localsplus[co->nlocals + c];
                if (co->cell2arg[c] == i && cell && PYM_CELL_CHECK(cell))
                    value = ((PymCellObject *)cell)->ref;
            }
        }
        if (locals_put(d, PYM_TUPLE_BORROW_ITEM(co->varnames, i), value) < 0)
            return -1;
    }
    int ncells = co->ncellvars + co->nfreevars;
    for (int c = 0; c < ncells; c++) {
        if (c < co->ncellvars && co->cell2arg && co->cell2arg[c] >= 0)
            continue;
        PymObject *name = c < co->ncellvars ? PYM_TUPLE_BORROW_ITEM(co->cellvars, c)
                                             : PYM_TUPLE_BORROW_ITEM(co->freevars, c - co->ncellvars);
        PymObject *cell = f->localsplus[co->nlocals + c];
        PymObject *value = cell && PYM_CELL_CHECK(cell) ? ((PymCellObject *)cell)->ref : NULL;
        /* A class body's __class__ cell is not one of its locals. */
        if (!(co->flags & PYM_CO_OPTIMIZED))
            continue;
        if (locals_put(d, name, value) < 0)
            return -1;
    }
    return 0;
}

PymObject *pym_frame_get_locals(PymFrame *f)
{
    if (!(f->code->flags & PYM_CO_OPTIMIZED) && f->locals)
        return PYM_NEWREF(f->locals);
    if (!f->locals) {
        f->locals = pym_dict_new();
        if (!f->locals)
            return NULL;
    }
    if (fast_to_locals(f, f->locals) < 0)
        return NULL;
    return PYM_NEWREF(f->locals);
}

/* ---- attributes ------------------------------------------------------- */

static PymObject *frame_get_back(PymObject *self, void *closure)
{
    PymFrame *f = (PymFrame *)self;
    return PYM_NEWREF(f->back ? (PymObject *)f->back : PYM_NONE);
}

static PymObject *frame_get_code(PymObject *self, void *closure)
{
    return PYM_NEWREF(((PymFrame *)self)->code);
}

static PymObject *frame_get_globals(PymObject *self, void *closure)
{
    return PYM_NEWREF(((PymFrame *)self)->globals);
}

static PymObject *frame_get_builtins(PymObject *self, void *closure)
{
    return PYM_NEWREF(((PymFrame *)self)->builtins);
}

static PymObject *frame_get_locals_attr(PymObject *self, void *closure)
{
    return pym_frame_get_locals((PymFrame *)self);
}

static PymObject *frame_get_lineno(PymObject *self, void *closure)
{
    return pym_int_from_i64(pym_frame_lineno((PymFrame *)self));
}

static PymObject *frame_get_lasti(PymObject *self, void *closure)
{
    /* CPython reports a byte offset (two bytes per code unit). */
    int lasti = ((PymFrame *)self)->lasti;
    return pym_int_from_i64(lasti < 0 ? -1 : (int64_t)lasti * 2);
}

static PymObject *frame_get_trace(PymObject *self, void *closure)
{
    PYM_RETURN_NONE;
}

static int frame_set_trace(PymObject *self, PymObject *value, void *closure)
{
    return 0;   /* tracing is not supported; accepted and ignored */
}

static PymGetSetDef frame_getset[] = {
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals_attr, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *frame_clear_method(PymObject *self, PymObject *unused)
{
    PymFrame *f = (PymFrame *)self;
    if (f->executing) {
        pym_err_set_string(&pym_exc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    if (f->gen && !f->finished) {
        /* Clearing a suspended generator's frame closes the generator. */
        PymObject *r = pym_object_call_method(f->gen, PYM_ID(close), NULL, 0);
        if (!r)
            return NULL;
        PYM_DECREF(r);
        PYM_RETURN_NONE;
    }
    frame_clear_values(f);
    PYM_RETURN_NONE;
}

static PymObject *frame_sizeof(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize((PymSize)frame_bytes(PYM_SIZE(self)));
}

static PymMethodDef frame_methods[] = {
    PYM_METHOD("clear", frame_clear_method, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", frame_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymObject *frame_repr(PymObject *self)
{
    PymFrame *f = (PymFrame *)self;
    return pym_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)f,
                               f->code->filename, pym_frame_lineno(f), f->code->name);
}

PymType pym_frame_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "frame",
    .basicsize = offsetof(PymFrame, localsplus),
    .itemsize = sizeof(PymObject *),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getattro = pym_object_generic_getattr,
    .setattro = pym_object_generic_setattr,
    .traverse = frame_traverse,
    .clear = frame_clear,
    .free = pym_gc_free,
    .methods = frame_methods,
    .getset = frame_getset,
};
