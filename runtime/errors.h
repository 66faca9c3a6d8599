/* errors.h — the raised-exception state and the built-in exception types.
 *
 * Invariants: at most one exception is "raised" at a time; it is held in
 * pym_tstate.exc as a normalized exception instance (never a bare type).
 * Functions signal failure by returning NULL / -1 with the exception set
 * (DESIGN rule 2).  The exception instances and their types live in
 * runtime/exception.c; the functions here in runtime/errors.c.
 */
#ifndef PYM_ERRORS_H
#define PYM_ERRORS_H

#include "object.h"
#include <stdarg.h>

/* X(name, base): every built-in exception type, base first.  Declares
 * `extern PymType pym_exc_<name>;` for each. */
#define PYM_EXCEPTION_LIST(X)                           \
    X(BaseException, object)                            \
    X(SystemExit, BaseException)                        \
    X(KeyboardInterrupt, BaseException)                 \
    X(GeneratorExit, BaseException)                     \
    X(Exception, BaseException)                         \
    X(StopIteration, Exception)                         \
    X(StopAsyncIteration, Exception)                    \
    X(ArithmeticError, Exception)                       \
    X(FloatingPointError, ArithmeticError)              \
    X(OverflowError, ArithmeticError)                   \
    X(ZeroDivisionError, ArithmeticError)               \
    X(AssertionError, Exception)                        \
    X(AttributeError, Exception)                        \
    X(BufferError, Exception)                           \
    X(EOFError, Exception)                              \
    X(ImportError, Exception)                           \
    X(ModuleNotFoundError, ImportError)                 \
    X(LookupError, Exception)                           \
    X(IndexError, LookupError)                          \
    X(KeyError, LookupError)                            \
    X(MemoryError, Exception)                           \
    X(NameError, Exception)                             \
    X(UnboundLocalError, NameError)                     \
    X(OSError, Exception)                               \
    X(BlockingIOError, OSError)                         \
    X(ChildProcessError, OSError)                       \
    X(ConnectionError, OSError)                         \
    X(BrokenPipeError, ConnectionError)                 \
    X(ConnectionAbortedError, ConnectionError)          \
    X(ConnectionRefusedError, ConnectionError)          \
    X(ConnectionResetError, ConnectionError)            \
    X(FileExistsError, OSError)                         \
    X(FileNotFoundError, OSError)                       \
    X(InterruptedError, OSError)                        \
    X(IsADirectoryError, OSError)                       \
    X(NotADirectoryError, OSError)                      \
    X(PermissionError, OSError)                         \
    X(ProcessLookupError, OSError)                      \
    X(TimeoutError, OSError)                            \
    X(ReferenceError, Exception)                        \
    X(RuntimeError, Exception)                          \
    X(NotImplementedError, RuntimeError)                \
    X(RecursionError, RuntimeError)                     \
    X(SyntaxError, Exception)                           \
    X(IndentationError, SyntaxError)                    \
    X(TabError, IndentationError)                       \
    X(SystemError, Exception)                           \
    X(TypeError, Exception)                             \
    X(ValueError, Exception)                            \
    X(UnicodeError, ValueError)                         \
    X(UnicodeDecodeError, UnicodeError)                 \
    X(UnicodeEncodeError, UnicodeError)                 \
    X(UnicodeTranslateError, UnicodeError)              \
    X(Warning, Exception)                               \
    X(DeprecationWarning, Warning)                      \
    X(PendingDeprecationWarning, Warning)               \
    X(RuntimeWarning, Warning)                          \
    X(SyntaxWarning, Warning)                           \
    X(UserWarning, Warning)                             \
    X(FutureWarning, Warning)                           \
    X(ImportWarning, Warning)                           \
    X(UnicodeWarning, Warning)                          \
    X(BytesWarning, Warning)                            \
    X(ResourceWarning, Warning)                         \
    X(EncodingWarning, Warning)

#define PYM_DECLARE_EXC(name, base) extern PymType pym_exc_##name;
PYM_EXCEPTION_LIST(PYM_DECLARE_EXC)
#undef PYM_DECLARE_EXC

/* Raising.  Each replaces any exception already set. */
void pym_err_set_none(PymType *type);
void pym_err_set_object(PymType *type, PymObject *value); /* value: message / args, or an instance */
void pym_err_set_string(PymType *type, const char *message);
/* printf-like; besides the C conversions (%s %d %i %u %ld %lu %zd %zu %x %p %c
 * %%, with precision as %.200s) it accepts %R (repr of a PymObject*),
 * %S (str of a PymObject*), %U (a str object) and %T (type name of an object). */
PymObject *pym_err_format(PymType *type, const char *format, ...); /* returns NULL */
PymObject *pym_err_vformat(PymType *type, const char *format, va_list va);
PymObject *pym_err_no_memory(void);                                /* returns NULL */
PymObject *pym_err_set_from_errno(PymType *type);                  /* OSError subclass by errno */
PymObject *pym_err_set_from_errno_filename(PymType *type, PymObject *filename);
/* Raise an exception instance (borrowed), filling in __context__ from the
 * exception being handled, as `raise` does. */
void pym_err_raise_instance(PymObject *exc);
void pym_err_bad_internal_call(void);

/* Inspecting.  pym_err_occurred returns the type of the raised exception
 * (borrowed) or NULL. */
PymType *pym_err_occurred(void);
int pym_err_exception_matches(PymType *type);       /* raised exc is an instance of type */
int pym_err_given_exception_matches(PymObject *given, PymObject *cls); /* cls may be a tuple */
PymObject *pym_err_fetch(void);                     /* take the raised instance (new ref), clear */
void pym_err_restore(PymObject *exc_steal);         /* set the raised instance (steals; may be NULL) */
void pym_err_clear(void);
/* Create an instance of type with args — does not raise. */
PymObject *pym_exception_new(PymType *type, PymObject *const *args, PymSize nargs);

/* Print the raised exception with its traceback to sys.stderr and clear it
 * (src/traceback.c).  Handles SystemExit specially only in the CLI. */
void pym_err_print(void);
/* Report an exception that cannot propagate (in __del__, weakref callbacks):
 * "Exception ignored in: <repr of obj>" then the traceback, as CPython. */
void pym_err_write_unraisable(PymObject *obj);

#endif
