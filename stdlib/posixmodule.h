/* posixmodule.h — the posix module (posixmodule.c), the C layer of os. */
#ifndef PYM_POSIXMODULE_H
#define PYM_POSIXMODULE_H
#include "runtime/object.h"

PymObject *pym_init_posix(void);

#endif
