/* sysmodule.h — the sys module (stdlib/sysmodule.c).
 * Invariant: sys.argv and sys.path are plain lists owned by the module's
 * dict; the setters below may run before or after pym_init_sys. */
#ifndef PYM_SYSMODULE_H
#define PYM_SYSMODULE_H
#include "runtime/object.h"

#include <stddef.h>

PymObject *pym_init_sys(void);
/* sys.argv = [argv[0], …, argv[argc-1]] (UTF-8, undecodable bytes kept
 * as surrogate escapes).  Returns 0, or -1 with an exception set. */
int pym_sys_set_argv(int argc, char **argv);
/* Put the script directory (or "" for -c / the REPL) first on sys.path. */
int pym_sys_set_path0(const char *path0);
/* sys.<name>, borrowed, or NULL (no exception) when absent. */
PymObject *pym_sys_get_object_borrow(const char *name);

/* Struct sequences (sys.version_info, time.struct_time, …): tuple
 * subtypes whose read-only members name the items.  These are their
 * dealloc, traverse and repr slots (repr: `TypeName(field=value, …)`). */
#define PYM_STRUCTSEQ_ITEM_OFFSET(i) \
    ((PymSize)(offsetof(PymTupleObject, items) + (i) * sizeof(PymObject *)))
#define PYM_STRUCTSEQ_MEMBER(name, i) \
    { name, PYM_MEMBER_OBJECT, PYM_STRUCTSEQ_ITEM_OFFSET(i), PYM_MEMBER_READONLY, NULL }
void pym_structseq_dealloc(PymObject *self);
int pym_structseq_traverse(PymObject *self, PymVisitProc visit, void *arg);
PymObject *pym_structseq_repr(PymObject *self);

#endif
