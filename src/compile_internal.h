/* compile_internal.h — shared state of the compiler's files (compile.c,
 * compile_stmt.c, compile_expr.c, compile_fold.c, assemble.c).  Not a
 * public interface: only src/compile*.c and src/assemble.c include it.
 *
 * Code generation follows CPython 3.11's compile.c: each scope is a
 * "unit" whose code is a graph of basic blocks of instructions; try/with
 * blocks are expressed with pseudo-instructions (SETUP_FINALLY,
 * SETUP_CLEANUP, SETUP_WITH, POP_BLOCK) that assemble.c turns into the
 * exception table.  Invariants: a jump or a scope exit (RETURN_VALUE,
 * RAISE_VARARGS, RERAISE) is always the last instruction of its block;
 * every emitted instruction carries the source location current at the
 * time (lineno -1 for artificial instructions, fixed up in assemble.c).
 * Functions return 1 on success and 0 with an exception set.
 */
#ifndef PYM_COMPILE_INTERNAL_H
#define PYM_COMPILE_INTERNAL_H
#include "compile.h"
#include "symtable.h"
#include "opcodes.h"

/* Pseudo-instructions: only inside the compiler. */
enum {
    PSEUDO_SETUP_FINALLY = 256,   /* handler gets [exc] */
    PSEUDO_SETUP_CLEANUP,         /* handler gets [lasti, exc] */
    PSEUDO_SETUP_WITH,            /* like CLEANUP, popping the __enter__ result */
    PSEUDO_POP_BLOCK,
    PSEUDO_RESUME,                /* CPython's RESUME: kept for line-number
                                     bookkeeping, dropped from the code */
};

typedef PymCodePosition Loc;
#define NO_LOC ((Loc){-1, -1, -1, -1})

typedef struct BasicBlock BasicBlock;

typedef struct Instr {
    int opcode;
    int oparg;
    Loc loc;
    BasicBlock *target;         /* jumps and SETUP_* */
    BasicBlock *except;         /* innermost handler, set by assemble.c */
} Instr;

struct BasicBlock {
    BasicBlock *list_next;      /* every block of the unit, newest first */
    BasicBlock *next;           /* layout order */
    Instr *instrs;
    int n, cap;
    int predecessors;
    int startdepth;
    int offset;                 /* index of the first instruction in the code */
    struct ExceptStack *exceptstack;
    unsigned visited : 1, preserve_lasti : 1;
};

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
} FBlockType;

typedef struct FBlock {
    FBlockType type;
    BasicBlock *block;
    BasicBlock *exit;           /* loops: where break goes */
    void *datum;                /* finally body, with statement, handler name */
} FBlock;

#define MAX_FBLOCKS 20          /* CPython's CO_MAXBLOCKS */
#define STACK_USE_GUIDELINE 30

typedef enum {
    SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_COMPREHENSION,
} ScopeType;

/* Index of names: str → position, insertion order kept (co_names …). */
typedef PymSymMap NameIndex;

typedef struct Unit {
    struct Unit *parent;
    PymSymtableEntry *ste;
    ScopeType scope_type;
    PymObject *name, *qualname;
    PymObject *private_name;    /* borrowed: class name for mangling */
    PymObject **consts;         /* owned refs, in index order */
    int nconsts, cap_consts;
    PymPtrMap const_index;      /* canonical constant → its index */
    NameIndex names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    BasicBlock *blocks;         /* allocation list */
    BasicBlock *entry, *cur;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    int firstlineno;
    Loc loc;                    /* location given to the next instruction */
} Unit;

typedef struct Compiler {
    PymSymtable *st;
    PymObject *filename;
    Unit *u;
    int nestlevel;
    int interactive;
    int future_annotations;
    int future_lineno;          /* line of the last `from __future__` import */
    /* constants merged across the whole compilation unit (DESIGN rule 5) */
    PymObject **cache;          /* open addressing table of owned refs */
    int cache_size, cache_count;
    /* objects and nodes created by constant folding, referenced from the
     * AST (released when compilation ends) */
    PymObject **folded;
    int nfolded, cap_folded;
    void **nodes;
    int nnodes, cap_nodes;
    PymArena *arena;            /* when given, it owns those instead */
    int fold_depth, fold_limit; /* expression nesting (RecursionError) */
} Compiler;

#define RETURN_IF_FALSE(x) do { if (!(x)) return 0; } while (0)

/* --- compile.c: units, blocks, emission ---------------------------------- */
BasicBlock *pym_comp_new_block(Compiler *c);
void pym_comp_use_block(Compiler *c, BasicBlock *b);   /* falls through into b */
int pym_comp_next_block(Compiler *c);                   /* start a fresh block */
int pym_comp_addop_loc(Compiler *c, int opcode, int oparg, BasicBlock *target, Loc loc);
int pym_comp_addop(Compiler *c, int opcode);
int pym_comp_addop_i(Compiler *c, int opcode, int oparg);
int pym_comp_addop_noline(Compiler *c, int opcode);
int pym_comp_addop_jump(Compiler *c, int opcode, BasicBlock *target);
int pym_comp_addop_jump_noline(Compiler *c, int opcode, BasicBlock *target);
int pym_comp_add_const(Compiler *c, PymObject *obj);    /* index, -1 on error */
int pym_comp_load_const(Compiler *c, PymObject *obj);
int pym_comp_load_const_new(Compiler *c, PymObject *obj_steal); /* obj may be NULL: error */
int pym_comp_addop_name(Compiler *c, int opcode, PymObject *name);     /* mangles */
int pym_comp_addop_name_nomangle(Compiler *c, int opcode, PymObject *name);
int pym_comp_nameop(Compiler *c, PymObject *name, PymExprContext ctx);
int pym_comp_forbidden_name(Compiler *c, PymObject *name, PymExprContext ctx); /* 1: error raised */
int pym_comp_error(Compiler *c, const char *format, ...);  /* SyntaxError, returns 0 */
void pym_comp_set_loc(Compiler *c, PymAstPos pos);
void pym_comp_unset_loc(Compiler *c);
void pym_comp_match_attr_loc(Compiler *c, PymExpr *attr);
PymObject *pym_comp_cache_const(Compiler *c, PymObject *obj);  /* canonical (new ref) */

int pym_comp_push_fblock(Compiler *c, FBlockType t, BasicBlock *block, BasicBlock *exit,
                         void *datum);
void pym_comp_pop_fblock(Compiler *c);
int pym_comp_unwind_fblock(Compiler *c, FBlock *info, int preserve_tos);
int pym_comp_unwind_fblock_stack(Compiler *c, int preserve_tos, FBlock **loop);

int pym_comp_enter_scope(Compiler *c, PymObject *name, ScopeType type, void *key,
                         int lineno);
void pym_comp_exit_scope(Compiler *c);
/* Emit the closure tuple (if any), LOAD_CONST code, MAKE_FUNCTION flags. */
int pym_comp_make_closure(Compiler *c, PymObject *code, int flags);
PymObject *pym_comp_docstring(PymAstSeq *body);     /* borrowed or NULL */

/* --- compile_stmt.c ------------------------------------------------------ */
int pym_comp_visit_stmt(Compiler *c, PymStmt *s);
int pym_comp_visit_stmts(Compiler *c, PymAstSeq *seq);
int pym_comp_body(Compiler *c, PymAstSeq *stmts);   /* module / class body */
int pym_comp_find_ann(PymAstSeq *stmts);
int pym_comp_call_exit_with_nones(Compiler *c);

/* --- compile_expr.c ------------------------------------------------------ */
int pym_comp_visit_expr(Compiler *c, PymExpr *e);
int pym_comp_visit_exprs(Compiler *c, PymAstSeq *seq);
int pym_comp_jump_if(Compiler *c, PymExpr *e, BasicBlock *next, int cond);
/* SyntaxWarning for `assert (test, msg)`, as CPython (compile_expr.c). */
void pym_comp_check_assert(Compiler *c, PymStmt *s);
int pym_comp_call_helper(Compiler *c, int n, PymAstSeq *args, PymAstSeq *keywords);
int pym_comp_default_arguments(Compiler *c, PymArguments *args);  /* flags, -1 on error */
int pym_comp_check_debug_args(Compiler *c, PymArguments *args);
int pym_comp_add_yield_from(Compiler *c);

/* --- compile_fold.c ------------------------------------------------------ */
/* CPython's AST optimizer: constant folding in place. */
int pym_comp_fold_module(Compiler *c, PymAstModule *mod);

/* --- compile_unparse.c ----------------------------------------------------- */
/* Source text of an expression (annotations under __future__.annotations). */
PymObject *pym_comp_unparse(PymExpr *e);

/* --- assemble.c ---------------------------------------------------------- */
/* Finish the current unit into a code object (adds the implicit return). */
PymObject *pym_comp_assemble(Compiler *c, int add_none);
void pym_comp_free_blocks(Unit *u);

#endif
