/* modules.c — the table of built-in C modules, by import name.
 * Invariant: each init function returns a new module object (or NULL with
 * an exception); the import system calls it at most once per name and
 * caches the result in sys.modules. */
#include "runtime/pym.h"

PymObject *pym_init_builtins(void);
PymObject *pym_init_sys(void);
PymObject *pym_init_gc(void);
PymObject *pym_init__weakref(void);
PymObject *pym_init__tracemalloc(void);
PymObject *pym_init_math(void);
PymObject *pym_init__io(void);
PymObject *pym_init_time(void);
PymObject *pym_init_atexit(void);
PymObject *pym_init__random(void);
PymObject *pym_init__sha512(void);
PymObject *pym_init_posix(void);
PymObject *pym_init__traceback(void);

const PymBuiltinModule pym_builtin_modules[] = {
    {"builtins", pym_init_builtins},
    {"sys", pym_init_sys},
    {"gc", pym_init_gc},
    {"_weakref", pym_init__weakref},
    {"_tracemalloc", pym_init__tracemalloc},
    {"math", pym_init_math},
    {"_io", pym_init__io},
    {"_io", pym_init__io},
    {"time", pym_init_time},
    {"atexit", pym_init_atexit},
    {"_random", pym_init__random},
    {"_sha512", pym_init__sha512},
    {"posix", pym_init_posix},
    {"_traceback", pym_init__traceback},
    {NULL, NULL},
};
