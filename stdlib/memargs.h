/* memargs.h — argument binding for the memory area's built-in modules
 * (sys, gc, _weakref, _tracemalloc), with CPython's argument-clinic
 * messages.  Header-only (static inline) so each module stays standalone.
 * Invariant: on success out[i] is a borrowed argument or NULL when the
 * parameter was not given. */
#ifndef PYM_MEMARGS_H
#define PYM_MEMARGS_H
#include "runtime/pym.h"

#include <string.h>

/* Bind args (nargs positional, then the values named by kwnames) to the
 * parameters names[0..nparams); at most maxpos may come positionally, the
 * first `required` must be present; names[i] NULL marks a positional-only
 * parameter. */
static inline int memargs_bind(const char *fname, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames, const char *const *names, int nparams,
                               int maxpos, int required, PymObject **out)
{
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    PymObject *unknown = NULL;
    for (int i = 0; i < nparams; i++)
        out[i] = NULL;
    if (nargs > maxpos) {
        if (maxpos == required && nkw == 0)
            pym_err_format(&pym_exc_TypeError, "%s() takes exactly %d argument%s (%zd given)",
                           fname, maxpos, maxpos == 1 ? "" : "s", nargs);
        else if (maxpos == 0)
            pym_err_format(&pym_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            pym_err_format(&pym_exc_TypeError, "%s() takes at most %d argument%s (%zd given)",
                           fname, maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (PymSize i = 0; i < nargs; i++)
        out[i] = args[i];
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        int found = -1;
        for (int i = 0; i < nparams && found < 0; i++)
            if (names[i] && pym_str_equal_cstr(key, names[i]))
                found = i;
        if (found < 0) {
            /* As CPython's argument parsers: a missing required argument
             * is reported before an unknown keyword. */
            if (!unknown)
                unknown = key;
            continue;
        }
        if (out[found]) {
            pym_err_format(&pym_exc_TypeError,
                           "argument for %s() given by name ('%s') and position (%d)", fname,
                           names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (!out[i]) {
            if (names[i])
                pym_err_format(&pym_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                               fname, names[i], i + 1);
            else
                pym_err_format(&pym_exc_TypeError, "%s() takes at least %d argument%s (%zd given)",
                               fname, required, required == 1 ? "" : "s", nargs);
            return -1;
        }
    }
    if (unknown) {
        pym_err_format(&pym_exc_TypeError, "'%U' is an invalid keyword argument for %s()", unknown,
                       fname);
        return -1;
    }
    return 0;
}

/* An int argument as a C int (TypeError for non-integers, OverflowError
 * beyond C int), via __index__ as CPython's "i" format. */
static inline int memargs_int(PymObject *o, int *out)
{
    PymSize v = pym_number_as_ssize(o, &pym_exc_OverflowError);
    if (v == -1 && pym_err_occurred()) {
        if (pym_err_exception_matches(&pym_exc_OverflowError))
            pym_err_set_string(&pym_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (v > 2147483647 || v < -2147483647 - 1) {
        pym_err_set_string(&pym_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

#endif
