/* object_internal.h — helpers shared by the object-model files (object.c,
 * abstract.c, typeobject.c, typeslots.c, descr.c, exception.c, errors.c,
 * module.c) and by nothing else.  Not part of the public runtime API.
 *
 * Invariants: the slot table (pym_slotdefs) lists every dunder that maps to
 * a C slot, grouped so that entries updating the same slot are adjacent;
 * a wrapper descriptor always refers to one of its entries.
 */
#ifndef PYM_OBJECT_INTERNAL_H
#define PYM_OBJECT_INTERNAL_H
#include "runtime/pym.h"

/* ---- slots ---------------------------------------------------------------- */

/* Where a slot lives: the type itself or one of its method tables. */
enum { PYM_SLOTAREA_TYPE, PYM_SLOTAREA_NUMBER, PYM_SLOTAREA_SEQUENCE, PYM_SLOTAREA_MAPPING };

typedef void (*PymGenericFunc)(void);

/* Calls the C slot `wrapped` on self with Python-level arguments. */
typedef PymObject *(*PymSlotWrapperFunc)(PymObject *self, PymObject *const *args, PymSize nargs,
                                         PymObject *kwnames, PymGenericFunc wrapped);

typedef struct PymSlotDef {
    const char *name;          /* "__add__" */
    int area;                  /* PYM_SLOTAREA_* */
    size_t offset;             /* offset of the function pointer within the area */
    PymGenericFunc heap_func;  /* dispatcher installed in classes defining the dunder, or NULL */
    PymSlotWrapperFunc wrapper;/* exposes the C slot as a slot wrapper, or NULL */
    int accepts_keywords;      /* __init__, __call__, __new__ */
    const char *doc;
    PymObject *name_str;       /* interned name, set by pym_slotdefs_init */
} PymSlotDef;

extern PymSlotDef pym_slotdefs[];   /* terminated by a NULL name */
int pym_slotdefs_init(void);
void pym_slotdefs_fini(void);
/* Address of the function pointer a slot definition designates in t, or
 * NULL when t lacks the method table of that area. */
PymGenericFunc *pym_slot_ptr(PymType *t, const PymSlotDef *d);
/* Add slot wrappers for every slot t itself fills (before inheritance). */
int pym_type_add_slot_wrappers(PymType *t);
/* Point every slot of a heap type at what its MRO defines. */
void pym_type_fixup_slots(PymType *t);
/* After `name` was assigned on heap type t: refresh the slots of t and its
 * subclasses that this name governs. */
void pym_type_update_slot(PymType *t, PymObject *name);

/* The life cycle of instances of classes (typeinstance.c). */
void pym_subtype_dealloc(PymObject *self);
int pym_subtype_traverse(PymObject *self, PymVisitProc visit, void *arg);
int pym_subtype_clear(PymObject *self);
extern PymGetSetDef pym_subtype_getset_full[3], pym_subtype_getset_dict[2], pym_subtype_getset_weak[2];

/* Heap-type slot functions that other files need to recognise. */
PymObject *pym_slot_tp_getattr_hook(PymObject *self, PymObject *name);
PymObject *pym_slot_tp_new(PymType *type, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames);
void pym_slot_tp_finalize(PymObject *self);
int pym_object_init(PymObject *self, PymObject *const *args, PymSize nargs, PymObject *kwnames);
PymObject *pym_object_tp_new(PymType *type, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames);
PymObject *pym_object_default_repr(PymObject *self);
PymHash pym_object_default_hash(PymObject *self);
PymObject *pym_object_default_richcompare(PymObject *self, PymObject *other, int op);
/* dir() of a class: its attributes and those of its bases (a list). */
PymObject *pym_type_dir(PymObject *cls, PymObject *unused);
/* The method def of the __new__ builtin that static types get in their dict. */
extern PymMethodDef pym_tp_new_wrapper_def;

/* Look a dunder up on type(self) and call it with self first: a NULL
 * result with no exception set means "not defined". */
PymObject *pym_call_special(PymObject *self, PymObject *name, PymObject *const *args,
                            PymSize nargs, int *found);
/* pym_call_special for a dunder the caller has already found on type(self). */
static inline PymObject *pym_call_special_present(PymObject *self, PymObject *name,
                                                  PymObject *const *args, PymSize nargs)
{
    int found;
    return pym_call_special(self, name, args, nargs, &found);
}

/* ---- descriptors (descr.c) ------------------------------------------------- */

typedef struct PymDescrObject {
    PYM_OBJECT_HEAD;
    PymType *type;       /* the class that defines it (strong reference) */
    PymObject *name;     /* str */
} PymDescrObject;

typedef struct PymMethodDescrObject {
    PymDescrObject d;
    PymMethodDef *def;
} PymMethodDescrObject;

typedef struct PymMemberDescrObject {
    PymDescrObject d;
    PymMemberDef *member;
} PymMemberDescrObject;

typedef struct PymGetSetDescrObject {
    PymDescrObject d;
    PymGetSetDef *getset;
} PymGetSetDescrObject;

typedef struct PymWrapperDescrObject {
    PymDescrObject d;
    const PymSlotDef *base;
    PymGenericFunc wrapped;   /* the C slot function */
} PymWrapperDescrObject;

PymObject *pym_descr_new_method(PymType *t, PymMethodDef *def);
PymObject *pym_descr_new_classmethod(PymType *t, PymMethodDef *def);
PymObject *pym_descr_new_member(PymType *t, PymMemberDef *member);
PymObject *pym_descr_new_getset(PymType *t, PymGetSetDef *getset);
PymObject *pym_descr_new_wrapper(PymType *t, const PymSlotDef *base, PymGenericFunc wrapped);
PymObject *pym_mappingproxy_new(PymObject *mapping);
/* Read / write a PymMemberDef field of obj (member descriptors, slots). */
PymObject *pym_member_get(PymObject *obj, PymMemberDef *m);
int pym_member_set(PymObject *obj, PymMemberDef *m, PymObject *value);

/* type.__or__: `int | None` makes a types.UnionType (unionobject.c). */
PymObject *pym_type_or(PymObject *a, PymObject *b);
/* __class_getitem__ of the built-in generic classes (list[int]). */
extern PymMethodDef pym_class_getitem_def;

/* ---- repr helpers ------------------------------------------------------------ */

/* "int" for built-ins, "module.Qualname" otherwise: the text inside <class '…'>. */
PymObject *pym_type_repr_name(PymType *t);
/* The part of a static type's dotted name after the last dot. */
const char *pym_type_short_name(PymType *t);

/* Generic attribute lookup that returns NULL without raising when the
 * attribute does not exist (NULL with an exception on real errors). */
PymObject *pym_object_generic_getattr_suppress(PymObject *o, PymObject *name);

/* Mark an AttributeError just raised with the object and name it concerns. */
void pym_attribute_error_set_context(PymObject *obj, PymObject *name);

/* OSError subclass for an errno value, or NULL. */
PymType *pym_oserror_subclass_for_errno(int errnum);

#endif
