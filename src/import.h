/* import.h — the import system: built-in C modules, embedded stdlib/lib
 * modules, and .py files found along sys.path.
 * Invariant: sys.modules holds every module imported so far; a module is
 * in sys.modules before its body runs (circular imports see it). */
#ifndef PYM_IMPORT_H
#define PYM_IMPORT_H
#include "../runtime/pym.h"

/* __import__(name, globals, locals, fromlist, level) */
PymObject *pym_import_module_level(PymObject *name, PymObject *globals, PymObject *fromlist,
                                   int level);
PymObject *pym_import_module(const char *name);
int pym_import_init(void);

#endif
