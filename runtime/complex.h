/* complex.h — the complex type: a pair of IEEE doubles (real, imag).
 * Invariant: arithmetic, repr, hash and format follow CPython 3.11's
 * complexobject.c, including its special cases for zeros, inf and nan. */
#ifndef PYM_COMPLEX_H
#define PYM_COMPLEX_H
#include "object.h"

typedef struct PymComplexObject {
    PYM_OBJECT_HEAD;
    double real;
    double imag;
} PymComplexObject;

extern PymType pym_complex_type;
#define PYM_COMPLEX_CHECK(o) PYM_OBJECT_TYPE_CHECK(o, &pym_complex_type)
#define PYM_COMPLEX_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_complex_type)

PymObject *pym_complex_from_doubles(double real, double imag);
/* a ** b with a or b complex (float ** fractional with a negative base
 * lands here too, as in CPython). */
PymObject *pym_complex_power(PymObject *a, PymObject *b, PymObject *mod);

#endif
