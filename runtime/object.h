/* object.h — the object header, the type object and reference counting.
 *
 * Every Python value in pym is a PymObject: it starts with {refcount, type}.
 * Invariants:
 *  - A function returning PymObject* returns a NEW reference unless its name
 *    contains `borrow`; a function that takes over a reference says `steal`.
 *  - NULL (or -1 for int-returning functions) means an exception is set in
 *    the thread state (see errors.h).  Exception: iternext returns NULL
 *    without an exception set when the iterator is exhausted.
 *  - Objects of types with PYM_TPFLAG_HAVE_GC carry a 16-byte PymGCHead
 *    before the object (see gc.h); all others are bare.
 *  - Statically allocated objects (types, None, small ints …) start with a
 *    refcount of 1 and are never deallocated.
 *
 * The API mirrors CPython's C API with a mechanical renaming, so its shape
 * is familiar: PyObject → PymObject, Py_INCREF → PYM_INCREF,
 * PyObject_GetAttr → pym_object_getattr, PyList_Append → pym_list_append,
 * PyErr_SetString → pym_err_set_string, PyExc_TypeError → pym_exc_TypeError.
 */
#ifndef PYM_OBJECT_H
#define PYM_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef ptrdiff_t PymSize;
typedef intptr_t PymHash;

typedef struct PymType PymType;

typedef struct PymObject {
    PymSize refcnt;
    PymType *type;
} PymObject;

/* Objects with a variable number of items (tuple, int digits, bytes …). */
typedef struct PymVarObject {
    PymObject ob;
    PymSize size;
} PymVarObject;

#define PYM_OBJECT_HEAD PymObject ob
#define PYM_VAR_HEAD PymVarObject ob
#define PYM_STATIC_HEAD(type_ptr) { 1, (type_ptr) }
#define PYM_STATIC_VAR_HEAD(type_ptr, n) { PYM_STATIC_HEAD(type_ptr), (n) }

#define PYM_OB(o) ((PymObject *)(o))
#define PYM_TYPE(o) (PYM_OB(o)->type)
#define PYM_REFCNT(o) (PYM_OB(o)->refcnt)
#define PYM_SIZE(o) (((PymVarObject *)(o))->size)

/* Debug builds keep a running total of all refcounts (DESIGN rule 10). */
#ifdef PYM_REF_DEBUG
extern PymSize pym_total_refcount;
#define PYM_REF_TOTAL_INC() (pym_total_refcount++)
#define PYM_REF_TOTAL_DEC() (pym_total_refcount--)
#else
#define PYM_REF_TOTAL_INC() ((void)0)
#define PYM_REF_TOTAL_DEC() ((void)0)
#endif

void pym_dealloc(PymObject *o); /* calls type->dealloc; object.c */

static inline void pym_incref(PymObject *o) { PYM_REF_TOTAL_INC(); o->refcnt++; }
static inline void pym_decref(PymObject *o)
{
    PYM_REF_TOTAL_DEC();
    if (--o->refcnt == 0)
        pym_dealloc(o);
}
#define PYM_INCREF(o) pym_incref(PYM_OB(o))
#define PYM_DECREF(o) pym_decref(PYM_OB(o))
#define PYM_XINCREF(o) do { PymObject *xi_ = PYM_OB(o); if (xi_) pym_incref(xi_); } while (0)
#define PYM_XDECREF(o) do { PymObject *xd_ = PYM_OB(o); if (xd_) pym_decref(xd_); } while (0)
/* Clear a field safely: the field is NULL before the old value's decref runs
 * arbitrary code (__del__, weakref callbacks). */
#define PYM_CLEAR(field) do { PymObject *cl_ = PYM_OB(field); if (cl_) { (field) = NULL; pym_decref(cl_); } } while (0)
#define PYM_SETREF(field, value) do { PymObject *sr_ = PYM_OB(field); (field) = (value); PYM_XDECREF(sr_); } while (0)
static inline PymObject *pym_newref(PymObject *o) { pym_incref(o); return o; }
static inline PymObject *pym_xnewref(PymObject *o) { if (o) pym_incref(o); return o; }
#define PYM_NEWREF(o) pym_newref(PYM_OB(o))
#define PYM_XNEWREF(o) pym_xnewref(PYM_OB(o))

/* ---- slot signatures ---------------------------------------------------- */
typedef void (*PymDestructor)(PymObject *);
typedef PymObject *(*PymUnaryFunc)(PymObject *);
typedef PymObject *(*PymBinaryFunc)(PymObject *, PymObject *);
typedef PymObject *(*PymTernaryFunc)(PymObject *, PymObject *, PymObject *);
typedef int (*PymInquiry)(PymObject *);
typedef PymSize (*PymLenFunc)(PymObject *);
typedef PymObject *(*PymSizeArgFunc)(PymObject *, PymSize);
typedef int (*PymSizeObjArgProc)(PymObject *, PymSize, PymObject *);
typedef int (*PymObjObjArgProc)(PymObject *, PymObject *, PymObject *);
typedef int (*PymObjObjProc)(PymObject *, PymObject *);
typedef PymObject *(*PymReprFunc)(PymObject *);
typedef PymHash (*PymHashFunc)(PymObject *);
typedef PymObject *(*PymRichCmpFunc)(PymObject *, PymObject *, int op);
typedef PymObject *(*PymGetAttrFunc)(PymObject *, PymObject *name);
/* value NULL means delete */
typedef int (*PymSetAttrFunc)(PymObject *, PymObject *name, PymObject *value);
typedef PymObject *(*PymGetIterFunc)(PymObject *);
typedef PymObject *(*PymIterNextFunc)(PymObject *);
typedef PymObject *(*PymDescrGetFunc)(PymObject *descr, PymObject *obj, PymObject *type);
typedef int (*PymDescrSetFunc)(PymObject *descr, PymObject *obj, PymObject *value);
typedef int (*PymVisitProc)(PymObject *, void *arg);
typedef int (*PymTraverseProc)(PymObject *, PymVisitProc visit, void *arg);

/* The calling convention everywhere ("vectorcall"): positional arguments are
 * args[0..nargs), keyword argument values follow at args[nargs..nargs+nkw),
 * and kwnames is a tuple of their names (str) or NULL when there are none.
 * args points into the caller's value stack: the callee borrows them. */
typedef PymObject *(*PymCallFunc)(PymObject *callable, PymObject *const *args,
                                  PymSize nargs, PymObject *kwnames);
/* type->new_ and type->init share the convention, with the type / self first. */
typedef PymObject *(*PymNewFunc)(PymType *type, PymObject *const *args,
                                 PymSize nargs, PymObject *kwnames);
typedef int (*PymInitFunc)(PymObject *self, PymObject *const *args,
                           PymSize nargs, PymObject *kwnames);

/* Comparison operators, values as CPython's Py_LT … Py_GE. */
enum { PYM_LT = 0, PYM_LE = 1, PYM_EQ = 2, PYM_NE = 3, PYM_GT = 4, PYM_GE = 5 };

typedef struct PymNumberMethods {
    PymBinaryFunc add, subtract, multiply, remainder, divmod;
    PymTernaryFunc power;
    PymUnaryFunc negative, positive, absolute;
    PymInquiry bool_;
    PymUnaryFunc invert;
    PymBinaryFunc lshift, rshift, and_, xor_, or_;
    PymUnaryFunc int_, float_;
    PymBinaryFunc inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
    PymTernaryFunc inplace_power;
    PymBinaryFunc inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
    PymBinaryFunc floor_divide, true_divide, inplace_floor_divide, inplace_true_divide;
    PymUnaryFunc index;
    PymBinaryFunc matrix_multiply, inplace_matrix_multiply;
} PymNumberMethods;

typedef struct PymSequenceMethods {
    PymLenFunc length;
    PymBinaryFunc concat;
    PymSizeArgFunc repeat;
    PymSizeArgFunc item;          /* index already adjusted for negatives */
    PymSizeObjArgProc ass_item;   /* value NULL means delete */
    PymObjObjProc contains;       /* 1, 0, or -1 on error */
    PymBinaryFunc inplace_concat;
    PymSizeArgFunc inplace_repeat;
} PymSequenceMethods;

typedef struct PymMappingMethods {
    PymLenFunc length;
    PymBinaryFunc subscript;
    PymObjObjArgProc ass_subscript; /* value NULL means delete */
} PymMappingMethods;

/* Methods of built-in types and functions of built-in modules. */
enum {
    PYM_METH_NOARGS = 0x01,   /* PymObject *f(PymObject *self, PymObject *unused_NULL) */
    PYM_METH_O = 0x02,        /* PymObject *f(PymObject *self, PymObject *arg) */
    PYM_METH_FASTCALL = 0x04, /* PymObject *f(PymObject *self, PymObject *const *args, PymSize nargs) */
    PYM_METH_KEYWORDS = 0x08, /* with FASTCALL: f(self, args, nargs, kwnames) */
    PYM_METH_CLASS = 0x10,    /* self is the type: classmethod */
    PYM_METH_STATIC = 0x20,   /* self is NULL: staticmethod */
};
typedef PymObject *(*PymCFunction)(PymObject *self, PymObject *arg);
typedef PymObject *(*PymCFunctionFast)(PymObject *self, PymObject *const *args, PymSize nargs);
typedef PymObject *(*PymCFunctionFastKw)(PymObject *self, PymObject *const *args, PymSize nargs,
                                         PymObject *kwnames);
typedef struct PymMethodDef {
    const char *name;
    void (*func)(void); /* cast to the signature its flags name */
    int flags;
    const char *doc;
} PymMethodDef;
#define PYM_METHOD(name, fn, flags) { (name), (void (*)(void))(fn), (flags), NULL }
#define PYM_METHOD_END { NULL, NULL, 0, NULL }

/* Data members read straight out of the object's struct. */
enum {
    PYM_MEMBER_OBJECT = 1,    /* PymObject*, NULL reads as None */
    PYM_MEMBER_OBJECT_EX = 2, /* PymObject*, NULL raises AttributeError (slots) */
    PYM_MEMBER_INT = 3,
    PYM_MEMBER_SSIZE = 4,
    PYM_MEMBER_BOOL = 5,      /* char */
    PYM_MEMBER_DOUBLE = 6,
};
enum { PYM_MEMBER_READONLY = 1 };
typedef struct PymMemberDef {
    const char *name;
    int type;
    PymSize offset;
    int flags;
    const char *doc;
} PymMemberDef;

typedef PymObject *(*PymGetter)(PymObject *self, void *closure);
typedef int (*PymSetter)(PymObject *self, PymObject *value, void *closure); /* value NULL: delete */
typedef struct PymGetSetDef {
    const char *name;
    PymGetter get;
    PymSetter set;
    const char *doc;
    void *closure;
} PymGetSetDef;

/* type->flags */
enum {
    PYM_TPFLAG_HEAPTYPE = 1u << 0,      /* created by a class statement / type() */
    PYM_TPFLAG_BASETYPE = 1u << 1,      /* may be subclassed */
    PYM_TPFLAG_HAVE_GC = 1u << 2,       /* carries a PymGCHead, has traverse */
    PYM_TPFLAG_READY = 1u << 3,         /* pym_type_ready has run */
    PYM_TPFLAG_READYING = 1u << 4,
    PYM_TPFLAG_ABSTRACT = 1u << 5,
    PYM_TPFLAG_IS_ABSTRACT = 1u << 5,
    /* fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS */
    PYM_TPFLAG_INT_SUBCLASS = 1u << 10,
    PYM_TPFLAG_LIST_SUBCLASS = 1u << 11,
    PYM_TPFLAG_TUPLE_SUBCLASS = 1u << 12,
    PYM_TPFLAG_BYTES_SUBCLASS = 1u << 13,
    PYM_TPFLAG_STR_SUBCLASS = 1u << 14,
    PYM_TPFLAG_DICT_SUBCLASS = 1u << 15,
    PYM_TPFLAG_BASE_EXC_SUBCLASS = 1u << 16,
    PYM_TPFLAG_TYPE_SUBCLASS = 1u << 17,
    PYM_TPFLAG_METHOD_DESCRIPTOR = 1u << 18, /* descr_get binds: LOAD_METHOD may skip binding */
};

struct PymType {
    PymVarObject ob;           /* type objects are objects; their type is pym_type_type */
    const char *name;          /* "int", "collections.OrderedDict", for heap types the UTF-8 of __name__ */
    PymSize basicsize, itemsize;
    unsigned long flags;

    PymDestructor dealloc;
    PymReprFunc repr;
    PymReprFunc str;
    PymHashFunc hash;          /* NULL: inherited; pym_object_hash_not_implemented: unhashable */
    PymRichCmpFunc richcompare;
    PymGetAttrFunc getattro;
    PymSetAttrFunc setattro;
    PymCallFunc call;
    PymGetIterFunc iter;
    PymIterNextFunc iternext;
    PymDescrGetFunc descr_get;
    PymDescrSetFunc descr_set;
    PymNewFunc new_;
    PymInitFunc init;
    PymDestructor finalize;    /* __del__ (PEP 442 tp_finalize) */
    PymTraverseProc traverse;
    PymInquiry clear;
    void (*free)(void *);      /* frees the memory: pym_object_free or pym_gc_free */

    PymNumberMethods *as_number;
    PymSequenceMethods *as_sequence;
    PymMappingMethods *as_mapping;

    PymMethodDef *methods;
    PymMemberDef *members;
    PymGetSetDef *getset;

    PymType *base;             /* the solid base (tp_base) */
    PymObject *bases;          /* tuple */
    PymObject *mro;            /* tuple */
    PymObject *dict;           /* the type's __dict__ (a dict) */
    PymSize dictoffset;        /* offset of the instance __dict__ pointer, 0 if none */
    PymSize weaklistoffset;    /* offset of the instance weakref list head, 0 if none */
    PymObject *subclasses;     /* dict id → weakref, or NULL */
    const char *doc;
    unsigned int version_tag;  /* changes whenever the type's attributes change */

    /* heap types only */
    PymObject *ht_name, *ht_qualname, *ht_module, *ht_slots;
    PymNumberMethods ht_number;
    PymSequenceMethods ht_sequence;
    PymMappingMethods ht_mapping;
    /* CPython 3.11's shared instance keys, followed to know when one of its
     * instances would hold its attributes in a dict of its own rather than
     * inline (runtime/object.c): the attribute names the class's instances
     * have set (a dict of name → None, or NULL before the first) and how
     * many more names it may take. */
    PymObject *ht_inline_names;
    PymSize ht_inline_usable;

    PymObject *weaklist;       /* weak references to the type (weakref.ref(cls)) */
};

#define PYM_TYPE_HAS_FLAG(t, f) (((t)->flags & (f)) != 0)
#define PYM_IS_GC(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_HAVE_GC)
#define PYM_IS_TYPE(o, t) (PYM_TYPE(o) == (t))

/* ---- singletons (DESIGN rule 5) ---------------------------------------- */
extern PymType pym_type_type, pym_object_type, pym_none_type, pym_notimplemented_type,
    pym_ellipsis_type;
extern PymObject pym_none_struct, pym_notimplemented_struct, pym_ellipsis_struct;
#define PYM_NONE (&pym_none_struct)
#define PYM_NOTIMPLEMENTED (&pym_notimplemented_struct)
#define PYM_ELLIPSIS (&pym_ellipsis_struct)
#define PYM_RETURN_NONE return pym_newref(PYM_NONE)
#define PYM_RETURN_NOTIMPLEMENTED return pym_newref(PYM_NOTIMPLEMENTED)

/* ---- allocation (object.c; memory comes from obmalloc / gc) ------------- */
/* Allocate an object of `type` (basicsize + nitems*itemsize bytes, zeroed),
 * refcount 1.  GC types get their PymGCHead and start untracked. */
PymObject *pym_type_generic_alloc(PymType *type, PymSize nitems);
/* Non-GC object of basicsize bytes (not zeroed beyond the header). */
PymObject *pym_object_new(PymType *type);
PymObject *pym_object_new_var(PymType *type, PymSize nitems);
/* Release an object's memory (no decrefs): type->free(o). */
void pym_object_free(void *o);

/* ---- the object protocol (object.c, abstract.c) ------------------------- */
PymObject *pym_object_repr(PymObject *o);
PymObject *pym_object_str(PymObject *o);
PymObject *pym_object_ascii(PymObject *o);
PymHash pym_object_hash(PymObject *o);          /* -1 on error */
PymHash pym_object_hash_not_implemented(PymObject *o); /* raises TypeError: unhashable type */
PymObject *pym_object_richcompare(PymObject *a, PymObject *b, int op);
int pym_object_richcompare_bool(PymObject *a, PymObject *b, int op); /* identity implies EQ */
int pym_object_is_true(PymObject *o);           /* 1, 0, -1 */
int pym_object_not(PymObject *o);

PymObject *pym_object_getattr(PymObject *o, PymObject *name);
PymObject *pym_object_getattr_str(PymObject *o, const char *name);
/* Like getattr, but AttributeError becomes *result = NULL and return 0;
 * returns 1 when found, -1 on other errors. */
int pym_object_lookup_attr(PymObject *o, PymObject *name, PymObject **result);
int pym_object_setattr(PymObject *o, PymObject *name, PymObject *value); /* value NULL: del */
int pym_object_setattr_str(PymObject *o, const char *name, PymObject *value);
int pym_object_delattr(PymObject *o, PymObject *name);
int pym_object_hasattr(PymObject *o, PymObject *name); /* 1/0, never raises */
PymObject *pym_object_generic_getattr(PymObject *o, PymObject *name);
int pym_object_generic_setattr(PymObject *o, PymObject *name, PymObject *value);
/* The address of the instance __dict__ slot, or NULL if the type has none. */
PymObject **pym_object_dict_ptr(PymObject *o);
/* Before storing attribute `name` into o's instance dict `dict` (any path,
 * the VM's inline cache included): when CPython 3.11 would move o's inline
 * attributes into a dict of their own here, the dict becomes visible. */
void pym_object_note_attribute_store(PymObject *o, PymObject *dict, PymObject *name);
/* Find a method for a LOAD_METHOD-style call: if the attribute is a plain
 * function/method descriptor found on the type, *method = it (new ref) and
 * return 1 (caller passes o as self); else *method = bound attribute, return 0;
 * -1 on error. */
int pym_object_get_method(PymObject *o, PymObject *name, PymObject **method);

PymObject *pym_object_call(PymObject *callable, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames);
PymObject *pym_object_call0(PymObject *callable);
PymObject *pym_object_call1(PymObject *callable, PymObject *arg);
PymObject *pym_object_call_tuple_dict(PymObject *callable, PymObject *args_tuple,
                                      PymObject *kwargs_dict); /* kwargs_dict may be NULL */
/* obj.name(args...) */
PymObject *pym_object_call_method(PymObject *o, PymObject *name, PymObject *const *args,
                                  PymSize nargs);
PymObject *pym_object_call_method_str(PymObject *o, const char *name, PymObject *const *args,
                                      PymSize nargs);
int pym_callable_check(PymObject *o);

PymObject *pym_object_get_iter(PymObject *o);
/* Next item as a new reference; NULL with no exception set at the end. */
PymObject *pym_iter_next(PymObject *iter);
int pym_iter_check(PymObject *o);

PymObject *pym_object_getitem(PymObject *o, PymObject *key);
int pym_object_setitem(PymObject *o, PymObject *key, PymObject *value);
int pym_object_delitem(PymObject *o, PymObject *key);
PymSize pym_object_length(PymObject *o);        /* -1 on error */
PymSize pym_object_length_hint(PymObject *o, PymSize default_value);
int pym_sequence_contains(PymObject *seq, PymObject *item); /* 1/0/-1, the `in` operator */
PymObject *pym_sequence_tuple(PymObject *iterable);  /* tuple(iterable) */
PymObject *pym_sequence_list(PymObject *iterable);   /* list(iterable) */
PymObject *pym_sequence_getitem(PymObject *o, PymSize i);

int pym_object_isinstance(PymObject *inst, PymObject *cls);  /* cls may be a tuple; honours __instancecheck__ */
int pym_object_issubclass(PymObject *derived, PymObject *cls);
int pym_type_is_subtype(PymType *a, PymType *b);      /* walks a's mro */
#define PYM_TYPE_CHECK_EXACT(o, t) (PYM_TYPE(o) == (t))
#define PYM_OBJECT_TYPE_CHECK(o, t) (PYM_TYPE(o) == (t) || pym_type_is_subtype(PYM_TYPE(o), (t)))

/* Number protocol: binary operators with reflected-operand dispatch and
 * CPython's "unsupported operand type(s)" TypeError. */
PymObject *pym_number_add(PymObject *a, PymObject *b);
PymObject *pym_number_subtract(PymObject *a, PymObject *b);
PymObject *pym_number_multiply(PymObject *a, PymObject *b);
PymObject *pym_number_matrix_multiply(PymObject *a, PymObject *b);
PymObject *pym_number_true_divide(PymObject *a, PymObject *b);
PymObject *pym_number_floor_divide(PymObject *a, PymObject *b);
PymObject *pym_number_remainder(PymObject *a, PymObject *b);
PymObject *pym_number_divmod(PymObject *a, PymObject *b);
PymObject *pym_number_power(PymObject *a, PymObject *b, PymObject *mod); /* mod None if absent */
PymObject *pym_number_lshift(PymObject *a, PymObject *b);
PymObject *pym_number_rshift(PymObject *a, PymObject *b);
PymObject *pym_number_and(PymObject *a, PymObject *b);
PymObject *pym_number_or(PymObject *a, PymObject *b);
PymObject *pym_number_xor(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_add(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_subtract(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_multiply(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_matrix_multiply(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_true_divide(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_floor_divide(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_remainder(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_power(PymObject *a, PymObject *b, PymObject *mod);
PymObject *pym_number_inplace_lshift(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_rshift(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_and(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_or(PymObject *a, PymObject *b);
PymObject *pym_number_inplace_xor(PymObject *a, PymObject *b);
PymObject *pym_number_negative(PymObject *o);
PymObject *pym_number_positive(PymObject *o);
PymObject *pym_number_invert(PymObject *o);
PymObject *pym_number_absolute(PymObject *o);
PymObject *pym_number_index(PymObject *o);      /* operator.index: an int or TypeError */
PymSize pym_number_as_ssize(PymObject *o, PymType *overflow_exc); /* via __index__; overflow_exc NULL clamps */
PymObject *pym_number_long(PymObject *o);       /* int(o) */
PymObject *pym_number_float(PymObject *o);      /* float(o) */

/* "'%.200s' object ..." messages want the type name. */
const char *pym_type_name(PymType *t);
#define PYM_TYPE_NAME(o) pym_type_name(PYM_TYPE(o))

/* Recursion guard for repr of self-containing containers ([[...]]):
 * returns 0 the first time for o, 1 if o is already being repr'd, -1 error. */
int pym_repr_enter(PymObject *o);
void pym_repr_leave(PymObject *o);

/* The trashcan (list.c): deallocating a deeply nested structure must not
 * recurse without bound on the C stack.  A container's dealloc brackets its
 * body with these macros; past a nesting depth the object is queued and
 * deallocated later, when the outermost dealloc finishes (CPython's
 * Py_TRASHCAN_BEGIN/END).  `dealloc_fn` is the function using the macros: a
 * subclass instance whose type has another dealloc is not deferred here.
 * The body must not `return`. */
int pym_trashcan_begin(PymObject *o); /* 1: queued, skip the body */
void pym_trashcan_end(void);
#define PYM_TRASHCAN_BEGIN(op, dealloc_fn)                                           \
    do {                                                                             \
        int trash_guarded_ = PYM_TYPE(op)->dealloc == (PymDestructor)(dealloc_fn);    \
        if (trash_guarded_ && pym_trashcan_begin(PYM_OB(op)))                        \
            break;
#define PYM_TRASHCAN_END          \
        if (trash_guarded_)       \
            pym_trashcan_end();   \
    } while (0)

#endif
