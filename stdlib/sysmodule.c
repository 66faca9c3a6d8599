/* sysmodule.c — the sys module: interpreter parameters and the memory
 * introspection functions (getrefcount, getsizeof, getallocatedblocks,
 * _debugmallocstats).
 *
 * Invariants: sys.modules is pym_interp.modules itself; sys.argv and
 * sys.path are lists held in the module dict (the lead's main sets them
 * through pym_sys_set_argv / pym_sys_set_path0, before or after init);
 * version_info, flags, float_info, int_info and hash_info are "struct
 * sequences": tuple subclasses whose items are also named attributes.
 * getrefcount reports the refcount as seen — the argument is borrowed from
 * the caller's stack (DESIGN rule 1), so nothing is subtracted.
 */
#include "runtime/pym.h"
#include "stdlib/iomodule.h"
#include "stdlib/memargs.h"
#include "stdlib/sysmodule.h"
#include "src/traceback.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PYM_VERSION_STRING "3.11.7 (pym 0.1)"
#define PYM_HEXVERSION 0x030B07F0

static PymObject *pending_argv; /* sys.argv set before the module existed */
static PymObject *pending_path0;

/* ---- struct sequences --------------------------------------------------- */

typedef struct StructSeqField {
    const char *name;
} StructSeqField;

#define ITEM_MEMBER PYM_STRUCTSEQ_MEMBER

void pym_structseq_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    for (PymSize i = 0; i < PYM_SIZE(self); i++)
        PYM_XDECREF(PYM_TUPLE_ITEMS(self)[i]);
    PYM_TYPE(self)->free(self);
}

int pym_structseq_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    for (PymSize i = 0; i < PYM_SIZE(self); i++) {
        PymObject *item = PYM_TUPLE_ITEMS(self)[i];
        if (item) {
            int r = visit(item, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* sys.version_info(major=3, minor=11, …) */
PymObject *pym_structseq_repr(PymObject *self)
{
    PymMemberDef *fields = PYM_TYPE(self)->members;
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (pym_str_writer_write_cstr(&w, PYM_TYPE(self)->name) < 0 ||
        pym_str_writer_write_char(&w, '(') < 0)
        goto fail;
    for (PymSize i = 0; i < PYM_SIZE(self); i++) {
        PymObject *r = pym_object_repr(PYM_TUPLE_ITEMS(self)[i]);
        if (!r)
            goto fail;
        int failed = (i > 0 && pym_str_writer_write_cstr(&w, ", ") < 0) ||
                     pym_str_writer_write_cstr(&w, fields[i].name) < 0 ||
                     pym_str_writer_write_char(&w, '=') < 0 || pym_str_writer_write_str(&w, r) < 0;
        PYM_DECREF(r);
        if (failed)
            goto fail;
    }
    if (pym_str_writer_write_char(&w, ')') < 0)
        goto fail;
    return pym_str_writer_finish(&w);
fail:
    pym_str_writer_discard(&w);
    return NULL;
}

static PymObject *structseq_new(PymType *type, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    return pym_err_format(&pym_exc_TypeError, "cannot create '%s' instances", type->name);
}

#define STRUCTSEQ_TYPE(var, tpname, members_array)                                   \
    static PymType var = {                                                            \
        .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),                                 \
        .name = tpname,                                                               \
        .basicsize = (PymSize)offsetof(PymTupleObject, items),                        \
        .itemsize = sizeof(PymObject *),                                              \
        .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_TUPLE_SUBCLASS,                      \
        .dealloc = pym_structseq_dealloc,                                                 \
        .repr = pym_structseq_repr,                                                       \
        .new_ = structseq_new,                                                        \
        .traverse = pym_structseq_traverse,                                               \
        .free = pym_gc_free,                                                          \
        .members = members_array,                                                     \
        .base = &pym_tuple_type,                                                      \
    }

static PymMemberDef version_info_members[] = {
    ITEM_MEMBER("major", 0), ITEM_MEMBER("minor", 1), ITEM_MEMBER("micro", 2),
    ITEM_MEMBER("releaselevel", 3), ITEM_MEMBER("serial", 4), {NULL},
};
static PymMemberDef flags_members[] = {
    ITEM_MEMBER("debug", 0), ITEM_MEMBER("inspect", 1), ITEM_MEMBER("interactive", 2),
    ITEM_MEMBER("optimize", 3), ITEM_MEMBER("dont_write_bytecode", 4),
    ITEM_MEMBER("no_user_site", 5), ITEM_MEMBER("no_site", 6),
    ITEM_MEMBER("ignore_environment", 7), ITEM_MEMBER("verbose", 8),
    ITEM_MEMBER("bytes_warning", 9), ITEM_MEMBER("quiet", 10),
    ITEM_MEMBER("hash_randomization", 11), ITEM_MEMBER("isolated", 12),
    ITEM_MEMBER("dev_mode", 13), ITEM_MEMBER("utf8_mode", 14),
    ITEM_MEMBER("warn_default_encoding", 15), ITEM_MEMBER("safe_path", 16),
    ITEM_MEMBER("int_max_str_digits", 17), {NULL},
};
static PymMemberDef float_info_members[] = {
    ITEM_MEMBER("max", 0), ITEM_MEMBER("max_exp", 1), ITEM_MEMBER("max_10_exp", 2),
    ITEM_MEMBER("min", 3), ITEM_MEMBER("min_exp", 4), ITEM_MEMBER("min_10_exp", 5),
    ITEM_MEMBER("dig", 6), ITEM_MEMBER("mant_dig", 7), ITEM_MEMBER("epsilon", 8),
    ITEM_MEMBER("radix", 9), ITEM_MEMBER("rounds", 10), {NULL},
};
static PymMemberDef int_info_members[] = {
    ITEM_MEMBER("bits_per_digit", 0), ITEM_MEMBER("sizeof_digit", 1),
    ITEM_MEMBER("default_max_str_digits", 2), ITEM_MEMBER("str_digits_check_threshold", 3),
    {NULL},
};
static PymMemberDef hash_info_members[] = {
    ITEM_MEMBER("width", 0), ITEM_MEMBER("modulus", 1), ITEM_MEMBER("inf", 2),
    ITEM_MEMBER("nan", 3), ITEM_MEMBER("imag", 4), ITEM_MEMBER("algorithm", 5),
    ITEM_MEMBER("hash_bits", 6), ITEM_MEMBER("seed_bits", 7), ITEM_MEMBER("cutoff", 8),
    {NULL},
};

STRUCTSEQ_TYPE(version_info_type, "sys.version_info", version_info_members);
STRUCTSEQ_TYPE(flags_type, "sys.flags", flags_members);
STRUCTSEQ_TYPE(float_info_type, "sys.float_info", float_info_members);
STRUCTSEQ_TYPE(int_info_type, "sys.int_info", int_info_members);
STRUCTSEQ_TYPE(hash_info_type, "sys.hash_info", hash_info_members);

/* A struct sequence of `type` holding items (stolen, none NULL). */
static PymObject *structseq_make(PymType *type, PymObject **items_steal, PymSize n)
{
    PymObject *self = NULL;
    for (PymSize i = 0; i < n; i++)
        if (!items_steal[i])
            goto fail;
    if (!PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_READY) && pym_type_ready(type) < 0)
        goto fail;
    self = pym_type_generic_alloc(type, n);
    if (!self)
        goto fail;
    PYM_SIZE(self) = n;
    for (PymSize i = 0; i < n; i++)
        PYM_TUPLE_ITEMS(self)[i] = items_steal[i];
    pym_gc_track(self);
    return self;
fail:
    for (PymSize i = 0; i < n; i++)
        PYM_XDECREF(items_steal[i]);
    return NULL;
}

#define COUNT(a) ((PymSize)(sizeof(a) / sizeof((a)[0])))
#define INT(v) pym_int_from_i64(v)
#define FLOAT(v) pym_float_from_double(v)
#define STR(v) pym_str_from_cstr(v)
#define BOOL(v) pym_bool_from(v)

static PymObject *make_version_info(void)
{
    PymObject *items[] = {INT(3), INT(11), INT(7), STR("final"), INT(0)};
    return structseq_make(&version_info_type, items, COUNT(items));
}

static PymObject *make_flags(void)
{
    PymObject *items[] = {INT(0), INT(0), INT(0), INT(0), INT(0), INT(0), INT(0), INT(0), INT(0),
                          INT(0), INT(0), INT(1), INT(0), BOOL(0), INT(0), INT(0), BOOL(0),
                          INT(-1)};
    return structseq_make(&flags_type, items, COUNT(items));
}

static PymObject *make_float_info(void)
{
    /* <float.h> is shadowed by runtime/float.h: use the compiler's macros. */
    PymObject *items[] = {FLOAT(__DBL_MAX__),      INT(__DBL_MAX_EXP__), INT(__DBL_MAX_10_EXP__),
                          FLOAT(__DBL_MIN__),      INT(__DBL_MIN_EXP__), INT(__DBL_MIN_10_EXP__),
                          INT(__DBL_DIG__),        INT(__DBL_MANT_DIG__), FLOAT(__DBL_EPSILON__),
                          INT(__FLT_RADIX__),      INT(1)};
    return structseq_make(&float_info_type, items, COUNT(items));
}

static PymObject *make_int_info(void)
{
    /* Beyond a machine word ints are GMP numbers of 64-bit limbs. */
    PymObject *items[] = {INT(64), INT(8), INT(4300), INT(640)};
    return structseq_make(&int_info_type, items, COUNT(items));
}

static PymObject *make_hash_info(void)
{
    PymObject *items[] = {INT(64),     INT(((int64_t)1 << 61) - 1), INT(314159), INT(0),
                          INT(1000003), STR("siphash13"),           INT(64),     INT(128),
                          INT(0)};
    return structseq_make(&hash_info_type, items, COUNT(items));
}

/* ---- helpers ------------------------------------------------------------ */

PymObject *pym_sys_get_object_borrow(const char *name)
{
    if (!pym_interp.sys_module)
        return NULL;
    PymObject *v = pym_dict_getitem_str_borrow(pym_module_borrow_dict(pym_interp.sys_module), name);
    if (!v && pym_err_occurred())
        pym_err_clear();
    return v;
}

static PymObject *list_of_cstrs(int argc, char **argv)
{
    PymObject *list = pym_list_new(argc);
    if (!list)
        return NULL;
    for (int i = 0; i < argc; i++) {
        PymObject *s = pym_str_from_utf8_lossy(argv[i], (PymSize)strlen(argv[i]));
        if (!s) {
            PYM_DECREF(list);
            return NULL;
        }
        PYM_LIST_SET_ITEM_STEAL(list, i, s);
    }
    return list;
}

int pym_sys_set_argv(int argc, char **argv)
{
    PymObject *list = list_of_cstrs(argc, argv);
    if (!list)
        return -1;
    if (!pym_interp.sys_module) {
        PYM_SETREF(pending_argv, list);
        return 0;
    }
    int r = pym_dict_setitem_str(pym_module_borrow_dict(pym_interp.sys_module), "argv", list);
    PYM_DECREF(list);
    return r;
}

int pym_sys_set_path0(const char *path0)
{
    PymObject *s = pym_str_from_utf8_lossy(path0, (PymSize)strlen(path0));
    if (!s)
        return -1;
    PymObject *path = pym_sys_get_object_borrow("path");
    if (!path || !PYM_LIST_CHECK(path)) {
        PYM_SETREF(pending_path0, s);
        return 0;
    }
    int r = pym_list_insert(path, 0, s);
    PYM_DECREF(s);
    return r;
}

/* ---- functions: reference counts and sizes ------------------------------ */

static PymObject *sys_getrefcount(PymObject *m, PymObject *o)
{
    return pym_int_from_ssize(PYM_REFCNT(o));
}

/* __sizeof__() plus the pre-header: the bytes o owns (DESIGN rule 3). */
static PymObject *object_sizeof(PymObject *o)
{
    PymType *type = PYM_TYPE(o);
    PymObject *method = pym_type_lookup_borrow(type, PYM_ID(__sizeof__));
    if (!method)
        return pym_err_format(&pym_exc_TypeError, "Type %.100s doesn't define __sizeof__",
                              type->name);
    PymObject *result;
    PymDescrGetFunc get = PYM_TYPE(method)->descr_get;
    if (get) {
        PymObject *bound = get(method, o, (PymObject *)type);
        if (!bound)
            return NULL;
        result = pym_object_call0(bound);
        PYM_DECREF(bound);
    } else {
        result = pym_object_call0(method);
    }
    if (!result)
        return NULL;
    if (!PYM_INT_CHECK(result)) {
        PYM_DECREF(result);
        pym_err_set_string(&pym_exc_TypeError, "an integer is required");
        return NULL;
    }
    PymSize size = pym_int_as_ssize(result);
    PYM_DECREF(result);
    if (size == -1 && pym_err_occurred())
        return NULL;
    if (size < 0) {
        pym_err_set_string(&pym_exc_ValueError, "__sizeof__() should return >= 0");
        return NULL;
    }
    if (PYM_TYPE_HAS_FLAG(type, PYM_TPFLAG_HAVE_GC))
        size += (PymSize)sizeof(PymGCHead);
    return pym_int_from_ssize(size);
}

static PymObject *sys_getsizeof(PymObject *m, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    static const char *const names[] = {"object", "default"};
    PymObject *a[2];
    if (memargs_bind("getsizeof", args, nargs, kwnames, names, 2, 2, 1, a) < 0)
        return NULL;
    PymObject *size = object_sizeof(a[0]);
    if (!size && a[1] && pym_err_exception_matches(&pym_exc_TypeError)) {
        pym_err_clear();
        return PYM_NEWREF(a[1]);
    }
    return size;
}

static PymObject *sys_getallocatedblocks(PymObject *m, PymObject *unused)
{
    return pym_int_from_ssize(pym_obmalloc_allocated_blocks());
}

static PymObject *sys_debugmallocstats(PymObject *m, PymObject *unused)
{
    pym_io_flush_std_streams();
    pym_obmalloc_debug_stats(stderr);
    PYM_RETURN_NONE;
}

static PymObject *sys_intern(PymObject *m, PymObject *s)
{
    if (!PYM_STR_CHECK(s))
        return pym_err_format(&pym_exc_TypeError, "intern() argument must be str, not %T", s);
    if (!PYM_STR_CHECK_EXACT(s))
        return pym_err_format(&pym_exc_TypeError, "can't intern %.400s", PYM_TYPE_NAME(s));
    PymObject *result = PYM_NEWREF(s);
    pym_str_intern_in_place(&result);
    return result;
}

/* ---- functions: recursion, frames, exceptions --------------------------- */

static PymObject *sys_getrecursionlimit(PymObject *m, PymObject *unused)
{
    return pym_int_from_i64(pym_tstate.recursion_limit);
}

static PymObject *sys_setrecursionlimit(PymObject *m, PymObject *arg)
{
    int limit;
    if (memargs_int(arg, &limit) < 0)
        return NULL;
    if (limit < 1) {
        pym_err_set_string(&pym_exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    if (pym_tstate.recursion_depth >= limit)
        return pym_err_format(&pym_exc_RecursionError,
                              "cannot set the recursion limit to %d at the recursion depth %d: "
                              "the limit is too low",
                              limit, pym_tstate.recursion_depth);
    pym_tstate.recursion_limit = limit;
    PYM_RETURN_NONE;
}

static PymObject *sys_getframe(PymObject *m, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    static const char *const names[] = {NULL};
    PymObject *a[1];
    int depth = 0;
    if (memargs_bind("_getframe", args, nargs, kwnames, names, 1, 1, 0, a) < 0)
        return NULL;
    if (a[0] && memargs_int(a[0], &depth) < 0)
        return NULL;
    PymFrame *f = pym_tstate.frame;
    while (depth > 0 && f) {
        f = f->back;
        depth--;
    }
    if (!f) {
        pym_err_set_string(&pym_exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return PYM_NEWREF(f);
}

static PymObject *sys_exc_info(PymObject *m, PymObject *unused)
{
    PymObject *exc = pym_tstate.handled_exc;
    if (!exc || exc == PYM_NONE)
        return pym_tuple_pack(3, PYM_NONE, PYM_NONE, PYM_NONE);
    PymObject *tb = pym_exception_get_traceback(exc);
    PymObject *r = pym_tuple_pack(3, (PymObject *)PYM_TYPE(exc), exc, tb ? tb : PYM_NONE);
    PYM_XDECREF(tb);
    return r;
}

static PymObject *sys_exception(PymObject *m, PymObject *unused)
{
    PymObject *exc = pym_tstate.handled_exc;
    return PYM_NEWREF(exc ? exc : PYM_NONE);
}

static PymObject *sys_exit(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "exit expected at most 1 argument, got %zd", nargs);
    if (nargs == 0)
        pym_err_set_none(&pym_exc_SystemExit);
    else
        pym_err_set_object(&pym_exc_SystemExit, args[0]);
    return NULL;
}

static int write_to(PymObject *stream, PymObject *text)
{
    PymObject *r = pym_object_call_method(stream, PYM_ID(write), &text, 1);
    if (!r)
        return -1;
    PYM_DECREF(r);
    return 0;
}

/* sys.displayhook: print repr(o) to sys.stdout and keep it in builtins._ */
static PymObject *sys_displayhook(PymObject *m, PymObject *o)
{
    if (o == PYM_NONE)
        PYM_RETURN_NONE;
    PymObject *builtins = pym_interp.builtins;
    if (builtins && pym_dict_setitem_str(builtins, "_", PYM_NONE) < 0)
        return NULL;
    PymObject *out = pym_sys_get_object_borrow("stdout");
    if (!out || out == PYM_NONE) {
        pym_err_set_string(&pym_exc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    PYM_INCREF(out);
    PymObject *text = pym_object_repr(o);
    PymObject *newline = text ? pym_str_from_cstr("\n") : NULL;
    int failed = !newline || write_to(out, text) < 0 || write_to(out, newline) < 0;
    PYM_XDECREF(text);
    PYM_XDECREF(newline);
    PYM_DECREF(out);
    if (failed)
        return NULL;
    if (builtins && pym_dict_setitem_str(builtins, "_", o) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

/* sys.excepthook(type, value, traceback): print as an uncaught exception. */
static PymObject *sys_excepthook(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (nargs != 3)
        return pym_err_format(&pym_exc_TypeError, "excepthook expected 3 arguments, got %zd", nargs);
    PymObject *value = args[1];
    if (!PYM_EXCEPTION_CHECK(value)) {
        PymObject *s = pym_object_str(value);
        if (!s)
            return NULL;
        PymObject *err = pym_sys_get_object_borrow("stderr");
        PymObject *nl = pym_str_from_cstr("\n");
        int failed = !err || !nl || write_to(err, s) < 0 || write_to(err, nl) < 0;
        PYM_DECREF(s);
        PYM_XDECREF(nl);
        if (failed)
            return NULL;
        PYM_RETURN_NONE;
    }
    /* As CPython: the traceback argument is used when the exception has
     * none of its own. */
    PymObject *own_tb = pym_exception_get_traceback(value);
    if (!own_tb && PYM_IS_TYPE(args[2], &pym_traceback_type))
        pym_exception_set_traceback(value, args[2]);
    PYM_XDECREF(own_tb);
    pym_err_display(value, NULL);
    PYM_RETURN_NONE;
}

/* ---- functions: small queries ------------------------------------------- */

static PymObject *sys_getdefaultencoding(PymObject *m, PymObject *unused)
{
    return pym_str_from_cstr("utf-8");
}

static PymObject *sys_getfilesystemencodeerrors(PymObject *m, PymObject *unused)
{
    return pym_str_from_cstr("surrogateescape");
}

static PymObject *sys_is_finalizing(PymObject *m, PymObject *unused)
{
    return pym_bool_from(pym_interp.finalizing);
}

static PymObject *sys_get_int_max_str_digits(PymObject *m, PymObject *unused)
{
    return pym_int_from_i64(pym_int_max_str_digits);
}

static PymObject *sys_set_int_max_str_digits(PymObject *m, PymObject *const *args, PymSize nargs,
                                             PymObject *kwnames)
{
    static const char *const names[] = {"maxdigits"};
    PymObject *a[1];
    int digits;
    if (memargs_bind("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, 1, a) < 0 ||
        memargs_int(a[0], &digits) < 0)
        return NULL;
    if (digits != 0 && digits < 640) {
        pym_err_set_string(&pym_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    pym_int_max_str_digits = digits;
    PYM_RETURN_NONE;
}

static PymMethodDef sys_methods[] = {
    PYM_METHOD("getrefcount", sys_getrefcount, PYM_METH_O),
    PYM_METHOD("getsizeof", sys_getsizeof, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("getallocatedblocks", sys_getallocatedblocks, PYM_METH_NOARGS),
    PYM_METHOD("_debugmallocstats", sys_debugmallocstats, PYM_METH_NOARGS),
    PYM_METHOD("intern", sys_intern, PYM_METH_O),
    PYM_METHOD("getrecursionlimit", sys_getrecursionlimit, PYM_METH_NOARGS),
    PYM_METHOD("setrecursionlimit", sys_setrecursionlimit, PYM_METH_O),
    PYM_METHOD("_getframe", sys_getframe, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD("exc_info", sys_exc_info, PYM_METH_NOARGS),
    PYM_METHOD("exception", sys_exception, PYM_METH_NOARGS),
    PYM_METHOD("exit", sys_exit, PYM_METH_FASTCALL),
    PYM_METHOD("displayhook", sys_displayhook, PYM_METH_O),
    PYM_METHOD("excepthook", sys_excepthook, PYM_METH_FASTCALL),
    PYM_METHOD("getdefaultencoding", sys_getdefaultencoding, PYM_METH_NOARGS),
    PYM_METHOD("getfilesystemencoding", sys_getdefaultencoding, PYM_METH_NOARGS),
    PYM_METHOD("getfilesystemencodeerrors", sys_getfilesystemencodeerrors, PYM_METH_NOARGS),
    PYM_METHOD("is_finalizing", sys_is_finalizing, PYM_METH_NOARGS),
    PYM_METHOD("get_int_max_str_digits", sys_get_int_max_str_digits, PYM_METH_NOARGS),
    PYM_METHOD("set_int_max_str_digits", sys_set_int_max_str_digits,
               PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD_END,
};

/* ---- the module --------------------------------------------------------- */

/* sys.<name> = value (stolen); NULL value means the caller failed. */
static int add_steal(PymObject *m, const char *name, PymObject *value)
{
    if (!value)
        return -1;
    int r = pym_module_add_object(m, name, value);
    PYM_DECREF(value);
    return r;
}

static PymObject *make_builtin_module_names(void)
{
    PymObject *names = pym_list_new(0);
    if (!names)
        return NULL;
    for (const PymBuiltinModule *b = pym_builtin_modules; b->name; b++) {
        PymObject *s = pym_str_from_cstr(b->name);
        if (!s || pym_list_append(names, s) < 0) {
            PYM_XDECREF(s);
            PYM_DECREF(names);
            return NULL;
        }
        PYM_DECREF(s);
    }
    if (pym_list_sort(names) < 0) {
        PYM_DECREF(names);
        return NULL;
    }
    PymObject *t = pym_list_as_tuple(names);
    PYM_DECREF(names);
    return t;
}

/* sys.implementation: namespace(name='pym', cache_tag=None, version=…, hexversion=…) */
static PymObject *make_implementation(PymObject *version_info)
{
    PymObject *kw = pym_dict_new();
    if (!kw)
        return NULL;
    PymObject *name = STR("pym"), *hexversion = INT(PYM_HEXVERSION);
    int failed = !name || !hexversion || pym_dict_setitem_str(kw, "name", name) < 0 ||
                 pym_dict_setitem_str(kw, "cache_tag", PYM_NONE) < 0 ||
                 pym_dict_setitem_str(kw, "version", version_info) < 0 ||
                 pym_dict_setitem_str(kw, "hexversion", hexversion) < 0;
    PYM_XDECREF(name);
    PYM_XDECREF(hexversion);
    PymObject *ns = NULL;
    if (!failed) {
        PymObject *no_args = pym_tuple_new(0);
        if (no_args)
            ns = pym_object_call_tuple_dict((PymObject *)&pym_simplenamespace_type, no_args, kw);
        PYM_XDECREF(no_args);
    }
    PYM_DECREF(kw);
    return ns;
}

static PymObject *executable_path(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0)
        n = 0;
    buf[n] = '\0';
    return pym_str_from_utf8_lossy(buf, n);
}

static int add_std_streams(PymObject *m)
{
    static const struct { int fd; const char *mode, *name, *dunder; } streams[] = {
        {0, "r", "stdin", "__stdin__"},
        {1, "w", "stdout", "__stdout__"},
        {2, "w", "stderr", "__stderr__"},
    };
    for (int i = 0; i < 3; i++) {
        PymObject *f = pym_io_std_stream(streams[i].fd, streams[i].mode);
        if (!f)
            return -1;
        int r = pym_module_add_object(m, streams[i].name, f) < 0 ||
                pym_module_add_object(m, streams[i].dunder, f) < 0;
        PYM_DECREF(f);
        if (r)
            return -1;
    }
    return 0;
}

PymObject *pym_init_sys(void)
{
    PymObject *m = pym_module_new("sys");
    if (!m)
        return NULL;
    if (pym_module_add_functions(m, sys_methods) < 0)
        goto fail;
    PymObject *dict = pym_module_borrow_dict(m);
    /* The originals, as CPython keeps them. */
    PymObject *hook = pym_dict_getitem_str_borrow(dict, "displayhook");
    if (!hook || pym_module_add_object(m, "__displayhook__", hook) < 0)
        goto fail;
    hook = pym_dict_getitem_str_borrow(dict, "excepthook");
    if (!hook || pym_module_add_object(m, "__excepthook__", hook) < 0)
        goto fail;

    PymObject *version_info = make_version_info();
    if (!version_info)
        goto fail;
    int failed = pym_module_add_object(m, "version_info", version_info) < 0 ||
                 add_steal(m, "implementation", make_implementation(version_info)) < 0;
    PYM_DECREF(version_info);
    if (failed)
        goto fail;

    /* [''] until the command line sets it, as CPython's embedded default. */
    PymObject *argv = pending_argv;
    pending_argv = NULL;
    if (!argv) {
        PymObject *empty = STR("");
        argv = empty ? pym_list_new(1) : NULL;
        if (argv)
            PYM_LIST_SET_ITEM_STEAL(argv, 0, empty);
        else
            PYM_XDECREF(empty);
    }
    if (add_steal(m, "argv", argv) < 0)
        goto fail;

    PymObject *path = pym_list_new(0);
    if (path && pending_path0) {
        if (pym_list_append(path, pending_path0) < 0)
            PYM_CLEAR(path);
        PYM_CLEAR(pending_path0);
    }
    if (add_steal(m, "path", path) < 0)
        goto fail;

    if (pym_module_add_object(m, "modules", pym_interp.modules) < 0 ||
        add_std_streams(m) < 0 ||
        pym_module_add_string(m, "version", PYM_VERSION_STRING) < 0 ||
        pym_module_add_int(m, "hexversion", PYM_HEXVERSION) < 0 ||
        pym_module_add_int(m, "api_version", 1013) < 0 ||
        add_steal(m, "maxsize", pym_int_from_ssize(PTRDIFF_MAX)) < 0 ||
        pym_module_add_int(m, "maxunicode", 0x10FFFF) < 0 ||
        pym_module_add_string(m, "byteorder",
                              __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big") < 0 ||
        pym_module_add_string(m, "platform", "linux") < 0 ||
        add_steal(m, "executable", executable_path()) < 0 ||
        pym_module_add_string(m, "prefix", "/usr/local") < 0 ||
        pym_module_add_string(m, "exec_prefix", "/usr/local") < 0 ||
        pym_module_add_string(m, "base_prefix", "/usr/local") < 0 ||
        pym_module_add_string(m, "base_exec_prefix", "/usr/local") < 0 ||
        pym_module_add_string(m, "abiflags", "") < 0 ||
        pym_module_add_string(m, "float_repr_style", "short") < 0 ||
        pym_module_add_string(m, "copyright", "Copyright (c) pym authors.\n"
                                              "Python language: Copyright (c) 2001-2023 Python "
                                              "Software Foundation.") < 0 ||
        add_steal(m, "dont_write_bytecode", BOOL(0)) < 0 ||
        add_steal(m, "flags", make_flags()) < 0 ||
        add_steal(m, "float_info", make_float_info()) < 0 ||
        add_steal(m, "int_info", make_int_info()) < 0 ||
        add_steal(m, "hash_info", make_hash_info()) < 0 ||
        add_steal(m, "builtin_module_names", make_builtin_module_names()) < 0 ||
        add_steal(m, "warnoptions", pym_list_new(0)) < 0 ||
        add_steal(m, "_xoptions", pym_dict_new()) < 0)
        goto fail;
    return m;

fail:
    PYM_DECREF(m);
    return NULL;
}
