/* code.h — code objects: the compiler's output, the VM's input.
 * Invariants: immutable after creation (except the VM's name_caches);
 * instructions are 32-bit words (opcode in the low 8 bits, argument in the high 24 bits, see
 * src/opcodes.h); positions[] has one entry per instruction; the
 * exception table is sorted by start and inner ranges precede the outer
 * ranges that contain them.
 *
 * Local variable layout of a frame ("localsplus"): the first nlocals slots
 * are the fast locals (co_varnames, arguments first), then ncellvars cells,
 * then nfreevars free-variable cells.  LOAD_DEREF i indexes slot
 * nlocals + i.  A cell variable that is also an argument is listed in
 * cell2arg (cell index → argument index, -1 if none); the VM moves the
 * argument into a fresh cell when the frame starts. */
#ifndef PYM_CODE_H
#define PYM_CODE_H
#include "object.h"

typedef uint32_t PymCodeUnit;
#define PYM_CODE_OP(w) ((int)((w) & 0xffu))
#define PYM_CODE_ARG(w) ((int)((w) >> 8))
#define PYM_CODE_MAKE(op, arg) ((PymCodeUnit)(((uint32_t)(arg) << 8) | (uint32_t)(op)))

typedef struct PymCodePosition {
    int lineno, end_lineno;     /* 1-based; 0/-1 when unknown */
    int col, end_col;           /* 0-based UTF-8 byte columns; -1 when unknown */
} PymCodePosition;

typedef struct PymExceptionTableEntry {
    int start, end;             /* instruction indexes [start, end) */
    int handler;                /* instruction index to jump to */
    int depth;                  /* stack depth to pop to before pushing */
    int push_lasti;             /* push the raising instruction's index first */
} PymExceptionTableEntry;

/* co_flags (CPython's values) */
enum {
    PYM_CO_OPTIMIZED = 0x0001,
    PYM_CO_NEWLOCALS = 0x0002,
    PYM_CO_VARARGS = 0x0004,
    PYM_CO_VARKEYWORDS = 0x0008,
    PYM_CO_NESTED = 0x0010,
    PYM_CO_GENERATOR = 0x0020,
    PYM_CO_NOFREE = 0x0040,
    PYM_CO_COROUTINE = 0x0080,
};

/* The VM's per-name caches (see src/eval.c), one per entry of names.
 * LOAD_GLOBAL: global_value is borrowed and valid while the globals and
 * builtins dicts it came from still carry the recorded versions (dict
 * versions are unique across dicts, so another function's globals never
 * match). */
/* How the name is found on instances of the type whose version tag is
 * type_version (0: unused; tags are never reused). */
typedef struct PymAttrCacheEntry {
    unsigned int type_version;
    int kind;                   /* PYM_ATTR_CACHE_* */
    PymObject *method;          /* borrowed: the type's function, while the tag holds */
} PymAttrCacheEntry;

typedef struct PymNameCache {
    uint64_t globals_version, builtins_version;
    PymObject *global_value;
    /* Two types per name: a method of a base class sees instances of
     * several subclasses. */
    PymAttrCacheEntry attr[2];
    int attr_next;              /* the entry the next miss replaces */
    PymSize dict_hint;          /* where the name was last found in an instance dict */
} PymNameCache;

enum {
    PYM_ATTR_CACHE_NONE,
    PYM_ATTR_CACHE_INSTANCE,    /* no data descriptor: the instance dict decides */
    PYM_ATTR_CACHE_METHOD,      /* a plain function on the type, bound by LOAD_METHOD */
};

typedef struct PymCodeObject {
    PYM_OBJECT_HEAD;
    PymCodeUnit *code;          /* pym_mem buffer */
    int ncode;
    PymCodePosition *positions; /* ncode entries */
    PymExceptionTableEntry *exception_table;
    int nexception_entries;
    PymObject *consts;          /* tuple */
    PymObject *names;           /* tuple of str: globals, attributes, imports */
    PymObject *varnames;        /* tuple of str: fast locals, arguments first */
    PymObject *cellvars;        /* tuple of str */
    PymObject *freevars;        /* tuple of str */
    int *cell2arg;              /* ncellvars entries or NULL */
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, ncellvars, nfreevars;
    int stacksize;
    int flags;
    int firstlineno;
    PymObject *name;            /* str */
    PymObject *qualname;        /* str */
    PymObject *filename;        /* str */
    PymObject *weakreflist;
    /* NULL until the VM first needs it: nnames entries from the raw
     * allocator (not traced: the VM's bookkeeping, not a Python object's
     * data), freed with the code object.  The one mutable part. */
    PymNameCache *name_caches;
} PymCodeObject;

extern PymType pym_code_type;
#define PYM_CODE_CHECK(o) (PYM_TYPE(o) == &pym_code_type)

/* Takes ownership of the three buffers (allocated with pym_mem_malloc);
 * increfs the objects. */
PymObject *pym_code_new(PymCodeUnit *code_steal, int ncode, PymCodePosition *positions_steal,
                        PymExceptionTableEntry *table_steal, int ntable, PymObject *consts,
                        PymObject *names, PymObject *varnames, PymObject *cellvars,
                        PymObject *freevars, int argcount, int posonlyargcount,
                        int kwonlyargcount, int stacksize, int flags, int firstlineno,
                        PymObject *name, PymObject *qualname, PymObject *filename);
int pym_code_line_of(PymCodeObject *co, int instr_index);

#endif
