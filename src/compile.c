/* compile.c — AST → code objects: the driver, scopes ("units"), basic
 * blocks, instruction emission, names and constants.
 *
 * The statement and expression visitors live in compile_stmt.c and
 * compile_expr.c, constant folding in compile_fold.c, and the final
 * assembly (flow-graph clean-up, exception table, stack depth, code
 * object) in assemble.c.  The generated code is CPython 3.11's bytecode
 * in pym's simplified form (src/opcodes.h), construct for construct.
 *
 * Invariants: a block never continues after a jump or a scope exit (a
 * fresh block is started automatically); constants are merged across the
 * whole compilation through Compiler.cache (equal by type and value, so
 * 1, 1.0 and True stay distinct, as do 0.0 and -0.0); identifier-like
 * string constants are interned.
 */
#include "compile_internal.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors -------------------------------------------------------------- */

int pym_comp_error(Compiler *c, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    /* pym_str_from_format has no va_list form: format up to four %U args */
    PymObject *args[4] = {NULL, NULL, NULL, NULL};
    int nargs = 0;
    for (const char *p = format; *p && nargs < 4; p++)
        if (p[0] == '%' && p[1] == 'U')
            args[nargs++] = va_arg(va, PymObject *);
    va_end(va);
    PymObject *msg = pym_str_from_format(format, args[0], args[1], args[2], args[3]);
    Loc loc = c->u ? c->u->loc : NO_LOC;
    pym_symtable_syntax_error(c->filename, msg, loc.lineno, loc.col, loc.end_lineno, loc.end_col);
    return 0;
}

int pym_comp_forbidden_name(Compiler *c, PymObject *name, PymExprContext ctx)
{
    if (ctx == PYM_STORE && pym_str_equal_cstr(name, "__debug__")) {
        pym_comp_error(c, "cannot assign to __debug__");
        return 1;
    }
    if (ctx == PYM_DEL && pym_str_equal_cstr(name, "__debug__")) {
        pym_comp_error(c, "cannot delete __debug__");
        return 1;
    }
    return 0;
}

/* ---- locations ----------------------------------------------------------- */

void pym_comp_set_loc(Compiler *c, PymAstPos pos)
{
    c->u->loc.lineno = pos.lineno;
    c->u->loc.end_lineno = pos.end_lineno;
    c->u->loc.col = pos.col_offset;
    c->u->loc.end_col = pos.end_col_offset;
}

/* For an attribute spanning lines (`obj\n  .attr`), errors point at the
 * line and column of `.attr`. */
void pym_comp_match_attr_loc(Compiler *c, PymExpr *attr)
{
    if (attr->pos.lineno != attr->pos.end_lineno) {
        c->u->loc.lineno = attr->pos.end_lineno;
        c->u->loc.col = attr->pos.end_col_offset - (int)pym_str_length(attr->v.attribute.attr);
    }
}

void pym_comp_unset_loc(Compiler *c)
{
    c->u->loc = NO_LOC;
}

/* ---- blocks and instructions -------------------------------------------- */

BasicBlock *pym_comp_new_block(Compiler *c)
{
    BasicBlock *b = pym_mem_calloc(1, sizeof(*b));
    if (!b) {
        pym_err_no_memory();
        return NULL;
    }
    b->list_next = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void pym_comp_use_block(Compiler *c, BasicBlock *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

int pym_comp_next_block(Compiler *c)
{
    BasicBlock *b = pym_comp_new_block(c);
    if (!b)
        return 0;
    pym_comp_use_block(c, b);
    return 1;
}

static int is_terminator(int opcode)
{
    switch (opcode) {
    case PYM_OP_JUMP: case PYM_OP_POP_JUMP_IF_FALSE: case PYM_OP_POP_JUMP_IF_TRUE:
    case PYM_OP_POP_JUMP_IF_NONE: case PYM_OP_POP_JUMP_IF_NOT_NONE:
    case PYM_OP_JUMP_IF_FALSE_OR_POP: case PYM_OP_JUMP_IF_TRUE_OR_POP: case PYM_OP_FOR_ITER:
    case PYM_OP_SEND: case PYM_OP_RETURN_VALUE: case PYM_OP_RAISE_VARARGS: case PYM_OP_RERAISE:
        return 1;
    default:
        return 0;
    }
}

int pym_comp_addop_loc(Compiler *c, int opcode, int oparg, BasicBlock *target, Loc loc)
{
    BasicBlock *b = c->u->cur;
    if (b->n > 0 && is_terminator(b->instrs[b->n - 1].opcode)) {
        if (!pym_comp_next_block(c))
            return 0;
        b = c->u->cur;
    }
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 16;
        Instr *instrs = pym_mem_realloc(b->instrs, sizeof(Instr) * (size_t)cap);
        if (!instrs) {
            pym_err_no_memory();
            return 0;
        }
        b->instrs = instrs;
        b->cap = cap;
    }
    Instr *i = &b->instrs[b->n++];
    i->opcode = opcode;
    i->oparg = oparg;
    i->loc = loc;
    i->target = target;
    i->except = NULL;
    return 1;
}

int pym_comp_addop(Compiler *c, int opcode)
{
    return pym_comp_addop_loc(c, opcode, 0, NULL, c->u->loc);
}

int pym_comp_addop_i(Compiler *c, int opcode, int oparg)
{
    return pym_comp_addop_loc(c, opcode, oparg, NULL, c->u->loc);
}

int pym_comp_addop_noline(Compiler *c, int opcode)
{
    return pym_comp_addop_loc(c, opcode, 0, NULL, NO_LOC);
}

int pym_comp_addop_jump(Compiler *c, int opcode, BasicBlock *target)
{
    return pym_comp_addop_loc(c, opcode, 0, target, c->u->loc);
}

int pym_comp_addop_jump_noline(Compiler *c, int opcode, BasicBlock *target)
{
    return pym_comp_addop_loc(c, opcode, 0, target, NO_LOC);
}

/* ---- the constant cache --------------------------------------------------- */

static uint64_t const_hash(PymObject *o);

static int all_name_chars(PymObject *s)
{
    /* Name characters are ASCII; asking a non-ASCII string for UTF-8 would
     * leave a cached copy that sys.getsizeof then counts. */
    if (!pym_str_is_ascii(s))
        return 0;
    PymSize n;
    const char *p = pym_str_as_utf8_and_size(s, &n);
    if (!p) {
        pym_err_clear();
        return 0;
    }
    for (PymSize i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return 0;
    }
    return 1;
}

/* Spread sequential hashes (small ints) over the table. */
static size_t const_slot(PymObject *o, int size)
{
    uint64_t h = const_hash(o);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return (size_t)h & (size_t)(size - 1);
}

static uint64_t const_hash(PymObject *o)
{
    uint64_t h = (uint64_t)(uintptr_t)PYM_TYPE(o) * 0x9E3779B97F4A7C15ull;
    if (PYM_TUPLE_CHECK_EXACT(o)) {
        PymSize n = PYM_TUPLE_SIZE(o);
        for (PymSize i = 0; i < n; i++)
            h = (h ^ const_hash(PYM_TUPLE_BORROW_ITEM(o, i))) * 0x100000001B3ull;
        return h ^ (uint64_t)n;
    }
    if (PYM_TYPE(o) == &pym_frozenset_type)
        return h ^ (uint64_t)pym_set_size(o);
    if (PYM_INT_CHECK_EXACT(o) || PYM_STR_CHECK_EXACT(o) || PYM_FLOAT_CHECK_EXACT(o) ||
        PYM_TYPE(o) == &pym_bytes_type) {
        PymHash v = pym_object_hash(o);
        if (v == -1 && pym_err_occurred()) {
            pym_err_clear();
            return h;
        }
        return h ^ (uint64_t)v;
    }
    return h ^ (uint64_t)(uintptr_t)o;
}

static int const_equal(PymObject *a, PymObject *b)
{
    if (a == b)
        return 1;
    if (PYM_TYPE(a) != PYM_TYPE(b))
        return 0;
    if (PYM_FLOAT_CHECK_EXACT(a)) {
        double x = PYM_FLOAT_VALUE(a), y = PYM_FLOAT_VALUE(b);
        /* equal values with equal signs: 0.0 and -0.0 differ */
        return x == y && signbit(x) == signbit(y);
    }
    if (PYM_STR_CHECK_EXACT(a))
        return pym_str_equal(a, b);
    if (PYM_TYPE(a) == &pym_bytes_type)
        return pym_bytes_size(a) == pym_bytes_size(b) &&
               memcmp(pym_bytes_data(a), pym_bytes_data(b), (size_t)pym_bytes_size(a)) == 0;
    if (PYM_INT_CHECK_EXACT(a)) {
        int r = pym_object_richcompare_bool(a, b, PYM_EQ);
        if (r < 0) {
            pym_err_clear();
            return 0;
        }
        return r;
    }
    if (PYM_TUPLE_CHECK_EXACT(a)) {
        PymSize n = PYM_TUPLE_SIZE(a);
        if (n != PYM_TUPLE_SIZE(b))
            return 0;
        for (PymSize i = 0; i < n; i++)
            if (!const_equal(PYM_TUPLE_BORROW_ITEM(a, i), PYM_TUPLE_BORROW_ITEM(b, i)))
                return 0;
        return 1;
    }
    if (PYM_TYPE(a) == &pym_frozenset_type) {
        if (pym_set_size(a) != pym_set_size(b))
            return 0;
        PymSize pa = 0;
        PymObject *ka;
        PymHash ha;
        while (pym_set_next(a, &pa, &ka, &ha)) {
            PymSize pb = 0;
            PymObject *kb;
            PymHash hb;
            int found = 0;
            while (!found && pym_set_next(b, &pb, &kb, &hb))
                found = const_equal(ka, kb);
            if (!found)
                return 0;
        }
        return 1;
    }
    return 0;   /* code objects and the rest: identity only */
}

static int cache_grow(Compiler *c)
{
    int size = c->cache_size ? c->cache_size * 2 : 64;
    PymObject **table = pym_mem_calloc((size_t)size, sizeof(PymObject *));
    if (!table) {
        pym_err_no_memory();
        return -1;
    }
    for (int i = 0; i < c->cache_size; i++) {
        PymObject *o = c->cache[i];
        if (!o)
            continue;
        size_t j = const_slot(o, size);
        while (table[j])
            j = (j + 1) & (size_t)(size - 1);
        table[j] = o;
    }
    pym_mem_free(c->cache);
    c->cache = table;
    c->cache_size = size;
    return 0;
}

/* The canonical object equal to obj (new reference).  Tuples have their
 * items canonicalized first, frozensets are rebuilt from canonical items. */
PymObject *pym_comp_cache_const(Compiler *c, PymObject *obj)
{
    if (obj == PYM_NONE || obj == PYM_ELLIPSIS || obj == PYM_TRUE || obj == PYM_FALSE)
        return PYM_NEWREF(obj);
    PymObject *o = PYM_NEWREF(obj);
    if (PYM_STR_CHECK_EXACT(o) && all_name_chars(o)) {
        pym_str_intern_in_place(&o);
    }
    else if (PYM_TUPLE_CHECK_EXACT(o)) {
        PymSize n = PYM_TUPLE_SIZE(o);
        for (PymSize i = 0; i < n; i++) {
            PymObject *item = PYM_TUPLE_BORROW_ITEM(o, i);
            PymObject *canon = pym_comp_cache_const(c, item);
            if (!canon) {
                PYM_DECREF(o);
                return NULL;
            }
            if (canon != item) {
                /* equal by value: swapping the item in is invisible */
                PYM_TUPLE_SET_ITEM_STEAL(o, i, canon);
                PYM_DECREF(item);
            }
            else {
                PYM_DECREF(canon);
            }
        }
    }
    else if (PYM_TYPE(o) == &pym_frozenset_type && pym_set_size(o) > 0) {
        PymObject *items = pym_tuple_new(pym_set_size(o));
        if (!items) {
            PYM_DECREF(o);
            return NULL;
        }
        PymSize pos = 0, i = 0;
        PymObject *key;
        PymHash hash;
        while (pym_set_next(o, &pos, &key, &hash)) {
            PymObject *canon = pym_comp_cache_const(c, key);
            if (!canon) {
                PYM_DECREF(items);
                PYM_DECREF(o);
                return NULL;
            }
            PYM_TUPLE_SET_ITEM_STEAL(items, i++, canon);
        }
        PymObject *rebuilt = pym_frozenset_new(items);
        PYM_DECREF(items);
        PYM_DECREF(o);
        if (!rebuilt)
            return NULL;
        o = rebuilt;
    }
    if (c->cache_count * 2 >= c->cache_size && cache_grow(c) < 0) {
        PYM_DECREF(o);
        return NULL;
    }
    size_t mask = (size_t)(c->cache_size - 1);
    size_t j = const_slot(o, c->cache_size);
    while (c->cache[j]) {
        if (const_equal(c->cache[j], o)) {
            PymObject *found = PYM_NEWREF(c->cache[j]);
            PYM_DECREF(o);
            return found;
        }
        j = (j + 1) & mask;
    }
    c->cache[j] = PYM_NEWREF(o);
    c->cache_count++;
    return o;
}

/* ---- constants and names of the current unit ---------------------------- */

int pym_comp_add_const(Compiler *c, PymObject *obj)
{
    PymObject *canon = pym_comp_cache_const(c, obj);
    if (!canon)
        return -1;
    Unit *u = c->u;
    int found = pym_ptrmap_get(&u->const_index, canon, -1);
    if (found >= 0 && found < u->nconsts && u->consts[found] == canon) {
        PYM_DECREF(canon);
        return found;
    }
    if (u->nconsts == u->cap_consts) {
        int cap = u->cap_consts ? u->cap_consts * 2 : 16;
        PymObject **consts = pym_mem_realloc(u->consts, sizeof(PymObject *) * (size_t)cap);
        if (!consts) {
            PYM_DECREF(canon);
            pym_err_no_memory();
            return -1;
        }
        u->consts = consts;
        u->cap_consts = cap;
    }
    if (pym_ptrmap_set(&u->const_index, canon, u->nconsts) < 0) {
        PYM_DECREF(canon);
        return -1;
    }
    u->consts[u->nconsts] = canon;
    return u->nconsts++;
}

int pym_comp_load_const(Compiler *c, PymObject *obj)
{
    int i = pym_comp_add_const(c, obj);
    if (i < 0)
        return 0;
    return pym_comp_addop_i(c, PYM_OP_LOAD_CONST, i);
}

int pym_comp_load_const_new(Compiler *c, PymObject *obj_steal)
{
    if (!obj_steal)
        return 0;
    int ok = pym_comp_load_const(c, obj_steal);
    PYM_DECREF(obj_steal);
    return ok;
}

static int add_name(NameIndex *index, PymObject *name)
{
    int i = pym_symmap_find(index, name);
    if (i >= 0)
        return i;
    PymObject *interned = PYM_NEWREF(name);
    pym_str_intern_in_place(&interned);
    i = pym_symmap_set(index, interned, index->count);
    PYM_DECREF(interned);
    return i;
}

int pym_comp_addop_name_nomangle(Compiler *c, int opcode, PymObject *name)
{
    int i = add_name(&c->u->names, name);
    if (i < 0)
        return 0;
    return pym_comp_addop_i(c, opcode, i);
}

int pym_comp_addop_name(Compiler *c, int opcode, PymObject *name)
{
    PymObject *mangled = pym_symtable_mangle(c->u->private_name, name);
    if (!mangled)
        return 0;
    int ok = pym_comp_addop_name_nomangle(c, opcode, mangled);
    PYM_DECREF(mangled);
    return ok;
}

int pym_comp_nameop(Compiler *c, PymObject *name, PymExprContext ctx)
{
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    Unit *u = c->u;
    if (pym_comp_forbidden_name(c, name, ctx))
        return 0;
    PymObject *mangled = pym_symtable_mangle(u->private_name, name);
    if (!mangled)
        return 0;
    NameIndex *deref_index = NULL;
    int scope = pym_symtable_scope(u->ste, mangled);
    switch (scope) {
    case PYM_SCOPE_FREE:
        deref_index = &u->freevars;
        optype = OP_DEREF;
        break;
    case PYM_SCOPE_CELL:
        deref_index = &u->cellvars;
        optype = OP_DEREF;
        break;
    case PYM_SCOPE_LOCAL:
        if (u->ste->type == PYM_BLOCK_FUNCTION)
            optype = OP_FAST;
        break;
    case PYM_SCOPE_GLOBAL_IMPLICIT:
        if (u->ste->type == PYM_BLOCK_FUNCTION)
            optype = OP_GLOBAL;
        break;
    case PYM_SCOPE_GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    default:
        break;
    }
    int op = 0, ok = 0;
    static const int ops[4][3] = {
        [OP_FAST] = {PYM_OP_LOAD_FAST, PYM_OP_STORE_FAST, PYM_OP_DELETE_FAST},
        [OP_GLOBAL] = {PYM_OP_LOAD_GLOBAL, PYM_OP_STORE_GLOBAL, PYM_OP_DELETE_GLOBAL},
        [OP_DEREF] = {PYM_OP_LOAD_DEREF, PYM_OP_STORE_DEREF, PYM_OP_DELETE_DEREF},
        [OP_NAME] = {PYM_OP_LOAD_NAME, PYM_OP_STORE_NAME, PYM_OP_DELETE_NAME},
    };
    int which = ctx == PYM_STORE ? 1 : ctx == PYM_DEL ? 2 : 0;
    op = ops[optype][which];
    if (optype == OP_DEREF) {
        if (op == PYM_OP_LOAD_DEREF && u->ste->type == PYM_BLOCK_CLASS)
            op = PYM_OP_LOAD_CLASSDEREF;
        int i = pym_symmap_find(deref_index, mangled);
        if (i >= 0) {
            if (deref_index == &u->freevars)
                i += u->cellvars.count;
            ok = pym_comp_addop_i(c, op, i);
        }
        else {
            pym_err_format(&pym_exc_SystemError, "compiler: no cell for name %R", mangled);
        }
    }
    else if (optype == OP_FAST) {
        int i = add_name(&u->varnames, mangled);
        ok = i >= 0 && pym_comp_addop_i(c, op, i);
    }
    else {
        int i = add_name(&u->names, mangled);
        ok = i >= 0 && pym_comp_addop_i(c, op, i);
    }
    PYM_DECREF(mangled);
    return ok;
}

/* ---- frame blocks (loops, try, with) -------------------------------------- */

int pym_comp_push_fblock(Compiler *c, FBlockType t, BasicBlock *block, BasicBlock *exit,
                         void *datum)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return pym_comp_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    return 1;
}

void pym_comp_pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

/* Emit what leaving the frame block needs.  With preserve_tos the value
 * on top of the stack (a return value) is kept on top. */
int pym_comp_unwind_fblock(Compiler *c, FBlock *info, int preserve_tos)
{
    switch (info->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return 1;
    case FB_FOR_LOOP:
        /* pop the iterator */
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_SWAP, 2));
        return pym_comp_addop(c, PYM_OP_POP_TOP);
    case FB_TRY_EXCEPT:
        return pym_comp_addop(c, PSEUDO_POP_BLOCK);
    case FB_FINALLY_TRY:
        /* this POP_BLOCK gets the line of the unwinding statement */
        RETURN_IF_FALSE(pym_comp_addop(c, PSEUDO_POP_BLOCK));
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL));
        RETURN_IF_FALSE(pym_comp_visit_stmts(c, info->datum));
        if (preserve_tos)
            pym_comp_pop_fblock(c);
        /* the unwinding instruction seems to run after the finally body */
        pym_comp_unset_loc(c);
        return 1;
    case FB_FINALLY_END:
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_SWAP, 2));
        RETURN_IF_FALSE(pym_comp_addop(c, PYM_OP_POP_TOP));    /* exc_value */
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_SWAP, 2));
        RETURN_IF_FALSE(pym_comp_addop(c, PSEUDO_POP_BLOCK));
        return pym_comp_addop(c, PYM_OP_POP_EXCEPT);
    case FB_WITH: {
        PymStmt *with = info->datum;
        pym_comp_set_loc(c, with->pos);
        RETURN_IF_FALSE(pym_comp_addop(c, PSEUDO_POP_BLOCK));
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_SWAP, 2));
        RETURN_IF_FALSE(pym_comp_call_exit_with_nones(c));
        RETURN_IF_FALSE(pym_comp_addop(c, PYM_OP_POP_TOP));
        pym_comp_unset_loc(c);
        return 1;
    }
    case FB_HANDLER_CLEANUP:
        if (info->datum)
            RETURN_IF_FALSE(pym_comp_addop(c, PSEUDO_POP_BLOCK));
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_SWAP, 2));
        RETURN_IF_FALSE(pym_comp_addop(c, PSEUDO_POP_BLOCK));
        RETURN_IF_FALSE(pym_comp_addop(c, PYM_OP_POP_EXCEPT));
        if (info->datum) {
            RETURN_IF_FALSE(pym_comp_load_const(c, PYM_NONE));
            RETURN_IF_FALSE(pym_comp_nameop(c, info->datum, PYM_STORE));
            RETURN_IF_FALSE(pym_comp_nameop(c, info->datum, PYM_DEL));
        }
        return 1;
    case FB_POP_VALUE:
        if (preserve_tos)
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_SWAP, 2));
        return pym_comp_addop(c, PYM_OP_POP_TOP);
    }
    return 1;
}

/* Unwind the frame blocks for return (loop NULL) or up to the innermost
 * loop for break/continue (*loop set to it, or left NULL if none). */
int pym_comp_unwind_fblock_stack(Compiler *c, int preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfblocks == 0)
        return 1;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return 1;
    }
    FBlock copy = *top;
    u->nfblocks--;
    if (!pym_comp_unwind_fblock(c, &copy, preserve_tos))
        return 0;
    if (!pym_comp_unwind_fblock_stack(c, preserve_tos, loop))
        return 0;
    u->fblocks[u->nfblocks++] = copy;
    return 1;
}

/* ---- scopes --------------------------------------------------------------- */

static int compare_names(const void *a, const void *b)
{
    return pym_str_compare(*(PymObject *const *)a, *(PymObject *const *)b);
}

/* Names of ste with the given scope (or flag), sorted, into index. */
static int names_by_scope(NameIndex *index, PymSymtableEntry *ste, int scope, long flag)
{
    int n = 0;
    PymSymMap *symbols = &ste->symbols;
    PymObject **sorted = pym_mem_malloc(sizeof(PymObject *) * (size_t)(symbols->count + 1));
    if (!sorted) {
        pym_err_no_memory();
        return 0;
    }
    for (int i = 0; i < symbols->count; i++) {
        long v = symbols->entries[i].value;
        if (((v >> PYM_SCOPE_OFFSET) & PYM_SCOPE_MASK) == scope || (v & flag))
            sorted[n++] = symbols->entries[i].key;
    }
    qsort(sorted, (size_t)n, sizeof(PymObject *), compare_names);
    int ok = 1;
    for (int i = 0; i < n && ok; i++)
        ok = add_name(index, sorted[i]) >= 0;
    pym_mem_free(sorted);
    return ok;
}

/* CPython's qualified names: f.<locals>.g, C.m, <lambda>, <listcomp>. */
static int set_qualname(Compiler *c)
{
    Unit *u = c->u;
    Unit *parent = u->parent;
    PymObject *base = NULL;
    if (parent && parent->parent) {
        int force_global = 0;
        if (u->scope_type == SCOPE_FUNCTION || u->scope_type == SCOPE_CLASS) {
            PymObject *mangled = pym_symtable_mangle(parent->private_name, u->name);
            if (!mangled)
                return 0;
            if (pym_symtable_scope(parent->ste, mangled) == PYM_SCOPE_GLOBAL_EXPLICIT)
                force_global = 1;
            PYM_DECREF(mangled);
        }
        if (!force_global) {
            if (parent->scope_type == SCOPE_FUNCTION || parent->scope_type == SCOPE_LAMBDA)
                base = pym_str_from_format("%U.<locals>", parent->qualname);
            else
                base = PYM_NEWREF(parent->qualname);
            if (!base)
                return 0;
        }
    }
    if (base) {
        u->qualname = pym_str_from_format("%U.%U", base, u->name);
        PYM_DECREF(base);
        if (!u->qualname)
            return 0;
    }
    else {
        u->qualname = PYM_NEWREF(u->name);
    }
    return 1;
}

/* Fill in the new unit c->u: names, cells, free variables, qualname. */
static int init_unit(Compiler *c, void *key, int lineno)
{
    Unit *u = c->u;
    u->ste = pym_symtable_lookup(c->st, key);
    if (!u->ste) {
        pym_err_set_string(&pym_exc_SystemError, "compiler: unknown scope");
        return 0;
    }
    for (int i = 0; i < u->ste->nvarnames; i++)
        if (add_name(&u->varnames, u->ste->varnames[i]) < 0)
            return 0;
    /* cells: the arguments that are cells first, in argument order (3.11
     * keeps them in their argument slot), then __class__, then the rest
     * sorted */
    for (int i = 0; i < u->ste->nvarnames; i++)
        if (pym_symtable_scope(u->ste, u->ste->varnames[i]) == PYM_SCOPE_CELL &&
            add_name(&u->cellvars, u->ste->varnames[i]) < 0)
            return 0;
    if (u->ste->needs_class_closure && add_name(&u->cellvars, PYM_ID(__class__)) < 0)
        return 0;
    if (!names_by_scope(&u->cellvars, u->ste, PYM_SCOPE_CELL, 0))
        return 0;
    if (!names_by_scope(&u->freevars, u->ste, PYM_SCOPE_FREE, PYM_DEF_FREE_CLASS))
        return 0;
    u->firstlineno = lineno;
    u->loc = (Loc){lineno, lineno, 0, 0};
    BasicBlock *b = pym_comp_new_block(c);
    if (!b)
        return 0;
    u->entry = u->cur = b;
    if (u->scope_type == SCOPE_MODULE)
        u->loc.lineno = 0;
    else if (!set_qualname(c))
        return 0;
    RETURN_IF_FALSE(pym_comp_addop(c, PSEUDO_RESUME));
    u->loc.lineno = lineno;
    return 1;
}

/* Push a unit for the scope opened by the AST node key.  On failure
 * nothing stays pushed. */
int pym_comp_enter_scope(Compiler *c, PymObject *name, ScopeType type, void *key, int lineno)
{
    Unit *u = pym_mem_calloc(1, sizeof(*u));
    if (!u) {
        pym_err_no_memory();
        return 0;
    }
    u->scope_type = type;
    u->name = PYM_NEWREF(name);
    pym_symmap_init(&u->names);
    pym_symmap_init(&u->varnames);
    pym_symmap_init(&u->cellvars);
    pym_symmap_init(&u->freevars);
    u->parent = c->u;
    if (c->u)
        u->private_name = c->u->private_name;
    c->u = u;
    c->nestlevel++;
    if (!init_unit(c, key, lineno)) {
        pym_comp_exit_scope(c);
        return 0;
    }
    return 1;
}

void pym_comp_exit_scope(Compiler *c)
{
    Unit *u = c->u;
    if (!u)
        return;
    c->u = u->parent;
    c->nestlevel--;
    pym_comp_free_blocks(u);
    for (int i = 0; i < u->nconsts; i++)
        PYM_DECREF(u->consts[i]);
    pym_mem_free(u->consts);
    pym_ptrmap_fini(&u->const_index);
    pym_symmap_fini(&u->names);
    pym_symmap_fini(&u->varnames);
    pym_symmap_fini(&u->cellvars);
    pym_symmap_fini(&u->freevars);
    PYM_XDECREF(u->name);
    PYM_XDECREF(u->qualname);
    pym_mem_free(u);
}

int pym_comp_make_closure(Compiler *c, PymObject *code, int flags)
{
    PymCodeObject *co = (PymCodeObject *)code;
    Unit *u = c->u;
    if (co->nfreevars) {
        for (int i = 0; i < co->nfreevars; i++) {
            PymObject *name = PYM_TUPLE_BORROW_ITEM(co->freevars, i);
            /* A class may hold a name both as a local and as a free
             * variable of its methods: the closure uses the cell. */
            int reftype;
            if (u->scope_type == SCOPE_CLASS && pym_str_equal_cstr(name, "__class__"))
                reftype = PYM_SCOPE_CELL;
            else
                reftype = pym_symtable_scope(u->ste, name);
            int arg;
            if (reftype == PYM_SCOPE_CELL) {
                arg = pym_symmap_find(&u->cellvars, name);
            }
            else {
                arg = pym_symmap_find(&u->freevars, name);
                if (arg >= 0)
                    arg += u->cellvars.count;
            }
            if (arg < 0) {
                pym_err_format(&pym_exc_SystemError,
                               "compiler_make_closure: cannot lookup %R in %R", name,
                               u->name);
                return 0;
            }
            RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_LOAD_CLOSURE, arg));
        }
        flags |= 0x08;
        RETURN_IF_FALSE(pym_comp_addop_i(c, PYM_OP_BUILD_TUPLE, co->nfreevars));
    }
    RETURN_IF_FALSE(pym_comp_load_const(c, code));
    return pym_comp_addop_i(c, PYM_OP_MAKE_FUNCTION, flags);
}

PymObject *pym_comp_docstring(PymAstSeq *body)
{
    if (!body || body->count == 0)
        return NULL;
    PymStmt *st = body->items[0];
    if (st->kind != PYM_STMT_EXPR)
        return NULL;
    PymExpr *e = st->v.expr.value;
    if (e->kind == PYM_EXPR_CONSTANT && PYM_STR_CHECK_EXACT(e->v.constant.value))
        return e->v.constant.value;
    return NULL;
}

/* ---- __future__ ---------------------------------------------------------- */

static int future_error(Compiler *c, PymStmt *s, const char *msg)
{
    pym_symtable_raise(c->filename, pym_str_from_cstr(msg), s->pos.lineno, s->pos.col_offset + 1,
                       s->pos.lineno, -1);
    return 0;
}

static int future_check_features(Compiler *c, PymStmt *s)
{
    static const char *const accepted[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", NULL,
    };
    PymAstSeq *names = s->v.importfrom.names;
    for (int i = 0; i < names->count; i++) {
        PymAlias *alias = names->items[i];
        const char *feature = pym_str_as_utf8(alias->name);
        if (!feature)
            return 0;
        int known = 0;
        for (int k = 0; accepted[k]; k++)
            if (strcmp(feature, accepted[k]) == 0)
                known = 1;
        if (known)
            continue;
        if (strcmp(feature, "annotations") == 0) {
            c->future_annotations = 1;
            continue;
        }
        if (strcmp(feature, "braces") == 0)
            return future_error(c, s, "not a chance");
        char msg[200];
        snprintf(msg, sizeof msg, "future feature %.100s is not defined", feature);
        return future_error(c, s, msg);
    }
    return 1;
}

static int future_parse(Compiler *c, PymAstModule *mod)
{
    c->future_lineno = -1;
    if (mod->mode == PYM_MODE_EVAL || !mod->body || mod->body->count == 0)
        return 1;
    int done = 0, prev_line = 0;
    int i = pym_comp_docstring(mod->body) ? 1 : 0;
    for (; i < mod->body->count; i++) {
        PymStmt *s = mod->body->items[i];
        if (done && s->pos.lineno > prev_line)
            return 1;
        prev_line = s->pos.lineno;
        if (s->kind == PYM_STMT_IMPORTFROM && s->v.importfrom.module &&
            pym_str_equal_cstr(s->v.importfrom.module, "__future__")) {
            if (done)
                return future_error(c, s,
                                    "from __future__ imports must occur at the beginning of "
                                    "the file");
            if (!future_check_features(c, s))
                return 0;
            c->future_lineno = s->pos.lineno;
        }
        else {
            done = 1;
        }
    }
    return 1;
}

/* ---- the entry points ---------------------------------------------------- */

static PymObject *compile_mod(Compiler *c, PymAstModule *mod, PymParseMode mode)
{
    PymObject *name = pym_str_intern_cstr("<module>");
    if (!name)
        return NULL;
    int ok = pym_comp_enter_scope(c, name, SCOPE_MODULE, mod, 1);
    PYM_DECREF(name);
    if (!ok)
        return NULL;
    PymObject *co = NULL;
    int add_none = 1;
    {
        switch (mode) {
        case PYM_MODE_EXEC:
            ok = pym_comp_body(c, mod->body);
            break;
        case PYM_MODE_SINGLE:
            if (pym_comp_find_ann(mod->body))
                ok = pym_comp_addop(c, PYM_OP_SETUP_ANNOTATIONS);
            c->interactive = 1;
            ok = ok && pym_comp_visit_stmts(c, mod->body);
            break;
        case PYM_MODE_EVAL:
            ok = pym_comp_visit_expr(c, mod->expr);
            add_none = 0;
            break;
        }
    }
    if (ok)
        co = pym_comp_assemble(c, add_none);
    while (c->u)
        pym_comp_exit_scope(c);
    return co;
}

PymObject *pym_compile_ast_arena(PymAstModule *mod, PymObject *filename, PymParseMode mode,
                                 PymArena *arena)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.filename = filename;
    c.arena = arena;
    PymObject *co = NULL;
    if (!future_parse(&c, mod))
        goto done;
    if (!pym_comp_fold_module(&c, mod))
        goto done;
    c.st = pym_symtable_build(mod, filename, c.future_annotations);
    if (!c.st)
        goto done;
    co = compile_mod(&c, mod, mode);
done:
    pym_symtable_free(c.st);
    for (int i = 0; i < c.cache_size; i++)
        PYM_XDECREF(c.cache[i]);
    pym_mem_free(c.cache);
    /* the folded constants are referenced by the AST: the caller frees
     * the AST right after compiling, so they are released last */
    for (int i = 0; i < c.nfolded; i++)
        PYM_DECREF(c.folded[i]);
    pym_mem_free(c.folded);
    for (int i = 0; i < c.nnodes; i++)
        pym_mem_free(c.nodes[i]);
    pym_mem_free(c.nodes);
    return co;
}

PymObject *pym_compile_ast(PymAstModule *mod, PymObject *filename, PymParseMode mode)
{
    return pym_compile_ast_arena(mod, filename, mode, NULL);
}

PymObject *pym_compile_source_arena(const char *source, PymObject *filename, PymParseMode mode,
                                    PymArena *arena)
{
    PymAstModule *mod = pym_parse(arena, source, filename, mode, NULL);
    if (!mod)
        return NULL;
    return pym_compile_ast_arena(mod, filename, mode, arena);
}

PymObject *pym_compile_source(const char *source, PymObject *filename, PymParseMode mode)
{
    PymArena *arena = pym_arena_new();
    if (!arena)
        return pym_err_no_memory();
    PymObject *co = pym_compile_source_arena(source, filename, mode, arena);
    pym_arena_free(arena);
    return co;
}
