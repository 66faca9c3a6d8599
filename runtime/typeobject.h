/* typeobject.h — type objects: readying built-in types, creating classes,
 * the MRO, attribute lookup on types, and the dunder ↔ slot bridge.
 * Invariants: after pym_type_ready a type has mro, dict (with method,
 * member, getset descriptors and slot wrappers such as __add__ for every
 * filled slot) and inherited slots; a class statement's heap type gets its
 * slots from its dunder methods (slot functions that look the dunder up). */
#ifndef PYM_TYPEOBJECT_H
#define PYM_TYPEOBJECT_H
#include "object.h"

int pym_type_ready(PymType *t);
/* Borrowed lookup of name along t's MRO (no descriptor binding), NULL if
 * absent (no exception). */
PymObject *pym_type_lookup_borrow(PymType *t, PymObject *name);
/* The Python function that initialises instances of t, when calling t
 * amounts to object.__new__(t) followed by that __init__ (borrowed), else
 * NULL.  The VM then runs __init__ in its own loop.  t must be ready. */
PymObject *pym_type_python_init_borrow(PymType *t);
/* type(name, bases, dict) — used by __build_class__. */
PymObject *pym_type_new_class(PymType *metatype, PymObject *name, PymObject *bases,
                              PymObject *dict, PymObject *kwnames_or_null);
/* A type's qualified display name: "int", "__main__.Foo" for repr. */
PymObject *pym_type_qualname(PymType *t);
PymObject *pym_type_module_name(PymType *t);
/* Call __del__ / tp_finalize from dealloc, handling resurrection:
 * returns -1 when the object was resurrected (the dealloc must stop). */
int pym_object_call_finalizer_from_dealloc(PymObject *self);
/* Called when a type's attributes change: bumps version_tag of it and its
 * subclasses and refreshes its slots. */
void pym_type_modified(PymType *t);
int pym_types_init(void);  /* ready every built-in type */
void pym_types_fini(void);

extern PymType pym_super_type, pym_property_type, pym_classmethod_type,
    pym_staticmethod_type, pym_method_descr_type, pym_classmethod_descr_type,
    pym_member_descr_type, pym_getset_descr_type, pym_wrapper_descr_type,
    pym_method_wrapper_type, pym_mappingproxy_type, pym_simplenamespace_type,
    pym_union_type, pym_genericalias_type;

PymObject *pym_classmethod_new(PymObject *func);
PymObject *pym_staticmethod_new(PymObject *func);

#endif
