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

#endif
