/* sha512module.h — the _sha512 module's hash type (sha512module.c). */
#ifndef PYM_SHA512MODULE_H
#define PYM_SHA512MODULE_H
#include "runtime/object.h"

extern PymType pym_sha512_type;
PymObject *pym_init__sha512(void);

#endif
