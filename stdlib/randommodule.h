/* randommodule.h — the _random module's generator type (randommodule.c). */
#ifndef PYM_RANDOMMODULE_H
#define PYM_RANDOMMODULE_H
#include "runtime/object.h"

extern PymType pym_random_type;
PymObject *pym_init__random(void);

#endif
