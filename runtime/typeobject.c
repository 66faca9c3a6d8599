/* typeobject.c — `type`, the type of classes: readying built-in types,
 * creating classes (type(name, bases, dict) and class statements), the C3
 * method resolution order, attribute lookup on types with a method cache,
 * and the attributes of classes (__name__, __mro__, __dict__ …).
 *
 * Invariants:
 *  - A ready type has mro (a tuple starting with itself), dict, bases, and
 *    every slot it does not define inherited along its MRO.
 *  - A heap type (class) owns its dict, bases, mro, name and qualname; its
 *    instances own a reference to it.  Its number / sequence / mapping
 *    tables are its own (ht_*), filled from the dunders its MRO defines
 *    (typeslots.c) and refreshed whenever a dunder is assigned later.
 *  - Heap instance layout: base struct, then __slots__ pointers, then the
 *    __dict__ pointer followed by one reserved word (CPython 3.11 keeps a
 *    two-word managed-dict pre-header; reserving the second word keeps
 *    sys.getsizeof figures equal), then the weakref list head.  The life
 *    cycle of such instances is in typeinstance.c.
 *  - The method cache maps (version_tag, name) to a borrowed lookup result;
 *    any change to a type's attributes (pym_type_modified) gives it and its
 *    subclasses fresh tags, so stale entries can never match again.
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"
#include "runtime/typelist.h"

#include <string.h>

#define SUBCLASS_FLAGS                                                                       \
    (PYM_TPFLAG_INT_SUBCLASS | PYM_TPFLAG_LIST_SUBCLASS | PYM_TPFLAG_TUPLE_SUBCLASS |        \
     PYM_TPFLAG_BYTES_SUBCLASS | PYM_TPFLAG_STR_SUBCLASS | PYM_TPFLAG_DICT_SUBCLASS |         \
     PYM_TPFLAG_BASE_EXC_SUBCLASS | PYM_TPFLAG_TYPE_SUBCLASS)

#define IS_HEAP(t) PYM_TYPE_HAS_FLAG((t), PYM_TPFLAG_HEAPTYPE)
#define IS_TYPE(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_TYPE_SUBCLASS)


/* ---- the method cache ------------------------------------------------------- */

#define MCACHE_SIZE 4096
typedef struct {
    unsigned int version;
    PymObject *name;   /* borrowed; compared with its hash to be safe after reuse */
    PymHash hash;
    PymObject *value;  /* borrowed lookup result (may be NULL) */
} CacheEntry;
static CacheEntry method_cache[MCACHE_SIZE];
static unsigned int next_version_tag = 1;
/* Set when a subclass could not be registered: invalidation could then miss
 * it, so caching is switched off rather than risking stale results. */
static int cache_disabled;

/* A type gets a tag only after every class of its MRO has one, so that a
 * type without a tag never has tagged subclasses (invalidation stops at
 * untagged types). */
static int assign_version_tag(PymType *t)
{
    if (t->version_tag)
        return 1;
    if (cache_disabled || next_version_tag == 0 || !PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY) || !t->mro)
        return 0;
    for (PymSize i = 1; i < PYM_TUPLE_SIZE(t->mro); i++)
        if (!assign_version_tag((PymType *)PYM_TUPLE_BORROW_ITEM(t->mro, i)))
            return 0;
    t->version_tag = next_version_tag++;
    return 1;
}

static PymObject *find_in_mro(PymType *t, PymObject *name)
{
    PymObject *mro = t->mro;
    if (!mro) {
        /* Not ready (or cleared by the collector): own dict and bases. */
        for (PymType *b = t; b; b = b->base) {
            if (b->dict) {
                PymObject *res = pym_dict_getitem_borrow(b->dict, name);
                if (res)
                    return res;
            }
        }
        return NULL;
    }
    PymSize n = PYM_TUPLE_SIZE(mro);
    for (PymSize i = 0; i < n; i++) {
        PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(mro, i);
        if (!b->dict)
            continue;
        PymObject *res = pym_dict_getitem_borrow(b->dict, name);
        if (res)
            return res;
    }
    return NULL;
}

PymObject *pym_type_lookup_borrow(PymType *t, PymObject *name)
{
    if (PYM_STR_CHECK_EXACT(name) && t->version_tag) {
        PymHash h = pym_str_hash(name);
        size_t idx = ((size_t)t->version_tag ^ ((size_t)h >> 3)) & (MCACHE_SIZE - 1);
        CacheEntry *e = &method_cache[idx];
        if (e->version == t->version_tag && e->name == name && e->hash == h)
            return e->value;
        /* A lookup must not leave an exception behind; the dict lookups of
         * str keys cannot fail, but be safe about it. */
        PymObject *saved = pym_err_fetch();
        PymObject *res = find_in_mro(t, name);
        if (pym_err_occurred()) {
            pym_err_clear();
            res = NULL;
        } else if (t->version_tag) {
            e->version = t->version_tag;
            e->name = name;
            e->hash = h;
            e->value = res;
        }
        pym_err_restore(saved);
        return res;
    }
    PymObject *saved = pym_err_fetch();
    if (PYM_STR_CHECK_EXACT(name))
        assign_version_tag(t);
    PymObject *res = find_in_mro(t, name);
    if (pym_err_occurred()) {
        pym_err_clear();
        res = NULL;
    }
    pym_err_restore(saved);
    return res;
}

/* Visit t and the live subclasses registered under it. */
static void for_each_subclass(PymType *t, void (*fn)(PymType *, void *), void *arg)
{
    PymObject *subs = t->subclasses;
    if (!subs)
        return;
    PymObject *refs = pym_dict_values(subs);
    if (!refs) {
        pym_err_clear();
        return;
    }
    for (PymSize i = 0; i < PYM_LIST_SIZE(refs); i++) {
        PymObject *sub = pym_weakref_borrow_referent(PYM_LIST_BORROW_ITEM(refs, i));
        if (sub && sub != PYM_NONE && IS_TYPE(sub))
            fn((PymType *)sub, arg);
    }
    PYM_DECREF(refs);
}

static void invalidate(PymType *t, void *unused)
{
    if (!t->version_tag)
        return;
    t->version_tag = 0;
    for_each_subclass(t, invalidate, NULL);
}

void pym_type_modified(PymType *t)
{
    /* Untagged types have no cache entries, and their subclasses got
     * untagged with them when they lost theirs. */
    PymObject *saved = pym_err_fetch();
    invalidate(t, NULL);
    pym_err_restore(saved);
}

/* ---- names -------------------------------------------------------------------- */

const char *pym_type_short_name(PymType *t)
{
    const char *name = pym_type_name(t);
    if (IS_HEAP(t))
        return name;
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

PymObject *pym_type_qualname(PymType *t)
{
    if (IS_HEAP(t) && t->ht_qualname)
        return PYM_NEWREF(t->ht_qualname);
    return pym_str_from_cstr(pym_type_short_name(t));
}

PymObject *pym_type_module_name(PymType *t)
{
    if (IS_HEAP(t)) {
        PymObject *mod = t->dict ? pym_dict_getitem_borrow(t->dict, PYM_ID(__module__)) : NULL;
        if (mod)
            return PYM_NEWREF(mod);
        if (pym_err_occurred())
            return NULL;
        return pym_err_format(&pym_exc_AttributeError, "__module__");
    }
    const char *name = pym_type_name(t);
    const char *dot = strrchr(name, '.');
    if (dot)
        return pym_str_from_utf8(name, dot - name);
    return PYM_NEWREF(PYM_ID(builtins));
}

PymObject *pym_type_repr_name(PymType *t)
{
    PymObject *mod = pym_type_module_name(t);
    if (!mod) {
        pym_err_clear();
        return pym_str_from_cstr(pym_type_name(t));
    }
    PymObject *res;
    if (PYM_STR_CHECK(mod) && !pym_str_equal_cstr(mod, "builtins")) {
        PymObject *qual = pym_type_qualname(t);
        res = qual ? pym_str_from_format("%U.%U", mod, qual) : NULL;
        PYM_XDECREF(qual);
    } else {
        res = pym_str_from_cstr(pym_type_name(t));
    }
    PYM_DECREF(mod);
    return res;
}

static PymObject *type_repr(PymObject *self)
{
    PymObject *name = pym_type_repr_name((PymType *)self);
    if (!name)
        return NULL;
    PymObject *res = pym_str_from_format("<class '%U'>", name);
    PYM_DECREF(name);
    return res;
}

/* ---- the MRO ------------------------------------------------------------------------ */

/* C3 linearization: merge the MROs of the bases and the list of bases. */
static int tail_contains(PymObject *list, PymSize start, PymObject *o)
{
    for (PymSize j = start + 1; j < PYM_LIST_SIZE(list); j++)
        if (PYM_LIST_BORROW_ITEM(list, j) == o)
            return 1;
    return 0;
}

static void set_mro_error(PymObject **lists, PymSize *heads, PymSize nlists)
{
    /* Name the classes still at the heads of the lists, once each. */
    PymStrWriter w;
    pym_str_writer_init(&w);
    pym_str_writer_write_cstr(&w, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    int first = 1;
    for (PymSize i = 0; i < nlists; i++) {
        if (heads[i] >= PYM_LIST_SIZE(lists[i]))
            continue;
        PymObject *c = PYM_LIST_BORROW_ITEM(lists[i], heads[i]);
        int seen = 0;
        for (PymSize k = 0; k < i && !seen; k++)
            if (heads[k] < PYM_LIST_SIZE(lists[k]) && PYM_LIST_BORROW_ITEM(lists[k], heads[k]) == c)
                seen = 1;
        if (seen)
            continue;
        if (!first)
            pym_str_writer_write_cstr(&w, ", ");
        first = 0;
        PymObject *name = pym_object_getattr(c, PYM_ID(__name__));
        if (name) {
            pym_str_writer_write_str(&w, name);
            PYM_DECREF(name);
        } else {
            pym_err_clear();
            pym_str_writer_write_cstr(&w, "?");
        }
    }
    PymObject *msg = pym_str_writer_finish(&w);
    if (msg) {
        pym_err_set_object(&pym_exc_TypeError, msg);
        PYM_DECREF(msg);
    }
}

static PymObject *mro_merge(PymType *t, PymObject *bases)
{
    PymSize nbases = PYM_TUPLE_SIZE(bases), nlists = nbases + 1;
    PymObject **lists = pym_mem_calloc((size_t)nlists, sizeof(PymObject *));
    PymSize *heads = pym_mem_calloc((size_t)nlists, sizeof(PymSize));
    PymObject *result = pym_list_new(0);
    if (!lists || !heads || !result)
        goto fail;
    for (PymSize i = 0; i < nbases; i++) {
        PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(bases, i);
        lists[i] = b->mro ? pym_sequence_list(b->mro) : pym_list_new(0);
        if (!lists[i])
            goto fail;
    }
    lists[nbases] = pym_sequence_list(bases);
    if (!lists[nbases] || pym_list_append(result, (PymObject *)t) < 0)
        goto fail;
    for (;;) {
        int empty = 1, found = 0;
        for (PymSize i = 0; i < nlists; i++) {
            if (heads[i] >= PYM_LIST_SIZE(lists[i]))
                continue;
            empty = 0;
            PymObject *candidate = PYM_LIST_BORROW_ITEM(lists[i], heads[i]);
            int in_tail = 0;
            for (PymSize k = 0; k < nlists && !in_tail; k++)
                if (heads[k] < PYM_LIST_SIZE(lists[k]) && tail_contains(lists[k], heads[k], candidate))
                    in_tail = 1;
            if (in_tail)
                continue;
            if (pym_list_append(result, candidate) < 0)
                goto fail;
            for (PymSize k = 0; k < nlists; k++)
                if (heads[k] < PYM_LIST_SIZE(lists[k]) && PYM_LIST_BORROW_ITEM(lists[k], heads[k]) == candidate)
                    heads[k]++;
            found = 1;
            break;
        }
        if (empty)
            break;
        if (!found) {
            set_mro_error(lists, heads, nlists);
            goto fail;
        }
    }
    for (PymSize i = 0; i < nlists; i++)
        PYM_XDECREF(lists[i]);
    pym_mem_free(lists);
    pym_mem_free(heads);
    return result;
fail:
    if (lists)
        for (PymSize i = 0; i < nlists; i++)
            PYM_XDECREF(lists[i]);
    pym_mem_free(lists);
    pym_mem_free(heads);
    PYM_XDECREF(result);
    return NULL;
}

static PymObject *compute_mro(PymType *t)
{
    PymObject *bases = t->bases;
    PymSize n = PYM_TUPLE_SIZE(bases);
    if (n == 0)
        return pym_tuple_pack(1, (PymObject *)t);
    if (n == 1) {
        /* Single inheritance: the base's MRO with t in front. */
        PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(bases, 0);
        PymObject *bmro = b->mro;
        PymSize m = bmro ? PYM_TUPLE_SIZE(bmro) : 0;
        PymObject *res = pym_tuple_new(m + 1);
        if (!res)
            return NULL;
        PYM_TUPLE_SET_ITEM_STEAL(res, 0, PYM_NEWREF(t));
        for (PymSize i = 0; i < m; i++)
            PYM_TUPLE_SET_ITEM_STEAL(res, i + 1, PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(bmro, i)));
        return res;
    }
    PymObject *list = mro_merge(t, bases);
    if (!list)
        return NULL;
    PymObject *res = pym_list_as_tuple(list);
    PYM_DECREF(list);
    return res;
}

/* type.mro(): overridable by metaclasses. */
static PymObject *type_mro_method(PymObject *self, PymObject *unused)
{
    PymObject *mro = compute_mro((PymType *)self);
    if (!mro)
        return NULL;
    PymObject *list = pym_sequence_list(mro);
    PYM_DECREF(mro);
    return list;
}

static PymObject *type_mro_descr;   /* type.__dict__['mro'], to detect overrides */

/* The MRO for t, calling a metaclass's own mro() when it overrides it. */
static PymObject *mro_for(PymType *t)
{
    PymType *meta = PYM_TYPE(t);
    if (meta != &pym_type_type && IS_HEAP(meta)) {
        PymObject *m = pym_type_lookup_borrow(meta, PYM_ID(mro));
        if (m && m != type_mro_descr) {
            PymObject *res = pym_object_call_method((PymObject *)t, PYM_ID(mro), NULL, 0);
            if (!res)
                return NULL;
            PymObject *tuple = pym_sequence_tuple(res);
            PYM_DECREF(res);
            if (!tuple)
                return NULL;
            for (PymSize i = 0; i < PYM_TUPLE_SIZE(tuple); i++) {
                PymObject *c = PYM_TUPLE_BORROW_ITEM(tuple, i);
                if (!IS_TYPE(c)) {
                    pym_err_format(&pym_exc_TypeError, "mro() returned a non-class ('%.500s')",
                                   PYM_TYPE_NAME(c));
                    PYM_DECREF(tuple);
                    return NULL;
                }
            }
            return tuple;
        }
    }
    return compute_mro(t);
}

/* ---- readying ------------------------------------------------------------------------ */

/* Every static type readied, so that pym_types_fini can release their dicts. */
static PymType **readied;
static PymSize nreadied, readied_cap;

static int remember_static(PymType *t)
{
    if (nreadied == readied_cap) {
        PymSize cap = readied_cap ? readied_cap * 2 : 128;
        PymType **grown = pym_mem_realloc(readied, (size_t)cap * sizeof(PymType *));
        if (!grown) {
            pym_err_no_memory();
            return -1;
        }
        readied = grown;
        readied_cap = cap;
    }
    readied[nreadied++] = t;
    return 0;
}

static int add_descr(PymType *t, PymObject *name, PymObject *descr)
{
    if (!descr)
        return -1;
    int rc = 0;
    int has = pym_dict_contains(t->dict, name);
    if (has < 0)
        rc = -1;
    else if (!has)
        rc = pym_dict_setitem(t->dict, name, descr);
    PYM_DECREF(descr);
    return rc;
}

static int add_named_descr(PymType *t, const char *cname, PymObject *descr)
{
    if (!descr)
        return -1;
    PymObject *name = pym_str_intern_cstr(cname);
    if (!name) {
        PYM_DECREF(descr);
        return -1;
    }
    int rc = add_descr(t, name, descr);
    PYM_DECREF(name);
    return rc;
}

static int add_methods(PymType *t)
{
    for (PymMethodDef *m = t->methods; m && m->name; m++) {
        PymObject *descr;
        if (m->flags & PYM_METH_CLASS)
            descr = pym_descr_new_classmethod(t, m);
        else if (m->flags & PYM_METH_STATIC) {
            PymObject *f = pym_cfunction_new(m, NULL, NULL);
            descr = f ? pym_staticmethod_new(f) : NULL;
            PYM_XDECREF(f);
        } else
            descr = pym_descr_new_method(t, m);
        if (add_named_descr(t, m->name, descr) < 0)
            return -1;
    }
    for (PymMemberDef *m = t->members; m && m->name; m++)
        if (add_named_descr(t, m->name, pym_descr_new_member(t, m)) < 0)
            return -1;
    for (PymGetSetDef *g = t->getset; g && g->name; g++)
        if (add_named_descr(t, g->name, pym_descr_new_getset(t, g)) < 0)
            return -1;
    return 0;
}

/* Static types get a `__new__` builtin bound to them (int.__new__). */
static int add_new_wrapper(PymType *t)
{
    int has = pym_dict_contains(t->dict, PYM_ID(__new__));
    if (has)
        return has < 0 ? -1 : 0;
    PymObject *f = pym_cfunction_new(&pym_tp_new_wrapper_def, (PymObject *)t, NULL);
    if (!f)
        return -1;
    int rc = pym_dict_setitem(t->dict, PYM_ID(__new__), f);
    PYM_DECREF(f);
    return rc;
}

static void set_builtin_flags(PymType *t)
{
    if (t == &pym_int_type)
        t->flags |= PYM_TPFLAG_INT_SUBCLASS;
    else if (t == &pym_list_type)
        t->flags |= PYM_TPFLAG_LIST_SUBCLASS;
    else if (t == &pym_tuple_type)
        t->flags |= PYM_TPFLAG_TUPLE_SUBCLASS;
    else if (t == &pym_bytes_type)
        t->flags |= PYM_TPFLAG_BYTES_SUBCLASS;
    else if (t == &pym_str_type)
        t->flags |= PYM_TPFLAG_STR_SUBCLASS;
    else if (t == &pym_dict_type)
        t->flags |= PYM_TPFLAG_DICT_SUBCLASS;
    else if (t == &pym_exc_BaseException)
        t->flags |= PYM_TPFLAG_BASE_EXC_SUBCLASS;
    else if (t == &pym_type_type)
        t->flags |= PYM_TPFLAG_TYPE_SUBCLASS;
    if (t == &pym_function_type || t == &pym_method_descr_type)
        t->flags |= PYM_TPFLAG_METHOD_DESCRIPTOR;
}

/* The built-in classes that are generic in annotations: list[int] … */
static int add_class_getitem(PymType *t)
{
    if (t != &pym_list_type && t != &pym_dict_type && t != &pym_tuple_type && t != &pym_set_type &&
        t != &pym_frozenset_type && t != &pym_enumerate_type)
        return 0;
    return add_named_descr(t, pym_class_getitem_def.name, pym_descr_new_classmethod(t, &pym_class_getitem_def));
}

/* Whether t's own dict defines equality or hashing (then neither is
 * inherited, as a class defining __eq__ must not keep object's hash). */
static int overrides_hash(PymType *t)
{
    if (!t->dict)
        return 0;
    int r = pym_dict_contains(t->dict, PYM_ID(__eq__));
    if (r == 0)
        r = pym_dict_contains(t->dict, PYM_ID(__hash__));
    if (r < 0) {
        pym_err_clear();
        return 0;
    }
    return r;
}

/* Copy a slot from b unless t has it or b merely inherited it itself. */
#define SLOT_DEFINED(b, bb, field) ((b)->field && (!(bb) || (b)->field != (bb)->field))
#define COPY_SLOT(field)                                   \
    do {                                                   \
        if (!t->field && SLOT_DEFINED(b, bb, field))       \
            t->field = b->field;                           \
    } while (0)
#define COPY_SUB(sub, field)                                                             \
    do {                                                                                 \
        if (!t->sub->field && b->sub->field && (!bbs || b->sub->field != bbs->field))    \
            t->sub->field = b->sub->field;                                               \
    } while (0)

static void inherit_number(PymType *t, PymType *b, PymType *bb)
{
    if (!t->as_number || !b->as_number || t->as_number == b->as_number)
        return;
    PymNumberMethods *bbs = bb ? bb->as_number : NULL;
    COPY_SUB(as_number, add); COPY_SUB(as_number, subtract); COPY_SUB(as_number, multiply);
    COPY_SUB(as_number, remainder); COPY_SUB(as_number, divmod); COPY_SUB(as_number, power);
    COPY_SUB(as_number, negative); COPY_SUB(as_number, positive); COPY_SUB(as_number, absolute);
    COPY_SUB(as_number, bool_); COPY_SUB(as_number, invert); COPY_SUB(as_number, lshift);
    COPY_SUB(as_number, rshift); COPY_SUB(as_number, and_); COPY_SUB(as_number, xor_);
    COPY_SUB(as_number, or_); COPY_SUB(as_number, int_); COPY_SUB(as_number, float_);
    COPY_SUB(as_number, inplace_add); COPY_SUB(as_number, inplace_subtract);
    COPY_SUB(as_number, inplace_multiply); COPY_SUB(as_number, inplace_remainder);
    COPY_SUB(as_number, inplace_power); COPY_SUB(as_number, inplace_lshift);
    COPY_SUB(as_number, inplace_rshift); COPY_SUB(as_number, inplace_and);
    COPY_SUB(as_number, inplace_xor); COPY_SUB(as_number, inplace_or);
    COPY_SUB(as_number, floor_divide); COPY_SUB(as_number, true_divide);
    COPY_SUB(as_number, inplace_floor_divide); COPY_SUB(as_number, inplace_true_divide);
    COPY_SUB(as_number, index); COPY_SUB(as_number, matrix_multiply);
    COPY_SUB(as_number, inplace_matrix_multiply);
}

static void inherit_sequence(PymType *t, PymType *b, PymType *bb)
{
    if (!t->as_sequence || !b->as_sequence || t->as_sequence == b->as_sequence)
        return;
    PymSequenceMethods *bbs = bb ? bb->as_sequence : NULL;
    COPY_SUB(as_sequence, length); COPY_SUB(as_sequence, concat); COPY_SUB(as_sequence, repeat);
    COPY_SUB(as_sequence, item); COPY_SUB(as_sequence, ass_item); COPY_SUB(as_sequence, contains);
    COPY_SUB(as_sequence, inplace_concat); COPY_SUB(as_sequence, inplace_repeat);
}

static void inherit_mapping(PymType *t, PymType *b, PymType *bb)
{
    if (!t->as_mapping || !b->as_mapping || t->as_mapping == b->as_mapping)
        return;
    PymMappingMethods *bbs = bb ? bb->as_mapping : NULL;
    COPY_SUB(as_mapping, length); COPY_SUB(as_mapping, subscript); COPY_SUB(as_mapping, ass_subscript);
}

static void inherit_slots(PymType *t, PymType *b)
{
    PymType *bb = b->base;
    inherit_number(t, b, bb);
    inherit_sequence(t, b, bb);
    inherit_mapping(t, b, bb);
    COPY_SLOT(dealloc);
    COPY_SLOT(repr);
    COPY_SLOT(str);
    COPY_SLOT(call);
    COPY_SLOT(getattro);
    COPY_SLOT(setattro);
    if (!t->richcompare && !t->hash && !overrides_hash(t)) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    COPY_SLOT(iter);
    COPY_SLOT(iternext);
    COPY_SLOT(descr_get);
    COPY_SLOT(descr_set);
    COPY_SLOT(init);
    COPY_SLOT(finalize);
}

/* What only the solid base passes on: layout, GC support, construction. */
static void inherit_special(PymType *t, PymType *base)
{
    if (!PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HAVE_GC) && PYM_TYPE_HAS_FLAG(base, PYM_TPFLAG_HAVE_GC) &&
        !t->traverse && !t->clear) {
        t->flags |= PYM_TPFLAG_HAVE_GC;
        t->traverse = base->traverse;
        t->clear = base->clear;
    }
    t->flags |= base->flags & SUBCLASS_FLAGS;
    if (!t->basicsize)
        t->basicsize = base->basicsize;
    if (!t->itemsize)
        t->itemsize = base->itemsize;
    if (!t->dictoffset)
        t->dictoffset = base->dictoffset;
    if (!t->weaklistoffset)
        t->weaklistoffset = base->weaklistoffset;
    if (!t->free) {
        int t_gc = PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HAVE_GC);
        if (t_gc == PYM_TYPE_HAS_FLAG(base, PYM_TPFLAG_HAVE_GC) && base->free)
            t->free = base->free;
        else
            t->free = t_gc ? pym_gc_free : pym_object_free_raw;
    }
    if (!t->new_) {
        /* A static type deriving straight from object without a constructor
         * cannot be instantiated from Python (list_iterator and friends). */
        if (IS_HEAP(t) || base != &pym_object_type)
            t->new_ = base->new_;
    }
    if (!IS_HEAP(t)) {
        /* Static types share the base's tables when they have none. */
        if (!t->as_number)
            t->as_number = base->as_number;
        if (!t->as_sequence)
            t->as_sequence = base->as_sequence;
        if (!t->as_mapping)
            t->as_mapping = base->as_mapping;
    }
}

/* A weak reference from base to sub, keyed by sub's address, so that
 * invalidation and __subclasses__() reach subclasses without keeping them
 * alive. */
static int add_subclass(PymType *base, PymType *sub)
{
    if (!base->subclasses) {
        base->subclasses = pym_dict_new();
        if (!base->subclasses)
            return -1;
    }
    PymObject *key = pym_int_from_ssize((PymSize)(uintptr_t)sub);
    PymObject *ref = key ? pym_weakref_new_ref((PymObject *)sub, NULL) : NULL;
    int rc = ref ? pym_dict_setitem(base->subclasses, key, ref) : -1;
    PYM_XDECREF(key);
    PYM_XDECREF(ref);
    if (rc < 0) {
        pym_err_clear();
        cache_disabled = 1;
    }
    return 0;
}

static void remove_subclass(PymType *base, PymType *sub)
{
    if (!base->subclasses)
        return;
    PymObject *saved = pym_err_fetch();
    PymObject *key = pym_int_from_ssize((PymSize)(uintptr_t)sub);
    if (key) {
        if (pym_dict_delitem(base->subclasses, key) < 0)
            pym_err_clear();
        PYM_DECREF(key);
    }
    pym_err_clear();
    pym_err_restore(saved);
}

int pym_type_ready(PymType *t)
{
    if (PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY | PYM_TPFLAG_READYING))
        return 0;
    t->flags |= PYM_TPFLAG_READYING;
    if (!t->ob.ob.type)
        t->ob.ob.type = &pym_type_type;
    PymType *base = t->base;
    if (!base && t != &pym_object_type)
        base = t->base = &pym_object_type;
    if (base && !PYM_TYPE_HAS_FLAG(base, PYM_TPFLAG_READY) && pym_type_ready(base) < 0)
        goto fail;
    if (!t->bases) {
        t->bases = base ? pym_tuple_pack(1, (PymObject *)base) : pym_tuple_new(0);
        if (!t->bases)
            goto fail;
    }
    if (!t->dict) {
        t->dict = pym_dict_new();
        if (!t->dict)
            goto fail;
    }
    if (!IS_HEAP(t)) {
        set_builtin_flags(t);
        if (remember_static(t) < 0)
            goto fail;
    }
    /* The type's own dict: slot wrappers for the slots it defines itself,
     * then its methods, members and getsets, __new__, __doc__. */
    if (!IS_HEAP(t) && t->new_ && add_new_wrapper(t) < 0)
        goto fail;
    if (pym_type_add_slot_wrappers(t) < 0 || add_methods(t) < 0 ||
        (!IS_HEAP(t) && add_class_getitem(t) < 0))
        goto fail;
    if (!pym_dict_getitem_borrow(t->dict, PYM_ID(__doc__))) {
        PymObject *doc = t->doc ? pym_str_from_cstr(t->doc) : PYM_NEWREF(PYM_NONE);
        if (!doc || pym_dict_setitem(t->dict, PYM_ID(__doc__), doc) < 0) {
            PYM_XDECREF(doc);
            goto fail;
        }
        PYM_DECREF(doc);
    }
    PymObject *mro = mro_for(t);
    if (!mro)
        goto fail;
    PYM_SETREF(t->mro, mro);
    if (base)
        inherit_special(t, base);
    for (PymSize i = 1; i < PYM_TUPLE_SIZE(mro); i++) {
        PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(mro, i);
        inherit_slots(t, b);
    }
    if (!t->hash) {
        /* Defines __eq__ without __hash__: instances are unhashable. */
        int has = pym_dict_contains(t->dict, PYM_ID(__hash__));
        if (has < 0)
            goto fail;
        if (!has && pym_dict_setitem(t->dict, PYM_ID(__hash__), PYM_NONE) < 0)
            goto fail;
        t->hash = pym_object_hash_not_implemented;
    }
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(t->bases); i++) {
        PymObject *b = PYM_TUPLE_BORROW_ITEM(t->bases, i);
        if (IS_TYPE(b) && add_subclass((PymType *)b, t) < 0)
            goto fail;
    }
    t->flags = (t->flags & ~(unsigned long)PYM_TPFLAG_READYING) | PYM_TPFLAG_READY;
    if (t == &pym_type_type)
        type_mro_descr = pym_dict_getitem_borrow(t->dict, PYM_ID(mro));
    return 0;
fail:
    t->flags &= ~(unsigned long)PYM_TPFLAG_READYING;
    return -1;
}

/* ---- type(...) and class creation ---------------------------------------------- */

static PymObject *type_new_slot(PymType *metatype, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames);

static PymObject *type_call(PymObject *callable, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames)
{
    PymType *type = (PymType *)callable;
    if (type == &pym_type_type && nargs == 1 && !kwnames)
        return PYM_NEWREF(PYM_TYPE(args[0]));
    if (!PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_READY) && pym_type_ready(type) < 0)
        return NULL;
    if (!type->new_)
        return pym_err_format(&pym_exc_TypeError, "cannot create '%s' instances", pym_type_name(type));
    PymObject *obj = type->new_(type, args, nargs, kwnames);
    if (!obj)
        return NULL;
    /* type(x) and __new__ returning a foreign object skip __init__. */
    if (!pym_type_is_subtype(PYM_TYPE(obj), type))
        return obj;
    PymType *objtype = PYM_TYPE(obj);
    if (objtype->init && objtype->init(obj, args, nargs, kwnames) < 0) {
        PYM_DECREF(obj);
        return NULL;
    }
    return obj;
}

static int type_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames) && nargs == 1) {
        pym_err_set_string(&pym_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        pym_err_set_string(&pym_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static PymType *calculate_metaclass(PymType *metatype, PymObject *bases)
{
    PymType *winner = metatype;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(bases); i++) {
        PymType *tmp = PYM_TYPE(PYM_TUPLE_BORROW_ITEM(bases, i));
        if (pym_type_is_subtype(winner, tmp))
            continue;
        if (pym_type_is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        pym_err_set_string(&pym_exc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Does t add instance variables beyond base (other than __dict__ and
 * __weakref__, which multiple inheritance can share)? */
static int extra_ivars(PymType *t, PymType *base)
{
    PymSize t_size = t->basicsize, b_size = base->basicsize;
    if (t->itemsize || base->itemsize)
        return t_size != b_size || t->itemsize != base->itemsize;
    if (t->weaklistoffset && !base->weaklistoffset &&
        t->weaklistoffset + (PymSize)sizeof(PymObject *) == t_size && IS_HEAP(t))
        t_size -= sizeof(PymObject *);
    if (t->dictoffset && !base->dictoffset &&
        t->dictoffset + 2 * (PymSize)sizeof(PymObject *) == t_size && IS_HEAP(t))
        t_size -= 2 * sizeof(PymObject *);
    return t_size != b_size;
}

static PymType *solid_base(PymType *t)
{
    PymType *base = t->base ? solid_base(t->base) : &pym_object_type;
    return extra_ivars(t, base) ? t : base;
}

static PymType *best_base(PymObject *bases)
{
    PymType *base = NULL, *winner = NULL;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(bases); i++) {
        PymObject *b = PYM_TUPLE_BORROW_ITEM(bases, i);
        if (!IS_TYPE(b)) {
            pym_err_set_string(&pym_exc_TypeError, "bases must be types");
            return NULL;
        }
        PymType *bt = (PymType *)b;
        if (!PYM_TYPE_HAS_FLAG(bt, PYM_TPFLAG_READY) && pym_type_ready(bt) < 0)
            return NULL;
        if (!PYM_TYPE_HAS_FLAG(bt, PYM_TPFLAG_BASETYPE)) {
            pym_err_format(&pym_exc_TypeError, "type '%.100s' is not an acceptable base type",
                           pym_type_name(bt));
            return NULL;
        }
        PymType *candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            base = bt;
        } else if (pym_type_is_subtype(winner, candidate)) {
            /* keep */
        } else if (pym_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            pym_err_set_string(&pym_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* "__x" inside class "Foo" becomes "_Foo__x" (private name mangling). */
static PymObject *mangle(PymObject *classname, PymObject *name)
{
    PymSize n = pym_str_length(name);
    if (n < 2 || pym_str_read_char(name, 0) != '_' || pym_str_read_char(name, 1) != '_' ||
        (n >= 4 && pym_str_read_char(name, n - 1) == '_' && pym_str_read_char(name, n - 2) == '_'))
        return PYM_NEWREF(name);
    for (PymSize i = 0; i < n; i++)
        if (pym_str_read_char(name, i) == '.')
            return PYM_NEWREF(name);
    PymSize cn = pym_str_length(classname), start = 0;
    while (start < cn && pym_str_read_char(classname, start) == '_')
        start++;
    if (start == cn)
        return PYM_NEWREF(name);
    PymObject *stripped = pym_str_substring(classname, start, cn);
    if (!stripped)
        return NULL;
    PymObject *res = pym_str_from_format("_%U%U", stripped, name);
    PYM_DECREF(stripped);
    return res;
}

typedef struct ClassLayout {
    PymObject *slots;      /* sorted, mangled slot names (tuple) or NULL */
    int add_dict, add_weak;
} ClassLayout;

/* Decide what instances of the new class carry, from __slots__. */
/* Whether CPython lays instances of base out with a variable-size part
 * (int is fixed-size in pym, but its subclasses follow CPython's rules). */
static int varsize_base(PymType *base)
{
    return base->itemsize != 0 || PYM_TYPE_HAS_FLAG(base, PYM_TPFLAG_INT_SUBCLASS);
}

static int compute_layout(PymObject *name, PymObject *bases, PymType *base, PymObject *dict,
                          ClassLayout *out)
{
    int may_add_dict = base->dictoffset == 0;
    int may_add_weak = base->weaklistoffset == 0 && !varsize_base(base);
    out->slots = NULL;
    out->add_dict = out->add_weak = 0;
    PymObject *slots = pym_dict_getitem_borrow(dict, PYM_ID(__slots__));
    if (!slots) {
        if (pym_err_occurred())
            return -1;
        out->add_dict = may_add_dict;
        out->add_weak = may_add_weak;
        return 0;
    }
    PymObject *items = PYM_STR_CHECK(slots) ? pym_tuple_pack(1, slots) : pym_sequence_tuple(slots);
    if (!items)
        return -1;
    PymSize n = PYM_TUPLE_SIZE(items);
    if (n > 0 && varsize_base(base)) {
        pym_err_format(&pym_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       pym_type_name(base));
        goto fail;
    }
    PymObject *names = pym_list_new(0);
    if (!names)
        goto fail;
    for (PymSize i = 0; i < n; i++) {
        PymObject *s = PYM_TUPLE_BORROW_ITEM(items, i);
        if (!PYM_STR_CHECK(s)) {
            pym_err_format(&pym_exc_TypeError, "__slots__ items must be strings, not '%.200s'",
                           PYM_TYPE_NAME(s));
            goto fail_names;
        }
        if (!pym_str_is_identifier(s)) {
            pym_err_set_string(&pym_exc_TypeError, "__slots__ must be identifiers");
            goto fail_names;
        }
        if (pym_str_equal_cstr(s, "__dict__")) {
            if (!may_add_dict || out->add_dict) {
                pym_err_set_string(&pym_exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail_names;
            }
            out->add_dict = 1;
            continue;
        }
        if (pym_str_equal_cstr(s, "__weakref__")) {
            if (!may_add_weak || out->add_weak) {
                pym_err_set_string(&pym_exc_TypeError,
                                   "__weakref__ slot disallowed: either we already got one, or the itemsize is nonzero");
                goto fail_names;
            }
            out->add_weak = 1;
            continue;
        }
        PymObject *m = mangle(name, s);
        if (!m)
            goto fail_names;
        int conflict = pym_dict_contains(dict, m);
        if (conflict) {
            if (conflict > 0)
                pym_err_format(&pym_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            PYM_DECREF(m);
            goto fail_names;
        }
        int rc = pym_list_append(names, m);
        PYM_DECREF(m);
        if (rc < 0)
            goto fail_names;
    }
    if (pym_list_sort(names) < 0)
        goto fail_names;
    /* Secondary bases may provide __dict__ or __weakref__ themselves. */
    if (PYM_TUPLE_SIZE(bases) > 1 &&
        ((may_add_dict && !out->add_dict) || (may_add_weak && !out->add_weak))) {
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(bases); i++) {
            PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(bases, i);
            if (b == base)
                continue;
            if (may_add_dict && !out->add_dict && b->dictoffset)
                out->add_dict = 1;
            if (may_add_weak && !out->add_weak && b->weaklistoffset)
                out->add_weak = 1;
        }
    }
    out->slots = pym_list_as_tuple(names);
    PYM_DECREF(names);
    PYM_DECREF(items);
    return out->slots ? 0 : -1;
fail_names:
    PYM_DECREF(names);
fail:
    PYM_DECREF(items);
    return -1;
}

/* The module of the class being created: the __name__ of the globals of
 * the code running the class statement. */
static int set_module_from_caller(PymObject *dict)
{
    int has = pym_dict_contains(dict, PYM_ID(__module__));
    if (has)
        return has < 0 ? -1 : 0;
    PymFrame *f = pym_tstate.frame;
    if (!f || !f->globals)
        return 0;
    PymObject *modname = pym_dict_getitem_borrow(f->globals, PYM_ID(__name__));
    if (!modname)
        return pym_err_occurred() ? -1 : 0;
    return pym_dict_setitem(dict, PYM_ID(__module__), modname);
}

/* Wrap plain functions as CPython does: __new__ is a staticmethod,
 * __init_subclass__ and __class_getitem__ are classmethods. */
static int wrap_special_functions(PymObject *dict)
{
    static const struct { PymObject **name; int classmethod; } specials[] = {
        {&pym_id___new__, 0}, {&pym_id___init_subclass__, 1}, {&pym_id___class_getitem__, 1},
    };
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        PymObject *f = pym_dict_getitem_borrow(dict, *specials[i].name);
        if (!f || !PYM_FUNCTION_CHECK(f))
            continue;
        PymObject *w = specials[i].classmethod ? pym_classmethod_new(f) : pym_staticmethod_new(f);
        if (!w)
            return -1;
        int rc = pym_dict_setitem(dict, *specials[i].name, w);
        PYM_DECREF(w);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int call_set_name(PymType *t)
{
    PymObject *items = pym_dict_items(t->dict);
    if (!items)
        return -1;
    for (PymSize i = 0; i < PYM_LIST_SIZE(items); i++) {
        PymObject *pair = PYM_LIST_BORROW_ITEM(items, i);
        PymObject *key = PYM_TUPLE_BORROW_ITEM(pair, 0), *value = PYM_TUPLE_BORROW_ITEM(pair, 1);
        PymObject *args[2] = {(PymObject *)t, key};
        int found;
        PymObject *res = pym_call_special(value, PYM_ID(__set_name__), args, 2, &found);
        if (!found)
            continue;
        if (!res) {
            PymObject *cause = pym_err_fetch();
            pym_err_format(&pym_exc_RuntimeError,
                           "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                           PYM_TYPE_NAME(value), key, t->name);
            PymObject *exc = pym_err_fetch();
            if (exc && cause) {
                pym_exception_set_cause(exc, cause);
                cause = NULL;
            }
            PYM_XDECREF(cause);
            pym_err_restore(exc);
            PYM_DECREF(items);
            return -1;
        }
        PYM_DECREF(res);
    }
    PYM_DECREF(items);
    return 0;
}

/* super(t, t).__init_subclass__(**kwds) */
static int call_init_subclass(PymType *t, PymObject *kwds)
{
    PymObject *mro = t->mro, *func = NULL;
    for (PymSize i = 1; i < PYM_TUPLE_SIZE(mro) && !func; i++) {
        PymType *b = (PymType *)PYM_TUPLE_BORROW_ITEM(mro, i);
        func = b->dict ? pym_dict_getitem_borrow(b->dict, PYM_ID(__init_subclass__)) : NULL;
    }
    if (!func)
        return 0;
    PymDescrGetFunc get = PYM_TYPE(func)->descr_get;
    PymObject *bound = get ? get(func, NULL, (PymObject *)t) : PYM_NEWREF(func);
    if (!bound)
        return -1;
    PymObject *res = pym_object_call_tuple_dict(bound, NULL, kwds);
    PYM_DECREF(bound);
    if (!res)
        return -1;
    PYM_DECREF(res);
    return 0;
}

/* Store the new class in the __class__ cell that methods using super()
 * closed over. */
static int fill_class_cell(PymType *t)
{
    PymObject *cell = pym_dict_getitem_borrow(t->dict, PYM_ID(__classcell__));
    if (!cell)
        return pym_err_occurred() ? -1 : 0;
    if (!PYM_CELL_CHECK(cell)) {
        pym_err_format(&pym_exc_TypeError, "__classcell__ must be a nonlocal cell, not %.200R",
                       (PymObject *)PYM_TYPE(cell));
        return -1;
    }
    PymObject *old = ((PymCellObject *)cell)->ref;
    ((PymCellObject *)cell)->ref = PYM_NEWREF(t);
    PYM_XDECREF(old);
    return pym_dict_delitem(t->dict, PYM_ID(__classcell__));
}

static PymObject *with_default(PymObject *dict, PymObject *key, PymObject *dflt)
{
    PymObject *v = pym_dict_getitem_borrow(dict, key);
    return v ? v : dflt;
}

PymObject *pym_type_new_class(PymType *metatype, PymObject *name, PymObject *bases,
                              PymObject *orig_dict, PymObject *kwds)
{
    if (!PYM_STR_CHECK(name))
        return pym_err_format(&pym_exc_TypeError, "type.__new__() argument 1 must be str, not %.200s",
                              PYM_TYPE_NAME(name));
    if (!PYM_TUPLE_CHECK(bases))
        return pym_err_format(&pym_exc_TypeError, "type.__new__() argument 2 must be tuple, not %.200s",
                              PYM_TYPE_NAME(bases));
    if (!PYM_DICT_CHECK(orig_dict))
        return pym_err_format(&pym_exc_TypeError, "type.__new__() argument 3 must be dict, not %.200s",
                              PYM_TYPE_NAME(orig_dict));
    PymType *winner = calculate_metaclass(metatype, bases);
    if (!winner)
        return NULL;
    if (winner != metatype && winner->new_ != type_new_slot) {
        PymObject *args[3] = {name, bases, orig_dict};
        return winner->new_(winner, args, 3, NULL);
    }
    metatype = winner;
    PymSize nbases = PYM_TUPLE_SIZE(bases);
    for (PymSize i = 0; i < nbases; i++) {
        PymObject *b = PYM_TUPLE_BORROW_ITEM(bases, i);
        if (IS_TYPE(b))
            continue;
        PymObject *entries;
        if (pym_object_lookup_attr(b, PYM_ID(__mro_entries__), &entries) < 0)
            return NULL;
        if (entries) {
            PYM_DECREF(entries);
            return pym_err_format(&pym_exc_TypeError,
                                  "type() doesn't support MRO entry resolution; use types.new_class()");
        }
    }
    for (PymSize i = 0; i < nbases; i++)
        for (PymSize j = i + 1; j < nbases; j++)
            if (PYM_TUPLE_BORROW_ITEM(bases, i) == PYM_TUPLE_BORROW_ITEM(bases, j)) {
                PymObject *dup = pym_object_getattr(PYM_TUPLE_BORROW_ITEM(bases, i), PYM_ID(__name__));
                if (dup) {
                    pym_err_format(&pym_exc_TypeError, "duplicate base class %U", dup);
                    PYM_DECREF(dup);
                }
                return NULL;
            }
    PymObject *owned_bases = nbases == 0 ? pym_tuple_pack(1, (PymObject *)&pym_object_type)
                                         : PYM_NEWREF(bases);
    if (!owned_bases)
        return NULL;
    PymType *base = best_base(owned_bases);
    PymObject *dict = base ? pym_dict_copy(orig_dict) : NULL;
    PymType *t = NULL;
    ClassLayout layout = {NULL, 0, 0};
    if (!dict)
        goto fail;
    if (set_module_from_caller(dict) < 0 || wrap_special_functions(dict) < 0)
        goto fail;
    PymObject *qualname = with_default(dict, PYM_ID(__qualname__), name);
    if (!PYM_STR_CHECK(qualname)) {
        pym_err_format(&pym_exc_TypeError, "type __qualname__ must be a str, not %s",
                       PYM_TYPE_NAME(qualname));
        goto fail;
    }
    if (compute_layout(name, owned_bases, base, dict, &layout) < 0)
        goto fail;

    t = (PymType *)pym_type_generic_alloc(metatype, 0);
    if (!t)
        goto fail;
    t->flags = PYM_TPFLAG_HEAPTYPE | PYM_TPFLAG_BASETYPE;
    t->ht_name = PYM_NEWREF(name);
    t->name = pym_str_as_utf8(name);
    t->ht_qualname = PYM_NEWREF(qualname);
    if (pym_dict_contains(dict, PYM_ID(__qualname__)) > 0 &&
        pym_dict_delitem(dict, PYM_ID(__qualname__)) < 0)
        goto fail_type;
    t->ht_slots = layout.slots;
    layout.slots = NULL;
    t->ht_inline_usable = 30; /* CPython's SHARED_KEYS_MAX_SIZE */
    t->bases = owned_bases;
    owned_bases = NULL;
    t->base = (PymType *)PYM_NEWREF(base);
    t->dict = dict;
    dict = NULL;
    t->as_number = &t->ht_number;
    t->as_sequence = &t->ht_sequence;
    t->as_mapping = &t->ht_mapping;

    /* Instance layout: slots, then __dict__ (+ reserved word), then
     * __weakref__. */
    PymSize size = base->basicsize;
    PymSize nslots = t->ht_slots ? PYM_TUPLE_SIZE(t->ht_slots) : 0;
    t->itemsize = base->itemsize;
    if (nslots) {
        PymMemberDef *members = pym_mem_calloc((size_t)nslots + 1, sizeof(PymMemberDef));
        if (!members) {
            pym_err_no_memory();
            goto fail_type;
        }
        for (PymSize i = 0; i < nslots; i++) {
            members[i].name = pym_str_as_utf8(PYM_TUPLE_BORROW_ITEM(t->ht_slots, i));
            members[i].type = PYM_MEMBER_OBJECT_EX;
            members[i].offset = size;
            size += sizeof(PymObject *);
        }
        t->members = members;
    }
    if (layout.add_dict) {
        if (base->itemsize)
            t->dictoffset = -(PymSize)sizeof(PymObject *);
        else
            t->dictoffset = size;
        size += 2 * sizeof(PymObject *);
    }
    if (layout.add_weak) {
        t->weaklistoffset = size;
        size += sizeof(PymObject *);
    }
    t->basicsize = size;
    if (layout.add_dict && layout.add_weak)
        t->getset = pym_subtype_getset_full;
    else if (layout.add_dict)
        t->getset = pym_subtype_getset_dict;
    else if (layout.add_weak)
        t->getset = pym_subtype_getset_weak;
    /* Classes are always collectable (CPython 3.11 makes every heap type
     * GC), even when the instances of the base type are not. */
    t->flags |= PYM_TPFLAG_HAVE_GC;
    t->traverse = pym_subtype_traverse;
    t->clear = pym_subtype_clear;
    t->free = pym_gc_free;
    t->dealloc = pym_subtype_dealloc;

    if (pym_type_ready(t) < 0)
        goto fail_type;
    pym_type_fixup_slots(t);
    if (fill_class_cell(t) < 0)
        goto fail_type;
    pym_gc_track((PymObject *)t);
    if (call_set_name(t) < 0 || call_init_subclass(t, kwds) < 0) {
        PYM_DECREF(t);
        return NULL;
    }
    return (PymObject *)t;

fail_type:
    PYM_XDECREF(layout.slots);
    PYM_XDECREF(owned_bases);
    PYM_XDECREF(dict);
    PYM_DECREF(t);
    return NULL;
fail:
    PYM_XDECREF(layout.slots);
    PYM_XDECREF(owned_bases);
    PYM_XDECREF(dict);
    return NULL;
}

/* kwnames/values of a vectorcall as a dict (NULL when there are none). */
static PymObject *kwargs_dict(PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (!kwnames || PYM_TUPLE_SIZE(kwnames) == 0)
        return NULL;
    PymObject *d = pym_dict_new();
    if (!d)
        return NULL;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(kwnames); i++)
        if (pym_dict_setitem(d, PYM_TUPLE_BORROW_ITEM(kwnames, i), args[nargs + i]) < 0) {
            PYM_DECREF(d);
            return NULL;
        }
    return d;
}

static PymObject *type_new_slot(PymType *metatype, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    if (metatype == &pym_type_type && nargs == 1 && (!kwnames || PYM_TUPLE_SIZE(kwnames) == 0))
        return PYM_NEWREF(PYM_TYPE(args[0]));
    if (nargs != 3) {
        if (metatype == &pym_type_type)
            return pym_err_format(&pym_exc_TypeError, "type() takes 1 or 3 arguments");
        return pym_err_format(&pym_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                              nargs);
    }
    PymObject *kwds = kwargs_dict(args, nargs, kwnames);
    if (!kwds && pym_err_occurred())
        return NULL;
    PymObject *res = pym_type_new_class(metatype, args[0], args[1], args[2], kwds);
    PYM_XDECREF(kwds);
    return res;
}

/* ---- attribute access on types ---------------------------------------------------- */

static PymObject *type_getattro(PymObject *self, PymObject *name)
{
    PymType *t = (PymType *)self, *meta = PYM_TYPE(self);
    if (!PYM_STR_CHECK(name))
        return pym_err_format(&pym_exc_TypeError, "attribute name must be string, not '%.200s'",
                              PYM_TYPE_NAME(name));
    if (!PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_READY) && pym_type_ready(t) < 0)
        return NULL;
    PymObject *meta_attr = pym_type_lookup_borrow(meta, name);
    PymDescrGetFunc meta_get = NULL;
    if (meta_attr) {
        PYM_INCREF(meta_attr);
        meta_get = PYM_TYPE(meta_attr)->descr_get;
        if (meta_get && PYM_TYPE(meta_attr)->descr_set) {
            PymObject *res = meta_get(meta_attr, self, (PymObject *)meta);
            PYM_DECREF(meta_attr);
            return res;
        }
    }
    PymObject *attr = pym_type_lookup_borrow(t, name);
    if (attr) {
        PYM_INCREF(attr);
        PymDescrGetFunc local_get = PYM_TYPE(attr)->descr_get;
        PYM_XDECREF(meta_attr);
        if (local_get) {
            PymObject *res = local_get(attr, NULL, self);
            PYM_DECREF(attr);
            return res;
        }
        return attr;
    }
    if (meta_get) {
        PymObject *res = meta_get(meta_attr, self, (PymObject *)meta);
        PYM_DECREF(meta_attr);
        return res;
    }
    if (meta_attr)
        return meta_attr;
    pym_err_format(&pym_exc_AttributeError, "type object '%.50s' has no attribute '%U'",
                   pym_type_name(t), name);
    pym_attribute_error_set_context(self, name);
    return NULL;
}

static int is_dunder(PymObject *name)
{
    PymSize n = pym_str_length(name);
    return n > 4 && pym_str_read_char(name, 0) == '_' && pym_str_read_char(name, 1) == '_' &&
           pym_str_read_char(name, n - 1) == '_' && pym_str_read_char(name, n - 2) == '_';
}

static int type_setattro(PymObject *self, PymObject *name, PymObject *value)
{
    PymType *t = (PymType *)self;
    if (!IS_HEAP(t)) {
        pym_err_format(&pym_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                       pym_type_name(t));
        return -1;
    }
    int rc = pym_object_generic_setattr(self, name, value);
    if (rc == 0) {
        pym_type_modified(t);
        if (is_dunder(name))
            pym_type_update_slot(t, name);
    } else if (!value && pym_err_exception_matches(&pym_exc_AttributeError)) {
        PymObject *exc = pym_err_fetch();
        PymObject *mentioned = pym_type_lookup_borrow(PYM_TYPE(self), name);
        if (mentioned)
            pym_err_restore(exc);
        else {
            PYM_DECREF(exc);
            pym_err_format(&pym_exc_AttributeError, "type object '%.50s' has no attribute '%U'",
                           pym_type_name(t), name);
        }
    }
    return rc;
}

/* ---- the attributes of type objects ---------------------------------------------- */

static PymObject *type_get_name(PymObject *self, void *c)
{
    PymType *t = (PymType *)self;
    if (IS_HEAP(t) && t->ht_name)
        return PYM_NEWREF(t->ht_name);
    return pym_str_from_cstr(pym_type_short_name(t));
}

static int check_set_special(PymType *t, PymObject *value, const char *name)
{
    if (!IS_HEAP(t)) {
        pym_err_format(&pym_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                       pym_type_name(t));
        return -1;
    }
    if (!value) {
        pym_err_format(&pym_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                       name, pym_type_name(t));
        return -1;
    }
    return 0;
}

static int type_set_name(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    if (check_set_special(t, value, "__name__") < 0)
        return -1;
    if (!PYM_STR_CHECK(value)) {
        pym_err_format(&pym_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                       pym_type_name(t), PYM_TYPE_NAME(value));
        return -1;
    }
    PymSize nbytes;
    const char *utf8 = pym_str_as_utf8_and_size(value, &nbytes);
    if (!utf8)
        return -1;
    if ((PymSize)strlen(utf8) != nbytes) {
        pym_err_set_string(&pym_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    PymObject *old = t->ht_name;
    t->ht_name = PYM_NEWREF(value);
    t->name = utf8;
    PYM_XDECREF(old);
    return 0;
}

static PymObject *type_get_qualname(PymObject *self, void *c)
{
    return pym_type_qualname((PymType *)self);
}

static int type_set_qualname(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    if (check_set_special(t, value, "__qualname__") < 0)
        return -1;
    if (!PYM_STR_CHECK(value)) {
        pym_err_format(&pym_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                       pym_type_name(t), PYM_TYPE_NAME(value));
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(t->ht_qualname, value);
    return 0;
}

static PymObject *type_get_bases(PymObject *self, void *c)
{
    PymObject *b = ((PymType *)self)->bases;
    return b ? PYM_NEWREF(b) : pym_tuple_new(0);
}

static int type_set_bases(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    if (check_set_special(t, value, "__bases__") < 0)
        return -1;
    if (!PYM_TUPLE_CHECK(value)) {
        pym_err_format(&pym_exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                       pym_type_name(t), PYM_TYPE_NAME(value));
        return -1;
    }
    if (PYM_TUPLE_SIZE(value) == 0) {
        pym_err_format(&pym_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                       pym_type_name(t));
        return -1;
    }
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(value); i++) {
        PymObject *b = PYM_TUPLE_BORROW_ITEM(value, i);
        if (!IS_TYPE(b)) {
            pym_err_format(&pym_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                           pym_type_name(t), PYM_TYPE_NAME(b));
            return -1;
        }
        if (pym_type_is_subtype((PymType *)b, t)) {
            pym_err_set_string(&pym_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    PymType *new_base = best_base(value);
    if (!new_base)
        return -1;
    if (solid_base(new_base) != solid_base(t->base)) {
        pym_err_format(&pym_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                       pym_type_name(new_base), pym_type_name(t->base));
        return -1;
    }
    PymObject *old_bases = t->bases;
    PymType *old_base = t->base;
    t->bases = PYM_NEWREF(value);
    t->base = (PymType *)PYM_NEWREF(new_base);
    PymObject *mro = mro_for(t);
    if (!mro) {
        PYM_DECREF(t->bases);
        PYM_DECREF(t->base);
        t->bases = old_bases;
        t->base = old_base;
        return -1;
    }
    PYM_SETREF(t->mro, mro);
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(old_bases); i++)
        remove_subclass((PymType *)PYM_TUPLE_BORROW_ITEM(old_bases, i), t);
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(value); i++)
        add_subclass((PymType *)PYM_TUPLE_BORROW_ITEM(value, i), t);
    PYM_DECREF(old_bases);
    PYM_DECREF(old_base);
    pym_type_modified(t);
    pym_type_fixup_slots(t);
    return 0;
}

static PymObject *type_get_mro(PymObject *self, void *c)
{
    PymObject *m = ((PymType *)self)->mro;
    return m ? PYM_NEWREF(m) : PYM_NEWREF(PYM_NONE);
}

static PymObject *type_get_module(PymObject *self, void *c)
{
    return pym_type_module_name((PymType *)self);
}

static int type_set_module(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    if (check_set_special(t, value, "__module__") < 0)
        return -1;
    pym_type_modified(t);
    return pym_dict_setitem(t->dict, PYM_ID(__module__), value);
}

static PymObject *type_get_dict(PymObject *self, void *c)
{
    PymType *t = (PymType *)self;
    if (!t->dict)
        PYM_RETURN_NONE;
    return pym_mappingproxy_new(t->dict);
}

static PymObject *type_get_doc(PymObject *self, void *c)
{
    PymType *t = (PymType *)self;
    if (!IS_HEAP(t))
        return t->doc ? pym_str_from_cstr(t->doc) : PYM_NEWREF(PYM_NONE);
    PymObject *doc = pym_dict_getitem_borrow(t->dict, PYM_ID(__doc__));
    if (!doc)
        return pym_err_occurred() ? NULL : PYM_NEWREF(PYM_NONE);
    PymDescrGetFunc get = PYM_TYPE(doc)->descr_get;
    if (get)
        return get(doc, NULL, self);
    return PYM_NEWREF(doc);
}

static int type_set_doc(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    if (check_set_special(t, value, "__doc__") < 0)
        return -1;
    pym_type_modified(t);
    return pym_dict_setitem(t->dict, PYM_ID(__doc__), value);
}

static PymObject *type_get_abstractmethods(PymObject *self, void *c)
{
    PymType *t = (PymType *)self;
    PymObject *v = t != &pym_type_type && t->dict
                       ? pym_dict_getitem_borrow(t->dict, PYM_ID(__abstractmethods__))
                       : NULL;
    if (!v) {
        if (!pym_err_occurred()) {
            pym_err_set_object(&pym_exc_AttributeError, PYM_ID(__abstractmethods__));
        }
        return NULL;
    }
    return PYM_NEWREF(v);
}

static int type_set_abstractmethods(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    int abstract = 0, rc;
    if (value) {
        abstract = pym_object_is_true(value);
        if (abstract < 0)
            return -1;
        rc = pym_dict_setitem(t->dict, PYM_ID(__abstractmethods__), value);
    } else {
        rc = pym_dict_delitem(t->dict, PYM_ID(__abstractmethods__));
        if (rc < 0 && pym_err_exception_matches(&pym_exc_KeyError)) {
            pym_err_set_object(&pym_exc_AttributeError, PYM_ID(__abstractmethods__));
        }
    }
    if (rc < 0)
        return -1;
    pym_type_modified(t);
    if (abstract)
        t->flags |= PYM_TPFLAG_IS_ABSTRACT;
    else
        t->flags &= ~(unsigned long)PYM_TPFLAG_IS_ABSTRACT;
    return 0;
}

static PymObject *type_get_annotations(PymObject *self, void *c)
{
    PymType *t = (PymType *)self;
    if (!IS_HEAP(t))
        return pym_err_format(&pym_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                              pym_type_name(t));
    PymObject *ann = pym_dict_getitem_borrow(t->dict, PYM_ID(__annotations__));
    if (ann) {
        PymDescrGetFunc get = PYM_TYPE(ann)->descr_get;
        return get ? get(ann, NULL, self) : PYM_NEWREF(ann);
    }
    if (pym_err_occurred())
        return NULL;
    ann = pym_dict_new();
    if (ann && pym_dict_setitem(t->dict, PYM_ID(__annotations__), ann) < 0)
        PYM_CLEAR(ann);
    pym_type_modified(t);
    return ann;
}

static int type_set_annotations(PymObject *self, PymObject *value, void *c)
{
    PymType *t = (PymType *)self;
    if (!IS_HEAP(t)) {
        pym_err_format(&pym_exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                       pym_type_name(t));
        return -1;
    }
    int rc = value ? pym_dict_setitem(t->dict, PYM_ID(__annotations__), value)
                   : pym_dict_delitem(t->dict, PYM_ID(__annotations__));
    if (rc < 0 && !value && pym_err_exception_matches(&pym_exc_KeyError))
        pym_err_set_object(&pym_exc_AttributeError, PYM_ID(__annotations__));
    pym_type_modified(t);
    return rc;
}

static PymObject *type_get_text_signature(PymObject *self, void *c) { PYM_RETURN_NONE; }

static PymObject *type_get_flags(PymObject *self, void *c)
{
    return pym_int_from_u64(((PymType *)self)->flags);
}

static PymGetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMemberDef type_members[] = {
    {"__basicsize__", PYM_MEMBER_SSIZE, offsetof(PymType, basicsize), PYM_MEMBER_READONLY, NULL},
    {"__itemsize__", PYM_MEMBER_SSIZE, offsetof(PymType, itemsize), PYM_MEMBER_READONLY, NULL},
    {"__weakrefoffset__", PYM_MEMBER_SSIZE, offsetof(PymType, weaklistoffset), PYM_MEMBER_READONLY, NULL},
    {"__base__", PYM_MEMBER_OBJECT, offsetof(PymType, base), PYM_MEMBER_READONLY, NULL},
    {"__dictoffset__", PYM_MEMBER_SSIZE, offsetof(PymType, dictoffset), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static void collect_subclass(PymType *sub, void *list)
{
    if (pym_list_append((PymObject *)list, (PymObject *)sub) < 0)
        pym_err_clear();
}

static PymObject *type_subclasses(PymObject *self, PymObject *unused)
{
    PymObject *list = pym_list_new(0);
    if (list)
        for_each_subclass((PymType *)self, collect_subclass, list);
    return list;
}

PymObject *pym_type_instancecheck(PymObject *cls, PymObject *inst);
PymObject *pym_type_subclasscheck(PymObject *cls, PymObject *derived);

static PymObject *type_prepare(PymObject *cls, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    return pym_dict_new();
}

static PymObject *type_sizeof(PymObject *self, PymObject *unused)
{
    PymType *t = (PymType *)self;
    PymSize size = IS_HEAP(t) ? PYM_TYPE(self)->basicsize : (PymSize)sizeof(PymType);
    return pym_int_from_ssize(size);
}

static PymMethodDef type_methods[] = {
    {"mro", (void (*)(void))type_mro_method, PYM_METH_NOARGS,
     "Return a type's method resolution order."},
    {"__subclasses__", (void (*)(void))type_subclasses, PYM_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__prepare__", (void (*)(void))type_prepare, PYM_METH_FASTCALL | PYM_METH_KEYWORDS | PYM_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", (void (*)(void))pym_type_instancecheck, PYM_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", (void (*)(void))pym_type_subclasscheck, PYM_METH_O,
     "Check if a class is a subclass."},
    {"__dir__", (void (*)(void))pym_type_dir, PYM_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", (void (*)(void))type_sizeof, PYM_METH_NOARGS, "Return memory consumption of the type object."},
    PYM_METHOD_END,
};

/* ---- type objects' own life cycle -------------------------------------------------- */

static void type_dealloc(PymObject *self)
{
    PymType *t = (PymType *)self;
    if (!IS_HEAP(t)) {
        /* Static types are never freed; a stray decref must not kill them. */
        self->refcnt = 1;
        return;
    }
    pym_gc_untrack(self);
    if (t->weaklist)
        pym_weakref_clear_refs(self);
    if (t->bases)
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(t->bases); i++) {
            PymObject *b = PYM_TUPLE_BORROW_ITEM(t->bases, i);
            if (IS_TYPE(b))
                remove_subclass((PymType *)b, t);
        }
    PYM_XDECREF(t->base);
    PYM_XDECREF(t->bases);
    PYM_XDECREF(t->mro);
    PYM_XDECREF(t->dict);
    PYM_XDECREF(t->subclasses);
    PYM_XDECREF(t->ht_qualname);
    PYM_XDECREF(t->ht_module);
    PYM_XDECREF(t->ht_slots);
    PYM_XDECREF(t->ht_inline_names);
    if (t->members)
        pym_mem_free(t->members);
    /* t->name points into ht_name's UTF-8: release it last. */
    PYM_XDECREF(t->ht_name);
    pym_object_free(self);
}

static int type_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymType *t = (PymType *)self;
    if (!IS_HEAP(t))
        return 0;
    PymObject *fields[] = {t->dict, t->mro, t->bases, (PymObject *)t->base, t->ht_module};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int rc = visit(fields[i], arg);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static int type_clear(PymObject *self)
{
    PymType *t = (PymType *)self;
    pym_type_modified(t);
    if (t->dict)
        pym_dict_clear(t->dict);
    PYM_CLEAR(t->mro);
    return 0;
}

static PymNumberMethods type_as_number = {.or_ = pym_type_or};

PymType pym_type_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "type",
    .basicsize = sizeof(PymType),
    .flags = PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_TYPE_SUBCLASS,
    .dealloc = type_dealloc,
    .repr = type_repr,
    .call = type_call,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .traverse = type_traverse,
    .clear = type_clear,
    .free = pym_gc_free,
    .as_number = &type_as_number,
    .new_ = type_new_slot,
    .init = type_init,
    .methods = type_methods,
    .members = type_members,
    .getset = type_getset,
    .dictoffset = offsetof(PymType, dict),
    .weaklistoffset = offsetof(PymType, weaklist),
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

/* ---- start-up and shut-down ---------------------------------------------------------- */

/* Some listed types are declared only in their own files' headers. */
#define DECLARE_TYPE(t) extern PymType t;
PYM_STATIC_TYPE_LIST(DECLARE_TYPE)
#undef DECLARE_TYPE

int pym_types_init(void)
{
    if (pym_slotdefs_init() < 0)
        return -1;
#define READY_TYPE(t)                   \
    if (pym_type_ready(&t) < 0)         \
        return -1;
    PYM_STATIC_TYPE_LIST(READY_TYPE)
#undef READY_TYPE
    return 0;
}

void pym_types_fini(void)
{
    memset(method_cache, 0, sizeof method_cache);
    cache_disabled = 1;
    for (PymSize i = nreadied; i > 0; i--) {
        PymType *t = readied[i - 1];
        PYM_CLEAR(t->subclasses);
        PYM_CLEAR(t->dict);
        PYM_CLEAR(t->mro);
        PYM_CLEAR(t->bases);
        t->flags &= ~(unsigned long)PYM_TPFLAG_READY;
        t->version_tag = 0;
    }
    pym_mem_free(readied);
    readied = NULL;
    nreadied = readied_cap = 0;
    pym_slotdefs_fini();
    type_mro_descr = NULL;
}
