/* exception.c — the built-in exception types (BaseException and the whole
 * PYM_EXCEPTION_LIST family) and their instances.
 *
 * Invariants: every exception type is a static, GC-tracked, subclassable type
 * named pym_exc_<Name>.  An instance's args is always a tuple; __context__,
 * __cause__ and __traceback__ are NULL when unset.  All instance structs share
 * PYM_EXCEPTION_FIELDS and add only object pointers after them, so one
 * traverse / clear / dealloc serves the family.  Type-specific state (OSError
 * errno, SyntaxError location, …) is parsed in __init__ (or __new__ for
 * OSError, whose constructor picks the subclass from the errno).
 */
#include "runtime/pym.h"
#include "runtime/object_internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define EXC_FLAGS (PYM_TPFLAG_BASETYPE | PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_BASE_EXC_SUBCLASS)
/* Where the per-type object fields start, right after the common fields. */
#define EXC_EXTRA_START offsetof(PymSystemExitObject, code)

_Static_assert(offsetof(PymStopIterationObject, value) == EXC_EXTRA_START, "layout");
_Static_assert(offsetof(PymImportErrorObject, msg) == EXC_EXTRA_START, "layout");
_Static_assert(offsetof(PymNameErrorObject, name) == EXC_EXTRA_START, "layout");
_Static_assert(offsetof(PymAttributeErrorObject, obj) == EXC_EXTRA_START, "layout");
_Static_assert(offsetof(PymOSErrorObject, myerrno) == EXC_EXTRA_START, "layout");
_Static_assert(offsetof(PymSyntaxErrorObject, msg) == EXC_EXTRA_START, "layout");
_Static_assert(offsetof(PymUnicodeErrorObject, encoding) == EXC_EXTRA_START, "layout");

typedef PymBaseExceptionObject ExcObject;
#define EXC(o) ((ExcObject *)(o))

/* ---- the shared lifecycle -------------------------------------------------- */

/* The size of the static exception struct an instance is built on (heap
 * subclasses add their own slots after it; those are theirs to manage). */
static PymSize static_struct_size(PymObject *self)
{
    PymType *t = PYM_TYPE(self);
    while (t && PYM_TYPE_HAS_FLAG(t, PYM_TPFLAG_HEAPTYPE))
        t = t->base;
    return t ? t->basicsize : (PymSize)sizeof(ExcObject);
}

/* Visit (or clear) each object field: the common ones, then the extras. */
#define COMMON_FIELD_COUNT 6 /* dict, args, notes, traceback, context, cause */

static PymObject **field_at(PymObject *self, size_t offset)
{
    return (PymObject **)((char *)self + offset);
}

static int exc_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    for (int i = 0; i < COMMON_FIELD_COUNT; i++) {
        PymObject *v = *field_at(self, offsetof(ExcObject, dict) + (size_t)i * sizeof(PymObject *));
        if (v) {
            int rc = visit(v, arg);
            if (rc)
                return rc;
        }
    }
    PymSize end = static_struct_size(self);
    for (size_t off = EXC_EXTRA_START; off + sizeof(PymObject *) <= (size_t)end; off += sizeof(PymObject *)) {
        PymObject *v = *field_at(self, off);
        if (v) {
            int rc = visit(v, arg);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static int exc_clear(PymObject *self)
{
    for (int i = 0; i < COMMON_FIELD_COUNT; i++)
        PYM_CLEAR(*field_at(self, offsetof(ExcObject, dict) + (size_t)i * sizeof(PymObject *)));
    PymSize end = static_struct_size(self);
    for (size_t off = EXC_EXTRA_START; off + sizeof(PymObject *) <= (size_t)end; off += sizeof(PymObject *))
        PYM_CLEAR(*field_at(self, off));
    return 0;
}

static void exc_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    exc_clear(self);
    pym_object_free(self);
}

static PymObject *args_tuple(PymObject *const *args, PymSize nargs)
{
    return pym_tuple_from_array(args, nargs);
}

static PymObject *BaseException_new(PymType *type, PymObject *const *args, PymSize nargs,
                                    PymObject *kwnames)
{
    ExcObject *self = (ExcObject *)pym_type_generic_alloc(type, 0);
    if (!self)
        return NULL;
    self->args = args_tuple(args, nargs);
    if (!self->args) {
        PYM_DECREF(self);
        return NULL;
    }
    pym_gc_track((PymObject *)self);
    return (PymObject *)self;
}

static int no_keywords(PymObject *self, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0) {
        pym_err_format(&pym_exc_TypeError, "%s() takes no keyword arguments",
                       PYM_TYPE_NAME(self));
        return -1;
    }
    return 0;
}

static int no_keywords_for_type(PymType *type, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames) > 0) {
        pym_err_format(&pym_exc_TypeError, "%s() takes no keyword arguments", type->name);
        return -1;
    }
    return 0;
}

static int set_args(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymObject *t = args_tuple(args, nargs);
    if (!t)
        return -1;
    PYM_SETREF(EXC(self)->args, t);
    return 0;
}

static int BaseException_init(PymObject *self, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    if (no_keywords(self, kwnames) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static PymObject *BaseException_str(PymObject *self)
{
    PymObject *args = EXC(self)->args;
    PymSize n = args ? PYM_TUPLE_SIZE(args) : 0;
    if (n == 0)
        return pym_str_from_cstr("");
    if (n == 1)
        return pym_object_str(PYM_TUPLE_BORROW_ITEM(args, 0));
    return pym_object_str(args);
}

static PymObject *BaseException_repr(PymObject *self)
{
    const char *name = pym_type_short_name(PYM_TYPE(self));
    PymObject *args = EXC(self)->args;
    if (args && PYM_TUPLE_SIZE(args) == 1)
        return pym_str_from_format("%s(%R)", name, PYM_TUPLE_BORROW_ITEM(args, 0));
    if (!args)
        return pym_str_from_format("%s()", name);
    return pym_str_from_format("%s%R", name, args);
}

/* ---- BaseException attributes ---------------------------------------------- */

static PymObject *exc_get_args(PymObject *self, void *closure)
{
    PymObject *args = EXC(self)->args;
    return args ? PYM_NEWREF(args) : pym_tuple_new(0);
}

static int exc_set_args(PymObject *self, PymObject *value, void *closure)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "args may not be deleted");
        return -1;
    }
    PymObject *t = pym_sequence_tuple(value);
    if (!t)
        return -1;
    PYM_SETREF(EXC(self)->args, t);
    return 0;
}

static PymObject *exc_get_traceback(PymObject *self, void *closure)
{
    PymObject *tb = EXC(self)->traceback;
    return PYM_NEWREF(tb ? tb : PYM_NONE);
}

static int exc_set_traceback(PymObject *self, PymObject *value, void *closure)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != PYM_NONE && !PYM_IS_TYPE(value, &pym_traceback_type)) {
        pym_err_set_string(&pym_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    pym_exception_set_traceback(self, value == PYM_NONE ? NULL : value);
    return 0;
}

static PymObject *exc_get_context(PymObject *self, void *closure)
{
    PymObject *c = EXC(self)->context;
    return PYM_NEWREF(c ? c : PYM_NONE);
}

static int exc_set_context(PymObject *self, PymObject *value, void *closure)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value == PYM_NONE)
        value = NULL;
    else if (!PYM_EXCEPTION_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError,
                           "exception context must be None or derive from BaseException");
        return -1;
    } else
        PYM_INCREF(value);
    pym_exception_set_context(self, value);
    return 0;
}

static PymObject *exc_get_cause(PymObject *self, void *closure)
{
    PymObject *c = EXC(self)->cause;
    return PYM_NEWREF(c ? c : PYM_NONE);
}

static int exc_set_cause(PymObject *self, PymObject *value, void *closure)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value == PYM_NONE)
        value = NULL;
    else if (!PYM_EXCEPTION_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError,
                           "exception cause must be None or derive from BaseException");
        return -1;
    } else
        PYM_INCREF(value);
    pym_exception_set_cause(self, value);
    return 0;
}

static PymObject *exc_get_notes(PymObject *self, void *closure)
{
    PymObject *notes = EXC(self)->notes;
    if (!notes) {
        PymObject *name = pym_str_from_cstr("__notes__");
        pym_err_format(&pym_exc_AttributeError, "'%s' object has no attribute '__notes__'",
                       PYM_TYPE_NAME(self));
        if (name) {
            pym_attribute_error_set_context(self, name);
            PYM_DECREF(name);
        }
        return NULL;
    }
    return PYM_NEWREF(notes);
}

static int exc_set_notes(PymObject *self, PymObject *value, void *closure)
{
    PYM_XINCREF(value);
    PYM_SETREF(EXC(self)->notes, value);
    return 0;
}

static PymObject *exc_get_dict(PymObject *self, void *closure)
{
    if (!EXC(self)->dict) {
        EXC(self)->dict = pym_dict_new();
        if (!EXC(self)->dict)
            return NULL;
    }
    return PYM_NEWREF(EXC(self)->dict);
}

static int exc_set_dict(PymObject *self, PymObject *value, void *closure)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!PYM_DICT_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(EXC(self)->dict, value);
    return 0;
}

static PymObject *exc_with_traceback(PymObject *self, PymObject *tb)
{
    if (exc_set_traceback(self, tb, NULL) < 0)
        return NULL;
    return PYM_NEWREF(self);
}

static PymObject *exc_add_note(PymObject *self, PymObject *note)
{
    if (!PYM_STR_CHECK(note)) {
        return pym_err_format(&pym_exc_TypeError, "note must be a str, not '%s'",
                              PYM_TYPE_NAME(note));
    }
    PymObject *notes = EXC(self)->notes;
    if (!notes) {
        notes = pym_list_new(0);
        if (!notes)
            return NULL;
        EXC(self)->notes = notes;
    } else if (!PYM_LIST_CHECK(notes)) {
        return pym_err_format(&pym_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (pym_list_append(notes, note) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *exc_reduce(PymObject *self, PymObject *unused)
{
    PymObject *args = EXC(self)->args ? EXC(self)->args : PYM_NONE;
    PymObject *dict = EXC(self)->dict;
    if (dict && pym_dict_size(dict) > 0)
        return pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), args, dict);
    return pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), args);
}

static PymObject *exc_setstate(PymObject *self, PymObject *state)
{
    if (state != PYM_NONE) {
        if (!PYM_DICT_CHECK(state))
            return pym_err_format(&pym_exc_TypeError, "state is not a dictionary");
        PymSize pos = 0;
        PymObject *key, *value;
        while (pym_dict_next(state, &pos, &key, &value))
            if (pym_object_setattr(self, key, value) < 0)
                return NULL;
    }
    PYM_RETURN_NONE;
}

static PymMethodDef BaseException_methods[] = {
    {"__reduce__", (void (*)(void))exc_reduce, PYM_METH_NOARGS, NULL},
    {"__setstate__", (void (*)(void))exc_setstate, PYM_METH_O, NULL},
    {"with_traceback", (void (*)(void))exc_with_traceback, PYM_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", (void (*)(void))exc_add_note, PYM_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    PYM_METHOD_END,
};

static PymGetSetDef BaseException_getset[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_traceback, exc_set_traceback, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause, "exception cause", NULL},
    {"__notes__", exc_get_notes, exc_set_notes, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMemberDef BaseException_members[] = {
    {"__suppress_context__", PYM_MEMBER_BOOL, offsetof(ExcObject, suppress_context), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* ---- accessors (exception.h) ------------------------------------------------ */

PymObject *pym_exception_get_traceback(PymObject *exc)
{
    return PYM_XNEWREF(EXC(exc)->traceback);
}

void pym_exception_set_traceback(PymObject *exc, PymObject *tb)
{
    if (tb == PYM_NONE)
        tb = NULL;
    PYM_XINCREF(tb);
    PYM_SETREF(EXC(exc)->traceback, tb);
}

PymObject *pym_exception_get_context(PymObject *exc) { return PYM_XNEWREF(EXC(exc)->context); }

void pym_exception_set_context(PymObject *exc, PymObject *ctx_steal)
{
    PYM_SETREF(EXC(exc)->context, ctx_steal);
}

PymObject *pym_exception_get_cause(PymObject *exc) { return PYM_XNEWREF(EXC(exc)->cause); }

void pym_exception_set_cause(PymObject *exc, PymObject *cause_steal)
{
    EXC(exc)->suppress_context = 1;
    PYM_SETREF(EXC(exc)->cause, cause_steal);
}

PymObject *pym_exception_new(PymType *type, PymObject *const *args, PymSize nargs)
{
    return pym_object_call((PymObject *)type, args, nargs, NULL);
}

/* ---- keyword parsing for the subclasses with named fields ------------------- */

/* Store keyword arguments named in `names` (NULL-terminated) into the
 * fields at `offsets`; any other keyword is an error naming the type. */
static int take_keywords(PymObject *self, PymObject *const *args, PymSize nargs,
                         PymObject *kwnames, const char *const *names, const size_t *offsets)
{
    if (!kwnames)
        return 0;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(kwnames); i++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, i);
        int matched = 0;
        for (int k = 0; names[k]; k++) {
            if (pym_str_equal_cstr(key, names[k])) {
                PymObject *v = args[nargs + i];
                PYM_INCREF(v);
                PYM_SETREF(*field_at(self, offsets[k]), v);
                matched = 1;
                break;
            }
        }
        if (!matched) {
            pym_err_format(&pym_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                           pym_type_short_name(PYM_TYPE(self)));
            return -1;
        }
    }
    return 0;
}

/* ---- SystemExit -------------------------------------------------------------- */

static int SystemExit_init(PymObject *self, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    PymSystemExitObject *e = (PymSystemExitObject *)self;
    if (nargs == 0)
        return 0;
    PymObject *code = nargs == 1 ? PYM_NEWREF(args[0]) : PYM_NEWREF(e->args);
    PYM_SETREF(e->code, code);
    return 0;
}

static PymMemberDef SystemExit_members[] = {
    {"code", PYM_MEMBER_OBJECT, offsetof(PymSystemExitObject, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL},
};

/* ---- StopIteration ----------------------------------------------------------- */

static int StopIteration_init(PymObject *self, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    PymObject *value = nargs > 0 ? args[0] : PYM_NONE;
    PYM_INCREF(value);
    PYM_SETREF(((PymStopIterationObject *)self)->value, value);
    return 0;
}

static PymMemberDef StopIteration_members[] = {
    {"value", PYM_MEMBER_OBJECT, offsetof(PymStopIterationObject, value), 0,
     "generator return value"},
    {NULL, 0, 0, 0, NULL},
};

PymObject *pym_stop_iteration_value(PymObject *exc)
{
    if (pym_type_is_subtype(PYM_TYPE(exc), &pym_exc_StopIteration)) {
        PymObject *v = ((PymStopIterationObject *)exc)->value;
        if (v)
            return PYM_NEWREF(v);
    }
    PymObject *args = EXC(exc)->args;
    if (args && PYM_TUPLE_SIZE(args) > 0)
        return PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(args, 0));
    PYM_RETURN_NONE;
}

/* ---- ImportError --------------------------------------------------------------- */

static int ImportError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    static const size_t offsets[] = {offsetof(PymImportErrorObject, name),
                                     offsetof(PymImportErrorObject, path)};
    if (take_keywords(self, args, nargs, kwnames, names, offsets) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    if (nargs == 1) {
        PYM_INCREF(args[0]);
        PYM_SETREF(((PymImportErrorObject *)self)->msg, args[0]);
    }
    return 0;
}

static PymObject *ImportError_str(PymObject *self)
{
    PymObject *msg = ((PymImportErrorObject *)self)->msg;
    if (msg && PYM_STR_CHECK_EXACT(msg))
        return PYM_NEWREF(msg);
    return BaseException_str(self);
}

static PymObject *ImportError_reduce(PymObject *self, PymObject *unused)
{
    PymImportErrorObject *e = (PymImportErrorObject *)self;
    PymObject *state = NULL;
    if (e->name || e->path) {
        state = pym_dict_new();
        if (!state)
            return NULL;
        if ((e->name && pym_dict_setitem_str(state, "name", e->name) < 0) ||
            (e->path && pym_dict_setitem_str(state, "path", e->path) < 0)) {
            PYM_DECREF(state);
            return NULL;
        }
    }
    PymObject *res = state ? pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), e->args, state)
                           : pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), e->args);
    PYM_XDECREF(state);
    return res;
}

static PymMethodDef ImportError_methods[] = {
    {"__reduce__", (void (*)(void))ImportError_reduce, PYM_METH_NOARGS, NULL},
    PYM_METHOD_END,
};

static PymMemberDef ImportError_members[] = {
    {"msg", PYM_MEMBER_OBJECT, offsetof(PymImportErrorObject, msg), 0, "exception message"},
    {"name", PYM_MEMBER_OBJECT, offsetof(PymImportErrorObject, name), 0, "module name"},
    {"path", PYM_MEMBER_OBJECT, offsetof(PymImportErrorObject, path), 0, "module path"},
    {NULL, 0, 0, 0, NULL},
};

/* ---- NameError / AttributeError ------------------------------------------------ */

static int NameError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames)
{
    static const char *const names[] = {"name", NULL};
    static const size_t offsets[] = {offsetof(PymNameErrorObject, name)};
    if (take_keywords(self, args, nargs, kwnames, names, offsets) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static PymMemberDef NameError_members[] = {
    {"name", PYM_MEMBER_OBJECT, offsetof(PymNameErrorObject, name), 0, "name"},
    {NULL, 0, 0, 0, NULL},
};

static int AttributeError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    static const char *const names[] = {"name", "obj", NULL};
    static const size_t offsets[] = {offsetof(PymAttributeErrorObject, name),
                                     offsetof(PymAttributeErrorObject, obj)};
    if (take_keywords(self, args, nargs, kwnames, names, offsets) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static PymMemberDef AttributeError_members[] = {
    {"name", PYM_MEMBER_OBJECT, offsetof(PymAttributeErrorObject, name), 0, "attribute name"},
    {"obj", PYM_MEMBER_OBJECT, offsetof(PymAttributeErrorObject, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL},
};

void pym_attribute_error_set_context(PymObject *obj, PymObject *name)
{
    PymObject *exc = pym_tstate.exc;
    if (!exc || !pym_type_is_subtype(PYM_TYPE(exc), &pym_exc_AttributeError))
        return;
    PymAttributeErrorObject *e = (PymAttributeErrorObject *)exc;
    if (e->name || e->obj)
        return; /* already augmented closer to the source */
    e->name = PYM_NEWREF(name);
    e->obj = PYM_NEWREF(obj);
}

/* ---- KeyError -------------------------------------------------------------------- */

static PymObject *KeyError_str(PymObject *self)
{
    /* The lone argument is a key: show its repr so that KeyError('') reads
     * as '' rather than an empty message. */
    PymObject *args = EXC(self)->args;
    if (args && PYM_TUPLE_SIZE(args) == 1)
        return pym_object_repr(PYM_TUPLE_BORROW_ITEM(args, 0));
    return BaseException_str(self);
}

/* ---- OSError --------------------------------------------------------------------- */

PymType *pym_oserror_subclass_for_errno(int errnum)
{
    switch (errnum) {
    case EAGAIN:
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &pym_exc_BlockingIOError;
    case ECHILD:
        return &pym_exc_ChildProcessError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return &pym_exc_BrokenPipeError;
    case ECONNABORTED:
        return &pym_exc_ConnectionAbortedError;
    case ECONNREFUSED:
        return &pym_exc_ConnectionRefusedError;
    case ECONNRESET:
        return &pym_exc_ConnectionResetError;
    case EEXIST:
        return &pym_exc_FileExistsError;
    case ENOENT:
        return &pym_exc_FileNotFoundError;
    case EISDIR:
        return &pym_exc_IsADirectoryError;
    case ENOTDIR:
        return &pym_exc_NotADirectoryError;
    case EINTR:
        return &pym_exc_InterruptedError;
    case EACCES:
    case EPERM:
        return &pym_exc_PermissionError;
    case ESRCH:
        return &pym_exc_ProcessLookupError;
    case ETIMEDOUT:
        return &pym_exc_TimeoutError;
    default:
        return NULL;
    }
}

static PymObject *OSError_new(PymType *type, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames);
static int OSError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                        PymObject *kwnames);

/* A subclass that overrides __init__ but not __new__ parses its arguments in
 * __init__ (so that super().__init__(...) can supply them). */
static int oserror_parses_in_init(PymType *type)
{
    return type->init != OSError_init && type->new_ == OSError_new;
}

static int OSError_fill(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymOSErrorObject *e = (PymOSErrorObject *)self;
    if (nargs >= 2 && nargs <= 5) {
        PYM_INCREF(args[0]);
        PYM_SETREF(e->myerrno, args[0]);
        PYM_INCREF(args[1]);
        PYM_SETREF(e->strerror, args[1]);
        if (nargs >= 3 && args[2] != PYM_NONE) {
            PYM_INCREF(args[2]);
            PYM_SETREF(e->filename, args[2]);
            if (nargs >= 5 && args[4] != PYM_NONE) {
                PYM_INCREF(args[4]);
                PYM_SETREF(e->filename2, args[4]);
            }
            /* With a filename, args keeps only (errno, strerror). */
            return set_args(self, args, 2);
        }
    }
    return set_args(self, args, nargs);
}

static PymObject *OSError_new(PymType *type, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    if (type == &pym_exc_OSError && nargs >= 2 && PYM_INT_CHECK(args[0])) {
        int overflow = 0;
        int64_t code = pym_int_as_i64_overflow(args[0], &overflow);
        PymType *sub = overflow ? NULL : pym_oserror_subclass_for_errno((int)code);
        if (sub)
            type = sub;
    }
    if (!oserror_parses_in_init(type) && no_keywords_for_type(type, kwnames) < 0)
        return NULL;
    PymObject *self = BaseException_new(type, args, nargs, NULL);
    if (!self)
        return NULL;
    if (!oserror_parses_in_init(type) && OSError_fill(self, args, nargs) < 0) {
        PYM_DECREF(self);
        return NULL;
    }
    return self;
}

static int OSError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                        PymObject *kwnames)
{
    if (!oserror_parses_in_init(PYM_TYPE(self)))
        return 0;
    if (no_keywords(self, kwnames) < 0)
        return -1;
    return OSError_fill(self, args, nargs);
}

static PymObject *OSError_str(PymObject *self)
{
    PymOSErrorObject *e = (PymOSErrorObject *)self;
    if (e->filename) {
        if (e->filename2)
            return pym_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno ? e->myerrno : PYM_NONE,
                                       e->strerror ? e->strerror : PYM_NONE, e->filename,
                                       e->filename2);
        return pym_str_from_format("[Errno %S] %S: %R", e->myerrno ? e->myerrno : PYM_NONE,
                                   e->strerror ? e->strerror : PYM_NONE, e->filename);
    }
    if (e->myerrno && e->strerror)
        return pym_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return BaseException_str(self);
}

static PymObject *OSError_reduce(PymObject *self, PymObject *unused)
{
    PymOSErrorObject *e = (PymOSErrorObject *)self;
    PymObject *args = PYM_NEWREF(e->args);
    if (PYM_TUPLE_SIZE(args) == 2 && e->filename) {
        PymObject *full = e->filename2
                              ? pym_tuple_pack(5, PYM_TUPLE_BORROW_ITEM(args, 0),
                                               PYM_TUPLE_BORROW_ITEM(args, 1), e->filename,
                                               PYM_NONE, e->filename2)
                              : pym_tuple_pack(3, PYM_TUPLE_BORROW_ITEM(args, 0),
                                               PYM_TUPLE_BORROW_ITEM(args, 1), e->filename);
        PYM_SETREF(args, full);
        if (!args)
            return NULL;
    }
    PymObject *res = e->dict && pym_dict_size(e->dict) > 0
                         ? pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), args, e->dict)
                         : pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), args);
    PYM_DECREF(args);
    return res;
}

static PymMethodDef OSError_methods[] = {
    {"__reduce__", (void (*)(void))OSError_reduce, PYM_METH_NOARGS, NULL},
    PYM_METHOD_END,
};

static PymMemberDef OSError_members[] = {
    {"errno", PYM_MEMBER_OBJECT, offsetof(PymOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", PYM_MEMBER_OBJECT, offsetof(PymOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", PYM_MEMBER_OBJECT, offsetof(PymOSErrorObject, filename), 0, "exception filename"},
    {"filename2", PYM_MEMBER_OBJECT, offsetof(PymOSErrorObject, filename2), 0,
     "second exception filename"},
    {NULL, 0, 0, 0, NULL},
};

/* ---- SyntaxError ------------------------------------------------------------------ */

static int SyntaxError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                            PymObject *kwnames)
{
    PymSyntaxErrorObject *e = (PymSyntaxErrorObject *)self;
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1) {
        PYM_INCREF(args[0]);
        PYM_SETREF(e->msg, args[0]);
    }
    if (nargs == 2) {
        PymObject *info = pym_sequence_tuple(args[1]);
        if (!info)
            return -1;
        PymSize n = PYM_TUPLE_SIZE(info);
        if (n < 4 || n > 6) {
            PYM_DECREF(info);
            pym_err_format(&pym_exc_TypeError, "function takes %s %d arguments (%zd given)",
                           n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
            return -1;
        }
        PymObject **fields[6] = {&e->filename, &e->lineno, &e->offset,
                                 &e->text, &e->end_lineno, &e->end_offset};
        for (PymSize i = 0; i < n; i++) {
            PymObject *v = PYM_TUPLE_BORROW_ITEM(info, i);
            PYM_INCREF(v);
            PYM_SETREF(*fields[i], v);
        }
        PYM_DECREF(info);
    }
    return 0;
}

/* The last path component, as CPython's SyntaxError.__str__ shows it. */
static PymObject *path_basename(PymObject *filename)
{
    PymSize n = pym_str_length(filename), start = 0;
    for (PymSize i = 0; i < n; i++)
        if (pym_str_read_char(filename, i) == '/')
            start = i + 1;
    return start == 0 ? PYM_NEWREF(filename) : pym_str_substring(filename, start, n);
}

static PymObject *SyntaxError_str(PymObject *self)
{
    PymSyntaxErrorObject *e = (PymSyntaxErrorObject *)self;
    PymObject *base = NULL;
    if (e->filename && PYM_STR_CHECK(e->filename)) {
        base = path_basename(e->filename);
        if (!base)
            return NULL;
    }
    int have_lineno = e->lineno && PYM_INT_CHECK(e->lineno);
    PymObject *msg = e->msg ? e->msg : PYM_NONE;
    PymObject *res;
    if (base && have_lineno)
        res = pym_str_from_format("%S (%U, line %S)", msg, base, e->lineno);
    else if (base)
        res = pym_str_from_format("%S (%U)", msg, base);
    else if (have_lineno)
        res = pym_str_from_format("%S (line %S)", msg, e->lineno);
    else
        res = pym_object_str(msg);
    PYM_XDECREF(base);
    return res;
}

static PymMemberDef SyntaxError_members[] = {
    {"msg", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, offset), 0, "exception offset"},
    {"text", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, end_lineno), 0,
     "exception end lineno"},
    {"end_offset", PYM_MEMBER_OBJECT, offsetof(PymSyntaxErrorObject, end_offset), 0,
     "exception end offset"},
    {"print_file_and_line", PYM_MEMBER_OBJECT,
     offsetof(PymSyntaxErrorObject, print_file_and_line), 0, "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL},
};

PymObject *pym_syntax_error_new(PymType *type, const char *msg, PymObject *filename, int lineno,
                                int offset, PymObject *text, int end_lineno, int end_offset)
{
    PymObject *m = pym_str_from_cstr(msg);
    PymObject *ln = pym_int_from_i64(lineno);
    PymObject *off = pym_int_from_i64(offset);
    PymObject *eln = pym_int_from_i64(end_lineno);
    PymObject *eoff = pym_int_from_i64(end_offset);
    PymObject *info = NULL, *exc = NULL;
    if (m && ln && off && eln && eoff)
        info = pym_tuple_pack(6, filename ? filename : PYM_NONE, ln, off, text ? text : PYM_NONE,
                              eln, eoff);
    if (info) {
        PymObject *args[2] = {m, info};
        exc = pym_object_call((PymObject *)type, args, 2, NULL);
    }
    PYM_XDECREF(m);
    PYM_XDECREF(ln);
    PYM_XDECREF(off);
    PYM_XDECREF(eln);
    PYM_XDECREF(eoff);
    PYM_XDECREF(info);
    return exc;
}

/* ---- Unicode errors ------------------------------------------------------------------ */

static int UnicodeError_fill(PymObject *self, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames, int object_is_bytes, int is_translate)
{
    PymUnicodeErrorObject *e = (PymUnicodeErrorObject *)self;
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    PymSize want = is_translate ? 4 : 5;
    if (nargs != want) {
        pym_err_format(&pym_exc_TypeError, "function takes exactly %zd arguments (%zd given)", want,
                       nargs);
        return -1;
    }
    PymSize i = 0;
    if (!is_translate) {
        if (!PYM_STR_CHECK(args[0])) {
            pym_err_format(&pym_exc_TypeError, "argument 1 must be str, not %T", args[0]);
            return -1;
        }
        PYM_INCREF(args[0]);
        PYM_SETREF(e->encoding, args[0]);
        i = 1;
    }
    PymObject *object = args[i];
    if (object_is_bytes ? !PYM_BYTES_CHECK(object) : !PYM_STR_CHECK(object)) {
        pym_err_format(&pym_exc_TypeError, "argument %zd must be %s, not %T", i + 1,
                       object_is_bytes ? "bytes-like object" : "str", object);
        return -1;
    }
    for (int k = 1; k <= 2; k++) {
        if (!PYM_INT_CHECK(args[i + k])) {
            pym_err_format(&pym_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                           PYM_TYPE_NAME(args[i + k]));
            return -1;
        }
    }
    if (!PYM_STR_CHECK(args[i + 3])) {
        pym_err_format(&pym_exc_TypeError, "argument %zd must be str, not %T", i + 4, args[i + 3]);
        return -1;
    }
    PYM_INCREF(object);
    PYM_SETREF(e->object, object);
    PYM_INCREF(args[i + 1]);
    PYM_SETREF(e->start, args[i + 1]);
    PYM_INCREF(args[i + 2]);
    PYM_SETREF(e->end, args[i + 2]);
    PYM_INCREF(args[i + 3]);
    PYM_SETREF(e->reason, args[i + 3]);
    return 0;
}

static int UnicodeDecodeError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                                   PymObject *kwnames)
{
    return UnicodeError_fill(self, args, nargs, kwnames, 1, 0);
}

static int UnicodeEncodeError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                                   PymObject *kwnames)
{
    return UnicodeError_fill(self, args, nargs, kwnames, 0, 0);
}

static int UnicodeTranslateError_init(PymObject *self, PymObject *const *args, PymSize nargs,
                                      PymObject *kwnames)
{
    return UnicodeError_fill(self, args, nargs, kwnames, 0, 1);
}

static PymSize small_int(PymObject *o)
{
    int overflow = 0;
    if (!o || !PYM_INT_CHECK(o))
        return 0;
    int64_t v = pym_int_as_i64_overflow(o, &overflow);
    return overflow ? 0 : (PymSize)v;
}

/* '\xe9', '\u20ac' or '\U0001f600' as CPython names an unencodable character. */
static void escape_char(uint32_t ch, char *buf, size_t n)
{
    if (ch <= 0xff)
        snprintf(buf, n, "\\x%02x", ch);
    else if (ch <= 0xffff)
        snprintf(buf, n, "\\u%04x", ch);
    else
        snprintf(buf, n, "\\U%08x", ch);
}

static PymObject *UnicodeError_str(PymObject *self, const char *verb, int is_decode)
{
    PymUnicodeErrorObject *e = (PymUnicodeErrorObject *)self;
    if (!e->object)
        return pym_str_from_cstr("");
    PymSize start = small_int(e->start), end = small_int(e->end);
    PymObject *reason = e->reason ? e->reason : PYM_NONE;
    PymObject *encoding = e->encoding ? e->encoding : PYM_NONE;
    PymSize len = is_decode ? pym_bytes_size(e->object) : pym_str_length(e->object);
    if (start >= 0 && start < len && end == start + 1) {
        if (is_decode) {
            unsigned byte = (unsigned char)pym_bytes_data(e->object)[start];
            return pym_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                       encoding, byte, start, reason);
        }
        char esc[16];
        escape_char(pym_str_read_char(e->object, start), esc, sizeof esc);
        if (e->encoding)
            return pym_str_from_format("'%U' codec can't %s character '%s' in position %zd: %U",
                                       encoding, verb, esc, start, reason);
        return pym_str_from_format("can't %s character '%s' in position %zd: %U", verb, esc, start,
                                   reason);
    }
    if (e->encoding)
        return pym_str_from_format("'%U' codec can't %s %s in position %zd-%zd: %U", encoding, verb,
                                   is_decode ? "bytes" : "characters", start, end - 1, reason);
    return pym_str_from_format("can't %s characters in position %zd-%zd: %U", verb, start, end - 1,
                               reason);
}

static PymObject *UnicodeDecodeError_str(PymObject *self) { return UnicodeError_str(self, "decode", 1); }
static PymObject *UnicodeEncodeError_str(PymObject *self) { return UnicodeError_str(self, "encode", 0); }
static PymObject *UnicodeTranslateError_str(PymObject *self)
{
    return UnicodeError_str(self, "translate", 0);
}

static PymMemberDef UnicodeError_members[] = {
    {"encoding", PYM_MEMBER_OBJECT, offsetof(PymUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", PYM_MEMBER_OBJECT, offsetof(PymUnicodeErrorObject, object), 0, "exception object"},
    {"start", PYM_MEMBER_OBJECT, offsetof(PymUnicodeErrorObject, start), 0, "exception start"},
    {"end", PYM_MEMBER_OBJECT, offsetof(PymUnicodeErrorObject, end), 0, "exception end"},
    {"reason", PYM_MEMBER_OBJECT, offsetof(PymUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL},
};

/* ---- the type objects ------------------------------------------------------------------ */

#define EXC_TYPE_FULL(NAME, BASE, STRUCT, NEW, INIT, STR, METHODS, MEMBERS, DOC)           \
    PymType pym_exc_##NAME = {                                                             \
        .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),                                      \
        .name = #NAME,                                                                     \
        .basicsize = sizeof(STRUCT),                                                       \
        .flags = EXC_FLAGS,                                                                \
        .dealloc = exc_dealloc,                                                            \
        .traverse = exc_traverse,                                                          \
        .clear = exc_clear,                                                                \
        .free = pym_gc_free,                                                               \
        .new_ = NEW,                                                                       \
        .init = INIT,                                                                      \
        .str = STR,                                                                        \
        .methods = METHODS,                                                                \
        .members = MEMBERS,                                                                \
        .base = &pym_exc_##BASE,                                                           \
        .dictoffset = offsetof(PymBaseExceptionObject, dict),                              \
        .doc = DOC,                                                                        \
    };

/* Most exception types add nothing but a name and a docstring; they get
 * their own __init__/__new__ entries (as in CPython) through the base's. */
#define EXC_TYPE_SIMPLE(NAME, BASE, DOC) \
    EXC_TYPE_FULL(NAME, BASE, PymBaseExceptionObject, BaseException_new, BaseException_init, NULL, NULL, NULL, DOC)

PymType pym_exc_BaseException = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "BaseException",
    .basicsize = sizeof(PymBaseExceptionObject),
    .flags = EXC_FLAGS,
    .dealloc = exc_dealloc,
    .traverse = exc_traverse,
    .clear = exc_clear,
    .free = pym_gc_free,
    .new_ = BaseException_new,
    .init = BaseException_init,
    .repr = BaseException_repr,
    .str = BaseException_str,
    .getattro = pym_object_generic_getattr,
    .setattro = pym_object_generic_setattr,
    .methods = BaseException_methods,
    .members = BaseException_members,
    .getset = BaseException_getset,
    .base = &pym_object_type,
    .dictoffset = offsetof(PymBaseExceptionObject, dict),
    .doc = "Common base class for all exceptions",
};

EXC_TYPE_FULL(SystemExit, BaseException, PymSystemExitObject, NULL, SystemExit_init, NULL, NULL,
              SystemExit_members, "Request to exit from the interpreter.")
EXC_TYPE_SIMPLE(KeyboardInterrupt, BaseException, "Program interrupted by user.")
EXC_TYPE_SIMPLE(GeneratorExit, BaseException, "Request that a generator exit.")
EXC_TYPE_SIMPLE(Exception, BaseException, "Common base class for all non-exit exceptions.")
EXC_TYPE_FULL(StopIteration, Exception, PymStopIterationObject, NULL, StopIteration_init, NULL,
              NULL, StopIteration_members, "Signal the end from iterator.__next__().")
EXC_TYPE_SIMPLE(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
EXC_TYPE_SIMPLE(ArithmeticError, Exception, "Base class for arithmetic errors.")
EXC_TYPE_SIMPLE(FloatingPointError, ArithmeticError, "Floating point operation failed.")
EXC_TYPE_SIMPLE(OverflowError, ArithmeticError, "Result too large to be represented.")
EXC_TYPE_SIMPLE(ZeroDivisionError, ArithmeticError,
                "Second argument to a division or modulo operation was zero.")
EXC_TYPE_SIMPLE(AssertionError, Exception, "Assertion failed.")
EXC_TYPE_FULL(AttributeError, Exception, PymAttributeErrorObject, NULL, AttributeError_init, NULL,
              NULL, AttributeError_members, "Attribute not found.")
EXC_TYPE_SIMPLE(BufferError, Exception, "Buffer error.")
EXC_TYPE_SIMPLE(EOFError, Exception, "Read beyond end of file.")
EXC_TYPE_FULL(ImportError, Exception, PymImportErrorObject, NULL, ImportError_init, ImportError_str,
              ImportError_methods, ImportError_members,
              "Import can't find module, or can't find name in module.")
EXC_TYPE_FULL(ModuleNotFoundError, ImportError, PymImportErrorObject, NULL, ImportError_init, NULL,
              NULL, NULL, "Module not found.")
EXC_TYPE_SIMPLE(LookupError, Exception, "Base class for lookup errors.")
EXC_TYPE_SIMPLE(IndexError, LookupError, "Sequence index out of range.")
EXC_TYPE_FULL(KeyError, LookupError, PymBaseExceptionObject, NULL, BaseException_init, KeyError_str,
              NULL, NULL, "Mapping key not found.")
EXC_TYPE_SIMPLE(MemoryError, Exception, "Out of memory.")
EXC_TYPE_FULL(NameError, Exception, PymNameErrorObject, NULL, NameError_init, NULL, NULL,
              NameError_members, "Name not found globally.")
EXC_TYPE_FULL(UnboundLocalError, NameError, PymNameErrorObject, NULL, NameError_init, NULL, NULL,
              NULL, "Local name referenced but not bound to a value.")
EXC_TYPE_FULL(OSError, Exception, PymOSErrorObject, OSError_new, OSError_init, OSError_str,
              OSError_methods, OSError_members, "Base class for I/O related errors.")
#define OSERROR_SUB(NAME, BASE, DOC) \
    EXC_TYPE_FULL(NAME, BASE, PymOSErrorObject, NULL, OSError_init, NULL, NULL, NULL, DOC)
OSERROR_SUB(BlockingIOError, OSError, "I/O operation would block.")
OSERROR_SUB(ChildProcessError, OSError, "Child process error.")
OSERROR_SUB(ConnectionError, OSError, "Connection error.")
OSERROR_SUB(BrokenPipeError, ConnectionError, "Broken pipe.")
OSERROR_SUB(ConnectionAbortedError, ConnectionError, "Connection aborted.")
OSERROR_SUB(ConnectionRefusedError, ConnectionError, "Connection refused.")
OSERROR_SUB(ConnectionResetError, ConnectionError, "Connection reset.")
OSERROR_SUB(FileExistsError, OSError, "File already exists.")
OSERROR_SUB(FileNotFoundError, OSError, "File not found.")
OSERROR_SUB(InterruptedError, OSError, "Interrupted by signal.")
OSERROR_SUB(IsADirectoryError, OSError, "Operation doesn't work on directories.")
OSERROR_SUB(NotADirectoryError, OSError, "Operation only works on directories.")
OSERROR_SUB(PermissionError, OSError, "Not enough permissions.")
OSERROR_SUB(ProcessLookupError, OSError, "Process not found.")
OSERROR_SUB(TimeoutError, OSError, "Timeout expired.")
EXC_TYPE_SIMPLE(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
EXC_TYPE_SIMPLE(RuntimeError, Exception, "Unspecified run-time error.")
EXC_TYPE_SIMPLE(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
EXC_TYPE_SIMPLE(RecursionError, RuntimeError, "Recursion limit exceeded.")
EXC_TYPE_FULL(SyntaxError, Exception, PymSyntaxErrorObject, NULL, SyntaxError_init, SyntaxError_str,
              NULL, SyntaxError_members, "Invalid syntax.")
EXC_TYPE_FULL(IndentationError, SyntaxError, PymSyntaxErrorObject, NULL, SyntaxError_init, NULL,
              NULL, NULL, "Improper indentation.")
EXC_TYPE_FULL(TabError, IndentationError, PymSyntaxErrorObject, NULL, SyntaxError_init, NULL, NULL,
              NULL, "Improper mixture of spaces and tabs.")
EXC_TYPE_SIMPLE(SystemError, Exception,
                "Internal error in the Python interpreter.\n\nPlease report this to the Python "
                "maintainer, along with the traceback,\nthe Python version, and the hardware/OS "
                "platform and version.")
EXC_TYPE_SIMPLE(TypeError, Exception, "Inappropriate argument type.")
EXC_TYPE_SIMPLE(ValueError, Exception, "Inappropriate argument value (of correct type).")
EXC_TYPE_SIMPLE(UnicodeError, ValueError, "Unicode related error.")
EXC_TYPE_FULL(UnicodeDecodeError, UnicodeError, PymUnicodeErrorObject, BaseException_new,
              UnicodeDecodeError_init, UnicodeDecodeError_str, NULL, UnicodeError_members,
              "Unicode decoding error.")
EXC_TYPE_FULL(UnicodeEncodeError, UnicodeError, PymUnicodeErrorObject, BaseException_new,
              UnicodeEncodeError_init, UnicodeEncodeError_str, NULL, UnicodeError_members,
              "Unicode encoding error.")
EXC_TYPE_FULL(UnicodeTranslateError, UnicodeError, PymUnicodeErrorObject, BaseException_new,
              UnicodeTranslateError_init, UnicodeTranslateError_str, NULL, UnicodeError_members,
              "Unicode translation error.")
EXC_TYPE_SIMPLE(Warning, Exception, "Base class for warning categories.")
EXC_TYPE_SIMPLE(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
EXC_TYPE_SIMPLE(PendingDeprecationWarning, Warning,
                "Base class for warnings about features which will be deprecated\nin the future.")
EXC_TYPE_SIMPLE(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
EXC_TYPE_SIMPLE(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
EXC_TYPE_SIMPLE(UserWarning, Warning, "Base class for warnings generated by user code.")
EXC_TYPE_SIMPLE(FutureWarning, Warning,
                "Base class for warnings about constructs that will change semantically\nin the "
                "future.")
EXC_TYPE_SIMPLE(ImportWarning, Warning,
                "Base class for warnings about probable mistakes in module imports")
EXC_TYPE_SIMPLE(UnicodeWarning, Warning,
                "Base class for warnings about Unicode related problems, mostly\nrelated to "
                "conversion problems.")
EXC_TYPE_SIMPLE(BytesWarning, Warning,
                "Base class for warnings about bytes and buffer related problems, mostly\nrelated "
                "to conversion from str or comparing to str.")
EXC_TYPE_SIMPLE(ResourceWarning, Warning, "Base class for warnings about resource usage.")
EXC_TYPE_SIMPLE(EncodingWarning, Warning, "Base class for warnings about encodings.")

int pym_exceptions_init(void)
{
#define READY_EXC(name, base)                        \
    if (pym_type_ready(&pym_exc_##name) < 0)         \
        return -1;
    PYM_EXCEPTION_LIST(READY_EXC)
#undef READY_EXC
    return 0;
}
