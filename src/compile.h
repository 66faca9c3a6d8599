/* compile.h — AST → code object (symtable.c computes scopes first).
 * Invariant: the code object produced is complete and immutable; equal
 * constants within one compilation unit are one object. */
#ifndef PYM_COMPILE_H
#define PYM_COMPILE_H
#include "../runtime/pym.h"
#include "../grammar/ast.h"

/* mode EXEC: module code; EVAL: returns the expression's value;
 * SINGLE: interactive statement, expression statements use PRINT_EXPR.
 * Returns a new code object, or NULL with SyntaxError raised (e.g.
 * "'return' outside function", "no binding for nonlocal 'x' found"). */
PymObject *pym_compile_ast(PymAstModule *mod, PymObject *filename, PymParseMode mode);
/* source → code: parse then compile (used by exec/eval/compile builtins,
 * import and the CLI). */
PymObject *pym_compile_source(const char *source, PymObject *filename, PymParseMode mode);

/* Constant folding rewrites the AST in place (like CPython's AST
 * optimizer).  pym_compile_ast keeps the folded values only until it
 * returns, so that AST is then freed, not compiled again; the _arena
 * variants give them to the AST's arena instead.
 *
 * Reference counts as CPython: while CPython runs a script, `-c` code or
 * exec()/eval() of a string, the AST's arena stays alive and holds one
 * more reference to every literal (sys.getrefcount(1000) is 3 there, 2
 * after compile()).  To get the same figures, parse into an arena,
 * compile with pym_compile_source_arena, run the code, and only then
 * pym_arena_free the arena. */
PymObject *pym_compile_ast_arena(PymAstModule *mod, PymObject *filename, PymParseMode mode,
                                 PymArena *arena);
PymObject *pym_compile_source_arena(const char *source, PymObject *filename, PymParseMode mode,
                                    PymArena *arena);

/* Net stack effect of an instruction (opcodes.c); jump: 0 fall-through
 * path, 1 jump path, -1 the larger of both. */
int pym_opcode_stack_effect(int opcode, int oparg, int jump);

#endif
