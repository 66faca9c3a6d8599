/* symtable.h — scopes of a compilation unit, computed before code generation.
 *
 * One entry per module, class body, function, lambda and comprehension
 * (3.11: comprehensions and generator expressions are nested functions
 * taking the outermost iterator as the parameter ".0").  Every name used
 * in a block gets flags (how it is used) and, after analysis, a scope
 * (local / global explicit / global implicit / free / cell), following
 * CPython 3.11's symtable.c rules and error messages.
 *
 * Invariants: names are stored mangled (`__x` in class C is `_C__x`); an
 * entry's symbol map keeps insertion order; entries live until
 * pym_symtable_free and are looked up by the AST node that opened them.
 */
#ifndef PYM_SYMTABLE_H
#define PYM_SYMTABLE_H
#include "../runtime/pym.h"
#include "../grammar/ast.h"

/* Flags of a symbol (CPython's DEF_* values). */
enum {
    PYM_DEF_GLOBAL = 1,         /* global statement */
    PYM_DEF_LOCAL = 2,          /* assignment in the block */
    PYM_DEF_PARAM = 4,          /* formal parameter */
    PYM_DEF_NONLOCAL = 8,       /* nonlocal statement */
    PYM_DEF_USE = 16,           /* name is read */
    PYM_DEF_FREE = 32,          /* name used but not defined in nested block */
    PYM_DEF_FREE_CLASS = 64,    /* free variable from class's method */
    PYM_DEF_IMPORT = 128,       /* assignment by an import */
    PYM_DEF_ANNOT = 256,        /* annotated name */
    PYM_DEF_COMP_ITER = 512,    /* comprehension iteration variable */
};
#define PYM_DEF_BOUND (PYM_DEF_LOCAL | PYM_DEF_PARAM | PYM_DEF_IMPORT)

/* Scopes (stored above PYM_SCOPE_OFFSET in the flags). */
enum {
    PYM_SCOPE_LOCAL = 1,
    PYM_SCOPE_GLOBAL_EXPLICIT = 2,
    PYM_SCOPE_GLOBAL_IMPLICIT = 3,
    PYM_SCOPE_FREE = 4,
    PYM_SCOPE_CELL = 5,
};
#define PYM_SCOPE_OFFSET 11
#define PYM_SCOPE_MASK 7

/* An insertion-ordered map from str (compared by value) to an int. */
typedef struct PymSymMapEntry {
    PymObject *key;     /* owned reference */
    long value;
} PymSymMapEntry;
typedef struct PymSymMap {
    PymSymMapEntry *entries;
    int count, capacity;
    int *index;         /* open addressing over entries, -1 empty */
    int index_size;
} PymSymMap;
void pym_symmap_init(PymSymMap *map);
void pym_symmap_fini(PymSymMap *map);
/* Position of key in insertion order, or -1. */
int pym_symmap_find(const PymSymMap *map, PymObject *key);
/* Value of key, or dflt when absent. */
long pym_symmap_get(const PymSymMap *map, PymObject *key, long dflt);
/* Insert or update; returns the position, -1 on memory error. */
int pym_symmap_set(PymSymMap *map, PymObject *key, long value);

/* A map from pointers (AST nodes, objects) to ints. */
typedef struct PymPtrMap {
    const void **keys;
    int *values;
    int count, size;    /* size: a power of two, or 0 */
} PymPtrMap;
void pym_ptrmap_fini(PymPtrMap *map);
int pym_ptrmap_get(const PymPtrMap *map, const void *key, int dflt);
int pym_ptrmap_set(PymPtrMap *map, const void *key, int value); /* -1 on memory error */

typedef enum {
    PYM_BLOCK_FUNCTION = 1,
    PYM_BLOCK_CLASS,
    PYM_BLOCK_MODULE,
    PYM_BLOCK_ANNOTATION,   /* annotations under `from __future__ import annotations`:
                               visited for errors only, never compiled */
} PymBlockType;

typedef enum {
    PYM_COMP_NONE = 0,
    PYM_COMP_GENEXP,
    PYM_COMP_LIST,
    PYM_COMP_DICT,
    PYM_COMP_SET,
} PymComprehensionKind;

typedef struct PymSymDirective {  /* where a global/nonlocal (or walrus) named a name */
    PymObject *name;            /* borrowed from the AST / symbol map */
    int lineno, col_offset, end_lineno, end_col_offset;
} PymSymDirective;

typedef struct PymSymtableEntry {
    PymBlockType type;
    PymObject *name;            /* owned: "top", function/class name, "lambda", "listcomp"… */
    void *key;                  /* the AST node that opened the block */
    PymSymMap symbols;          /* name → flags | scope << PYM_SCOPE_OFFSET */
    PymObject **varnames;       /* parameters in order (owned refs) */
    int nvarnames, cap_varnames;
    struct PymSymtableEntry **children;
    int nchildren, cap_children;
    PymSymDirective *directives;
    int ndirectives, cap_directives;
    PymComprehensionKind comprehension;
    unsigned nested : 1, generator : 1, coroutine : 1, varargs : 1, varkeywords : 1,
        returns_value : 1, needs_class_closure : 1, child_free : 1, free : 1,
        comp_iter_target : 1;
    int comp_iter_expr;         /* > 0 while visiting a comprehension's iterable */
    int lineno, col_offset, end_lineno, end_col_offset;
} PymSymtableEntry;

typedef struct PymSymtable {
    PymObject *filename;        /* borrowed */
    PymSymtableEntry *top;      /* the module block */
    PymSymtableEntry *cur;
    PymSymtableEntry **stack;   /* blocks being visited, innermost last */
    int nstack, cap_stack;
    PymObject *private_name;    /* class name used for mangling, borrowed */
    PymSymtableEntry **all;     /* every entry, for lookup by key and freeing */
    int nall, cap_all;
    PymPtrMap by_key;           /* AST node → index in all (no annotation blocks) */
    int future_annotations;
    int recursion_depth, recursion_limit;
} PymSymtable;

/* Build and analyse the symbol table of a module.  Returns NULL with
 * SyntaxError raised on errors (duplicate arguments, misplaced global or
 * nonlocal, yield in a comprehension …). */
PymSymtable *pym_symtable_build(PymAstModule *mod, PymObject *filename, int future_annotations);
void pym_symtable_free(PymSymtable *st);
PymSymtableEntry *pym_symtable_lookup(PymSymtable *st, void *key);
/* Scope of a (mangled) name in a block, 0 when the block never saw it. */
int pym_symtable_scope(const PymSymtableEntry *ste, PymObject *name);
long pym_symtable_flags(const PymSymtableEntry *ste, PymObject *name);

/* Private name mangling: `__spam` inside class `Ham` → `_Ham__spam`
 * (dunder names and dotted names are left alone).  New reference. */
PymObject *pym_symtable_mangle(PymObject *private_name, PymObject *name);

/* Raise SyntaxError(msg) located at the given AST position (0-based
 * columns), with the source line read from the file like CPython does.
 * Always returns NULL. */
/* A compile-time warning as CPython's default warnings display writes it to
 * sys.stderr: "FILE:LINE: CATEGORY: MSG" and the stripped source line
 * when the file can be read. Never raises. */
void pym_symtable_warn(PymObject *filename, const char *category, const char *msg, int lineno);
void *pym_symtable_syntax_error(PymObject *filename, PymObject *msg_steal, int lineno,
                                int col_offset, int end_lineno, int end_col_offset);
/* The same with 1-based offsets, a negative one meaning None. */
void *pym_symtable_raise(PymObject *filename, PymObject *msg_steal, int lineno, int offset,
                         int end_lineno, int end_offset);

#endif
