/* assemble.c — from a unit's graph of basic blocks to a code object.
 *
 * The passes are CPython 3.11's assemble(), in its order: add the implicit
 * `return None`, prefix generator code with GEN_START, optimize the graph
 * (constant conditions, tuple folding, SWAP elimination, jump threading,
 * copying small exit blocks, removing unreachable code and NOPs), give
 * every exit a line number, compute the stack depth, derive the exception
 * table from the SETUP_* / POP_BLOCK pseudo-instructions, and lay the
 * blocks out with absolute jump targets (instruction indexes).
 *
 * Invariants on the result: one position per instruction; exception table
 * entries are disjoint and sorted; depth excludes the lasti and exception
 * values the VM pushes; no pseudo-instruction survives.
 */
#include "compile_internal.h"
#include <limits.h>
#include <string.h>

#define MAX_COPY_SIZE 4

typedef struct ExceptStack {
    BasicBlock *handlers[MAX_FBLOCKS + 2];
    int depth;
} ExceptStack;

static int is_jump(const Instr *i)
{
    switch (i->opcode) {
    case PYM_OP_JUMP: case PYM_OP_POP_JUMP_IF_FALSE: case PYM_OP_POP_JUMP_IF_TRUE:
    case PYM_OP_POP_JUMP_IF_NONE: case PYM_OP_POP_JUMP_IF_NOT_NONE:
    case PYM_OP_JUMP_IF_FALSE_OR_POP: case PYM_OP_JUMP_IF_TRUE_OR_POP: case PYM_OP_FOR_ITER:
    case PYM_OP_SEND:
        return 1;
    default:
        return 0;
    }
}

static int is_block_push(const Instr *i)
{
    return i->opcode == PSEUDO_SETUP_FINALLY || i->opcode == PSEUDO_SETUP_CLEANUP ||
           i->opcode == PSEUDO_SETUP_WITH;
}

static int is_scope_exit(int opcode)
{
    return opcode == PYM_OP_RETURN_VALUE || opcode == PYM_OP_RAISE_VARARGS ||
           opcode == PYM_OP_RERAISE;
}

static Instr *last_instr(BasicBlock *b)
{
    return b->n > 0 ? &b->instrs[b->n - 1] : NULL;
}

static int exits_scope(BasicBlock *b)
{
    Instr *last = last_instr(b);
    return last && is_scope_exit(last->opcode);
}

static int no_fallthrough(BasicBlock *b)
{
    Instr *last = last_instr(b);
    return last && (is_scope_exit(last->opcode) || last->opcode == PYM_OP_JUMP);
}

static int has_fallthrough(BasicBlock *b)
{
    return !no_fallthrough(b);
}

static int is_exit_without_lineno(BasicBlock *b)
{
    if (!exits_scope(b))
        return 0;
    for (int i = 0; i < b->n; i++)
        if (b->instrs[i].loc.lineno >= 0)
            return 0;
    return 1;
}

static int block_append(BasicBlock *b, const Instr *instr)
{
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 16;
        Instr *instrs = pym_mem_realloc(b->instrs, sizeof(Instr) * (size_t)cap);
        if (!instrs) {
            pym_err_no_memory();
            return -1;
        }
        b->instrs = instrs;
        b->cap = cap;
    }
    b->instrs[b->n++] = *instr;
    return 0;
}

static int block_insert(BasicBlock *b, int pos, const Instr *instr)
{
    if (block_append(b, instr) < 0)
        return -1;
    memmove(&b->instrs[pos + 1], &b->instrs[pos], sizeof(Instr) * (size_t)(b->n - 1 - pos));
    b->instrs[pos] = *instr;
    return 0;
}

void pym_comp_free_blocks(Unit *u)
{
    BasicBlock *b = u->blocks;
    while (b) {
        BasicBlock *next = b->list_next;
        pym_mem_free(b->instrs);
        pym_mem_free(b->exceptstack);
        pym_mem_free(b);
        b = next;
    }
    u->blocks = NULL;
}

static BasicBlock *skip_empty(BasicBlock *b)
{
    while (b->n == 0 && b->next)
        b = b->next;
    return b;
}

/* ---- peephole optimization ------------------------------------------------ */

static PymObject *const_of(Unit *u, const Instr *i)
{
    return u->consts[i->oparg];
}

/* LOAD_CONST c1 … LOAD_CONST cn BUILD_TUPLE n → LOAD_CONST (c1, …, cn) */
static int fold_tuple_on_constants(Compiler *c, Instr *inst, int n)
{
    for (int i = 0; i < n; i++)
        if (inst[i].opcode != PYM_OP_LOAD_CONST)
            return 0;
    PymObject *t = pym_tuple_new(n);
    if (!t)
        return -1;
    for (int i = 0; i < n; i++)
        PYM_TUPLE_SET_ITEM_STEAL(t, i, PYM_NEWREF(const_of(c->u, &inst[i])));
    int index = pym_comp_add_const(c, t);
    PYM_DECREF(t);
    if (index < 0)
        return -1;
    for (int i = 0; i < n; i++)
        inst[i].opcode = PYM_OP_NOP;
    inst[n].opcode = PYM_OP_LOAD_CONST;
    inst[n].oparg = index;
    return 0;
}

/* Make a run of SWAPs (and NOPs) minimal: simulate the permutation, then
 * emit one SWAP per element of each cycle. */
static int swaptimize(BasicBlock *block, int *ix)
{
    Instr *instructions = &block->instrs[*ix];
    int depth = instructions[0].oparg;
    int len = 0, more = 0;
    int limit = block->n - *ix;
    while (++len < limit) {
        int opcode = instructions[len].opcode;
        if (opcode == PYM_OP_SWAP) {
            if (instructions[len].oparg > depth)
                depth = instructions[len].oparg;
            more = 1;
        }
        else if (opcode != PYM_OP_NOP) {
            break;
        }
    }
    if (!more)
        return 0;
    int *stack = pym_mem_malloc(sizeof(int) * (size_t)depth);
    if (!stack) {
        pym_err_no_memory();
        return -1;
    }
    for (int i = 0; i < depth; i++)
        stack[i] = i;
    for (int i = 0; i < len; i++) {
        if (instructions[i].opcode == PYM_OP_SWAP) {
            int oparg = instructions[i].oparg;
            int top = stack[0];
            stack[0] = stack[oparg - 1];
            stack[oparg - 1] = top;
        }
    }
    enum { VISITED = -1 };
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i)
            continue;
        int j = i;
        for (;;) {
            if (j) {
                instructions[current].opcode = PYM_OP_SWAP;
                instructions[current--].oparg = j + 1;
            }
            if (stack[j] == VISITED)
                break;
            int next_j = stack[j];
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while (current >= 0)
        instructions[current--].opcode = PYM_OP_NOP;
    pym_mem_free(stack);
    *ix += len - 1;
    return 0;
}

/* Instructions that only pop the top and cannot run arbitrary code. */
static int swappable(int opcode)
{
    return opcode == PYM_OP_STORE_FAST || opcode == PYM_OP_POP_TOP;
}

static int next_swappable_instruction(BasicBlock *block, int i, int lineno)
{
    while (++i < block->n) {
        Instr *instruction = &block->instrs[i];
        if (lineno >= 0 && instruction->loc.lineno != lineno)
            return -1;  /* would be visible between line events */
        if (instruction->opcode == PYM_OP_NOP)
            continue;
        if (swappable(instruction->opcode))
            return i;
        return -1;
    }
    return -1;
}

/* SWAP(2) STORE_FAST a STORE_FAST b → STORE_FAST b STORE_FAST a */
static void apply_static_swaps(BasicBlock *block, int i)
{
    for (; i >= 0; i--) {
        Instr *swap = &block->instrs[i];
        if (swap->opcode != PYM_OP_SWAP) {
            if (swap->opcode == PYM_OP_NOP || swappable(swap->opcode))
                continue;
            return;
        }
        int j = next_swappable_instruction(block, i, -1);
        if (j < 0)
            return;
        int k = j;
        int lineno = block->instrs[j].loc.lineno;
        for (int count = swap->oparg - 1; count > 0; count--) {
            k = next_swappable_instruction(block, k, lineno);
            if (k < 0)
                return;
        }
        swap->opcode = PYM_OP_NOP;
        Instr temp = block->instrs[j];
        block->instrs[j] = block->instrs[k];
        block->instrs[k] = temp;
    }
}

/* Retarget a jump to where its target jump goes (same line only). */
static int jump_thread(Instr *inst, Instr *target, int opcode)
{
    if (inst->loc.lineno == target->loc.lineno && inst->target != target->target) {
        inst->target = target->target;
        inst->opcode = opcode;
        return 1;
    }
    return 0;
}

static int optimize_basic_block(Compiler *c, BasicBlock *bb)
{
    Instr nop = {.opcode = PYM_OP_NOP};
    for (int i = 0; i < bb->n; i++) {
        Instr *inst = &bb->instrs[i];
        int oparg = inst->oparg;
        int nextop = i + 1 < bb->n ? bb->instrs[i + 1].opcode : 0;
        Instr *target = &nop;
        if (is_jump(inst) || is_block_push(inst)) {
            inst->target = skip_empty(inst->target);
            if (inst->target->n > 0)
                target = &inst->target->instrs[0];
        }
        switch (inst->opcode) {
        case PYM_OP_LOAD_CONST: {
            PymObject *cnt = const_of(c->u, inst);
            switch (nextop) {
            case PYM_OP_POP_JUMP_IF_FALSE:
            case PYM_OP_POP_JUMP_IF_TRUE: {
                int is_true = pym_object_is_true(cnt);
                if (is_true < 0)
                    return -1;
                inst->opcode = PYM_OP_NOP;
                int jump_if_true = nextop == PYM_OP_POP_JUMP_IF_TRUE;
                bb->instrs[i + 1].opcode = is_true == jump_if_true ? PYM_OP_JUMP : PYM_OP_NOP;
                break;
            }
            case PYM_OP_JUMP_IF_FALSE_OR_POP:
            case PYM_OP_JUMP_IF_TRUE_OR_POP: {
                int is_true = pym_object_is_true(cnt);
                if (is_true < 0)
                    return -1;
                int jump_if_true = nextop == PYM_OP_JUMP_IF_TRUE_OR_POP;
                if (is_true == jump_if_true) {
                    bb->instrs[i + 1].opcode = PYM_OP_JUMP;
                }
                else {
                    inst->opcode = PYM_OP_NOP;
                    bb->instrs[i + 1].opcode = PYM_OP_NOP;
                }
                break;
            }
            case PYM_OP_IS_OP: {
                /* x is None + conditional jump → POP_JUMP_IF_(NOT_)NONE */
                int jump_op = i + 2 < bb->n ? bb->instrs[i + 2].opcode : 0;
                if (cnt == PYM_NONE &&
                    (jump_op == PYM_OP_POP_JUMP_IF_FALSE || jump_op == PYM_OP_POP_JUMP_IF_TRUE)) {
                    int nextarg = bb->instrs[i + 1].oparg;
                    inst->opcode = PYM_OP_NOP;
                    bb->instrs[i + 1].opcode = PYM_OP_NOP;
                    bb->instrs[i + 2].opcode = (nextarg ^ (jump_op == PYM_OP_POP_JUMP_IF_FALSE))
                                                   ? PYM_OP_POP_JUMP_IF_NOT_NONE
                                                   : PYM_OP_POP_JUMP_IF_NONE;
                }
                break;
            }
            }
            break;
        }
        case PYM_OP_BUILD_TUPLE:
            if (nextop == PYM_OP_UNPACK_SEQUENCE && oparg == bb->instrs[i + 1].oparg) {
                if (oparg == 1) {
                    inst->opcode = PYM_OP_NOP;
                    bb->instrs[i + 1].opcode = PYM_OP_NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->opcode = PYM_OP_NOP;
                    bb->instrs[i + 1].opcode = PYM_OP_SWAP;
                    continue;
                }
            }
            if (i >= oparg && fold_tuple_on_constants(c, inst - oparg, oparg) < 0)
                return -1;
            break;
        /* x: JUMP_IF_FALSE_OR_POP y   y: JUMP_IF_FALSE_OR_POP z → x jumps to z;
         * x: JUMP_IF_FALSE_OR_POP y   y: JUMP_IF_TRUE_OR_POP z
         *    → x: POP_JUMP_IF_FALSE to the instruction after y */
        case PYM_OP_JUMP_IF_FALSE_OR_POP:
            switch (target->opcode) {
            case PYM_OP_POP_JUMP_IF_FALSE:
                i -= jump_thread(inst, target, PYM_OP_POP_JUMP_IF_FALSE);
                break;
            case PYM_OP_JUMP:
            case PYM_OP_JUMP_IF_FALSE_OR_POP:
                i -= jump_thread(inst, target, PYM_OP_JUMP_IF_FALSE_OR_POP);
                break;
            case PYM_OP_JUMP_IF_TRUE_OR_POP:
            case PYM_OP_POP_JUMP_IF_TRUE:
                if (inst->loc.lineno == target->loc.lineno && inst->target->next) {
                    inst->opcode = PYM_OP_POP_JUMP_IF_FALSE;
                    inst->target = inst->target->next;
                    i--;
                }
                break;
            }
            break;
        case PYM_OP_JUMP_IF_TRUE_OR_POP:
            switch (target->opcode) {
            case PYM_OP_POP_JUMP_IF_TRUE:
                i -= jump_thread(inst, target, PYM_OP_POP_JUMP_IF_TRUE);
                break;
            case PYM_OP_JUMP:
            case PYM_OP_JUMP_IF_TRUE_OR_POP:
                i -= jump_thread(inst, target, PYM_OP_JUMP_IF_TRUE_OR_POP);
                break;
            case PYM_OP_JUMP_IF_FALSE_OR_POP:
            case PYM_OP_POP_JUMP_IF_FALSE:
                if (inst->loc.lineno == target->loc.lineno && inst->target->next) {
                    inst->opcode = PYM_OP_POP_JUMP_IF_TRUE;
                    inst->target = inst->target->next;
                    i--;
                }
                break;
            }
            break;
        case PYM_OP_POP_JUMP_IF_NOT_NONE:
        case PYM_OP_POP_JUMP_IF_NONE:
        case PYM_OP_POP_JUMP_IF_FALSE:
        case PYM_OP_POP_JUMP_IF_TRUE:
        case PYM_OP_JUMP:
            if (target->opcode == PYM_OP_JUMP)
                i -= jump_thread(inst, target, inst->opcode);
            break;
        case PYM_OP_PUSH_NULL:
            /* CPython folds this NULL into the LOAD_GLOBAL (and its
             * position with it) */
            if (nextop == PYM_OP_LOAD_GLOBAL)
                inst->loc = bb->instrs[i + 1].loc;
            break;
        case PYM_OP_SWAP:
            if (oparg == 1) {
                inst->opcode = PYM_OP_NOP;
                break;
            }
            if (swaptimize(bb, &i) < 0)
                return -1;
            apply_static_swaps(bb, i);
            break;
        default:
            break;
        }
    }
    return 0;
}

/* Remove NOPs unless one is the only carrier of a line number. */
static void clean_basic_block(BasicBlock *bb)
{
    int dest = 0;
    int prev_lineno = -1;
    for (int src = 0; src < bb->n; src++) {
        int lineno = bb->instrs[src].loc.lineno;
        if (bb->instrs[src].opcode == PYM_OP_NOP) {
            if (lineno < 0)
                continue;
            if (prev_lineno == lineno)
                continue;
            if (src < bb->n - 1) {
                int next_lineno = bb->instrs[src + 1].loc.lineno;
                if (next_lineno == lineno)
                    continue;
                if (next_lineno < 0) {
                    bb->instrs[src + 1].loc = bb->instrs[src].loc;
                    continue;
                }
            }
            else {
                BasicBlock *next = bb->next;
                while (next && next->n == 0)
                    next = next->next;
                if (next && lineno == next->instrs[0].loc.lineno)
                    continue;
            }
        }
        if (dest != src)
            bb->instrs[dest] = bb->instrs[src];
        dest++;
        prev_lineno = lineno;
    }
    bb->n = dest;
}

/* A block ending in a jump to a small exit block without line number gets
 * a copy of that block instead of the jump. */
static int extend_block(BasicBlock *bb)
{
    Instr *last = last_instr(bb);
    if (!last || last->opcode != PYM_OP_JUMP)
        return 0;
    BasicBlock *to_copy = last->target;
    if (!is_exit_without_lineno(to_copy) || to_copy->n > MAX_COPY_SIZE)
        return 0;
    last->opcode = PYM_OP_NOP;
    for (int i = 0; i < to_copy->n; i++)
        if (block_append(bb, &to_copy->instrs[i]) < 0)
            return -1;
    return 0;
}

static int mark_reachable(Unit *u, int nblocks)
{
    BasicBlock **stack = pym_mem_malloc(sizeof(BasicBlock *) * (size_t)(nblocks + 1));
    if (!stack) {
        pym_err_no_memory();
        return -1;
    }
    BasicBlock **sp = stack;
    u->entry->predecessors = 1;
    *sp++ = u->entry;
    while (sp > stack) {
        BasicBlock *b = *--sp;
        if (b->next && has_fallthrough(b)) {
            if (b->next->predecessors == 0)
                *sp++ = b->next;
            b->next->predecessors++;
        }
        for (int i = 0; i < b->n; i++) {
            Instr *instr = &b->instrs[i];
            if (is_jump(instr) || is_block_push(instr)) {
                BasicBlock *target = instr->target;
                if (target->predecessors == 0)
                    *sp++ = target;
                target->predecessors++;
            }
        }
    }
    pym_mem_free(stack);
    return 0;
}

static void eliminate_empty_basic_blocks(BasicBlock *entry)
{
    for (BasicBlock *b = entry; b; b = b->next) {
        BasicBlock *next = b->next;
        if (next) {
            while (next->n == 0 && next->next)
                next = next->next;
            b->next = next;
        }
    }
    for (BasicBlock *b = entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *instr = &b->instrs[i];
            if (is_jump(instr) || is_block_push(instr)) {
                BasicBlock *target = instr->target;
                while (target->n == 0 && target->next)
                    target = target->next;
                instr->target = target;
            }
        }
    }
}

static int optimize_cfg(Compiler *c, int nblocks)
{
    Unit *u = c->u;
    for (BasicBlock *b = u->entry; b; b = b->next) {
        if (optimize_basic_block(c, b) < 0)
            return -1;
        clean_basic_block(b);
    }
    for (BasicBlock *b = u->blocks; b; b = b->list_next)
        if (extend_block(b) < 0)
            return -1;
    if (mark_reachable(u, nblocks) < 0)
        return -1;
    for (BasicBlock *b = u->entry; b; b = b->next)
        if (b->predecessors == 0)
            b->n = 0;   /* unreachable */
    eliminate_empty_basic_blocks(u->entry);
    for (BasicBlock *b = u->entry; b; b = b->next)
        clean_basic_block(b);
    /* a jump to the very next block is redundant */
    int maybe_empty_blocks = 0;
    for (BasicBlock *b = u->entry; b; b = b->next) {
        Instr *last = last_instr(b);
        if (last && last->opcode == PYM_OP_JUMP && last->target == b->next) {
            last->opcode = PYM_OP_NOP;
            maybe_empty_blocks = 1;
        }
    }
    if (maybe_empty_blocks)
        eliminate_empty_basic_blocks(u->entry);
    return 0;
}

/* ---- line numbers ---------------------------------------------------------- */

static BasicBlock *copy_block(Compiler *c, BasicBlock *block)
{
    BasicBlock *result = pym_comp_new_block(c);
    if (!result)
        return NULL;
    for (int i = 0; i < block->n; i++)
        if (block_append(result, &block->instrs[i]) < 0)
            return NULL;
    return result;
}

/* Every exit must know its line (f_lineno after a return or raise): an
 * exit block without line number reached by several jumps is duplicated
 * so that each copy inherits the line of its only predecessor. */
static int duplicate_exits_without_lineno(Compiler *c)
{
    Unit *u = c->u;
    /* newest block first, as CPython walks its block list */
    for (BasicBlock *b = u->blocks; b; b = b->list_next) {
        Instr *last = last_instr(b);
        if (last && is_jump(last)) {
            BasicBlock *target = last->target;
            if (is_exit_without_lineno(target) && target->predecessors > 1) {
                BasicBlock *new_target = copy_block(c, target);
                if (!new_target)
                    return -1;
                new_target->instrs[0].loc = last->loc;
                last->target = new_target;
                target->predecessors--;
                new_target->predecessors = 1;
                new_target->next = target->next;
                target->next = new_target;
            }
        }
    }
    for (BasicBlock *b = u->entry; b; b = b->next)
        while (b->next && b->next->n == 0)
            b->next = b->next->next;
    /* the remaining ones are reached by falling through only */
    for (BasicBlock *b = u->entry; b; b = b->next) {
        if (has_fallthrough(b) && b->next && b->n > 0 && is_exit_without_lineno(b->next))
            b->next->instrs[0].loc = b->instrs[b->n - 1].loc;
    }
    return 0;
}

static void propagate_line_numbers(Unit *u)
{
    for (BasicBlock *b = u->entry; b; b = b->next) {
        if (b->n == 0)
            continue;
        Loc prev = NO_LOC;
        for (int i = 0; i < b->n; i++) {
            if (b->instrs[i].loc.lineno < 0)
                b->instrs[i].loc = prev;
            else
                prev = b->instrs[i].loc;
        }
        if (has_fallthrough(b) && b->next && b->next->predecessors == 1 && b->next->n > 0 &&
            b->next->instrs[0].loc.lineno < 0)
            b->next->instrs[0].loc = prev;
        Instr *last = &b->instrs[b->n - 1];
        if (is_jump(last)) {
            BasicBlock *target = last->target;
            if (target->predecessors == 1 && target->n > 0 && target->instrs[0].loc.lineno < 0)
                target->instrs[0].loc = prev;
        }
    }
}

static void guarantee_lineno_for_exits(Unit *u)
{
    int lineno = u->firstlineno;
    for (BasicBlock *b = u->entry; b; b = b->next) {
        Instr *last = last_instr(b);
        if (!last)
            continue;
        if (last->loc.lineno < 0) {
            if (last->opcode == PYM_OP_RETURN_VALUE)
                for (int i = 0; i < b->n; i++)
                    b->instrs[i].loc.lineno = lineno;
        }
        else {
            lineno = last->loc.lineno;
        }
    }
}

/* Constants after the last one used are dropped (the first stays: it may
 * be the docstring). */
static void trim_unused_consts(Unit *u)
{
    int max_index = 0;
    for (BasicBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++) {
            Instr *instr = &b->instrs[i];
            if ((instr->opcode == PYM_OP_LOAD_CONST || instr->opcode == PYM_OP_KW_NAMES) &&
                instr->oparg > max_index)
                max_index = instr->oparg;
        }
    while (u->nconsts > max_index + 1)
        PYM_DECREF(u->consts[--u->nconsts]);
}

/* ---- stack depth and exception handlers -------------------------------- */

static int stack_effect(const Instr *i, int jump)
{
    switch (i->opcode) {
    case PSEUDO_SETUP_FINALLY: return jump ? 1 : 0;   /* [exc] */
    case PSEUDO_SETUP_CLEANUP: return jump ? 2 : 0;   /* [lasti, exc] */
    case PSEUDO_SETUP_WITH: return jump ? 1 : 0;      /* pops __enter__'s result */
    case PSEUDO_POP_BLOCK: case PSEUDO_RESUME: return 0;
    default: return pym_opcode_stack_effect(i->opcode, i->oparg, jump);
    }
}

/* Each block is visited once, with the depth of its first predecessor
 * (consistent code reaches a block with one depth only). */
static void stackdepth_push(BasicBlock ***sp, BasicBlock *b, int depth)
{
    if (b->startdepth == INT_MIN) {
        b->startdepth = depth;
        *(*sp)++ = b;
    }
}

static int stackdepth(Unit *u, int nblocks)
{
    for (BasicBlock *b = u->blocks; b; b = b->list_next)
        b->startdepth = INT_MIN;
    BasicBlock **stack = pym_mem_malloc(sizeof(BasicBlock *) * (size_t)(nblocks + 1));
    if (!stack) {
        pym_err_no_memory();
        return -1;
    }
    BasicBlock **sp = stack;
    int maxdepth = 0;
    stackdepth_push(&sp, u->entry, 0);
    while (sp != stack) {
        BasicBlock *b = *--sp;
        int depth = b->startdepth;
        BasicBlock *next = b->next;
        for (int i = 0; i < b->n; i++) {
            Instr *instr = &b->instrs[i];
            int new_depth = depth + stack_effect(instr, 0);
            if (new_depth > maxdepth)
                maxdepth = new_depth;
            if (is_jump(instr) || is_block_push(instr)) {
                int target_depth = depth + stack_effect(instr, 1);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                stackdepth_push(&sp, instr->target, target_depth);
            }
            depth = new_depth;
            if (instr->opcode == PYM_OP_JUMP || is_scope_exit(instr->opcode)) {
                next = NULL;    /* the rest is dead code */
                break;
            }
        }
        if (next)
            stackdepth_push(&sp, next, depth);
    }
    pym_mem_free(stack);
    return maxdepth;
}

static ExceptStack *copy_except_stack(const ExceptStack *s)
{
    ExceptStack *copy = pym_mem_malloc(sizeof(*copy));
    if (!copy) {
        pym_err_no_memory();
        return NULL;
    }
    *copy = *s;
    return copy;
}

/* Give every instruction its innermost handler by following the flow with
 * a stack of the active SETUP_* targets. */
static int label_exception_targets(Unit *u, int nblocks)
{
    for (BasicBlock *b = u->entry; b; b = b->next)
        b->visited = 0;
    BasicBlock **todo_stack = pym_mem_malloc(sizeof(BasicBlock *) * (size_t)(nblocks + 1));
    ExceptStack *except_stack = pym_mem_calloc(1, sizeof(ExceptStack));
    if (!todo_stack || !except_stack) {
        pym_mem_free(todo_stack);
        pym_mem_free(except_stack);
        pym_err_no_memory();
        return -1;
    }
    todo_stack[0] = u->entry;
    u->entry->visited = 1;
    u->entry->exceptstack = except_stack;
    BasicBlock **todo = &todo_stack[1];
    while (todo > todo_stack) {
        BasicBlock *b = *--todo;
        except_stack = b->exceptstack;
        b->exceptstack = NULL;
        BasicBlock *handler = except_stack->depth ? except_stack->handlers[except_stack->depth] : NULL;
        for (int i = 0; i < b->n; i++) {
            Instr *instr = &b->instrs[i];
            if (is_block_push(instr)) {
                if (!instr->target->visited) {
                    ExceptStack *copy = copy_except_stack(except_stack);
                    if (!copy)
                        goto error;
                    instr->target->exceptstack = copy;
                    *todo++ = instr->target;
                    instr->target->visited = 1;
                }
                if (instr->opcode == PSEUDO_SETUP_WITH || instr->opcode == PSEUDO_SETUP_CLEANUP)
                    instr->target->preserve_lasti = 1;
                if (except_stack->depth >= MAX_FBLOCKS + 1) {
                    pym_err_set_string(&pym_exc_SystemError, "compiler: handlers nested too deep");
                    goto error;
                }
                except_stack->handlers[++except_stack->depth] = instr->target;
                handler = instr->target;
            }
            else if (instr->opcode == PSEUDO_POP_BLOCK) {
                if (except_stack->depth > 0)
                    except_stack->depth--;
                handler = except_stack->depth ? except_stack->handlers[except_stack->depth] : NULL;
            }
            else if (is_jump(instr)) {
                instr->except = handler;
                if (!instr->target->visited) {
                    if (has_fallthrough(b)) {
                        ExceptStack *copy = copy_except_stack(except_stack);
                        if (!copy)
                            goto error;
                        instr->target->exceptstack = copy;
                    }
                    else {
                        instr->target->exceptstack = except_stack;
                        except_stack = NULL;
                    }
                    *todo++ = instr->target;
                    instr->target->visited = 1;
                }
            }
            else {
                instr->except = handler;
            }
        }
        if (has_fallthrough(b) && b->next && !b->next->visited) {
            b->next->exceptstack = except_stack;
            *todo++ = b->next;
            b->next->visited = 1;
        }
        else {
            pym_mem_free(except_stack);
        }
    }
    pym_mem_free(todo_stack);
    return 0;
error:
    pym_mem_free(todo_stack);
    pym_mem_free(except_stack);
    return -1;
}

static void convert_exception_handlers_to_nops(Unit *u)
{
    for (BasicBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_block_push(&b->instrs[i]) || b->instrs[i].opcode == PSEUDO_POP_BLOCK)
                b->instrs[i].opcode = PYM_OP_NOP;
}

/* ---- the code object --------------------------------------------------- */

static PymObject *names_tuple(NameIndex *index)
{
    PymObject *t = pym_tuple_new(index->count);
    if (!t)
        return NULL;
    for (int i = 0; i < index->count; i++)
        PYM_TUPLE_SET_ITEM_STEAL(t, i, PYM_NEWREF(index->entries[i].key));
    return t;
}

static int compute_code_flags(Unit *u)
{
    PymSymtableEntry *ste = u->ste;
    int flags = 0;
    if (ste->type == PYM_BLOCK_FUNCTION) {
        flags |= PYM_CO_NEWLOCALS | PYM_CO_OPTIMIZED;
        if (ste->nested)
            flags |= PYM_CO_NESTED;
        if (ste->generator)
            flags |= PYM_CO_GENERATOR;
        if (ste->varargs)
            flags |= PYM_CO_VARARGS;
        if (ste->varkeywords)
            flags |= PYM_CO_VARKEYWORDS;
    }
    return flags;
}

static Loc final_loc(Loc loc)
{
    if (loc.lineno < 0)
        return (Loc){-1, -1, -1, -1};
    if ((loc.col < 0 || loc.end_col < 0) &&
        (loc.end_lineno == loc.lineno || loc.end_lineno < 0))
        return (Loc){loc.lineno, loc.lineno, -1, -1};
    return loc;
}

/* The handler's depth excludes what the VM pushes: [lasti,] exc. */
static PymExceptionTableEntry table_entry(int start, int end, BasicBlock *handler)
{
    int depth = handler->startdepth - 1 - (handler->preserve_lasti ? 1 : 0);
    return (PymExceptionTableEntry){start, end, skip_empty(handler)->offset, depth,
                                    handler->preserve_lasti};
}

static PymObject *make_code(Compiler *c, int maxdepth, int flags)
{
    Unit *u = c->u;
    /* lay out: drop RESUME markers, number the instructions */
    int ncode = 0;
    for (BasicBlock *b = u->entry; b; b = b->next) {
        int dest = 0;
        for (int i = 0; i < b->n; i++)
            if (b->instrs[i].opcode != PSEUDO_RESUME)
                b->instrs[dest++] = b->instrs[i];
        b->n = dest;
        b->offset = ncode;
        ncode += b->n;
    }
    PymCodeUnit *code = pym_mem_malloc(sizeof(PymCodeUnit) * (size_t)(ncode + 1));
    PymCodePosition *positions = pym_mem_malloc(sizeof(PymCodePosition) * (size_t)(ncode + 1));
    int ntable = 0, cap_table = 8;
    PymExceptionTableEntry *table = pym_mem_malloc(sizeof(PymExceptionTableEntry) * (size_t)cap_table);
    if (!code || !positions || !table) {
        pym_mem_free(code);
        pym_mem_free(positions);
        pym_mem_free(table);
        return pym_err_no_memory();
    }
    int k = 0;
    BasicBlock *handler = NULL;
    int start = -1;
    for (BasicBlock *b = u->entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++, k++) {
            Instr *instr = &b->instrs[i];
            int arg = instr->oparg;
            if (is_jump(instr))
                arg = skip_empty(instr->target)->offset;
            code[k] = PYM_CODE_MAKE(instr->opcode, arg);
            positions[k] = final_loc(instr->loc);
            if (instr->except != handler) {
                if (handler) {
                    if (ntable == cap_table) {
                        cap_table *= 2;
                        PymExceptionTableEntry *t =
                            pym_mem_realloc(table, sizeof(*table) * (size_t)cap_table);
                        if (!t) {
                            pym_mem_free(code);
                            pym_mem_free(positions);
                            pym_mem_free(table);
                            return pym_err_no_memory();
                        }
                        table = t;
                    }
                    table[ntable++] = table_entry(start, k, handler);
                }
                start = k;
                handler = instr->except;
            }
        }
    }
    if (handler) {
        if (ntable == cap_table) {
            PymExceptionTableEntry *t = pym_mem_realloc(table, sizeof(*table) * (size_t)(cap_table + 1));
            if (!t) {
                pym_mem_free(code);
                pym_mem_free(positions);
                pym_mem_free(table);
                return pym_err_no_memory();
            }
            table = t;
        }
        table[ntable++] = table_entry(start, k, handler);
    }

    PymObject *consts = pym_tuple_from_array(u->consts, u->nconsts);
    PymObject *names = names_tuple(&u->names);
    PymObject *varnames = names_tuple(&u->varnames);
    PymObject *cellvars = names_tuple(&u->cellvars);
    PymObject *freevars = names_tuple(&u->freevars);
    PymObject *co = NULL;
    if (consts && names && varnames && cellvars && freevars) {
        co = pym_code_new(code, ncode, positions, table, ntable, consts, names, varnames,
                          cellvars, freevars, u->argcount + u->posonlyargcount,
                          u->posonlyargcount, u->kwonlyargcount, maxdepth, flags,
                          u->firstlineno, u->name, u->qualname ? u->qualname : u->name,
                          c->filename);
        code = NULL;
        positions = NULL;
        table = NULL;
    }
    pym_mem_free(code);
    pym_mem_free(positions);
    pym_mem_free(table);
    PYM_XDECREF(consts);
    PYM_XDECREF(names);
    PYM_XDECREF(varnames);
    PYM_XDECREF(cellvars);
    PYM_XDECREF(freevars);
    return co;
}

PymObject *pym_comp_assemble(Compiler *c, int add_none)
{
    Unit *u = c->u;
    /* every path that falls off the end returns None */
    Instr *last = last_instr(u->cur);
    if (!last || last->opcode != PYM_OP_RETURN_VALUE) {
        pym_comp_unset_loc(c);
        if (add_none && !pym_comp_load_const(c, PYM_NONE))
            return NULL;
        if (!pym_comp_addop(c, PYM_OP_RETURN_VALUE))
            return NULL;
    }
    int nblocks = 0;
    for (BasicBlock *b = u->blocks; b; b = b->list_next) {
        nblocks++;
        for (int i = 0; i < b->n; i++)
            if (is_jump(&b->instrs[i]))
                b->instrs[i].target = skip_empty(b->instrs[i].target);
    }
    for (BasicBlock *b = u->blocks; b; b = b->list_next)
        if (extend_block(b) < 0)
            return NULL;
    int flags = compute_code_flags(u);
    if (flags & PYM_CO_GENERATOR) {
        Instr gen_start = {.opcode = PYM_OP_GEN_START,
                           .loc = {u->firstlineno, u->firstlineno, -1, -1}};
        if (block_insert(u->entry, 0, &gen_start) < 0)
            return NULL;
    }
    if (optimize_cfg(c, nblocks) < 0)
        return NULL;
    if (duplicate_exits_without_lineno(c) < 0)
        return NULL;
    nblocks = 0;
    for (BasicBlock *b = u->blocks; b; b = b->list_next)
        nblocks++;
    trim_unused_consts(u);
    propagate_line_numbers(u);
    guarantee_lineno_for_exits(u);
    int maxdepth = stackdepth(u, nblocks);
    if (maxdepth < 0)
        return NULL;
    if (label_exception_targets(u, nblocks) < 0)
        return NULL;
    convert_exception_handlers_to_nops(u);
    for (BasicBlock *b = u->entry; b; b = b->next)
        clean_basic_block(b);
    return make_code(c, maxdepth, flags);
}
