/* format.h — the one format-spec implementation shared by format(),
 * str.format, f-strings and %-formatting (format spec mini-language).
 * Invariant: the spec grammar and the messages are CPython 3.11's. */
#ifndef PYM_FORMAT_H
#define PYM_FORMAT_H
#include "object.h"

/* format(value, spec) for built-in value types; spec is a str. */
PymObject *pym_format_int(PymObject *value, PymObject *spec);
PymObject *pym_format_float(PymObject *value, PymObject *spec);
PymObject *pym_format_str(PymObject *value, PymObject *spec);
/* format(obj, spec): calls type(obj).__format__ (builtin format()). */
PymObject *pym_object_format(PymObject *obj, PymObject *spec);
/* fmt % args for str */
PymObject *pym_str_percent_format(PymObject *fmt, PymObject *args);
/* fmt.format(*args, **kwargs) */
PymObject *pym_str_format_method(PymObject *fmt, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames);
/* fmt.format_map(mapping) */
PymObject *pym_str_format_map(PymObject *fmt, PymObject *mapping);

#endif
