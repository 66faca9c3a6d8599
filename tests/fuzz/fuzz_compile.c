/* fuzz_compile.c — libFuzzer target: every input is compiled as a module
 * (lexer, parser, symbol table, compiler); whatever the bytes, pym must
 * return a code object or raise an exception — never crash, hang or leak.
 * Built and run by scripts/fuzz. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/pym.h"
#include "src/compile.h"
#include "src/lifecycle.h"

/* The interpreter lives across inputs; finalizing it at exit keeps the
 * leak check at the end about what the inputs leaked. */
static void finalize_at_exit(void)
{
    pym_finalize(0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int initialized;
    if (!initialized) {
        if (pym_initialize() != 0)
            return 0;
        initialized = 1;
        atexit(finalize_at_exit);
    }
    /* Source text is a C string here, as it is for pym's file reader:
     * inputs with NUL bytes are CPython's "source code string cannot
     * contain null bytes" case, handled before compiling. */
    if (memchr(data, 0, size))
        return 0;
    char *src = pym_mem_malloc(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = '\0';
    PymObject *filename = pym_str_from_cstr("<fuzz>");
    PymObject *code = filename ? pym_compile_source(src, filename, PYM_MODE_EXEC) : NULL;
    PYM_XDECREF(code);
    PYM_XDECREF(filename);
    pym_err_clear();
    pym_mem_free(src);
    return 0;
}
