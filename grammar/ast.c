/* ast.c — the arena that owns a parse's nodes and objects, growable node
 * sequences and small node constructors.
 *
 * Invariants: arena memory comes from pym_mem_malloc in blocks and is only
 * released all at once by pym_arena_free, which also drops one reference to
 * every object handed over with pym_arena_own.  Allocations are zeroed and
 * 16-byte aligned.
 */
#include <string.h>

#include "ast.h"
#include "../runtime/obmalloc.h"
#include "../runtime/errors.h"
#include "../runtime/int.h"

enum { ARENA_BLOCK_SIZE = 8192, ARENA_ALIGN = 16 };

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    /* data follows, aligned */
} ArenaBlock;

struct PymArena {
    ArenaBlock *blocks;          /* current block first */
    PymObject **objects;         /* owned references */
    size_t nobjects, capobjects;
};

#define BLOCK_HEADER ((sizeof(ArenaBlock) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

PymArena *pym_arena_new(void)
{
    PymArena *arena = pym_mem_malloc(sizeof *arena);
    if (!arena) {
        pym_err_no_memory();
        return NULL;
    }
    memset(arena, 0, sizeof *arena);
    return arena;
}

void pym_arena_free(PymArena *arena)
{
    if (!arena)
        return;
    for (size_t i = 0; i < arena->nobjects; i++)
        PYM_DECREF(arena->objects[i]);
    pym_mem_free(arena->objects);
    ArenaBlock *b = arena->blocks;
    while (b) {
        ArenaBlock *next = b->next;
        pym_mem_free(b);
        b = next;
    }
    pym_mem_free(arena);
}

void *pym_arena_alloc(PymArena *arena, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    ArenaBlock *b = arena->blocks;
    if (!b || b->used + size > b->size) {
        size_t cap = size > ARENA_BLOCK_SIZE / 2 ? size : ARENA_BLOCK_SIZE;
        ArenaBlock *nb = pym_mem_malloc(BLOCK_HEADER + cap);
        if (!nb) {
            pym_err_no_memory();
            return NULL;
        }
        nb->used = 0;
        nb->size = cap;
        if (b && size > ARENA_BLOCK_SIZE / 2) {
            /* a big one-off block goes behind the current one */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            arena->blocks = nb;
        }
        b = nb;
    }
    char *mem = (char *)b + BLOCK_HEADER + b->used;
    b->used += size;
    memset(mem, 0, size);
    return mem;
}

PymObject *pym_arena_own(PymArena *arena, PymObject *obj_steal)
{
    if (!obj_steal)
        return NULL;
    if (arena->nobjects == arena->capobjects) {
        size_t cap = arena->capobjects ? arena->capobjects * 2 : 64;
        PymObject **objs = pym_mem_realloc(arena->objects, cap * sizeof *objs);
        if (!objs) {
            PYM_DECREF(obj_steal);
            pym_err_no_memory();
            return NULL;
        }
        arena->objects = objs;
        arena->capobjects = cap;
    }
    arena->objects[arena->nobjects++] = obj_steal;
    return obj_steal;
}

PymAstSeq *pym_ast_seq_new(PymArena *arena, int count)
{
    PymAstSeq *seq = pym_arena_alloc(arena, sizeof *seq);
    if (!seq)
        return NULL;
    seq->count = count;
    if (count > 0) {
        seq->items = pym_arena_alloc(arena, (size_t)count * sizeof(void *));
        if (!seq->items)
            return NULL;
    }
    return seq;
}

/* Capacity of an append-built seq: the smallest power of two >= count,
 * at least 4. */
static int seq_capacity(int count)
{
    int cap = 4;
    while (cap < count)
        cap *= 2;
    return cap;
}

PymAstSeq *pym_ast_seq_append(PymArena *arena, PymAstSeq *seq, void *item)
{
    if (!seq) {
        seq = pym_arena_alloc(arena, sizeof *seq);
        if (!seq)
            return NULL;
    }
    if (seq->count == 0 || seq->count == seq_capacity(seq->count)) {
        int cap = seq->count == 0 ? 4 : seq->count * 2;
        void **items = pym_arena_alloc(arena, (size_t)cap * sizeof(void *));
        if (!items)
            return NULL;
        if (seq->count)
            memcpy(items, seq->items, (size_t)seq->count * sizeof(void *));
        seq->items = items;
    }
    seq->items[seq->count++] = item;
    return seq;
}

PymExpr *pym_ast_expr_new(PymArena *arena, PymExprKind kind, PymAstPos pos)
{
    PymExpr *e = pym_arena_alloc(arena, sizeof *e);
    if (!e)
        return NULL;
    e->kind = kind;
    e->pos = pos;
    return e;
}

PymStmt *pym_ast_stmt_new(PymArena *arena, PymStmtKind kind, PymAstPos pos)
{
    PymStmt *s = pym_arena_alloc(arena, sizeof *s);
    if (!s)
        return NULL;
    s->kind = kind;
    s->pos = pos;
    return s;
}

const char *pym_ast_expr_name(const PymExpr *e)
{
    switch (e->kind) {
    case PYM_EXPR_ATTRIBUTE: return "attribute";
    case PYM_EXPR_SUBSCRIPT: return "subscript";
    case PYM_EXPR_STARRED: return "starred";
    case PYM_EXPR_NAME: return "name";
    case PYM_EXPR_LIST: return "list";
    case PYM_EXPR_TUPLE: return "tuple";
    case PYM_EXPR_LAMBDA: return "lambda";
    case PYM_EXPR_CALL: return "function call";
    case PYM_EXPR_BOOLOP:
    case PYM_EXPR_BINOP:
    case PYM_EXPR_UNARYOP: return "expression";
    case PYM_EXPR_GENERATOREXP: return "generator expression";
    case PYM_EXPR_YIELD:
    case PYM_EXPR_YIELDFROM: return "yield expression";
    case PYM_EXPR_AWAIT: return "await expression";
    case PYM_EXPR_LISTCOMP: return "list comprehension";
    case PYM_EXPR_SETCOMP: return "set comprehension";
    case PYM_EXPR_DICTCOMP: return "dict comprehension";
    case PYM_EXPR_DICT: return "dict literal";
    case PYM_EXPR_SET: return "set display";
    case PYM_EXPR_JOINEDSTR:
    case PYM_EXPR_FORMATTEDVALUE: return "f-string expression";
    case PYM_EXPR_CONSTANT: {
        PymObject *v = e->v.constant.value;
        if (v == PYM_NONE) return "None";
        if (v == PYM_FALSE) return "False";
        if (v == PYM_TRUE) return "True";
        if (v == PYM_ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case PYM_EXPR_COMPARE: return "comparison";
    case PYM_EXPR_IFEXP: return "conditional expression";
    case PYM_EXPR_NAMEDEXPR: return "named expression";
    case PYM_EXPR_SLICE: return "slice";
    }
    return "expression";
}
