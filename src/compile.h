/* compile.h — AST → code object (symtable.c computes scopes first).
 * Invariant: the code object produced is complete and immutable; equal
 * constants within one compilation unit are one object. */
#ifndef PYM_COMPILE_H
#define PYM_COMPILE_H
#include "../runtime/pym.h"
#include "../grammar/ast.h"

/* pym_compile_ast folds constants in the AST in place (like CPython's AST
 * optimizer); the folded values live until it returns, so an AST is
 * compiled once and then freed.
 * mode EXEC: module code; EVAL: returns the expression's value;
 * SINGLE: interactive statement, expression statements use PRINT_EXPR.
 * Returns a new code object, or NULL with SyntaxError raised (e.g.
 * "'return' outside function", "no binding for nonlocal 'x' found"). */
PymObject *pym_compile_ast(PymAstModule *mod, PymObject *filename, PymParseMode mode);
/* source → code: parse then compile (used by exec/eval/compile builtins,
 * import and the CLI). */
PymObject *pym_compile_source(const char *source, PymObject *filename, PymParseMode mode);

/* Net stack effect of an instruction (opcodes.c); jump: 0 fall-through
 * path, 1 jump path, -1 the larger of both. */
int pym_opcode_stack_effect(int opcode, int oparg, int jump);

#endif
