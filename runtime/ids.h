/* ids.h — interned identifier strings used by the runtime.
 *
 * PYM_ID(__init__) is a borrowed, interned, immortal str for "__init__";
 * the table is built once at start-up (pym_ids_init, str.c) and released
 * at exit.  Add a name here rather than creating strings on hot paths.
 */
#ifndef PYM_IDS_H
#define PYM_IDS_H

#include "object.h"

#define PYM_ID_LIST(X)                                                                     \
    X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__hash__) X(__eq__)         \
    X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__)               \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__iter__) X(__next__)   \
    X(__call__) X(__enter__) X(__exit__) X(__getattr__) X(__getattribute__)                \
    X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__dict__)          \
    X(__class__) X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__slots__)         \
    X(__weakref__) X(__mro__) X(__bases__) X(__base__) X(__builtins__) X(__main__)         \
    X(__file__) X(__spec__) X(__package__) X(__loader__) X(__path__) X(__all__)            \
    X(__import__) X(__build_class__) X(__prepare__) X(__init_subclass__)                   \
    X(__set_name__) X(__class_getitem__) X(__index__) X(__int__) X(__float__)              \
    X(__format__) X(__sizeof__) X(__reversed__) X(__missing__) X(__length_hint__)          \
    X(__instancecheck__) X(__subclasscheck__) X(__annotations__) X(__classcell__)          \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__)                  \
    X(__mul__) X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__)      \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__)   \
    X(__pow__) X(__rpow__) X(__ipow__) X(__matmul__) X(__rmatmul__) X(__imatmul__)         \
    X(__lshift__) X(__rlshift__) X(__ilshift__) X(__rshift__) X(__rrshift__)               \
    X(__irshift__) X(__and__) X(__rand__) X(__iand__) X(__or__) X(__ror__) X(__ior__)      \
    X(__xor__) X(__rxor__) X(__ixor__) X(__divmod__) X(__rdivmod__) X(__neg__) X(__pos__)  \
    X(__abs__) X(__invert__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__)            \
    X(__await__) X(__code__) X(__self__) X(__func__) X(__wrapped__) X(__objclass__)        \
    X(__abstractmethods__) X(__orig_bases__) X(__mro_entries__) X(__dir__) X(__copy__)     \
    X(__deepcopy__) X(__reduce__) X(__reduce_ex__) X(__getstate__) X(__setstate__)         \
    X(__fspath__) X(__bytes__) X(__complex__) X(__text_signature__)                        \
    X(mro) X(send) X(throw) X(close) X(keys) X(items) X(values) X(get) X(append)           \
    X(extend) X(update) X(write) X(flush) X(read) X(readline) X(fileno) X(encoding)        \
    X(errors) X(stdout) X(stderr) X(stdin) X(displayhook) X(excepthook) X(argv) X(path)    \
    X(modules) X(name) X(args) X(value) X(code) X(msg) X(filename) X(lineno) X(offset)     \
    X(text) X(end_lineno) X(end_offset) X(print_file_and_line) X(obj) X(tb_frame)          \
    X(tb_lineno) X(tb_next) X(builtins) X(self) X(cls) X(join) X(sep) X(end) X(file)       \
    X(key) X(reverse) X(start) X(default) X(strict) X(object) X(int) X(float) X(str)       \
    X(top) X(tracebacklimit) X(__notes__) X(metaclass) X(_initializing)                  \
    X(last_type) X(last_value) X(last_traceback)

#define PYM_ID_DECLARE(n) extern PymObject *pym_id_##n;
PYM_ID_LIST(PYM_ID_DECLARE)
#undef PYM_ID_DECLARE
#define PYM_ID(n) (pym_id_##n)

int pym_ids_init(void);   /* str.c */
void pym_ids_fini(void);

#endif
