/* weakref.h — the weak reference core: ref, proxy, callable proxy.
 * Invariants: an object's weak references form a doubly linked list
 * headed at the slot type->weaklistoffset of the object; basic refs
 * without callback come first so they can be shared; when the referent
 * dies every ref is cleared before any callback runs. */
#ifndef PYM_WEAKREF_H
#define PYM_WEAKREF_H
#include "object.h"

typedef struct PymWeakReference {
    PYM_OBJECT_HEAD;
    PymObject *referent;        /* borrowed; None-like NULL when dead */
    PymObject *callback;        /* or NULL */
    PymHash hash;               /* -1 until computed */
    struct PymWeakReference *prev, *next;
} PymWeakReference;

extern PymType pym_weakref_type, pym_weakproxy_type, pym_weakcallableproxy_type;
#define PYM_WEAKLIST_PTR(o) \
    ((PymWeakReference **)((char *)(o) + PYM_TYPE(o)->weaklistoffset))
int pym_type_supports_weakrefs(PymType *t);
PymObject *pym_weakref_new_ref(PymObject *referent, PymObject *callback); /* TypeError if unsupported */
PymObject *pym_weakref_borrow_referent(PymObject *ref); /* None when dead */
/* Called by dealloc of every weakly-referenceable object: clears the refs
 * and runs their callbacks. */
void pym_weakref_clear_refs(PymObject *o);
PymSize pym_weakref_count(PymObject *o);

#define PYM_WEAKREF_REF_CHECK(o) PYM_OBJECT_TYPE_CHECK(o, &pym_weakref_type)
#define PYM_WEAKREF_PROXY_CHECK(o) \
    (PYM_TYPE(o) == &pym_weakproxy_type || PYM_TYPE(o) == &pym_weakcallableproxy_type)
#define PYM_WEAKREF_CHECK(o) (PYM_WEAKREF_REF_CHECK(o) || PYM_WEAKREF_PROXY_CHECK(o))
/* Detach wr from its referent without calling its callback (the collector
 * clears weakrefs to garbage before it decides which callbacks to run). */
void pym_weakref_clear_ref(PymWeakReference *wr);
/* weakref.proxy(o, callback): a proxy or callable proxy (shared when there
 * is no callback). */
PymObject *pym_weakref_new_proxy(PymObject *referent, PymObject *callback);
/* A list of the weak references and proxies to o (getweakrefs). */
PymObject *pym_weakref_list(PymObject *o);

#endif
