/* ids.c — the interned identifier strings of ids.h (PYM_ID(__init__) …).
 *
 * Invariants: between pym_ids_init and pym_ids_fini every pym_id_<name>
 * is an interned str marked immortal (interned for the whole run) holding
 * one reference owned by this file; PYM_ID() hands out borrowed
 * references.  pym_ids_fini drops those references before pym_str_fini
 * releases the intern table.
 */
#include "str_impl.h"
#include "ids.h"

#define PYM_ID_DEFINE(n) PymObject *pym_id_##n;
PYM_ID_LIST(PYM_ID_DEFINE)
#undef PYM_ID_DEFINE

int pym_ids_init(void)
{
#define PYM_ID_CREATE(n)                                  \
    if (!pym_id_##n) {                                    \
        pym_id_##n = pym_str_from_cstr(#n);               \
        if (!pym_id_##n)                                  \
            return -1;                                    \
        pym_str_intern_immortal(&pym_id_##n);             \
    }
    PYM_ID_LIST(PYM_ID_CREATE)
#undef PYM_ID_CREATE
    return 0;
}

void pym_ids_fini(void)
{
#define PYM_ID_RELEASE(n) PYM_CLEAR(pym_id_##n);
    PYM_ID_LIST(PYM_ID_RELEASE)
#undef PYM_ID_RELEASE
}
