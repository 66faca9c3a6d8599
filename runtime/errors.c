/* errors.c — the raised-exception state: setting, inspecting, fetching and
 * restoring the one exception held in pym_tstate.exc, and building error
 * messages (pym_err_format: str.c's pym_str_from_vformat does the
 * %R/%S/%U/%T conversions).
 *
 * Invariants: pym_tstate.exc is NULL or a normalized exception instance that
 * the thread state owns (one reference).  Every function that raises first
 * builds the instance (calling the exception type, as CPython does), then
 * links the exception being handled as its __context__ (cutting any cycle
 * this would create), then replaces the raised one.  Printing the raised
 * exception lives in src/traceback.c.
 */
#include "runtime/pym.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* ---- context chaining ---------------------------------------------------- */

/* Make the exception currently being handled the __context__ of exc (as an
 * implicit `raise` inside an except block does), unless that would link exc
 * to itself; a cycle through exc's future context chain is cut. */
static void chain_handled_context(PymObject *exc)
{
    PymObject *handled = pym_tstate.handled_exc;
    if (!handled || handled == PYM_NONE || handled == exc || !PYM_EXCEPTION_CHECK(handled))
        return;
    /* Walk the handled exception's context chain; if exc is on it, cut the
     * link pointing at exc so that the chain stays acyclic.  A bounded walk
     * (tortoise and hare) protects against pre-existing cycles. */
    PymObject *o = handled, *slow = handled;
    int advance_slow = 0;
    for (;;) {
        PymObject *ctx = ((PymBaseExceptionObject *)o)->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            PymBaseExceptionObject *e = (PymBaseExceptionObject *)o;
            PYM_CLEAR(e->context);
            break;
        }
        o = ctx;
        if (o == slow)
            break; /* an existing cycle not involving exc */
        if (advance_slow)
            slow = ((PymBaseExceptionObject *)slow)->context;
        advance_slow = !advance_slow;
    }
    PYM_INCREF(handled);
    pym_exception_set_context(exc, handled);
}

static void set_raised(PymObject *exc_steal)
{
    PymObject *old = pym_tstate.exc;
    pym_tstate.exc = exc_steal;
    PYM_XDECREF(old);
}

/* ---- raising ------------------------------------------------------------- */

/* Build an instance of type from value: an instance of type is used as is, a
 * tuple is the argument list, None / NULL means no arguments. */
static PymObject *make_exception(PymType *type, PymObject *value)
{
    if (value && PYM_EXCEPTION_CHECK(value) && pym_type_is_subtype(PYM_TYPE(value), type))
        return PYM_NEWREF(value);
    if (!value || value == PYM_NONE)
        return pym_object_call((PymObject *)type, NULL, 0, NULL);
    if (PYM_TUPLE_CHECK(value))
        return pym_object_call((PymObject *)type, PYM_TUPLE_ITEMS(value), PYM_TUPLE_SIZE(value), NULL);
    PymObject *args[1] = {value};
    return pym_object_call((PymObject *)type, args, 1, NULL);
}

void pym_err_set_object(PymType *type, PymObject *value)
{
    if (!type || !PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_BASE_EXC_SUBCLASS)) {
        pym_err_format(&pym_exc_SystemError,
                       "exception %R is not a BaseException subclass", (PymObject *)type);
        return;
    }
    /* Constructing the instance runs code that may raise (or leave) an
     * exception of its own; keep it out of the way meanwhile. */
    PymObject *saved = pym_tstate.exc;
    pym_tstate.exc = NULL;
    PymObject *exc = make_exception(type, value);
    if (!exc) {
        PYM_XDECREF(saved);
        return; /* the constructor's error stays raised */
    }
    PYM_XDECREF(saved);
    if (!PYM_EXCEPTION_CHECK(exc)) {
        pym_err_format(&pym_exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       (PymObject *)type, exc);
        PYM_DECREF(exc);
        return;
    }
    chain_handled_context(exc);
    set_raised(exc);
}

void pym_err_set_none(PymType *type) { pym_err_set_object(type, NULL); }

void pym_err_set_string(PymType *type, const char *message)
{
    PymObject *msg = pym_str_from_cstr(message);
    if (!msg)
        return;
    pym_err_set_object(type, msg);
    PYM_DECREF(msg);
}

void pym_err_raise_instance(PymObject *exc)
{
    PYM_INCREF(exc);
    chain_handled_context(exc);
    set_raised(exc);
}

void pym_err_bad_internal_call(void)
{
    pym_err_set_string(&pym_exc_SystemError, "bad argument to internal function");
}

PymObject *pym_err_no_memory(void)
{
    /* Creating the MemoryError itself may fail when memory is exhausted; then
     * there is nothing better to do than leave whatever is set. */
    PymObject *saved = pym_tstate.exc;
    pym_tstate.exc = NULL;
    PymObject *exc = pym_object_call((PymObject *)&pym_exc_MemoryError, NULL, 0, NULL);
    if (exc) {
        PYM_XDECREF(saved);
        set_raised(exc);
    } else if (!pym_tstate.exc) {
        pym_tstate.exc = saved;
    } else {
        PYM_XDECREF(saved);
    }
    return NULL;
}

/* ---- errno ---------------------------------------------------------------- */

PymObject *pym_err_set_from_errno_filename(PymType *type, PymObject *filename)
{
    int saved_errno = errno;
    PymObject *code = pym_int_from_i64(saved_errno);
    PymObject *msg = pym_str_from_cstr(saved_errno ? strerror(saved_errno) : "Error");
    if (!code || !msg) {
        PYM_XDECREF(code);
        PYM_XDECREF(msg);
        return NULL;
    }
    PymObject *args[3] = {code, msg, filename};
    PymSize nargs = filename && filename != PYM_NONE ? 3 : 2;
    PymObject *saved = pym_tstate.exc;
    pym_tstate.exc = NULL;
    PymObject *exc = pym_object_call((PymObject *)type, args, nargs, NULL);
    PYM_DECREF(code);
    PYM_DECREF(msg);
    PYM_XDECREF(saved);
    if (exc) {
        chain_handled_context(exc);
        set_raised(exc);
    }
    return NULL;
}

PymObject *pym_err_set_from_errno(PymType *type)
{
    return pym_err_set_from_errno_filename(type, NULL);
}

/* ---- inspecting ------------------------------------------------------------ */

PymType *pym_err_occurred(void)
{
    return pym_tstate.exc ? PYM_TYPE(pym_tstate.exc) : NULL;
}

int pym_err_given_exception_matches(PymObject *given, PymObject *cls)
{
    if (!given || !cls)
        return 0;
    if (PYM_TUPLE_CHECK(cls)) {
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(cls); i++)
            if (pym_err_given_exception_matches(given, PYM_TUPLE_BORROW_ITEM(cls, i)))
                return 1;
        return 0;
    }
    if (PYM_EXCEPTION_CHECK(given))
        given = (PymObject *)PYM_TYPE(given);
    if (PYM_EXCEPTION_CLASS_CHECK(given) && PYM_EXCEPTION_CLASS_CHECK(cls))
        return pym_type_is_subtype((PymType *)given, (PymType *)cls);
    return given == cls;
}

int pym_err_exception_matches(PymType *type)
{
    return pym_tstate.exc && pym_err_given_exception_matches(pym_tstate.exc, (PymObject *)type);
}

PymObject *pym_err_fetch(void)
{
    PymObject *exc = pym_tstate.exc;
    pym_tstate.exc = NULL;
    return exc;
}

void pym_err_restore(PymObject *exc_steal) { set_raised(exc_steal); }

void pym_err_clear(void) { set_raised(NULL); }

/* ---- formatting ------------------------------------------------------------- */

PymObject *pym_err_vformat(PymType *type, const char *format, va_list va)
{
    /* Building the message may call repr() on user objects; an exception
     * raised before must not leak into those calls. */
    pym_err_clear();
    PymObject *msg = pym_str_from_vformat(format, va);
    if (!msg)
        return NULL;
    pym_err_set_object(type, msg);
    PYM_DECREF(msg);
    return NULL;
}

PymObject *pym_err_format(PymType *type, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    pym_err_vformat(type, format, va);
    va_end(va);
    return NULL;
}
