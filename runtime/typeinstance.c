/* typeinstance.c — the life cycle of instances of classes (heap types):
 * their __dict__ and __weakref__ attributes, the collector's traverse and
 * clear, and the dealloc that runs __del__ once, clears weak references,
 * __slots__ and __dict__, hands the object to its built-in base's dealloc
 * and releases the reference the instance held on its class.
 *
 * Invariants: an instance of a class owns one reference to the class; the
 * built-in base (the nearest type whose dealloc is not pym_subtype_dealloc)
 * frees the memory; a finalizer runs at most once per object (PEP 442,
 * recorded in the GC header) and may resurrect it, in which case the
 * dealloc stops; chains of instances are freed iteratively past a depth
 * limit, not recursively.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#define IS_HEAP(t) PYM_TYPE_HAS_FLAG((t), PYM_TPFLAG_HEAPTYPE)

static PymObject *subtype_get_dict(PymObject *obj, void *c)
{
    PymObject **dictptr = pym_object_dict_ptr(obj);
    if (!dictptr)
        return pym_err_format(&pym_exc_AttributeError, "This object has no __dict__");
    if (!*dictptr) {
        *dictptr = pym_dict_new();
        if (!*dictptr)
            return NULL;
    }
    pym_dict_expose(*dictptr);
    return PYM_NEWREF(*dictptr);
}

static int subtype_set_dict(PymObject *obj, PymObject *value, void *c)
{
    PymObject **dictptr = pym_object_dict_ptr(obj);
    if (!dictptr) {
        pym_err_set_string(&pym_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PYM_DICT_CHECK(value)) {
        pym_err_format(&pym_exc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                       PYM_TYPE_NAME(value));
        return -1;
    }
    if (*dictptr)
        pym_dict_expose(*dictptr);
    PYM_INCREF(value);
    PYM_SETREF(*dictptr, value);
    return 0;
}

static PymObject *subtype_get_weakref(PymObject *obj, void *c)
{
    if (!PYM_TYPE(obj)->weaklistoffset)
        return pym_err_format(&pym_exc_AttributeError, "This object has no __weakref__");
    PymWeakReference *head = *PYM_WEAKLIST_PTR(obj);
    return PYM_NEWREF(head ? (PymObject *)head : PYM_NONE);
}

PymGetSetDef pym_subtype_getset_full[3] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL},
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
PymGetSetDef pym_subtype_getset_dict[2] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
PymGetSetDef pym_subtype_getset_weak[2] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* The nearest base whose dealloc is not the subtype one: the built-in type
 * the instance is made of. */
static PymType *builtin_base(PymType *t)
{
    while (t->dealloc == pym_subtype_dealloc && t->base)
        t = t->base;
    return t;
}

static void clear_slots(PymType *t, PymObject *self)
{
    for (PymMemberDef *m = t->members; m && m->name; m++) {
        if (m->type != PYM_MEMBER_OBJECT_EX || (m->flags & PYM_MEMBER_READONLY))
            continue;
        PymObject **field = (PymObject **)((char *)self + m->offset);
        PYM_CLEAR(*field);
    }
}

int pym_subtype_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymType *type = PYM_TYPE(self), *base = type;
    while (base->traverse == pym_subtype_traverse) {
        for (PymMemberDef *m = base->members; m && m->name; m++) {
            if (m->type != PYM_MEMBER_OBJECT_EX)
                continue;
            PymObject *v = *(PymObject **)((char *)self + m->offset);
            if (v) {
                int rc = visit(v, arg);
                if (rc)
                    return rc;
            }
        }
        base = base->base;
    }
    if (type->dictoffset != base->dictoffset) {
        PymObject **dictptr = pym_object_dict_ptr(self);
        if (dictptr && *dictptr) {
            int rc = visit(*dictptr, arg);
            if (rc)
                return rc;
        }
    }
    if (IS_HEAP(type)) {
        int rc = visit((PymObject *)type, arg);
        if (rc)
            return rc;
    }
    return base->traverse ? base->traverse(self, visit, arg) : 0;
}

int pym_subtype_clear(PymObject *self)
{
    PymType *type = PYM_TYPE(self), *base = type;
    while (base->clear == pym_subtype_clear) {
        clear_slots(base, self);
        base = base->base;
    }
    if (type->dictoffset != base->dictoffset) {
        PymObject **dictptr = pym_object_dict_ptr(self);
        if (dictptr && *dictptr) {
            /* the dict may outlive its instance: it no longer stands in
             * for the instance's inline attributes */
            pym_dict_expose(*dictptr);
            PYM_CLEAR(*dictptr);
        }
    }
    return base->clear ? base->clear(self) : 0;
}

/* Deallocation of long chains (a linked list of 100k nodes) would recurse
 * once per node; past a depth limit, objects are parked and destroyed when
 * the outermost dealloc returns. */
#define TRASH_DEPTH_LIMIT 50
static int trash_depth;
static PymObject **trash;
static PymSize trash_len, trash_cap;

static int trash_deposit(PymObject *self)
{
    if (trash_len == trash_cap) {
        PymSize cap = trash_cap ? trash_cap * 2 : 64;
        PymObject **grown = pym_mem_realloc(trash, (size_t)cap * sizeof(PymObject *));
        if (!grown)
            return -1;
        trash = grown;
        trash_cap = cap;
    }
    if (PYM_IS_GC(self))
        pym_gc_untrack(self);
    trash[trash_len++] = self;
    return 0;
}

static void trash_empty(void)
{
    while (trash_len > 0) {
        PymObject *o = trash[--trash_len];
        pym_subtype_dealloc(o);
    }
    if (trash_depth == 0 && trash) {
        pym_mem_free(trash);
        trash = NULL;
        trash_cap = 0;
    }
}

int pym_object_call_finalizer_from_dealloc(PymObject *self)
{
    PymType *t = PYM_TYPE(self);
    /* Temporarily resurrect the object for the finalizer to see it. */
    self->refcnt = 1;
    PYM_REF_TOTAL_INC();
    int is_gc = PYM_IS_GC(self);
    if (t->finalize && !(is_gc && pym_gc_is_finalized(self))) {
        t->finalize(self);
        if (is_gc)
            pym_gc_set_finalized(self);
    }
    PYM_REF_TOTAL_DEC();
    if (--self->refcnt == 0)
        return 0;
    /* Resurrected: the finalizer stored a new reference somewhere. */
    return -1;
}

void pym_subtype_dealloc(PymObject *self)
{
    if (trash_depth >= TRASH_DEPTH_LIMIT && trash_deposit(self) == 0)
        return;
    trash_depth++;
    PymType *type = PYM_TYPE(self);
    PymType *base = builtin_base(type);
    int is_gc = PYM_IS_GC(self);
    if (is_gc)
        pym_gc_untrack(self);
    if (type->finalize) {
        /* The finalizer may resurrect the object: keep it tracked meanwhile. */
        if (is_gc)
            pym_gc_track(self);
        if (pym_object_call_finalizer_from_dealloc(self) < 0)
            goto done;
        if (is_gc)
            pym_gc_untrack(self);
    }
    if (type->weaklistoffset && !base->weaklistoffset)
        pym_weakref_clear_refs(self);
    for (PymType *t = type; t != base; t = t->base)
        clear_slots(t, self);
    if (type->dictoffset && !base->dictoffset) {
        PymObject **dictptr = pym_object_dict_ptr(self);
        if (dictptr && *dictptr) {
            /* the dict may outlive its instance: it no longer stands in
             * for the instance's inline attributes */
            pym_dict_expose(*dictptr);
            PYM_CLEAR(*dictptr);
        }
    }
    /* The base dealloc may untrack again; it expects a tracked object when
     * it is a container type itself. */
    if (PYM_TYPE_HAS_FLAG(base, PYM_TPFLAG_HAVE_GC))
        pym_gc_track(self);
    base->dealloc(self);
    if (IS_HEAP(type) && !IS_HEAP(base))
        PYM_DECREF(type);
done:
    trash_depth--;
    if (trash_depth == 0 && trash_len > 0) {
        trash_depth++;
        trash_empty();
        trash_depth--;
    }
}

