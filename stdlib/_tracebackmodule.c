/* _tracebackmodule.c — the C core of the traceback module: it hands the
 * interpreter's own exception printer (src/traceback.c) to Python code, so
 * that traceback.format_exception and friends produce exactly the text pym
 * prints for an uncaught exception, caret lines included.
 * Invariants: both functions write the whole report with one file.write()
 * call (then file.flush()), leave no exception set for printing failures,
 * and reject arguments of the wrong type with TypeError. */
#include "runtime/pym.h"
#include "src/traceback.h"
#include "stdlib/_tracebackmodule.h"

/* _print_exception(exc, file): print exc and its chain to file. */
static PymObject *tb_print_exception(PymObject *self, PymObject *const *args, PymSize nargs)
{
    (void)self;
    if (nargs != 2)
        return pym_err_format(&pym_exc_TypeError,
                              "_print_exception expected 2 arguments, got %zd", nargs);
    if (!PYM_EXCEPTION_CHECK(args[0]))
        return pym_err_format(&pym_exc_TypeError,
                              "_print_exception() argument must be an exception");
    pym_err_display(args[0], args[1]);
    return PYM_NEWREF(PYM_NONE);
}

/* _print_tb(tb, file): print the "Traceback (most recent call last):"
 * block of tb (None prints nothing) to file. */
static PymObject *tb_print_tb(PymObject *self, PymObject *const *args, PymSize nargs)
{
    (void)self;
    if (nargs != 2)
        return pym_err_format(&pym_exc_TypeError,
                              "_print_tb expected 2 arguments, got %zd", nargs);
    if (args[0] == PYM_NONE)
        return PYM_NEWREF(PYM_NONE);
    if (!PYM_IS_TYPE(args[0], &pym_traceback_type))
        return pym_err_format(&pym_exc_TypeError,
                              "_print_tb() argument must be a traceback");
    if (pym_traceback_print(args[0], args[1]) < 0)
        return NULL;
    return PYM_NEWREF(PYM_NONE);
}

static PymMethodDef traceback_functions[] = {
    PYM_METHOD("_print_exception", tb_print_exception, PYM_METH_FASTCALL),
    PYM_METHOD("_print_tb", tb_print_tb, PYM_METH_FASTCALL),
    PYM_METHOD_END,
};

PymObject *pym_init__traceback(void)
{
    PymObject *m = pym_module_new("_traceback");
    if (m && pym_module_add_functions(m, traceback_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
