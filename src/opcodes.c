/* opcodes.c — the opcode name table and the per-instruction stack effect.
 *
 * Owns: pym_opcode_names (declared in opcodes.h) and
 * pym_opcode_stack_effect (declared in compile.h).  Invariant: the stack
 * effects are CPython 3.11's for the same instructions, adjusted for pym's
 * simplifications (LOAD_GLOBAL never pushes the NULL itself, GEN_START
 * replaces RETURN_GENERATOR + POP_TOP and leaves the stack alone).
 */
#include "opcodes.h"
#include "compile.h"

const char *const pym_opcode_names[PYM_OPCODE_COUNT] = {
#define PYM_OPCODE_NAME(name, has_arg, effect) [PYM_OP_##name] = #name,
    PYM_OPCODE_LIST(PYM_OPCODE_NAME)
#undef PYM_OPCODE_NAME
};

/* jump: 0 = the fall-through path, 1 = the jump/handler path, -1 = the
 * larger of the two. */
int pym_opcode_stack_effect(int opcode, int oparg, int jump)
{
    switch (opcode) {
    case PYM_OP_NOP: case PYM_OP_SWAP: case PYM_OP_DELETE_FAST: case PYM_OP_DELETE_DEREF:
    case PYM_OP_DELETE_GLOBAL: case PYM_OP_DELETE_NAME: case PYM_OP_LOAD_ATTR:
    case PYM_OP_UNARY_POSITIVE: case PYM_OP_UNARY_NEGATIVE: case PYM_OP_UNARY_NOT:
    case PYM_OP_UNARY_INVERT: case PYM_OP_LIST_TO_TUPLE: case PYM_OP_JUMP:
    case PYM_OP_GET_ITER: case PYM_OP_KW_NAMES: case PYM_OP_RETURN_GENERATOR:
    case PYM_OP_YIELD_VALUE: case PYM_OP_GET_YIELD_FROM_ITER: case PYM_OP_GEN_START:
    case PYM_OP_CHECK_EXC_MATCH: case PYM_OP_SETUP_ANNOTATIONS:
    case PYM_OP_DELETE_NAME_OR_IGNORE:
        return 0;
    case PYM_OP_POP_TOP: case PYM_OP_STORE_FAST: case PYM_OP_STORE_DEREF:
    case PYM_OP_STORE_GLOBAL: case PYM_OP_STORE_NAME: case PYM_OP_DELETE_ATTR:
    case PYM_OP_BINARY_OP: case PYM_OP_COMPARE_OP: case PYM_OP_IS_OP: case PYM_OP_CONTAINS_OP:
    case PYM_OP_BINARY_SUBSCR: case PYM_OP_LIST_APPEND: case PYM_OP_SET_ADD:
    case PYM_OP_LIST_EXTEND: case PYM_OP_SET_UPDATE: case PYM_OP_DICT_UPDATE:
    case PYM_OP_DICT_MERGE: case PYM_OP_POP_JUMP_IF_FALSE: case PYM_OP_POP_JUMP_IF_TRUE:
    case PYM_OP_POP_JUMP_IF_NONE: case PYM_OP_POP_JUMP_IF_NOT_NONE: case PYM_OP_RETURN_VALUE:
    case PYM_OP_RERAISE: case PYM_OP_POP_EXCEPT: case PYM_OP_IMPORT_NAME:
    case PYM_OP_IMPORT_STAR: case PYM_OP_PRINT_EXPR:
        return -1;
    case PYM_OP_PUSH_NULL: case PYM_OP_COPY: case PYM_OP_LOAD_CONST: case PYM_OP_LOAD_FAST:
    case PYM_OP_LOAD_DEREF: case PYM_OP_LOAD_CLOSURE: case PYM_OP_LOAD_CLASSDEREF:
    case PYM_OP_LOAD_GLOBAL: case PYM_OP_LOAD_NAME: case PYM_OP_LOAD_METHOD:
    case PYM_OP_LOAD_BUILD_CLASS: case PYM_OP_LOAD_ASSERTION_ERROR: case PYM_OP_LOAD_LOCALS:
    case PYM_OP_PUSH_EXC_INFO: case PYM_OP_BEFORE_WITH: case PYM_OP_WITH_EXCEPT_START:
    case PYM_OP_IMPORT_FROM:
        return 1;
    case PYM_OP_STORE_ATTR: case PYM_OP_DELETE_SUBSCR: case PYM_OP_MAP_ADD:
        return -2;
    case PYM_OP_STORE_SUBSCR:
        return -3;
    case PYM_OP_BUILD_SLICE:
        return oparg == 3 ? -2 : -1;
    case PYM_OP_BUILD_TUPLE: case PYM_OP_BUILD_LIST: case PYM_OP_BUILD_SET:
    case PYM_OP_BUILD_STRING:
        return 1 - oparg;
    case PYM_OP_BUILD_MAP:
        return 1 - 2 * oparg;
    case PYM_OP_BUILD_CONST_KEY_MAP:
        return -oparg;
    case PYM_OP_UNPACK_SEQUENCE:
        return oparg - 1;
    case PYM_OP_UNPACK_EX:
        return (oparg & 0xff) + (oparg >> 8);
    case PYM_OP_FORMAT_VALUE:
        return (oparg & 4) ? -1 : 0;
    case PYM_OP_JUMP_IF_FALSE_OR_POP: case PYM_OP_JUMP_IF_TRUE_OR_POP:
        return jump != 0 ? 0 : -1;
    case PYM_OP_FOR_ITER:
        /* the exhausted iterator is popped on the jump path */
        return jump > 0 ? -1 : 1;
    case PYM_OP_SEND:
        return jump > 0 ? -1 : 0;
    case PYM_OP_CALL:
        return -1 - oparg;
    case PYM_OP_CALL_FUNCTION_EX:
        return -2 - ((oparg & 1) != 0);
    case PYM_OP_MAKE_FUNCTION:
        return -((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0);
    case PYM_OP_RAISE_VARARGS:
        return -oparg;
    default:
        return 0;
    }
}
