/* opcodes.h — the instruction set, one X-macro list (DESIGN rule 7).
 *
 * X(NAME, HAS_ARG, STACK_EFFECT) where STACK_EFFECT is the net change for
 * the common case (the compiler computes arg-dependent effects itself, see
 * pym_opcode_stack_effect in compile.c).  Instructions are 32-bit words:
 * opcode in the low 8 bits, argument in the high 24 bits (code.h).  Jump
 * arguments are absolute instruction indexes.
 *
 * Stack notation: [a, b] → [c] means b is on top.  "NULL" is a C NULL
 * pushed as a placeholder.
 *
 * Relation to CPython 3.11: this instruction set IS CPython 3.11's bytecode
 * (same names, same stack layouts, same exception-table scheme; compare with
 * `python3 -m dis`) with these simplifications: no CACHE, RESUME, PRECALL,
 * EXTENDED_ARG or specialized instructions; one JUMP (absolute target)
 * instead of JUMP_FORWARD/JUMP_BACKWARD; POP_JUMP_FORWARD/BACKWARD_IF_X are
 * POP_JUMP_IF_X; LOAD_GLOBAL's argument is the plain name index (the
 * compiler emits PUSH_NULL itself); no MAKE_CELL/COPY_FREE_VARS (the VM
 * sets up cells when a frame starts, code.h); no RETURN_GENERATOR (calling
 * a generator function returns the generator; its code starts with
 * GEN_START).
 *
 * Calls (as 3.11): the stack holds [NULL, callable, arg1 … argN] or, after
 * LOAD_METHOD found a method, [method, self, arg1 … argN]; CALL N calls
 * callable(arg1 … argN) or method(self, arg1 … argN), passing a pointer
 * into the stack (vectorcall, DESIGN rule 1), then pops all N+2 slots and
 * pushes the result.  When KW_NAMES k came right before, the last
 * len(consts[k]) arguments are keyword arguments named by that tuple.
 *
 * Exceptions: no block stack.  The code object's exception table maps
 * instruction ranges to handlers; on an exception the VM pops the value
 * stack to the entry's depth, pushes the raising instruction index if the
 * entry says push_lasti, pushes the exception and jumps to the handler.
 */
#ifndef PYM_OPCODES_H
#define PYM_OPCODES_H

#define PYM_OPCODE_LIST(X)                                                                   \
    /* --- stack --- */                                                                      \
    X(NOP, 0, 0)                                                                             \
    X(POP_TOP, 0, -1)             /* [a] → [] */                                             \
    X(PUSH_NULL, 0, 1)            /* [] → [NULL] */                                          \
    X(COPY, 1, 1)                 /* [.., x (arg-th from top, 1-based)] → [.., x, .., x] */   \
    X(SWAP, 1, 0)                 /* swap top with the arg-th item (1-based, arg ≥ 2) */      \
    /* --- constants and names --- */                                                        \
    X(LOAD_CONST, 1, 1)           /* push consts[arg] */                                     \
    X(LOAD_FAST, 1, 1)            /* push local arg; UnboundLocalError if unset */            \
    X(STORE_FAST, 1, -1)                                                                     \
    X(DELETE_FAST, 1, 0)          /* UnboundLocalError if unset */                           \
    X(LOAD_DEREF, 1, 1)           /* push cell contents of localsplus[nlocals+arg];           \
                                     NameError "free variable 'x' referenced before           \
                                     assignment in enclosing scope" / UnboundLocalError */   \
    X(STORE_DEREF, 1, -1)                                                                    \
    X(DELETE_DEREF, 1, 0)                                                                    \
    X(LOAD_CLOSURE, 1, 1)         /* push the cell object itself (for MAKE_FUNCTION) */       \
    X(LOAD_CLASSDEREF, 1, 1)      /* class body: locals dict first, then the cell */          \
    X(LOAD_GLOBAL, 1, 1)          /* names[arg] from globals then builtins; NameError */       \
    X(STORE_GLOBAL, 1, -1)                                                                   \
    X(DELETE_GLOBAL, 1, 0)                                                                   \
    X(LOAD_NAME, 1, 1)            /* locals, globals, builtins (module/class bodies) */        \
    X(STORE_NAME, 1, -1)                                                                     \
    X(DELETE_NAME, 1, 0)                                                                     \
    X(LOAD_ATTR, 1, 0)            /* [o] → [o.names[arg]] */                                  \
    X(STORE_ATTR, 1, -2)          /* [v, o] → [], o.names[arg] = v */                         \
    X(DELETE_ATTR, 1, -1)         /* [o] → [] */                                             \
    X(LOAD_METHOD, 1, 1)          /* [o] → [meth, o] or [NULL, attr] */                       \
    X(LOAD_BUILD_CLASS, 0, 1)     /* push builtins.__build_class__ */                         \
    X(LOAD_ASSERTION_ERROR, 0, 1)                                                            \
    X(LOAD_LOCALS, 0, 1)          /* push the frame's locals mapping */                       \
    /* --- operators --- */                                                                  \
    X(UNARY_POSITIVE, 0, 0)                                                                  \
    X(UNARY_NEGATIVE, 0, 0)                                                                  \
    X(UNARY_NOT, 0, 0)                                                                       \
    X(UNARY_INVERT, 0, 0)                                                                    \
    X(BINARY_OP, 1, -1)           /* [a, b] → [a op b]; arg is a PYM_BINOP_* */               \
    X(COMPARE_OP, 1, -1)          /* arg is PYM_LT … PYM_GE */                                \
    X(IS_OP, 1, -1)               /* arg 1 means `is not` */                                  \
    X(CONTAINS_OP, 1, -1)         /* [a, b] → [a in b]; arg 1 means `not in` */               \
    X(BINARY_SUBSCR, 0, -1)       /* [o, k] → [o[k]] */                                       \
    X(STORE_SUBSCR, 0, -3)        /* [v, o, k] → [], o[k] = v */                              \
    X(DELETE_SUBSCR, 0, -2)       /* [o, k] → [] */                                          \
    X(BUILD_SLICE, 1, -1)         /* arg 2: [a, b] or 3: [a, b, c] → [slice] */               \
    /* --- building --- */                                                                   \
    X(BUILD_TUPLE, 1, 0)          /* pop arg items → tuple */                                \
    X(BUILD_LIST, 1, 0)                                                                      \
    X(BUILD_SET, 1, 0)                                                                       \
    X(BUILD_MAP, 1, 0)            /* pop 2*arg items k1 v1 k2 v2 … → dict */                  \
    X(BUILD_CONST_KEY_MAP, 1, 0)  /* [v1 … vN, keys_tuple] → dict */                          \
    X(BUILD_STRING, 1, 0)         /* concatenate arg strs */                                  \
    X(LIST_APPEND, 1, -1)         /* [list (arg-th from top after pop), …, v] → list.append(v) */ \
    X(SET_ADD, 1, -1)                                                                        \
    X(MAP_ADD, 1, -2)             /* [map, …, k, v] → map[k] = v */                           \
    X(LIST_EXTEND, 1, -1)         /* [list, …, iterable] → list.extend(iterable) */           \
    X(SET_UPDATE, 1, -1)                                                                     \
    X(DICT_UPDATE, 1, -1)         /* {**x} */                                                \
    X(DICT_MERGE, 1, -1)          /* f(**x): TypeError on duplicate keyword */                \
    X(LIST_TO_TUPLE, 0, 0)                                                                   \
    X(UNPACK_SEQUENCE, 1, 0)      /* [seq] → [item_{n-1} … item_0] (item_0 on top) */         \
    X(UNPACK_EX, 1, 0)            /* arg = before | after << 8; starred middle as a list */    \
    X(FORMAT_VALUE, 1, 0)         /* arg&3: 0 none,1 str,2 repr,3 ascii; arg&4: spec on top */ \
    /* --- control flow --- */                                                               \
    X(JUMP, 1, 0)                 /* to arg (checks for interrupts on backward jumps) */      \
    X(POP_JUMP_IF_FALSE, 1, -1)                                                              \
    X(POP_JUMP_IF_TRUE, 1, -1)                                                               \
    X(POP_JUMP_IF_NONE, 1, -1)                                                               \
    X(POP_JUMP_IF_NOT_NONE, 1, -1)                                                           \
    X(JUMP_IF_FALSE_OR_POP, 1, 0) /* keep top and jump if false, else pop */                 \
    X(JUMP_IF_TRUE_OR_POP, 1, 0)                                                             \
    X(GET_ITER, 0, 0)                                                                        \
    X(FOR_ITER, 1, 1)             /* [it] → [it, next]; at the end pop it and jump to arg */  \
    X(RETURN_VALUE, 0, -1)                                                                   \
    /* --- calls and functions --- */                                                        \
    X(KW_NAMES, 1, 0)             /* consts[arg] names the next CALL's keyword args */        \
    X(CALL, 1, -1)                /* see above; net effect -(arg+1) */                        \
    X(CALL_FUNCTION_EX, 1, -2)    /* [NULL, callable, args_tuple (, kwargs_dict if arg&1)] */ \
    X(MAKE_FUNCTION, 1, 0)        /* [defaults? kwdefaults? annotations? closure?, code]      \
                                     flags 0x1 defaults tuple, 0x2 kwdefaults dict,          \
                                     0x4 annotations dict, 0x8 closure tuple of cells;       \
                                     the qualname comes from the code object */              \
    X(RETURN_GENERATOR, 0, 0)     /* unused: calling a generator function makes the gen */    \
    X(YIELD_VALUE, 0, 0)          /* [v] → [sent value] suspends the generator */             \
    X(GET_YIELD_FROM_ITER, 0, 0)                                                             \
    X(SEND, 1, 0)                 /* [sub, v] → [sub, yielded] or at StopIteration pop       \
                                     sub, push its value and jump to arg */                  \
    X(GEN_START, 0, 0)            /* first instruction of generator code: checks the first   \
                                     send value is None */                                   \
    /* --- exceptions --- */                                                                 \
    X(RAISE_VARARGS, 1, -1)       /* arg 0: re-raise handled; 1: [exc]; 2: [exc, cause] */    \
    X(RERAISE, 1, -1)             /* [exc] re-raise; if arg, the lasti below it is restored */ \
    X(PUSH_EXC_INFO, 0, 1)        /* [exc] → [prev_handled, exc]; exc becomes handled */      \
    X(POP_EXCEPT, 0, -1)          /* [prev_handled] → [], restores the handled exception */   \
    X(CHECK_EXC_MATCH, 0, 0)      /* [exc, type] → [exc, bool] */                             \
    X(BEFORE_WITH, 0, 1)          /* [mgr] → [mgr.__exit__ bound, mgr.__enter__()] */         \
    X(WITH_EXCEPT_START, 0, 1)    /* [exit, lasti, prev, exc] → [.., exc, exit(type, exc, tb)] */ \
    /* --- imports and modules --- */                                                        \
    X(IMPORT_NAME, 1, -1)         /* [level, fromlist] → [module]; names[arg] */              \
    X(IMPORT_FROM, 1, 1)          /* [module] → [module, module.names[arg]] ImportError */    \
    X(IMPORT_STAR, 0, -1)                                                                    \
    X(SETUP_ANNOTATIONS, 0, 0)                                                               \
    X(PRINT_EXPR, 0, -1)          /* REPL: sys.displayhook(top) */                            \
    X(DELETE_NAME_OR_IGNORE, 1, 0)/* reserved */

enum PymOpcode {
#define PYM_OPCODE_ENUM(name, has_arg, effect) PYM_OP_##name,
    PYM_OPCODE_LIST(PYM_OPCODE_ENUM)
#undef PYM_OPCODE_ENUM
    PYM_OPCODE_COUNT
};

/* BINARY_OP arguments (CPython 3.11's NB_* numbering). */
enum PymBinOp {
    PYM_BINOP_ADD = 0, PYM_BINOP_AND = 1, PYM_BINOP_FLOOR_DIVIDE = 2, PYM_BINOP_LSHIFT = 3,
    PYM_BINOP_MATRIX_MULTIPLY = 4, PYM_BINOP_MULTIPLY = 5, PYM_BINOP_REMAINDER = 6,
    PYM_BINOP_OR = 7, PYM_BINOP_POWER = 8, PYM_BINOP_RSHIFT = 9, PYM_BINOP_SUBTRACT = 10,
    PYM_BINOP_TRUE_DIVIDE = 11, PYM_BINOP_XOR = 12,
    PYM_BINOP_INPLACE_ADD = 13, PYM_BINOP_INPLACE_AND = 14, PYM_BINOP_INPLACE_FLOOR_DIVIDE = 15,
    PYM_BINOP_INPLACE_LSHIFT = 16, PYM_BINOP_INPLACE_MATRIX_MULTIPLY = 17,
    PYM_BINOP_INPLACE_MULTIPLY = 18, PYM_BINOP_INPLACE_REMAINDER = 19, PYM_BINOP_INPLACE_OR = 20,
    PYM_BINOP_INPLACE_POWER = 21, PYM_BINOP_INPLACE_RSHIFT = 22,
    PYM_BINOP_INPLACE_SUBTRACT = 23, PYM_BINOP_INPLACE_TRUE_DIVIDE = 24,
    PYM_BINOP_INPLACE_XOR = 25,
};

extern const char *const pym_opcode_names[PYM_OPCODE_COUNT];

#endif
