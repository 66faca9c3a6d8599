/* float.h — the float type (an IEEE double).
 * Invariant: repr is the shortest string that round-trips, as CPython's. */
#ifndef PYM_FLOAT_H
#define PYM_FLOAT_H
#include "object.h"

typedef struct PymFloatObject {
    PYM_OBJECT_HEAD;
    double value;
} PymFloatObject;

extern PymType pym_float_type;
#define PYM_FLOAT_CHECK(o) PYM_OBJECT_TYPE_CHECK(o, &pym_float_type)
#define PYM_FLOAT_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_float_type)
#define PYM_FLOAT_VALUE(o) (((PymFloatObject *)(o))->value)

PymObject *pym_float_from_double(double v);
void pym_float_fini(void);   /* release the free list (at exit) */
/* float or int (or __float__/__index__) to double; -1.0 with exception on error */
double pym_float_as_double(PymObject *o);
/* repr of a double into buf (at least 32 bytes): "1.5", "1e+16", "inf", "nan" */
void pym_float_repr_buf(double v, char *buf, size_t bufsize);
PymObject *pym_float_from_string(PymObject *str); /* float("1.5"), ValueError as CPython */
/* Parse the text of a float literal / float() argument (surrounding
 * whitespace and underscores between digits allowed); returns 0 and sets
 * *out, or -1 without raising when the text is not a float. */
int pym_float_parse(const char *text, PymSize len, double *out);
/* hash(float): CPython's algorithm (equal to hash(int) for integral
 * values); NaN hashes by the identity of inst. */
PymHash pym_float_hash_double(PymObject *inst, double v);

#endif
