/* bytes.h — bytes and bytearray.
 * Invariant: bytes data is NUL-terminated past its size; immutable. */
#ifndef PYM_BYTES_H
#define PYM_BYTES_H
#include "object.h"

extern PymType pym_bytes_type, pym_bytearray_type;
extern PymType pym_bytes_iter_type, pym_bytearray_iter_type;
#define PYM_BYTES_CHECK(o) PYM_TYPE_HAS_FLAG(PYM_TYPE(o), PYM_TPFLAG_BYTES_SUBCLASS)
PymObject *pym_bytes_from_data(const void *data, PymSize n);
const char *pym_bytes_data(PymObject *b);
PymSize pym_bytes_size(PymObject *b);
PymObject *pym_bytes_repr(PymObject *b);
PymObject *pym_bytes_decode_utf8(PymObject *b);
/* bytes(o) the way CPython's PyObject_Bytes does it (int.from_bytes …):
 * bytes-like objects, __bytes__, iterables of ints; str and other objects
 * raise "cannot convert 'str' object to bytes". */
PymObject *pym_bytes_from_object(PymObject *o);

#endif
