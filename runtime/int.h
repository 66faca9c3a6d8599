/* int.h — int (machine-word fast path, GMP beyond it) and bool.
 * Invariants: a value that fits in int64 is always stored small (never as
 * an mpz); small ints −5..256 are cached singletons; bool is an int
 * subtype with exactly two instances.  GMP allocates through pym_mem_*. */
#ifndef PYM_INT_H
#define PYM_INT_H
#include "object.h"

/* The int layout.  `big` is NULL exactly when the value fits int64 (then
 * it is `small`); otherwise it points to the GMP value, allocated through
 * pym_mem (see int_internal.h).  bool shares the layout. */
struct PymIntBig;
struct PymIntObject {
    PYM_OBJECT_HEAD;
    int64_t small;
    struct PymIntBig *big;
};
typedef struct PymIntObject PymIntObject;
/* Inline fast paths for the VM (o must be an int). */
#define PYM_INT_IS_SMALL(o) (((PymIntObject *)(o))->big == NULL)
#define PYM_INT_SMALL_VALUE(o) (((PymIntObject *)(o))->small)

extern PymType pym_int_type, pym_bool_type;
/* Static True/False objects (defined in int.c with the int layout). */
extern struct PymIntObject pym_true_struct, pym_false_struct;
#define PYM_TRUE ((PymObject *)&pym_true_struct)
#define PYM_FALSE ((PymObject *)&pym_false_struct)
#define PYM_RETURN_TRUE return pym_newref(PYM_TRUE)
#define PYM_RETURN_FALSE return pym_newref(PYM_FALSE)
static inline PymObject *pym_bool_from(int v) { return pym_newref(v ? PYM_TRUE : PYM_FALSE); }

#define PYM_INT_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_INT_SUBCLASS)
#define PYM_INT_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_int_type)
#define PYM_BOOL_CHECK(o) (PYM_TYPE(o) == &pym_bool_type)

PymObject *pym_int_from_i64(int64_t v);
PymObject *pym_int_from_u64(uint64_t v);
PymObject *pym_int_from_ssize(PymSize v);
PymObject *pym_int_from_double(double v);          /* truncates; OverflowError/ValueError for inf/nan */
/* Parse like int(text, base) (base 0 = infer from prefix); ValueError
 * "invalid literal for int() with base 10: '...'" on bad input. */
PymObject *pym_int_from_string(const char *s, PymSize len, int base);
/* Value as int64; sets *overflow to ±1 (and returns -1) if out of range.
 * o must be an int. */
int64_t pym_int_as_i64_overflow(PymObject *o, int *overflow);
/* As PymSize; OverflowError "Python int too large to convert to C ssize_t". */
PymSize pym_int_as_ssize(PymObject *o);
long pym_int_as_long(PymObject *o);                 /* OverflowError when too large */
double pym_int_as_double(PymObject *o);             /* OverflowError "int too large to convert to float" */
int pym_int_is_small(PymObject *o);                 /* fits int64 */
int64_t pym_int_small_value(PymObject *o);          /* requires pym_int_is_small */
int pym_int_sign(PymObject *o);                     /* -1, 0, 1 */
PymObject *pym_int_to_decimal_string(PymObject *o); /* str(int) */
PymObject *pym_int_format_base(PymObject *o, int base, int alternate); /* hex/oct/bin */
size_t pym_int_bit_length(PymObject *o);
/* |o| as n 32-bit words, least significant first, zero-padded; the caller
 * makes n large enough (n * 32 >= bit length). */
void pym_int_abs_to_u32_words(PymObject *o, uint32_t *words, size_t n);
/* The non-negative int whose 32-bit words, least significant first, are
 * words[0..n). */
PymObject *pym_int_from_u32_words(const uint32_t *words, size_t n);
/* Exact comparison of an int with a finite or infinite double (not NaN):
 * -1, 0, 1 as i <, ==, > d (CPython's int/float comparison rule). */
int pym_int_compare_double(PymObject *i, double d);
PymHash pym_int_hash(PymObject *o);
/* sys.set_int_max_str_digits: the most decimal digits int<->str converts
 * (0 = no limit; CPython's default 4300). */
extern int pym_int_max_str_digits;
int pym_int_init(void);   /* small-int cache, GMP allocator */
void pym_int_fini(void);

#endif
