/* atexitmodule.h — run the atexit callbacks (called once at shutdown). */
#ifndef PYM_ATEXITMODULE_H
#define PYM_ATEXITMODULE_H
#include "runtime/object.h"
PymObject *pym_init_atexit(void);
void pym_atexit_run(void);
#endif
