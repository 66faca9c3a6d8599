/* dictviews.c — dict views (keys(), values(), items()) and the dict
 * iterators, forward and reversed.
 *
 * Invariants:
 *  - A view holds its dict and reads it live; keys and items views are
 *    set-like (comparisons and & | - ^ give sets, as CPython's).
 *  - An iterator remembers the dict's size when created: a change of size
 *    raises "dictionary changed size during iteration" (and stays raised);
 *    finding more entries than expected raises "dictionary keys changed
 *    during iteration".
 *  - The items iterator reuses its result tuple when nobody else holds it.
 */
#include "pym.h"
#include "container_args.h"
#include "dict_internal.h"

/* ---- views --------------------------------------------------------------- */

typedef struct DictViewObject {
    PYM_OBJECT_HEAD;
    PymObject *dict;
} DictViewObject;

#define VIEW_DICT(o) (((DictViewObject *)(o))->dict)

PymObject *pym_dictview_new(PymObject *dict, PymType *view_type)
{
    if (dict == NULL || !PYM_DICT_CHECK(dict)) {
        pym_err_bad_internal_call();
        return NULL;
    }
    DictViewObject *dv = (DictViewObject *)pym_gc_alloc(view_type, sizeof(DictViewObject));
    if (dv == NULL)
        return NULL;
    dv->dict = pym_newref(dict);
    pym_gc_track((PymObject *)dv);
    return (PymObject *)dv;
}

static int is_set_view(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    return t == &pym_dict_keys_type || t == &pym_dict_items_type;
}

static void dictview_dealloc(PymObject *self)
{
    cont_untrack(self);
    PYM_XDECREF(VIEW_DICT(self));
    PYM_TYPE(self)->free(self);
}

static int dictview_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    CONT_VISIT(VIEW_DICT(self));
    return 0;
}

static PymSize dictview_len(PymObject *self)
{
    return VIEW_DICT(self) ? DICT(VIEW_DICT(self))->used : 0;
}

static PymObject *dictview_iter_of(PymObject *self, PymType *fwd)
{
    if (VIEW_DICT(self) == NULL)
        return pym_object_get_iter(PYM_NONE); /* unreachable in practice */
    return pym_dictiter_new(VIEW_DICT(self), fwd);
}

static PymObject *dictkeys_iter(PymObject *self)
{
    return dictview_iter_of(self, &pym_dict_keyiter_type);
}

static PymObject *dictvalues_iter(PymObject *self)
{
    return dictview_iter_of(self, &pym_dict_valueiter_type);
}

static PymObject *dictitems_iter(PymObject *self)
{
    return dictview_iter_of(self, &pym_dict_itemiter_type);
}

static PymObject *dictkeys_reversed(PymObject *self, PymObject *unused)
{
    return dictview_iter_of(self, &pym_dict_revkeyiter_type);
}

static PymObject *dictvalues_reversed(PymObject *self, PymObject *unused)
{
    return dictview_iter_of(self, &pym_dict_revvalueiter_type);
}

static PymObject *dictitems_reversed(PymObject *self, PymObject *unused)
{
    return dictview_iter_of(self, &pym_dict_revitemiter_type);
}

static int dictkeys_contains(PymObject *self, PymObject *key)
{
    if (VIEW_DICT(self) == NULL)
        return 0;
    return pym_dict_contains(VIEW_DICT(self), key);
}

static int dictitems_contains(PymObject *self, PymObject *obj)
{
    if (VIEW_DICT(self) == NULL)
        return 0;
    if (!PYM_TUPLE_CHECK(obj) || PYM_TUPLE_SIZE(obj) != 2)
        return 0;
    PymObject *key = PYM_TUPLE_BORROW_ITEM(obj, 0);
    PymObject *value = PYM_TUPLE_BORROW_ITEM(obj, 1);
    PymObject *found = pym_dict_getitem_borrow(VIEW_DICT(self), key);
    if (found == NULL)
        return pym_err_occurred() ? -1 : 0;
    PYM_INCREF(found);
    int result = pym_object_richcompare_bool(found, value, PYM_EQ);
    PYM_DECREF(found);
    return result;
}

/* repr: "dict_keys([1, 2])", recursion shown as "..." */
static PymObject *dictview_repr(PymObject *self)
{
    int r = pym_repr_enter(self);
    if (r != 0)
        return r > 0 ? pym_str_from_cstr("...") : NULL;
    PymObject *result = NULL;
    PymObject *seq = pym_sequence_list(self);
    if (seq != NULL) {
        result = pym_str_from_format("%s(%R)", PYM_TYPE_NAME(self), seq);
        PYM_DECREF(seq);
    }
    pym_repr_leave(self);
    return result;
}

/* Every item of self is in other (1), or not (0), or -1. */
static int all_contained_in(PymObject *self, PymObject *other)
{
    PymObject *it = pym_object_get_iter(self);
    if (it == NULL)
        return -1;
    int ok = 1;
    for (;;) {
        PymObject *item = pym_iter_next(it);
        if (item == NULL) {
            if (pym_err_occurred())
                ok = -1;
            break;
        }
        ok = pym_sequence_contains(other, item);
        PYM_DECREF(item);
        if (ok <= 0)
            break;
    }
    PYM_DECREF(it);
    return ok;
}

static PymObject *dictview_richcompare(PymObject *self, PymObject *other, int op)
{
    if (!PYM_ANYSET_CHECK(other) && !is_set_view(other))
        PYM_RETURN_NOTIMPLEMENTED;
    PymSize len_self = pym_object_length(self);
    if (len_self < 0)
        return NULL;
    PymSize len_other = pym_object_length(other);
    if (len_other < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case PYM_NE:
    case PYM_EQ:
        if (len_self == len_other)
            ok = all_contained_in(self, other);
        if (op == PYM_NE && ok >= 0)
            ok = !ok;
        break;
    case PYM_LT:
        if (len_self < len_other)
            ok = all_contained_in(self, other);
        break;
    case PYM_LE:
        if (len_self <= len_other)
            ok = all_contained_in(self, other);
        break;
    case PYM_GT:
        if (len_self > len_other)
            ok = all_contained_in(other, self);
        break;
    case PYM_GE:
        if (len_self >= len_other)
            ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0)
        return NULL;
    return pym_bool_from(ok);
}

/* set(view); a keys view of an exact dict builds from the dict directly. */
static PymObject *dictview_to_set(PymObject *self)
{
    PymObject *left = self;
    if (PYM_TYPE(self) == &pym_dict_keys_type && PYM_DICT_CHECK_EXACT(VIEW_DICT(self)))
        left = VIEW_DICT(self);
    return pym_set_new(left);
}

static PymObject *call_set_method(PymObject *set, const char *name, PymObject *arg)
{
    PymObject *r = pym_object_call_method_str(set, name, &arg, 1);
    if (r == NULL) {
        PYM_DECREF(set);
        return NULL;
    }
    PYM_DECREF(r);
    return set;
}

static PymObject *dictviews_sub(PymObject *self, PymObject *other)
{
    PymObject *result = dictview_to_set(self);
    if (result == NULL)
        return NULL;
    return call_set_method(result, "difference_update", other);
}

static PymObject *dictviews_or(PymObject *self, PymObject *other)
{
    PymObject *result = dictview_to_set(self);
    if (result == NULL)
        return NULL;
    if (pym_set_update(result, other) < 0) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static PymObject *dictviews_xor(PymObject *self, PymObject *other)
{
    PymObject *result = dictview_to_set(self);
    if (result == NULL)
        return NULL;
    return call_set_method(result, "symmetric_difference_update", other);
}

static PymObject *dictviews_and(PymObject *self, PymObject *other)
{
    /* The interpreter swaps the operands when the view is on the right. */
    if (!is_set_view(self)) {
        PymObject *tmp = other;
        other = self;
        self = tmp;
    }
    PymSize len_self = dictview_len(self);
    /* A bigger set: its intersection() does the work. */
    if (PYM_TYPE(other) == &pym_set_type) {
        PymSize len_other = pym_object_length(other);
        if (len_other < 0)
            return NULL;
        if (len_self <= len_other)
            return pym_object_call_method_str(other, "intersection", &self, 1);
    }
    /* Iterate the smaller of two views. */
    if (is_set_view(other) && dictview_len(other) > len_self) {
        PymObject *tmp = other;
        other = self;
        self = tmp;
    }
    int (*contains)(PymObject *, PymObject *) =
        PYM_TYPE(self) == &pym_dict_keys_type ? dictkeys_contains : dictitems_contains;
    PymObject *result = pym_set_new(NULL);
    if (result == NULL)
        return NULL;
    PymObject *it = pym_object_get_iter(other);
    if (it == NULL) {
        PYM_DECREF(result);
        return NULL;
    }
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int rv = contains(self, key);
        if (rv > 0)
            rv = pym_set_add(result, key);
        PYM_DECREF(key);
        if (rv < 0)
            goto error;
    }
    if (pym_err_occurred())
        goto error;
    PYM_DECREF(it);
    return result;
error:
    PYM_DECREF(it);
    PYM_DECREF(result);
    return NULL;
}

static PymObject *dictviews_isdisjoint(PymObject *self, PymObject *other)
{
    if (self == other)
        return pym_bool_from(dictview_len(self) == 0);
    /* Iterate over the shorter object (only if other is a set, because
     * PySequence_Contains may be expensive otherwise). */
    if (PYM_ANYSET_CHECK(other) || is_set_view(other)) {
        PymSize len_self = dictview_len(self);
        PymSize len_other = pym_object_length(other);
        if (len_other < 0)
            return NULL;
        if (len_other > len_self) {
            PymObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    PymObject *it = pym_object_get_iter(other);
    if (it == NULL)
        return NULL;
    PymObject *item;
    while ((item = pym_iter_next(it)) != NULL) {
        int contains = pym_sequence_contains(self, item);
        PYM_DECREF(item);
        if (contains != 0) {
            PYM_DECREF(it);
            return contains < 0 ? NULL : pym_bool_from(0);
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred())
        return NULL;
    PYM_RETURN_TRUE;
}

/* view.mapping: a read-only proxy of the dict. */
static PymObject *dictview_mapping(PymObject *self, void *closure)
{
    return pym_object_call1((PymObject *)&pym_mappingproxy_type, VIEW_DICT(self));
}

static PymGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymNumberMethods dictviews_as_number = {
    .subtract = dictviews_sub,
    .and_ = dictviews_and,
    .xor_ = dictviews_xor,
    .or_ = dictviews_or,
};

static PymSequenceMethods dictkeys_as_sequence = {
    .length = dictview_len,
    .contains = dictkeys_contains,
};

static PymSequenceMethods dictitems_as_sequence = {
    .length = dictview_len,
    .contains = dictitems_contains,
};

static PymSequenceMethods dictvalues_as_sequence = {
    .length = dictview_len,
};

static PymMethodDef dictkeys_methods[] = {
    PYM_METHOD("isdisjoint", dictviews_isdisjoint, PYM_METH_O),
    PYM_METHOD("__reversed__", dictkeys_reversed, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymMethodDef dictitems_methods[] = {
    PYM_METHOD("isdisjoint", dictviews_isdisjoint, PYM_METH_O),
    PYM_METHOD("__reversed__", dictitems_reversed, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

static PymMethodDef dictvalues_methods[] = {
    PYM_METHOD("__reversed__", dictvalues_reversed, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_dict_keys_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = dictview_dealloc,
    .repr = dictview_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = dictview_richcompare,
    .iter = dictkeys_iter,
    .traverse = dictview_traverse,
    .free = pym_gc_free,
    .as_number = &dictviews_as_number,
    .as_sequence = &dictkeys_as_sequence,
    .methods = dictkeys_methods,
    .getset = dictview_getset,
};

PymType pym_dict_items_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "dict_items",
    .basicsize = sizeof(DictViewObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = dictview_dealloc,
    .repr = dictview_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = dictview_richcompare,
    .iter = dictitems_iter,
    .traverse = dictview_traverse,
    .free = pym_gc_free,
    .as_number = &dictviews_as_number,
    .as_sequence = &dictitems_as_sequence,
    .methods = dictitems_methods,
    .getset = dictview_getset,
};

PymType pym_dict_values_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "dict_values",
    .basicsize = sizeof(DictViewObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = dictview_dealloc,
    .repr = dictview_repr,
    .iter = dictvalues_iter,
    .traverse = dictview_traverse,
    .free = pym_gc_free,
    .as_sequence = &dictvalues_as_sequence,
    .methods = dictvalues_methods,
    .getset = dictview_getset,
};

/* ---- iterators ----------------------------------------------------------- */

typedef struct DictIterObject {
    PYM_OBJECT_HEAD;
    PymObject *dict;    /* NULL when exhausted */
    PymSize used;       /* the dict's size at creation (-1 once it changed) */
    PymSize pos;        /* next entry to look at */
    PymObject *result;  /* reusable (key, value) tuple of items iterators */
    PymSize len;        /* items still to produce */
} DictIterObject;

static int is_reversed_iter(PymType *t)
{
    return t == &pym_dict_revkeyiter_type || t == &pym_dict_revvalueiter_type ||
           t == &pym_dict_revitemiter_type;
}

PymObject *pym_dictiter_new(PymObject *dict, PymType *iter_type)
{
    DictIterObject *di = (DictIterObject *)pym_gc_alloc(iter_type, sizeof(DictIterObject));
    if (di == NULL)
        return NULL;
    PymDictObject *mp = DICT(dict);
    di->dict = pym_newref(dict);
    di->used = mp->used;
    di->len = mp->used;
    di->result = NULL;
    if (is_reversed_iter(iter_type))
        di->pos = mp->used == 0 ? -1 : mp->keys->nentries - 1;
    else
        di->pos = 0;
    if (iter_type == &pym_dict_itemiter_type || iter_type == &pym_dict_revitemiter_type) {
        di->result = pym_tuple_pack(2, PYM_NONE, PYM_NONE);
        if (di->result == NULL) {
            PYM_DECREF(di);
            return NULL;
        }
    }
    pym_gc_track((PymObject *)di);
    return (PymObject *)di;
}

static void dictiter_dealloc(PymObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    cont_untrack(self);
    PYM_XDECREF(di->dict);
    PYM_XDECREF(di->result);
    PYM_TYPE(self)->free(self);
}

static int dictiter_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    DictIterObject *di = (DictIterObject *)self;
    CONT_VISIT(di->dict);
    CONT_VISIT(di->result);
    return 0;
}

static int dictiter_clear(PymObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    PYM_CLEAR(di->dict);
    PYM_CLEAR(di->result);
    return 0;
}

/* Step to the next live entry: its index, or -1 at the end / on error. */
static PymSize dictiter_advance(DictIterObject *di)
{
    PymObject *d = di->dict;
    if (d == NULL)
        return -1;
    PymDictObject *mp = DICT(d);
    if (di->used != mp->used) {
        pym_err_set_string(&pym_exc_RuntimeError, "dictionary changed size during iteration");
        di->used = -1; /* sticky */
        return -1;
    }
    PymDictKeys *dk = mp->keys;
    PymSize i = di->pos, n = dk->nentries;
    if (is_reversed_iter(PYM_TYPE(di))) {
        if (i >= n)
            i = n - 1;
        while (i >= 0 && dk_entry_value(dk, i) == NULL)
            i--;
        if (i < 0)
            goto exhausted;
        di->pos = i - 1;
    } else {
        while (i < n && dk_entry_value(dk, i) == NULL)
            i++;
        if (i >= n)
            goto exhausted;
        di->pos = i + 1;
    }
    if (di->len == 0) {
        /* An entry we did not expect: keys were deleted and added. */
        pym_err_set_string(&pym_exc_RuntimeError, "dictionary keys changed during iteration");
        goto exhausted;
    }
    di->len--;
    return i;
exhausted:
    di->dict = NULL;
    PYM_DECREF(d);
    return -1;
}

static PymObject *dictiter_next_key(PymObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    PymSize i = dictiter_advance(di);
    if (i < 0)
        return NULL;
    return pym_newref(dk_entry_key(DICT(di->dict)->keys, i));
}

static PymObject *dictiter_next_value(PymObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    PymSize i = dictiter_advance(di);
    if (i < 0)
        return NULL;
    return pym_newref(dk_entry_value(DICT(di->dict)->keys, i));
}

static PymObject *dictiter_next_item(PymObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    PymSize i = dictiter_advance(di);
    if (i < 0)
        return NULL;
    PymDictKeys *dk = DICT(di->dict)->keys;
    PymObject *key = pym_newref(dk_entry_key(dk, i));
    PymObject *value = pym_newref(dk_entry_value(dk, i));
    PymObject *result = di->result;
    if (PYM_REFCNT(result) == 1) {
        /* Nobody kept the last tuple: refill it in place. */
        PymObject *oldkey = PYM_TUPLE_BORROW_ITEM(result, 0);
        PymObject *oldvalue = PYM_TUPLE_BORROW_ITEM(result, 1);
        PYM_TUPLE_SET_ITEM_STEAL(result, 0, key);
        PYM_TUPLE_SET_ITEM_STEAL(result, 1, value);
        PYM_INCREF(result);
        PYM_DECREF(oldkey);
        PYM_DECREF(oldvalue);
        /* The collector may have untracked it while it held atoms. */
        if (!pym_gc_is_tracked(result))
            pym_gc_track(result);
        return result;
    }
    result = pym_tuple_new(2);
    if (result == NULL) {
        PYM_DECREF(key);
        PYM_DECREF(value);
        return NULL;
    }
    PYM_TUPLE_SET_ITEM_STEAL(result, 0, key);
    PYM_TUPLE_SET_ITEM_STEAL(result, 1, value);
    return result;
}

static PymObject *dictiter_length_hint(PymObject *self, PymObject *unused)
{
    DictIterObject *di = (DictIterObject *)self;
    PymSize len = 0;
    if (di->dict != NULL && di->used == DICT(di->dict)->used)
        len = di->len;
    return pym_int_from_ssize(len);
}

static PymMethodDef dictiter_methods[] = {
    PYM_METHOD("__length_hint__", dictiter_length_hint, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)          \
    PymType cname = {                                  \
        .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),  \
        .name = pyname,                                \
        .basicsize = sizeof(DictIterObject),           \
        .flags = PYM_TPFLAG_HAVE_GC,                   \
        .dealloc = dictiter_dealloc,                   \
        .iter = cont_self_iter,                        \
        .iternext = nextfn,                            \
        .traverse = dictiter_traverse,                 \
        .clear = dictiter_clear,                       \
        .free = pym_gc_free,                           \
        .methods = dictiter_methods,                   \
    }

DICT_ITER_TYPE(pym_dict_keyiter_type, "dict_keyiterator", dictiter_next_key);
DICT_ITER_TYPE(pym_dict_valueiter_type, "dict_valueiterator", dictiter_next_value);
DICT_ITER_TYPE(pym_dict_itemiter_type, "dict_itemiterator", dictiter_next_item);
DICT_ITER_TYPE(pym_dict_revkeyiter_type, "dict_reversekeyiterator", dictiter_next_key);
DICT_ITER_TYPE(pym_dict_revvalueiter_type, "dict_reversevalueiterator", dictiter_next_value);
DICT_ITER_TYPE(pym_dict_revitemiter_type, "dict_reverseitemiterator", dictiter_next_item);
