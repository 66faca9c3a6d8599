/* module.h — module objects and the registry of built-in modules.
 * Invariant: a module's __dict__ lives as long as the module; the module
 * clears it at teardown (CPython's order: names starting with '_' first). */
#ifndef PYM_MODULE_H
#define PYM_MODULE_H
#include "object.h"

typedef struct PymModuleObject {
    PYM_OBJECT_HEAD;
    PymObject *dict;
    PymObject *name;
    PymObject *weakreflist;
    char created_by_runtime;   /* pym_module_new (built-in / __main__): repr says "(built-in)" */
} PymModuleObject;

extern PymType pym_module_type;
#define PYM_MODULE_CHECK(o) PYM_OBJECT_TYPE_CHECK(o, &pym_module_type)
PymObject *pym_module_new(const char *name);
PymObject *pym_module_borrow_dict(PymObject *m);
/* Add the functions of a PymMethodDef array to a module. */
int pym_module_add_functions(PymObject *m, PymMethodDef *defs);
int pym_module_add_object(PymObject *m, const char *name, PymObject *value); /* increfs */
int pym_module_add_int(PymObject *m, const char *name, long value);
int pym_module_add_string(PymObject *m, const char *name, const char *value);
/* Clear a module's dict at shutdown, in CPython's order. */
void pym_module_clear_dict(PymObject *dict);

/* Built-in C modules: each provides `PymObject *pym_init_<name>(void)`
 * returning a new module; stdlib/modules.c lists them. */
typedef struct PymBuiltinModule {
    const char *name;
    PymObject *(*init)(void);
} PymBuiltinModule;
extern const PymBuiltinModule pym_builtin_modules[]; /* NULL-terminated */
/* Pure-Python modules of stdlib/lib, embedded into the binary at build time. */
typedef struct PymFrozenModule {
    const char *name;
    const char *source;
    int is_package;
} PymFrozenModule;
extern const PymFrozenModule pym_frozen_modules[]; /* NULL-terminated, generated */

#endif
