/* int_internal.h — what int.c, int_ops.c and float.c share about the GMP
 * side of ints.  Not for other areas: use int.h.
 *
 * Invariants: a big int's mpz never holds a value that fits int64 (those
 * are stored small); an mpz "view" of a small int borrows a stack limb and
 * must never be written or cleared. */
#ifndef PYM_INT_INTERNAL_H
#define PYM_INT_INTERNAL_H
#include "object.h"
#include "int.h"
#include <gmp.h>

struct PymIntBig {
    __mpz_struct z;
};

#define INT_OBJ(o) ((PymIntObject *)(o))
#define INT_MPZ(o) (&INT_OBJ(o)->big->z)

/* A read-only mpz of any int, without allocating.  `limb` is storage the
 * caller provides for small values; the view lives as long as both. */
static inline mpz_srcptr pym_int_view(PymObject *o, mpz_t scratch, mp_limb_t *limb)
{
    PymIntObject *i = INT_OBJ(o);
    if (i->big)
        return &i->big->z;
    int64_t v = i->small;
    *limb = v < 0 ? (mp_limb_t)0 - (mp_limb_t)v : (mp_limb_t)v;
    return mpz_roinit_n(scratch, limb, v < 0 ? -1 : v > 0 ? 1 : 0);
}

/* Wrap a freshly computed mpz as an int, taking over its limbs (the
 * caller must not use or clear z afterwards).  Values that fit int64 become small ints. */
PymObject *pym_int_from_mpz_steal(mpz_ptr z);
/* A copy of the value as a new mpz (caller clears). */
void pym_int_to_mpz(PymObject *o, mpz_ptr out);
/* num/den (den > 0) correctly rounded to the nearest double; *overflow set
 * when the result is beyond the double range. */
double pym_int_ratio_to_double(mpz_srcptr num, mpz_srcptr den, int *overflow);
/* n * 2**exp (+ a nonzero tail below it when sticky) correctly rounded. */
double pym_int_scaled_to_double(mpz_srcptr n, long exp, int sticky, int *overflow);
/* An instance of type (int or a subclass) with the value of an exact int. */
PymObject *pym_int_new_value_like(PymType *type, PymObject *value);

/* Bind vectorcall arguments to parameters names[0..nparams): the first
 * `posonly` are positional-only, up to `maxpos` may come positionally, the
 * rest are keyword-only; the first `required` must be present.  out[i] is
 * a borrowed argument or NULL; raises CPython's argument-clinic TypeErrors. */
int pym_int_bind_args(const char *fname, PymObject *const *args, PymSize nargs, PymObject *kwnames,
                      const char *const *names, int nparams, int posonly, int maxpos, int required,
                      PymObject **out);

/* int_ops.c: the number protocols of int and bool (int.c installs them). */
extern PymNumberMethods pym_int_as_number, pym_bool_as_number;
PymObject *pym_int_richcompare(PymObject *a, PymObject *b, int op);
int pym_int_compare(PymObject *a, PymObject *b);  /* both ints: -1, 0, 1 */
PymObject *pym_int_round(PymObject *self, PymObject *const *args, PymSize nargs);
PymObject *pym_int_exact_copy(PymObject *o);      /* exact int with o's value */

#endif
