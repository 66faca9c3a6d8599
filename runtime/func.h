/* func.h — functions and their companions: Python functions, cells, bound
 * methods and built-in functions (C functions of modules).
 * Invariants: a function holds its code, globals, builtins and closure (a
 * tuple of cells) for its whole life; a bound method holds func and self. */
#ifndef PYM_FUNC_H
#define PYM_FUNC_H
#include "object.h"

typedef struct PymFunctionObject {
    PYM_OBJECT_HEAD;
    PymObject *code;         /* code object */
    PymObject *globals;      /* dict */
    PymObject *builtins;     /* dict */
    PymObject *name, *qualname, *module, *doc;
    PymObject *defaults;     /* tuple or NULL */
    PymObject *kwdefaults;   /* dict or NULL */
    PymObject *closure;      /* tuple of cells or NULL */
    PymObject *annotations;  /* dict or NULL */
    PymObject *dict;         /* __dict__ or NULL */
    PymObject *weakreflist;
} PymFunctionObject;

typedef struct PymCellObject {
    PYM_OBJECT_HEAD;
    PymObject *ref;          /* NULL when empty */
} PymCellObject;

typedef struct PymMethodObject {
    PYM_OBJECT_HEAD;
    PymObject *func;
    PymObject *self;
    PymObject *weakreflist;
} PymMethodObject;

/* A C function: a module-level function, or a method of a built-in type
 * bound to its self (`[].append`). */
typedef struct PymCFunctionObject {
    PYM_OBJECT_HEAD;
    PymMethodDef *def;
    PymObject *self;         /* module, bound instance or NULL */
    PymObject *module;       /* __module__ (str) or NULL */
    PymObject *weakreflist;
} PymCFunctionObject;

extern PymType pym_function_type, pym_cell_type, pym_method_type, pym_cfunction_type;
#define PYM_FUNCTION_CHECK(o) (PYM_TYPE(o) == &pym_function_type)
#define PYM_CELL_CHECK(o) (PYM_TYPE(o) == &pym_cell_type)
#define PYM_METHOD_CHECK(o) (PYM_TYPE(o) == &pym_method_type)
#define PYM_CFUNCTION_CHECK(o) (PYM_TYPE(o) == &pym_cfunction_type)

PymObject *pym_function_new(PymObject *code, PymObject *globals, PymObject *qualname);
PymObject *pym_cell_new(PymObject *value);       /* value may be NULL */
PymObject *pym_method_new(PymObject *func, PymObject *self);
PymObject *pym_cfunction_new(PymMethodDef *def, PymObject *self, PymObject *module_name);
/* Call a PymMethodDef with the vectorcall convention; raises CPython's
 * "f() takes no arguments (1 given)" style errors for NOARGS / O. */
PymObject *pym_cfunction_call_def(PymMethodDef *def, PymObject *self, PymObject *const *args,
                                  PymSize nargs, PymObject *kwnames);
/* The same for a method descriptor of `owner`: its errors name the method
 * after the defining type (list.append()), as CPython's do. */
PymObject *pym_cfunction_call_def_of_type(PymMethodDef *def, PymType *owner, PymObject *self,
                                          PymObject *const *args, PymSize nargs,
                                          PymObject *kwnames);

#endif
