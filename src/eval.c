/* eval.c — the virtual machine: function calls (argument binding), frame
 * set-up, the dispatch loop, exception unwinding through the code
 * object's exception table, and builtins.__build_class__.
 *
 * Invariants:
 *  - pym_tstate.frame is the innermost executing frame.  A Python function
 *    called by CALL from Python code runs in the SAME C invocation of the
 *    loop ("inlined" frame): deep Python recursion uses no C stack.  Only
 *    calls that pass through C (C functions calling back, generators,
 *    classes other than plain object.__new__ + Python __init__) nest
 *    pym_eval_frame.  A class's __init__ run inline (PYM_FRAME_INLINED_INIT)
 *    counts two recursion levels, as type_call + its frame do.
 *  - The value stack owns what it holds.  CALL hands the argument
 *    references over to the callee (the callee's frame holds them, the
 *    caller's slots are popped before the callee runs), so an argument
 *    seen from the callee has the refcount CPython 3.11 shows.
 *  - frame->lasti is the index of the instruction being executed; the
 *    exception table lookup and tracebacks use it.
 *  - An exception reaching `error` gets a traceback entry for the current
 *    frame; re-raises (bare `raise`, RERAISE) go straight to
 *    `exception_unwind` and keep their traceback.
 *  - pym_tstate.handled_exc owns a reference; PUSH_EXC_INFO moves it onto
 *    the value stack, POP_EXCEPT moves it back (generators: see gen.h).
 *  - Inline caches (code->name_caches, see PymNameCache) hold borrowed
 *    pointers only, each valid while a dict version or a type version tag
 *    recorded next to it still matches; a mismatch sends the instruction
 *    down its general path, which refills the entry.
 *  - The arithmetic fast paths may reuse an int or float operand whose
 *    only reference is the value stack for the result: the object is dead
 *    to everyone else already.
 */
#include "eval.h"
#include "opcodes.h"
#include "import.h"
#include "tracemalloc.h"
#include <stddef.h>
#include <string.h>

#define TS (&pym_tstate)

/* Cold helpers stay out of the dispatch loop's C frame; the arithmetic
 * fast paths stay in it. */
#if defined(__GNUC__) || defined(__clang__)
#define NOINLINE __attribute__((noinline))
#define ALWAYS_INLINE __attribute__((always_inline))
#else
#define NOINLINE
#define ALWAYS_INLINE
#endif

/* ======================================================================
 * Error helpers
 * ====================================================================== */

static PymObject *localsplus_name(PymCodeObject *co, int i)
{
    if (i < co->nlocals)
        return PYM_TUPLE_BORROW_ITEM(co->varnames, i);
    i -= co->nlocals;
    if (i < co->ncellvars)
        return PYM_TUPLE_BORROW_ITEM(co->cellvars, i);
    return PYM_TUPLE_BORROW_ITEM(co->freevars, i - co->ncellvars);
}

/* NameError with its .name set (3.11 uses it for "Did you mean" hints). */
static void raise_name_error(const char *format, PymObject *name)
{
    pym_err_format(&pym_exc_NameError, format, pym_str_as_utf8(name));
    PymObject *exc = TS->exc;
    if (exc && PYM_TYPE(exc) == &pym_exc_NameError) {
        PymNameErrorObject *e = (PymNameErrorObject *)exc;
        if (!e->name)
            e->name = PYM_NEWREF(name);
    }
}

#define NAME_ERROR_MSG "name '%.200s' is not defined"
#define UNBOUNDLOCAL_ERROR_MSG \
    "cannot access local variable '%s' where it is not associated with a value"
#define UNBOUNDFREE_ERROR_MSG \
    "cannot access free variable '%s' where it is not associated with a value in enclosing scope"

NOINLINE static void raise_unbound_local(PymCodeObject *co, int i)
{
    pym_err_format(&pym_exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG,
                   pym_str_as_utf8(localsplus_name(co, i)));
}

/* An empty cell (index among cells+frees) was read or deleted. */
NOINLINE static void raise_unbound_deref(PymCodeObject *co, int cell_index)
{
    if (pym_err_occurred())
        return;
    PymObject *name = localsplus_name(co, co->nlocals + cell_index);
    if (cell_index < co->ncellvars)
        pym_err_format(&pym_exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG,
                       pym_str_as_utf8(name));
    else
        raise_name_error(UNBOUNDFREE_ERROR_MSG, name);
}

/* The function as CPython's messages name it: "f()", "__main__.f()". */
static PymObject *function_str(PymObject *func)
{
    PymObject *qualname;
    int r = pym_object_lookup_attr(func, PYM_ID(__qualname__), &qualname);
    if (r < 0)
        return NULL;
    if (!qualname)
        return pym_object_str(func);
    PymObject *module = NULL, *result = NULL;
    r = pym_object_lookup_attr(func, PYM_ID(__module__), &module);
    if (r < 0)
        goto done;
    if (module && module != PYM_NONE && PYM_STR_CHECK(module) &&
        !pym_str_equal_cstr(module, "builtins"))
        result = pym_str_from_format("%S.%S()", module, qualname);
    else
        result = pym_str_from_format("%S()", qualname);
done:
    PYM_DECREF(qualname);
    PYM_XDECREF(module);
    return result;
}

static int is_sequence(PymObject *o)
{
    PymType *t = PYM_TYPE(o);
    return !PYM_DICT_CHECK(o) && t->as_sequence && t->as_sequence->item;
}

/* ======================================================================
 * Argument binding (CPython's initialize_locals)
 * ====================================================================== */

static void too_many_positional(PymFunctionObject *func, PymCodeObject *co, PymSize given,
                                PymObject **localsplus)
{
    PymSize kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (localsplus[i])
            kwonly_given++;
    PymSize defcount = func->defaults ? PYM_TUPLE_SIZE(func->defaults) : 0;
    PymObject *sig, *kwonly_sig;
    int plural;
    if (defcount) {
        plural = 1;
        sig = pym_str_from_format("from %zd to %zd", (PymSize)co->argcount - defcount,
                                  (PymSize)co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = pym_str_from_format("%zd", (PymSize)co->argcount);
    }
    if (!sig)
        return;
    if (kwonly_given)
        kwonly_sig = pym_str_from_format(" positional argument%s (and %zd keyword-only argument%s)",
                                         given != 1 ? "s" : "", kwonly_given,
                                         kwonly_given != 1 ? "s" : "");
    else
        kwonly_sig = pym_str_from_cstr("");
    if (!kwonly_sig) {
        PYM_DECREF(sig);
        return;
    }
    pym_err_format(&pym_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                   func->qualname, sig, plural ? "s" : "", given, kwonly_sig,
                   given == 1 && !kwonly_given ? "was" : "were");
    PYM_DECREF(sig);
    PYM_DECREF(kwonly_sig);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" */
static void missing_arguments(PymFunctionObject *func, PymCodeObject *co, PymSize missing,
                              PymSize defcount, PymObject **localsplus)
{
    int positional = defcount != -1;
    int start = positional ? 0 : co->argcount;
    int end = positional ? co->argcount - (int)defcount : co->argcount + co->kwonlyargcount;
    PymStrWriter w;
    pym_str_writer_init(&w);
    PymSize seen = 0;
    int failed = 0;
    for (int i = start; i < end && !failed; i++) {
        if (localsplus[i])
            continue;
        PymObject *r = pym_object_repr(PYM_TUPLE_BORROW_ITEM(co->varnames, i));
        if (!r) {
            failed = 1;
            break;
        }
        seen++;
        if (seen > 1) {
            const char *sep = missing == 2 ? " and " : seen == missing ? ", and " : ", ";
            failed |= pym_str_writer_write_cstr(&w, sep) < 0;
        }
        failed |= pym_str_writer_write_str(&w, r) < 0;
        PYM_DECREF(r);
    }
    if (failed) {
        pym_str_writer_discard(&w);
        return;
    }
    PymObject *names = pym_str_writer_finish(&w);
    if (!names)
        return;
    pym_err_format(&pym_exc_TypeError, "%U() missing %zd required %s argument%s: %U",
                   func->qualname, missing, positional ? "positional" : "keyword-only",
                   missing == 1 ? "" : "s", names);
    PYM_DECREF(names);
}

/* 1 if some positional-only parameter was passed by keyword (error set). */
static int positional_only_passed_as_keyword(PymFunctionObject *func, PymCodeObject *co,
                                             PymObject *kwnames)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    int conflicts = 0;
    PymSize nkw = PYM_TUPLE_SIZE(kwnames);
    for (int k = 0; k < co->posonlyargcount; k++) {
        PymObject *posonly = PYM_TUPLE_BORROW_ITEM(co->varnames, k);
        for (PymSize j = 0; j < nkw; j++) {
            PymObject *kw = PYM_TUPLE_BORROW_ITEM(kwnames, j);
            if (kw == posonly || (PYM_STR_CHECK(kw) && pym_str_equal(kw, posonly))) {
                if ((conflicts++ && pym_str_writer_write_cstr(&w, ", ") < 0) ||
                    pym_str_writer_write_str(&w, kw) < 0) {
                    pym_str_writer_discard(&w);
                    return 1;
                }
            }
        }
    }
    if (!conflicts) {
        pym_str_writer_discard(&w);
        return 0;
    }
    PymObject *names = pym_str_writer_finish(&w);
    if (names) {
        pym_err_format(&pym_exc_TypeError,
                       "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                       func->qualname, names);
        PYM_DECREF(names);
    }
    return 1;
}

/* Bind args[0..argcount) and the keyword arguments args[argcount..] named
 * by kwnames to the parameters of func in localsplus.  Stores new
 * references; on failure leaves what it stored for the frame to drop. */
static int bind_arguments(PymFunctionObject *func, PymCodeObject *co, PymObject **localsplus,
                          PymObject *const *args, PymSize argcount, PymObject *kwnames)
{
    const int total_args = co->argcount + co->kwonlyargcount;
    PymObject *kwdict = NULL;
    if (co->flags & PYM_CO_VARKEYWORDS) {
        kwdict = pym_dict_new();
        if (!kwdict)
            return -1;
        localsplus[total_args + ((co->flags & PYM_CO_VARARGS) ? 1 : 0)] = kwdict;
    }

    PymSize n = argcount > co->argcount ? co->argcount : argcount;
    for (PymSize j = 0; j < n; j++)
        localsplus[j] = PYM_NEWREF(args[j]);

    if (co->flags & PYM_CO_VARARGS) {
        PymObject *u = pym_tuple_from_array(args + n, argcount - n);
        if (!u)
            return -1;
        localsplus[total_args] = u;
    }

    if (kwnames) {
        PymSize kwcount = PYM_TUPLE_SIZE(kwnames);
        PymObject *const *varnames = PYM_TUPLE_ITEMS(co->varnames);
        for (PymSize i = 0; i < kwcount; i++) {
            PymObject *keyword = PYM_TUPLE_BORROW_ITEM(kwnames, i);
            PymObject *value = args[argcount + i];
            if (!PYM_STR_CHECK(keyword)) {
                pym_err_set_string(&pym_exc_TypeError, "keywords must be strings");
                return -1;
            }
            int j;
            for (j = co->posonlyargcount; j < total_args; j++)
                if (varnames[j] == keyword)
                    goto kw_found;
            for (j = co->posonlyargcount; j < total_args; j++)
                if (pym_str_equal(varnames[j], keyword))
                    goto kw_found;
            if (!kwdict) {
                if (co->posonlyargcount && positional_only_passed_as_keyword(func, co, kwnames))
                    return -1;
                pym_err_format(&pym_exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                               func->qualname, keyword);
                return -1;
            }
            if (pym_dict_setitem(kwdict, keyword, value) < 0)
                return -1;
            continue;
        kw_found:
            if (localsplus[j]) {
                pym_err_format(&pym_exc_TypeError, "%U() got multiple values for argument '%S'",
                               func->qualname, keyword);
                return -1;
            }
            localsplus[j] = PYM_NEWREF(value);
        }
    }

    if (argcount > co->argcount && !(co->flags & PYM_CO_VARARGS)) {
        too_many_positional(func, co, argcount, localsplus);
        return -1;
    }

    if (argcount < co->argcount) {
        PymSize defcount = func->defaults ? PYM_TUPLE_SIZE(func->defaults) : 0;
        PymSize m = co->argcount - defcount;
        PymSize missing = 0;
        for (PymSize i = argcount; i < m; i++)
            if (!localsplus[i])
                missing++;
        if (missing) {
            missing_arguments(func, co, missing, defcount, localsplus);
            return -1;
        }
        PymSize i = n > m ? n - m : 0;
        for (; i < defcount; i++)
            if (!localsplus[m + i])
                localsplus[m + i] = PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(func->defaults, i));
    }

    if (co->kwonlyargcount > 0) {
        PymSize missing = 0;
        for (int i = co->argcount; i < total_args; i++) {
            if (localsplus[i])
                continue;
            if (func->kwdefaults) {
                PymObject *def = pym_dict_getitem_borrow(func->kwdefaults,
                                                         PYM_TUPLE_BORROW_ITEM(co->varnames, i));
                if (def) {
                    localsplus[i] = PYM_NEWREF(def);
                    continue;
                }
                if (pym_err_occurred())
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(func, co, missing, -1, localsplus);
            return -1;
        }
    }
    return 0;
}

/* Create the frame's cells (moving arguments that are cell variables into
 * theirs) and copy the closure into the free-variable slots. */
static int init_cells(PymFrame *f, PymCodeObject *co, PymObject *closure)
{
    PymObject **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncellvars; i++) {
        PymObject *init = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            init = f->localsplus[co->cell2arg[i]];
            f->localsplus[co->cell2arg[i]] = NULL;
        }
        PymObject *cell = pym_cell_new(init);
        PYM_XDECREF(init);
        if (!cell)
            return -1;
        cells[i] = cell;
    }
    for (int j = 0; j < co->nfreevars; j++) {
        PymObject *cell;
        if (closure && j < PYM_TUPLE_SIZE(closure))
            cell = PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(closure, j));
        else if (!(cell = pym_cell_new(NULL)))
            return -1;
        cells[co->ncellvars + j] = cell;
    }
    return 0;
}

/* A ready-to-run frame for a call of func (arguments bound, cells made). */
static PymFrame *function_frame(PymFunctionObject *func, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    PymCodeObject *co = (PymCodeObject *)func->code;
    PymFrame *f = pym_frame_new(co, func->globals, func->builtins, NULL, (PymObject *)func);
    if (!f)
        return NULL;
    if (bind_arguments(func, co, f->localsplus, args, nargs, kwnames) < 0 ||
        init_cells(f, co, func->closure) < 0) {
        PYM_DECREF(f);
        return NULL;
    }
    return f;
}

PymObject *pym_function_call(PymObject *callable, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    PymFunctionObject *func = (PymFunctionObject *)callable;
    if (kwnames && PYM_TUPLE_SIZE(kwnames) == 0)
        kwnames = NULL;
    PymFrame *f = function_frame(func, args, nargs, kwnames);
    if (!f)
        return NULL;
    if (f->code->flags & PYM_CO_GENERATOR)
        return pym_gen_new(f, func->name, func->qualname);
    PymObject *result = pym_eval_frame(f, NULL);
    pym_frame_release(f);
    return result;
}

/* ======================================================================
 * Name lookups
 * ====================================================================== */

static PymObject *load_global(PymFrame *f, PymObject *name)
{
    PymObject *v;
    if (PYM_DICT_CHECK_EXACT(f->globals) && PYM_DICT_CHECK_EXACT(f->builtins)) {
        v = pym_dict_getitem_borrow(f->globals, name);
        if (!v) {
            if (pym_err_occurred())
                return NULL;
            v = pym_dict_getitem_borrow(f->builtins, name);
            if (!v) {
                if (!pym_err_occurred())
                    raise_name_error(NAME_ERROR_MSG, name);
                return NULL;
            }
        }
        return PYM_NEWREF(v);
    }
    v = pym_object_getitem(f->globals, name);
    if (v)
        return v;
    if (!pym_err_exception_matches(&pym_exc_KeyError))
        return NULL;
    pym_err_clear();
    v = pym_object_getitem(f->builtins, name);
    if (!v && pym_err_exception_matches(&pym_exc_KeyError)) {
        pym_err_clear();
        raise_name_error(NAME_ERROR_MSG, name);
    }
    return v;
}

static PymNameCache *name_caches(PymCodeObject *co);

/* LOAD_GLOBAL of names[i] when the cache does not answer: look it up and
 * remember where the value came from (see PymNameCache). */
NOINLINE static PymObject *load_global_and_cache(PymFrame *f, int i)
{
    PymCodeObject *co = f->code;
    PymObject *v = load_global(f, PYM_TUPLE_BORROW_ITEM(co->names, i));
    if (!v || !PYM_DICT_CHECK_EXACT(f->globals) || !PYM_DICT_CHECK_EXACT(f->builtins))
        return v;
    PymNameCache *nc = name_caches(co);
    if (!nc)
        return v;   /* no cache: every lookup takes the slow way */
    nc += i;
    nc->globals_version = ((PymDictObject *)f->globals)->version;
    nc->builtins_version = ((PymDictObject *)f->builtins)->version;
    nc->global_value = v;
    return v;
}

/* The code object's caches, allocated on first use (NULL if that fails). */
static PymNameCache *name_caches(PymCodeObject *co)
{
    if (!co->name_caches)
        co->name_caches = pym_raw_calloc((size_t)PYM_TUPLE_SIZE(co->names), sizeof(PymNameCache));
    return co->name_caches;
}

/* Describe in the cache how names[i] is found on instances of t: only for
 * plain attribute access (generic getattr, a dict at a fixed offset or
 * none; stores also need generic setattr) and for names that the type
 * either lacks, binds as a plain function or built-in method, or holds as
 * an object of a built-in type that is no data descriptor (a heap type's
 * descriptor could gain __set__ later without changing t's version).  The
 * entry replaces the older of the two. */
NOINLINE static PymAttrCacheEntry *attr_cache_fill(PymCodeObject *co, int i, PymType *t)
{
    if (t->getattro != pym_object_generic_getattr || t->dictoffset < 0)
        return NULL;
    PymObject *name = PYM_TUPLE_BORROW_ITEM(co->names, i);
    PymObject *descr = pym_type_lookup_borrow(t, name);
    PymNameCache *nc = name_caches(co);
    if (!nc || !t->version_tag)
        return NULL;
    nc += i;
    PymAttrCacheEntry *e = &nc->attr[nc->attr_next];
    nc->attr_next ^= 1;
    e->kind = PYM_ATTR_CACHE_NONE;
    e->type_version = t->version_tag;
    e->method = NULL;
    if (descr && (PYM_TYPE(descr) == &pym_function_type ||
                  PYM_TYPE(descr) == &pym_method_descr_type)) {
        e->kind = PYM_ATTR_CACHE_METHOD;
        e->method = descr;
    } else if (t->dictoffset > 0 && t->setattro == pym_object_generic_setattr &&
               (!descr || (!PYM_TYPE_HAS_FLAG(PYM_TYPE(descr), PYM_TPFLAG_HEAPTYPE) &&
                           !PYM_TYPE(descr)->descr_set))) {
        e->kind = PYM_ATTR_CACHE_INSTANCE;
    }
    return e;
}

/* The cache entry for names[i] on o's type, made on a miss; NULL when o's
 * type cannot be cached. */
static inline PymAttrCacheEntry *attr_cache_for(PymCodeObject *co, int i, PymObject *o)
{
    PymNameCache *nc = co->name_caches;
    unsigned int version = PYM_TYPE(o)->version_tag;
    if (nc && version) {
        nc += i;
        if (nc->attr[0].type_version == version)
            return &nc->attr[0];
        if (nc->attr[1].type_version == version)
            return &nc->attr[1];
    }
    return attr_cache_fill(co, i, PYM_TYPE(o));
}

/* The instance dict of o (its type has a dict at a fixed offset), or NULL. */
static inline PymObject *instance_dict(PymObject *o)
{
    return *(PymObject **)((char *)o + PYM_TYPE(o)->dictoffset);
}

static inline PymObject *load_global_cached(PymFrame *f, int i)
{
    PymNameCache *nc = f->code->name_caches;
    if (nc && PYM_DICT_CHECK_EXACT(f->globals) && PYM_DICT_CHECK_EXACT(f->builtins)) {
        nc += i;
        if (nc->global_value && nc->globals_version == ((PymDictObject *)f->globals)->version &&
            nc->builtins_version == ((PymDictObject *)f->builtins)->version)
            return PYM_NEWREF(nc->global_value);
    }
    return load_global_and_cache(f, i);
}

/* Look name up in a mapping: 1 found (*out new ref), 0 missing, -1 error. */
static int mapping_lookup(PymObject *mapping, PymObject *name, PymObject **out)
{
    if (PYM_DICT_CHECK_EXACT(mapping)) {
        PymObject *v = pym_dict_getitem_borrow(mapping, name);
        if (v) {
            *out = PYM_NEWREF(v);
            return 1;
        }
        *out = NULL;
        return pym_err_occurred() ? -1 : 0;
    }
    *out = pym_object_getitem(mapping, name);
    if (*out)
        return 1;
    if (!pym_err_exception_matches(&pym_exc_KeyError))
        return -1;
    pym_err_clear();
    return 0;
}

static PymObject *load_name(PymFrame *f, PymObject *name)
{
    PymObject *v;
    if (!f->locals) {
        pym_err_format(&pym_exc_SystemError, "no locals when loading %R", name);
        return NULL;
    }
    int r = mapping_lookup(f->locals, name, &v);
    if (r)
        return v;
    r = mapping_lookup(f->globals, name, &v);
    if (r)
        return v;
    r = mapping_lookup(f->builtins, name, &v);
    if (r)
        return v;
    raise_name_error(NAME_ERROR_MSG, name);
    return NULL;
}

NOINLINE static PymObject *load_classderef(PymFrame *f, int i)
{
    PymCodeObject *co = f->code;
    PymObject *name = localsplus_name(co, co->nlocals + i);
    PymObject *v;
    if (f->locals) {
        int r = mapping_lookup(f->locals, name, &v);
        if (r)
            return v;
    }
    PymObject *cell = f->localsplus[co->nlocals + i];
    v = ((PymCellObject *)cell)->ref;
    if (!v) {
        raise_unbound_deref(co, i);
        return NULL;
    }
    return PYM_NEWREF(v);
}

static int store_name(PymFrame *f, PymObject *name, PymObject *v)
{
    if (!f->locals) {
        pym_err_format(&pym_exc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (PYM_DICT_CHECK_EXACT(f->locals))
        return pym_dict_setitem(f->locals, name, v);
    return pym_object_setitem(f->locals, name, v);
}

static int delete_name(PymFrame *f, PymObject *name)
{
    if (!f->locals) {
        pym_err_format(&pym_exc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    if (pym_object_delitem(f->locals, name) < 0) {
        pym_err_clear();
        raise_name_error(NAME_ERROR_MSG, name);
        return -1;
    }
    return 0;
}

static int delete_global(PymFrame *f, PymObject *name)
{
    if (pym_dict_delitem(f->globals, name) < 0) {
        if (pym_err_exception_matches(&pym_exc_KeyError)) {
            pym_err_clear();
            raise_name_error(NAME_ERROR_MSG, name);
        }
        return -1;
    }
    return 0;
}

/* ======================================================================
 * Operators
 * ====================================================================== */

static PymObject *power2(PymObject *a, PymObject *b) { return pym_number_power(a, b, PYM_NONE); }
static PymObject *ipower2(PymObject *a, PymObject *b) { return pym_number_inplace_power(a, b, PYM_NONE); }

static PymBinaryFunc const binary_ops[] = {
    [PYM_BINOP_ADD] = pym_number_add,
    [PYM_BINOP_AND] = pym_number_and,
    [PYM_BINOP_FLOOR_DIVIDE] = pym_number_floor_divide,
    [PYM_BINOP_LSHIFT] = pym_number_lshift,
    [PYM_BINOP_MATRIX_MULTIPLY] = pym_number_matrix_multiply,
    [PYM_BINOP_MULTIPLY] = pym_number_multiply,
    [PYM_BINOP_REMAINDER] = pym_number_remainder,
    [PYM_BINOP_OR] = pym_number_or,
    [PYM_BINOP_POWER] = power2,
    [PYM_BINOP_RSHIFT] = pym_number_rshift,
    [PYM_BINOP_SUBTRACT] = pym_number_subtract,
    [PYM_BINOP_TRUE_DIVIDE] = pym_number_true_divide,
    [PYM_BINOP_XOR] = pym_number_xor,
    [PYM_BINOP_INPLACE_ADD] = pym_number_inplace_add,
    [PYM_BINOP_INPLACE_AND] = pym_number_inplace_and,
    [PYM_BINOP_INPLACE_FLOOR_DIVIDE] = pym_number_inplace_floor_divide,
    [PYM_BINOP_INPLACE_LSHIFT] = pym_number_inplace_lshift,
    [PYM_BINOP_INPLACE_MATRIX_MULTIPLY] = pym_number_inplace_matrix_multiply,
    [PYM_BINOP_INPLACE_MULTIPLY] = pym_number_inplace_multiply,
    [PYM_BINOP_INPLACE_REMAINDER] = pym_number_inplace_remainder,
    [PYM_BINOP_INPLACE_OR] = pym_number_inplace_or,
    [PYM_BINOP_INPLACE_POWER] = ipower2,
    [PYM_BINOP_INPLACE_RSHIFT] = pym_number_inplace_rshift,
    [PYM_BINOP_INPLACE_SUBTRACT] = pym_number_inplace_subtract,
    [PYM_BINOP_INPLACE_TRUE_DIVIDE] = pym_number_inplace_true_divide,
    [PYM_BINOP_INPLACE_XOR] = pym_number_inplace_xor,
};

static PymObject *binary_op(int op, PymObject *a, PymObject *b)
{
    if (op < 0 || op >= (int)(sizeof binary_ops / sizeof binary_ops[0]) || !binary_ops[op]) {
        pym_err_format(&pym_exc_SystemError, "bad BINARY_OP argument %d", op);
        return NULL;
    }
    return binary_ops[op](a, b);
}

#if !defined(__GNUC__) && !defined(__clang__)
/* Portable stand-ins for the GCC overflow builtins. */
static int add_overflow(int64_t x, int64_t y, int64_t *r)
{
    if ((y > 0 && x > INT64_MAX - y) || (y < 0 && x < INT64_MIN - y))
        return 1;
    *r = x + y;
    return 0;
}
static int sub_overflow(int64_t x, int64_t y, int64_t *r)
{
    if ((y < 0 && x > INT64_MAX + y) || (y > 0 && x < INT64_MIN + y))
        return 1;
    *r = x - y;
    return 0;
}
static int mul_overflow(int64_t x, int64_t y, int64_t *r)
{
    if (x != 0 && y != 0) {
        if ((x == -1 && y == INT64_MIN) || (y == -1 && x == INT64_MIN))
            return 1;
        if (x > 0 ? (y > 0 ? x > INT64_MAX / y : y < INT64_MIN / x)
                  : (y > 0 ? x < INT64_MIN / y : x < INT64_MAX / y))
            return 1;
    }
    *r = x * y;
    return 0;
}
#define __builtin_add_overflow add_overflow
#define __builtin_sub_overflow sub_overflow
#define __builtin_mul_overflow mul_overflow
#endif

/* Small-int fast path of BINARY_OP: NULL (no exception) when it does not apply. */
ALWAYS_INLINE static inline PymObject *binary_op_ints(int op, PymObject *a, PymObject *b)
{
    if (!PYM_INT_IS_SMALL(a) || !PYM_INT_IS_SMALL(b))
        return NULL;
    int64_t x = PYM_INT_SMALL_VALUE(a), y = PYM_INT_SMALL_VALUE(b), r;
    switch (op) {
    case PYM_BINOP_ADD: case PYM_BINOP_INPLACE_ADD:
        if (__builtin_add_overflow(x, y, &r))
            return NULL;
        break;
    case PYM_BINOP_SUBTRACT: case PYM_BINOP_INPLACE_SUBTRACT:
        if (__builtin_sub_overflow(x, y, &r))
            return NULL;
        break;
    case PYM_BINOP_MULTIPLY: case PYM_BINOP_INPLACE_MULTIPLY:
        if (__builtin_mul_overflow(x, y, &r))
            return NULL;
        break;
    case PYM_BINOP_AND: case PYM_BINOP_INPLACE_AND: r = x & y; break;
    case PYM_BINOP_OR: case PYM_BINOP_INPLACE_OR: r = x | y; break;
    case PYM_BINOP_XOR: case PYM_BINOP_INPLACE_XOR: r = x ^ y; break;
    case PYM_BINOP_RSHIFT: case PYM_BINOP_INPLACE_RSHIFT:
        if (y < 0)
            return NULL;    /* ValueError: negative shift count */
        r = y >= 64 ? (x < 0 ? -1 : 0) : x >> y;
        break;
    case PYM_BINOP_LSHIFT: case PYM_BINOP_INPLACE_LSHIFT:
        if (y < 0 || y >= 64)
            return NULL;
        r = (int64_t)((uint64_t)x << y);
        if ((r >> y) != x)
            return NULL;    /* needs more than 64 bits */
        break;
    case PYM_BINOP_FLOOR_DIVIDE: case PYM_BINOP_INPLACE_FLOOR_DIVIDE:
    case PYM_BINOP_REMAINDER: case PYM_BINOP_INPLACE_REMAINDER: {
        if (y == 0 || (x == INT64_MIN && y == -1))
            return NULL;
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q -= 1;
            m += y;
        }
        r = (op == PYM_BINOP_FLOOR_DIVIDE || op == PYM_BINOP_INPLACE_FLOOR_DIVIDE) ? q : m;
        break;
    }
    default:
        return NULL;
    }
    /* An operand only the value stack holds dies right after the
     * operation: its block takes the result (no other reference can see
     * the change).  Not for the cached singletons −5..256 (int.h), and not
     * while tracemalloc traces, where each new value must be a traced
     * allocation of its own. */
    if (r < -5 || r > 256) {
        PymObject *dying = PYM_REFCNT(a) == 1 ? a : PYM_REFCNT(b) == 1 ? b : NULL;
        if (dying && !pym_tracemalloc_is_tracing()) {
            ((PymIntObject *)dying)->small = r;
            return PYM_NEWREF(dying);
        }
    }
    return pym_int_from_i64(r);
}

/* Float fast path of BINARY_OP (both exact floats, or float with int). */
ALWAYS_INLINE static inline PymObject *binary_op_floats(int op, double x, double y, PymObject *a, PymObject *b)
{
    double r;
    switch (op) {
    case PYM_BINOP_ADD: case PYM_BINOP_INPLACE_ADD: r = x + y; break;
    case PYM_BINOP_SUBTRACT: case PYM_BINOP_INPLACE_SUBTRACT: r = x - y; break;
    case PYM_BINOP_MULTIPLY: case PYM_BINOP_INPLACE_MULTIPLY: r = x * y; break;
    case PYM_BINOP_TRUE_DIVIDE: case PYM_BINOP_INPLACE_TRUE_DIVIDE:
        if (y == 0.0)
            return NULL;   /* the slow path raises ZeroDivisionError */
        r = x / y;
        break;
    default:
        return NULL;
    }
    /* As for ints: a float operand that dies with the operation holds the
     * result (a is NULL when it is an int). */
    PymObject *dying = a && PYM_FLOAT_CHECK_EXACT(a) && PYM_REFCNT(a) == 1   ? a
                       : b && PYM_FLOAT_CHECK_EXACT(b) && PYM_REFCNT(b) == 1 ? b
                                                                            : NULL;
    if (dying && !pym_tracemalloc_is_tracing()) {
        ((PymFloatObject *)dying)->value = r;
        return PYM_NEWREF(dying);
    }
    return pym_float_from_double(r);
}

/* An int whose value converts to a double exactly (|v| <= 2**53). */
static inline int exact_double_int(PymObject *v)
{
    if (!PYM_INT_IS_SMALL(v))
        return 0;
    int64_t x = PYM_INT_SMALL_VALUE(v);
    return x >= -(INT64_C(1) << 53) && x <= (INT64_C(1) << 53);
}

static inline int compare_values(int op, int cmp)
{
    switch (op) {
    case PYM_LT: return cmp < 0;
    case PYM_LE: return cmp <= 0;
    case PYM_EQ: return cmp == 0;
    case PYM_NE: return cmp != 0;
    case PYM_GT: return cmp > 0;
    default: return cmp >= 0;
    }
}

static PymObject *subscr_fast(PymObject *container, PymObject *key)
{
    if (PYM_INT_CHECK_EXACT(key) && PYM_INT_IS_SMALL(key)) {
        int64_t i = PYM_INT_SMALL_VALUE(key);
        if (PYM_LIST_CHECK_EXACT(container)) {
            PymSize n = PYM_LIST_SIZE(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n)
                return PYM_NEWREF(PYM_LIST_BORROW_ITEM(container, i));
        } else if (PYM_TUPLE_CHECK_EXACT(container)) {
            PymSize n = PYM_TUPLE_SIZE(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n)
                return PYM_NEWREF(PYM_TUPLE_BORROW_ITEM(container, i));
        }
    } else if (PYM_DICT_CHECK_EXACT(container)) {
        PymObject *v = pym_dict_getitem_borrow(container, key);
        if (v)
            return PYM_NEWREF(v);
        if (pym_err_occurred())
            return NULL;
    }
    return pym_object_getitem(container, key);
}

static int store_subscr(PymObject *container, PymObject *key, PymObject *value)
{
    if (PYM_LIST_CHECK_EXACT(container) && PYM_INT_CHECK_EXACT(key) && PYM_INT_IS_SMALL(key)) {
        int64_t i = PYM_INT_SMALL_VALUE(key);
        PymSize n = PYM_LIST_SIZE(container);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n) {
            PymObject *old = PYM_LIST_BORROW_ITEM(container, i);
            PYM_LIST_SET_ITEM_STEAL(container, i, PYM_NEWREF(value));
            PYM_DECREF(old);
            return 0;
        }
    } else if (PYM_DICT_CHECK_EXACT(container)) {
        return pym_dict_setitem(container, key, value);
    }
    return pym_object_setitem(container, key, value);
}

/* ======================================================================
 * Unpacking
 * ====================================================================== */

/* Unpack v into `before` items, a list (when after >= 0) and `after`
 * items, stored downwards from top (top[-1] receives item 0).  Returns 0
 * or -1; on error nothing is stored. */
NOINLINE static int unpack_iterable(PymObject *v, int before, int after, PymObject **top)
{
    PymObject **sp = top;
    PymObject *it = pym_object_get_iter(v);
    if (!it) {
        if (pym_err_exception_matches(&pym_exc_TypeError) && !PYM_TYPE(v)->iter &&
            !is_sequence(v)) {
            pym_err_format(&pym_exc_TypeError, "cannot unpack non-iterable %.200s object",
                           PYM_TYPE_NAME(v));
        }
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        PymObject *w = pym_iter_next(it);
        if (!w) {
            if (!pym_err_occurred()) {
                if (after == -1)
                    pym_err_format(&pym_exc_ValueError,
                                   "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    pym_err_format(&pym_exc_ValueError,
                                   "not enough values to unpack (expected at least %d, got %d)",
                                   before + after, i);
            }
            goto error;
        }
        *--sp = w;
    }
    if (after == -1) {
        PymObject *w = pym_iter_next(it);
        if (!w) {
            if (pym_err_occurred())
                goto error;
            PYM_DECREF(it);
            return 0;
        }
        PYM_DECREF(w);
        pym_err_format(&pym_exc_ValueError, "too many values to unpack (expected %d)", before);
        goto error;
    }
    PymObject *l = pym_sequence_list(it);
    if (!l)
        goto error;
    PymSize ll = PYM_LIST_SIZE(l);
    if (ll < after) {
        pym_err_format(&pym_exc_ValueError,
                       "not enough values to unpack (expected at least %d, got %zd)",
                       before + after, (PymSize)before + ll);
        PYM_DECREF(l);
        goto error;
    }
    PymObject *head = pym_list_get_slice(l, 0, ll - after);
    if (!head) {
        PYM_DECREF(l);
        goto error;
    }
    *--sp = head;
    for (int j = after; j > 0; j--)
        *--sp = PYM_NEWREF(PYM_LIST_BORROW_ITEM(l, ll - j));
    PYM_DECREF(l);
    PYM_DECREF(it);
    return 0;
error:
    while (sp < top)
        PYM_DECREF(*sp++);
    PYM_DECREF(it);
    return -1;
}

static int unpack_sequence(PymObject *seq, int n, PymObject **top)
{
    PymObject *const *items = NULL;
    if (PYM_TUPLE_CHECK_EXACT(seq) && PYM_TUPLE_SIZE(seq) == n)
        items = PYM_TUPLE_ITEMS(seq);
    else if (PYM_LIST_CHECK_EXACT(seq) && PYM_LIST_SIZE(seq) == n)
        items = PYM_LIST_ITEMS(seq);
    if (items) {
        for (int i = 0; i < n; i++)
            top[-1 - i] = PYM_NEWREF(items[i]);
        return 0;
    }
    return unpack_iterable(seq, n, -1, top);
}

/* ======================================================================
 * Exceptions
 * ====================================================================== */

/* RAISE_VARARGS.  Returns 1 for a bare re-raise (no new traceback entry),
 * 0 otherwise; the exception is set either way.  Steals exc and cause. */
NOINLINE static int do_raise(PymObject *exc, PymObject *cause)
{
    if (!exc) {
        PymObject *value = TS->handled_exc;
        if (!value || value == PYM_NONE) {
            pym_err_set_string(&pym_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        pym_err_restore(PYM_NEWREF(value));
        return 1;
    }
    PymObject *value;
    if (PYM_EXCEPTION_CLASS_CHECK(exc)) {
        value = pym_object_call0(exc);
        if (!value)
            goto fail;
        if (!PYM_EXCEPTION_CHECK(value)) {
            pym_err_format(&pym_exc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %R",
                           exc, (PymObject *)PYM_TYPE(value));
            PYM_DECREF(value);
            goto fail;
        }
    } else if (PYM_EXCEPTION_CHECK(exc)) {
        value = PYM_NEWREF(exc);
    } else {
        pym_err_set_string(&pym_exc_TypeError, "exceptions must derive from BaseException");
        goto fail;
    }
    if (cause) {
        PymObject *fixed;
        if (PYM_EXCEPTION_CLASS_CHECK(cause)) {
            fixed = pym_object_call0(cause);
            if (!fixed) {
                PYM_DECREF(value);
                goto fail;
            }
            if (!PYM_EXCEPTION_CHECK(fixed)) {
                pym_err_format(&pym_exc_TypeError,
                               "calling %R should have returned an instance of BaseException, not %R",
                               cause, (PymObject *)PYM_TYPE(fixed));
                PYM_DECREF(fixed);
                PYM_DECREF(value);
                goto fail;
            }
        } else if (PYM_EXCEPTION_CHECK(cause)) {
            fixed = PYM_NEWREF(cause);
        } else if (cause == PYM_NONE) {
            fixed = NULL;
        } else {
            pym_err_set_string(&pym_exc_TypeError,
                               "exception causes must derive from BaseException");
            PYM_DECREF(value);
            goto fail;
        }
        pym_exception_set_cause(value, fixed);
        ((PymBaseExceptionObject *)value)->suppress_context = 1;
    }
    pym_err_raise_instance(value);
    PYM_DECREF(value);
fail:
    PYM_DECREF(exc);
    PYM_XDECREF(cause);
    return 0;
}

#define CANNOT_CATCH_MSG "catching classes that do not inherit from BaseException is not allowed"

static int check_except_type_valid(PymObject *right)
{
    if (PYM_TUPLE_CHECK(right)) {
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(right); i++) {
            if (!PYM_EXCEPTION_CLASS_CHECK(PYM_TUPLE_BORROW_ITEM(right, i))) {
                pym_err_set_string(&pym_exc_TypeError, CANNOT_CATCH_MSG);
                return -1;
            }
        }
    } else if (!PYM_EXCEPTION_CLASS_CHECK(right)) {
        pym_err_set_string(&pym_exc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    return 0;
}

static const PymExceptionTableEntry *find_handler(PymCodeObject *co, int lasti)
{
    const PymExceptionTableEntry *e = co->exception_table;
    for (int i = 0; i < co->nexception_entries; i++, e++)
        if (e->start <= lasti && lasti < e->end)
            return e;
    return NULL;
}

/* ======================================================================
 * with / special lookups
 * ====================================================================== */

/* type(o).name bound to o, or NULL (no exception) when absent. */
static PymObject *lookup_special(PymObject *o, PymObject *name)
{
    PymObject *attr = pym_type_lookup_borrow(PYM_TYPE(o), name);
    if (!attr)
        return NULL;
    PymDescrGetFunc get = PYM_TYPE(attr)->descr_get;
    if (get)
        return get(attr, o, (PymObject *)PYM_TYPE(o));
    return PYM_NEWREF(attr);
}

/* BEFORE_WITH: *exit_out = bound __exit__; returns __enter__() or NULL. */
NOINLINE static PymObject *before_with(PymObject *mgr, PymObject **exit_out)
{
    PymObject *enter = lookup_special(mgr, PYM_ID(__enter__));
    if (!enter) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_TypeError,
                           "'%.200s' object does not support the context manager protocol",
                           PYM_TYPE_NAME(mgr));
        return NULL;
    }
    PymObject *exit = lookup_special(mgr, PYM_ID(__exit__));
    if (!exit) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_TypeError,
                           "'%.200s' object does not support the context manager protocol "
                           "(missed __exit__ method)",
                           PYM_TYPE_NAME(mgr));
        PYM_DECREF(enter);
        return NULL;
    }
    *exit_out = exit;
    PymObject *res = pym_object_call0(enter);
    PYM_DECREF(enter);
    return res;
}

NOINLINE static PymObject *with_except_start(PymObject *exit_func, PymObject *val)
{
    PymObject *tb = pym_exception_get_traceback(val);
    PymObject *args[3] = {(PymObject *)PYM_TYPE(val), val, tb ? tb : PYM_NONE};
    PymObject *res = pym_object_call(exit_func, args, 3, NULL);
    PYM_XDECREF(tb);
    return res;
}

/* ======================================================================
 * Building values
 * ====================================================================== */

NOINLINE static PymObject *build_string(PymObject **items, int n)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    for (int i = 0; i < n; i++) {
        if (pym_str_writer_write_str(&w, items[i]) < 0) {
            pym_str_writer_discard(&w);
            return NULL;
        }
    }
    return pym_str_writer_finish(&w);
}

NOINLINE static PymObject *build_map(PymObject **items, int n)
{
    PymObject *d = pym_dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < n; i++) {
        if (pym_dict_setitem(d, items[2 * i], items[2 * i + 1]) < 0) {
            PYM_DECREF(d);
            return NULL;
        }
    }
    return d;
}

NOINLINE static PymObject *build_const_key_map(PymObject **values, PymObject *keys, int n)
{
    if (!PYM_TUPLE_CHECK(keys) || PYM_TUPLE_SIZE(keys) != n) {
        pym_err_set_string(&pym_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
        return NULL;
    }
    PymObject *d = pym_dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < n; i++) {
        if (pym_dict_setitem(d, PYM_TUPLE_BORROW_ITEM(keys, i), values[i]) < 0) {
            PYM_DECREF(d);
            return NULL;
        }
    }
    return d;
}

NOINLINE static PymObject *format_value(PymObject *value, int which, PymObject *spec)
{
    PymObject *conv = NULL;
    switch (which & 3) {
    case 1: conv = pym_object_str(value); break;
    case 2: conv = pym_object_repr(value); break;
    case 3: conv = pym_object_ascii(value); break;
    default: conv = PYM_NEWREF(value); break;
    }
    if (!conv)
        return NULL;
    if (PYM_STR_CHECK_EXACT(conv) && !spec)
        return conv;
    PymObject *empty = NULL;
    if (!spec) {
        empty = pym_str_from_cstr("");
        if (!empty) {
            PYM_DECREF(conv);
            return NULL;
        }
    }
    PymObject *r = pym_object_format(conv, spec ? spec : empty);
    PYM_DECREF(conv);
    PYM_XDECREF(empty);
    return r;
}

static int list_extend(PymObject *list, PymObject *iterable)
{
    if (pym_list_extend(list, iterable) == 0)
        return 0;
    if (pym_err_exception_matches(&pym_exc_TypeError) && !PYM_TYPE(iterable)->iter &&
        !is_sequence(iterable)) {
        pym_err_format(&pym_exc_TypeError, "Value after * must be an iterable, not %.200s",
                       PYM_TYPE_NAME(iterable));
    }
    return -1;
}

static int dict_update(PymObject *dict, PymObject *update)
{
    if (pym_dict_merge(dict, update, 1) == 0)
        return 0;
    if (pym_err_exception_matches(&pym_exc_AttributeError))
        pym_err_format(&pym_exc_TypeError, "'%.200s' object is not a mapping",
                       PYM_TYPE_NAME(update));
    return -1;
}

/* DICT_MERGE for f(**m): like update, but a key given twice is an error
 * naming the called function. */
NOINLINE static int dict_merge_kwargs(PymObject *dict, PymObject *other, PymObject *func)
{
    PymObject *keys;
    if (PYM_DICT_CHECK(other)) {
        keys = pym_dict_keys(other);
    } else {
        PymObject *meth;
        int r = pym_object_lookup_attr(other, PYM_ID(keys), &meth);
        if (r <= 0) {
            if (r == 0) {
                PymObject *fs = function_str(func);
                if (fs) {
                    pym_err_format(&pym_exc_TypeError,
                                   "%U argument after ** must be a mapping, not %.200s", fs,
                                   PYM_TYPE_NAME(other));
                    PYM_DECREF(fs);
                }
            }
            return -1;
        }
        PymObject *k = pym_object_call0(meth);
        PYM_DECREF(meth);
        if (!k)
            return -1;
        keys = pym_sequence_list(k);
        PYM_DECREF(k);
    }
    if (!keys)
        return -1;
    int result = 0;
    for (PymSize i = 0; i < PYM_LIST_SIZE(keys) && result == 0; i++) {
        PymObject *key = PYM_LIST_BORROW_ITEM(keys, i);
        int has = pym_dict_contains(dict, key);
        if (has < 0) {
            result = -1;
            break;
        }
        if (has) {
            PymObject *fs = function_str(func);
            if (fs) {
                if (PYM_STR_CHECK(key))
                    pym_err_format(&pym_exc_TypeError,
                                   "%U got multiple values for keyword argument '%S'", fs, key);
                else
                    pym_err_format(&pym_exc_TypeError, "%U keywords must be strings", fs);
                PYM_DECREF(fs);
            }
            result = -1;
            break;
        }
        PymObject *value = pym_object_getitem(other, key);
        if (!value || pym_dict_setitem(dict, key, value) < 0)
            result = -1;
        PYM_XDECREF(value);
    }
    PYM_DECREF(keys);
    return result;
}

/* MAKE_FUNCTION: takes over the code object at top[-1] and the parts
 * below it that flags announce. */
NOINLINE static PymObject *make_function(PymFrame *f, PymObject **top, int flags)
{
    PymObject **sp = top;
    PymObject *code = *--sp;
    PymObject *closure = (flags & 0x08) ? *--sp : NULL;
    PymObject *annotations = (flags & 0x04) ? *--sp : NULL;
    PymObject *kwdefaults = (flags & 0x02) ? *--sp : NULL;
    PymObject *defaults = (flags & 0x01) ? *--sp : NULL;
    PymFunctionObject *func = NULL;
    if (!PYM_CODE_CHECK(code)) {
        pym_err_set_string(&pym_exc_SystemError, "MAKE_FUNCTION expects a code object");
        goto done;
    }
    func = (PymFunctionObject *)pym_function_new(code, f->globals, NULL);
    if (!func)
        goto done;
    if (closure) {
        func->closure = closure;
        closure = NULL;
    }
    if (annotations) {
        if (PYM_TUPLE_CHECK(annotations)) {
            /* CPython 3.11 passes (name, value, name, value …) */
            PymObject *d = pym_dict_new();
            for (PymSize i = 0; d && i + 1 < PYM_TUPLE_SIZE(annotations); i += 2)
                if (pym_dict_setitem(d, PYM_TUPLE_BORROW_ITEM(annotations, i),
                                     PYM_TUPLE_BORROW_ITEM(annotations, i + 1)) < 0)
                    PYM_CLEAR(d);
            if (!d) {
                PYM_CLEAR(func);
                goto done;
            }
            func->annotations = d;
        } else {
            func->annotations = annotations;
            annotations = NULL;
        }
    }
    if (kwdefaults) {
        func->kwdefaults = kwdefaults;
        kwdefaults = NULL;
    }
    if (defaults) {
        func->defaults = defaults;
        defaults = NULL;
    }
done:
    PYM_DECREF(code);
    PYM_XDECREF(closure);
    PYM_XDECREF(annotations);
    PYM_XDECREF(kwdefaults);
    PYM_XDECREF(defaults);
    return (PymObject *)func;
}

/* ======================================================================
 * Calls
 * ====================================================================== */

static inline PymObject *call_object(PymObject *callable, PymObject *const *args, PymSize nargs,
                                     PymObject *kwnames)
{
    PymType *t = PYM_TYPE(callable);
    if (t == &pym_cfunction_type || t == &pym_function_type || t == &pym_method_descr_type)
        return t->call(callable, args, nargs, kwnames);
    return pym_object_call(callable, args, nargs, kwnames);
}

/* A call of func with npos positional arguments and nothing else binds
 * them one to one: no defaults, *args, **kwargs, keyword-only parameters
 * or cells to set up, and no generator to create. */
static inline int simple_call_fits(PymFunctionObject *func, PymSize npos)
{
    PymCodeObject *co = (PymCodeObject *)func->code;
    return npos == co->argcount && co->kwonlyargcount == 0 && co->ncellvars == 0 &&
           co->nfreevars == 0 &&
           !(co->flags & (PYM_CO_VARARGS | PYM_CO_VARKEYWORDS | PYM_CO_GENERATOR));
}

/* pym_enter_recursive_call / pym_leave_recursive_call with the common
 * case inline (the limit not reached). */
static inline int enter_recursive_call(const char *where)
{
    if (TS->recursion_depth < TS->recursion_limit) {
        TS->recursion_depth++;
        return 0;
    }
    return pym_enter_recursive_call(where);
}

static inline void leave_recursive_call(void) { TS->recursion_depth--; }

/* A Python function to be run inline: the frame, with the recursion
 * guard entered.  NULL with an exception on failure (guard released). */
static PymFrame *push_inline_frame(PymFunctionObject *func, PymObject *const *args,
                                   PymSize nargs, PymObject *kwnames)
{
    if (enter_recursive_call(""))
        return NULL;
    PymFrame *f = function_frame(func, args, nargs, kwnames);
    if (!f)
        leave_recursive_call();
    return f;
}

/* CALL_FUNCTION_EX on a Python function: bind from the tuple and dict
 * and run it inline. */
NOINLINE static PymFrame *push_inline_frame_ex(PymFunctionObject *func, PymObject *callargs,
                                      PymObject *kwargs)
{
    PymSize nargs = PYM_TUPLE_SIZE(callargs);
    PymSize nkw = kwargs ? pym_dict_size(kwargs) : 0;
    if (nkw == 0)
        return push_inline_frame(func, PYM_TUPLE_ITEMS(callargs), nargs, NULL);
    PymObject *small[16];
    PymObject **stack = small;
    if (nargs + nkw > 16) {
        stack = pym_mem_malloc((size_t)(nargs + nkw) * sizeof(PymObject *));
        if (!stack) {
            pym_err_no_memory();
            return NULL;
        }
    }
    PymObject *kwnames = pym_tuple_new(nkw);
    PymFrame *f = NULL;
    if (kwnames) {
        memcpy(stack, PYM_TUPLE_ITEMS(callargs), (size_t)nargs * sizeof(PymObject *));
        PymSize pos = 0, i = 0;
        PymObject *key, *value;
        while (pym_dict_next(kwargs, &pos, &key, &value) && i < nkw) {
            PYM_TUPLE_SET_ITEM_STEAL(kwnames, i, PYM_NEWREF(key));
            stack[nargs + i] = value;
            i++;
        }
        f = push_inline_frame(func, stack, nargs, kwnames);
        PYM_DECREF(kwnames);
    }
    if (stack != small)
        pym_mem_free(stack);
    return f;
}

/* Prepare CALL_FUNCTION_EX's arguments: *callargs becomes a tuple and
 * *kwargs an exact dict (or NULL). */
NOINLINE static int prepare_call_ex(PymObject *func, PymObject **callargs, PymObject **kwargs)
{
    if (*kwargs && !PYM_DICT_CHECK_EXACT(*kwargs)) {
        PymObject *d = pym_dict_new();
        if (!d)
            return -1;
        if (dict_merge_kwargs(d, *kwargs, func) < 0) {
            PYM_DECREF(d);
            return -1;
        }
        PYM_SETREF(*kwargs, d);
    }
    if (!PYM_TUPLE_CHECK_EXACT(*callargs)) {
        PymObject *a = *callargs;
        if (!PYM_TYPE(a)->iter && !is_sequence(a)) {
            PymObject *fs = function_str(func);
            if (fs) {
                pym_err_format(&pym_exc_TypeError,
                               "%U argument after * must be an iterable, not %.200s", fs,
                               PYM_TYPE_NAME(a));
                PYM_DECREF(fs);
            }
            return -1;
        }
        PymObject *t = pym_sequence_tuple(a);
        if (!t)
            return -1;
        PYM_SETREF(*callargs, t);
    }
    return 0;
}

/* SEND: PYM_GEN_NEXT / RETURN / ERROR as PyIter_Send. */
NOINLINE static int send_value(PymObject *receiver, PymObject *value, PymObject **result)
{
    if (PYM_GEN_CHECK(receiver))
        return pym_gen_send_ex(receiver, value, result);
    if (value == PYM_NONE && PYM_TYPE(receiver)->iternext)
        *result = PYM_TYPE(receiver)->iternext(receiver);
    else
        *result = pym_object_call_method(receiver, PYM_ID(send), &value, 1);
    if (*result)
        return PYM_GEN_NEXT;
    if (!pym_err_occurred()) {
        *result = PYM_NEWREF(PYM_NONE);
        return PYM_GEN_RETURN;
    }
    if (pym_err_exception_matches(&pym_exc_StopIteration)) {
        PymObject *stop = pym_err_fetch();
        *result = pym_stop_iteration_value(stop);
        PYM_DECREF(stop);
        return *result ? PYM_GEN_RETURN : PYM_GEN_ERROR;
    }
    return PYM_GEN_ERROR;
}

static PymObject *get_yield_from_iter(PymObject *o)
{
    if (PYM_GEN_CHECK(o))
        return PYM_NEWREF(o);
    return pym_object_get_iter(o);
}

/* ======================================================================
 * Imports
 * ====================================================================== */

NOINLINE static PymObject *import_name(PymFrame *f, PymObject *name, PymObject *fromlist,
                              PymObject *level)
{
    PymObject *import_func = pym_dict_getitem_borrow(f->builtins, PYM_ID(__import__));
    if (!import_func) {
        if (!pym_err_occurred())
            pym_err_set_string(&pym_exc_ImportError, "__import__ not found");
        return NULL;
    }
    if (PYM_CFUNCTION_CHECK(import_func)) {
        long ilevel = pym_int_as_long(level);
        if (ilevel == -1 && pym_err_occurred())
            return NULL;
        return pym_import_module_level(name, f->globals, fromlist, (int)ilevel);
    }
    PymObject *args[5] = {name, f->globals, f->locals ? f->locals : PYM_NONE, fromlist, level};
    PYM_INCREF(import_func);
    PymObject *r = pym_object_call(import_func, args, 5, NULL);
    PYM_DECREF(import_func);
    return r;
}

static void set_import_error(PymObject *msg, PymObject *name, PymObject *path)
{
    if (!msg)
        return;
    PymObject *exc = pym_exception_new(&pym_exc_ImportError, &msg, 1);
    if (!exc)
        return;
    PymImportErrorObject *e = (PymImportErrorObject *)exc;
    PYM_XINCREF(name);
    PYM_SETREF(e->name, name);
    PYM_XINCREF(path);
    PYM_SETREF(e->path, path);
    pym_err_set_object(&pym_exc_ImportError, exc);
    PYM_DECREF(exc);
}

NOINLINE static PymObject *import_from(PymObject *v, PymObject *name)
{
    PymObject *x;
    if (pym_object_lookup_attr(v, name, &x) != 0)
        return x;
    PymObject *pkgname = NULL, *pkgpath = NULL, *msg = NULL;
    if (pym_object_lookup_attr(v, PYM_ID(__name__), &pkgname) < 0)
        pym_err_clear();
    if (pkgname && PYM_STR_CHECK(pkgname)) {
        PymObject *full = pym_str_from_format("%U.%U", pkgname, name);
        if (!full) {
            PYM_DECREF(pkgname);
            return NULL;
        }
        x = pym_interp.modules ? pym_dict_getitem_borrow(pym_interp.modules, full) : NULL;
        PYM_DECREF(full);
        if (x) {
            PYM_DECREF(pkgname);
            return PYM_NEWREF(x);
        }
        if (pym_err_occurred()) {
            PYM_DECREF(pkgname);
            return NULL;
        }
    } else {
        PYM_CLEAR(pkgname);
    }
    if (PYM_MODULE_CHECK(v)) {
        pkgpath = pym_dict_getitem_borrow(pym_module_borrow_dict(v), PYM_ID(__file__));
        if (pkgpath && !PYM_STR_CHECK(pkgpath))
            pkgpath = NULL;
        PYM_XINCREF(pkgpath);
    }
    pym_err_clear();
    PymObject *shown = pkgname ? PYM_NEWREF(pkgname) : pym_str_from_cstr("<unknown module name>");
    if (!shown)
        goto done;
    if (!pkgpath) {
        msg = pym_str_from_format("cannot import name %R from %R (unknown location)", name, shown);
    } else {
        int initializing = 0;
        PymObject *spec = NULL;
        if (pym_object_lookup_attr(v, PYM_ID(__spec__), &spec) > 0 && spec != PYM_NONE) {
            PymObject *flag = NULL;
            if (pym_object_lookup_attr(spec, PYM_ID(_initializing), &flag) > 0) {
                initializing = pym_object_is_true(flag) > 0;
                PYM_DECREF(flag);
            }
        }
        pym_err_clear();
        PYM_XDECREF(spec);
        msg = pym_str_from_format(initializing
                                      ? "cannot import name %R from partially initialized module %R "
                                        "(most likely due to a circular import) (%S)"
                                      : "cannot import name %R from %R (%S)",
                                  name, shown, pkgpath);
    }
    set_import_error(msg, pkgname, pkgpath);
    PYM_XDECREF(msg);
    PYM_DECREF(shown);
done:
    PYM_XDECREF(pkgname);
    PYM_XDECREF(pkgpath);
    return NULL;
}

NOINLINE static int import_all_from(PymObject *locals, PymObject *v)
{
    PymObject *all;
    int skip_underscores = 0;
    if (pym_object_lookup_attr(v, PYM_ID(__all__), &all) < 0)
        return -1;
    if (!all) {
        PymObject *dict;
        if (pym_object_lookup_attr(v, PYM_ID(__dict__), &dict) < 0)
            return -1;
        if (!dict) {
            pym_err_set_string(&pym_exc_ImportError,
                               "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        if (PYM_DICT_CHECK(dict)) {
            all = pym_dict_keys(dict);
        } else {
            PymObject *k = pym_object_call_method(dict, PYM_ID(keys), NULL, 0);
            all = k ? pym_sequence_list(k) : NULL;
            PYM_XDECREF(k);
        }
        PYM_DECREF(dict);
        if (!all)
            return -1;
        skip_underscores = 1;
    }
    int err = 0;
    for (PymSize pos = 0;; pos++) {
        PymObject *name = pym_sequence_getitem(all, pos);
        if (!name) {
            if (pym_err_exception_matches(&pym_exc_IndexError))
                pym_err_clear();
            else
                err = -1;
            break;
        }
        if (!PYM_STR_CHECK(name)) {
            PymObject *modname = pym_object_getattr(v, PYM_ID(__name__));
            if (modname) {
                if (!PYM_STR_CHECK(modname))
                    pym_err_format(&pym_exc_TypeError, "module __name__ must be a string, not %.100s",
                                   PYM_TYPE_NAME(modname));
                else
                    pym_err_format(&pym_exc_TypeError, "%s in %U.%s must be str, not %.100s",
                                   skip_underscores ? "Key" : "Item", modname,
                                   skip_underscores ? "__dict__" : "__all__", PYM_TYPE_NAME(name));
                PYM_DECREF(modname);
            }
            PYM_DECREF(name);
            err = -1;
            break;
        }
        if (skip_underscores && pym_str_length(name) > 0 && pym_str_read_char(name, 0) == '_') {
            PYM_DECREF(name);
            continue;
        }
        PymObject *value = pym_object_getattr(v, name);
        if (!value)
            err = -1;
        else if (PYM_DICT_CHECK_EXACT(locals))
            err = pym_dict_setitem(locals, name, value);
        else
            err = pym_object_setitem(locals, name, value);
        PYM_DECREF(name);
        PYM_XDECREF(value);
        if (err)
            break;
    }
    PYM_DECREF(all);
    return err;
}

static int setup_annotations(PymFrame *f)
{
    if (!f->locals) {
        pym_err_set_string(&pym_exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    PymObject *ann;
    int r = mapping_lookup(f->locals, PYM_ID(__annotations__), &ann);
    if (r < 0)
        return -1;
    if (r) {
        PYM_DECREF(ann);
        return 0;
    }
    ann = pym_dict_new();
    if (!ann)
        return -1;
    r = PYM_DICT_CHECK_EXACT(f->locals) ? pym_dict_setitem(f->locals, PYM_ID(__annotations__), ann)
                                        : pym_object_setitem(f->locals, PYM_ID(__annotations__), ann);
    PYM_DECREF(ann);
    return r;
}

static int print_expr(PymObject *value)
{
    PymObject *hook = NULL;
    if (pym_interp.sys_module &&
        pym_object_lookup_attr(pym_interp.sys_module, PYM_ID(displayhook), &hook) < 0)
        return -1;
    if (!hook) {
        pym_err_set_string(&pym_exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    PymObject *r = pym_object_call1(hook, value);
    PYM_DECREF(hook);
    if (!r)
        return -1;
    PYM_DECREF(r);
    return 0;
}

static int check_interrupt(void)
{
    if (!TS->pending_interrupt)
        return 0;
    TS->pending_interrupt = 0;
    pym_err_set_none(&pym_exc_KeyboardInterrupt);
    return -1;
}

/* ======================================================================
 * The dispatch loop
 * ====================================================================== */

#if (defined(__GNUC__) || defined(__clang__)) && !defined(PYM_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define STACK_SHRINK(n) (sp -= (n))

#define LOAD_FRAME_STATE()                                             \
    do {                                                               \
        first = frame->code->code;                                     \
        ip = first + frame->lasti + 1;                                 \
        stack_base = PYM_FRAME_STACK(frame);                           \
        sp = stack_base + frame->stacktop;                             \
        consts = PYM_TUPLE_ITEMS(frame->code->consts);                 \
        names = PYM_TUPLE_ITEMS(frame->code->names);                   \
    } while (0)

/* Switch the loop to a callee frame set up by a CALL: the caller keeps its
 * stack depth, the callee runs here without a C-level call. */
#define ENTER_INLINED_FRAME(callee, how)                               \
    do {                                                               \
        frame->stacktop = (int)(sp - stack_base);                      \
        (callee)->back = frame;                                        \
        (callee)->inlined = (how);                                     \
        (callee)->executing = 1;                                       \
        frame = (callee);                                              \
        TS->frame = frame;                                             \
        LOAD_FRAME_STATE();                                            \
        if (TS->pending_interrupt && check_interrupt() < 0)            \
            goto error;                                                \
        DISPATCH();                                                    \
    } while (0)

#define JUMPTO(target)                                                 \
    do {                                                               \
        int target_ = (target);                                        \
        if (target_ <= frame->lasti && TS->pending_interrupt &&        \
            check_interrupt() < 0)                                     \
            goto error;                                                \
        ip = first + target_;                                          \
    } while (0)

#ifdef USE_COMPUTED_GOTO
#define TARGET(name) L_##name:
#define DISPATCH()                                                     \
    do {                                                               \
        word = *ip;                                                    \
        frame->lasti = (int)(ip - first);                              \
        ip++;                                                          \
        oparg = PYM_CODE_ARG(word);                                    \
        goto *dispatch_table[PYM_CODE_OP(word)];                       \
    } while (0)
#else
#define TARGET(name) case PYM_OP_##name:
#define DISPATCH() goto dispatch
#endif

PymObject *pym_eval_frame(PymFrame *frame, PymObject *throw_exc)
{
#ifdef USE_COMPUTED_GOTO
#define LABEL_ADDRESS(name, has_arg, effect) &&L_##name,
    static const void *const dispatch_table[256] = {
        PYM_OPCODE_LIST(LABEL_ADDRESS)
        [PYM_OPCODE_COUNT ... 255] = &&unknown_opcode,
    };
#undef LABEL_ADDRESS
#endif
    if (enter_recursive_call(""))
        return NULL;

    PymFrame *const entry = frame;
    PymCodeUnit *ip, *first;
    PymCodeUnit word;
    int oparg;
    PymObject **sp, **stack_base;
    PymObject *const *consts, *const *names;
    PymObject *kwnames = NULL;
    PymObject *retval;

    frame->back = TS->frame;
    TS->frame = frame;
    frame->executing = 1;
    LOAD_FRAME_STATE();

    if (throw_exc) {
        pym_err_restore(PYM_NEWREF(throw_exc));
        goto error;
    }

#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    word = *ip;
    frame->lasti = (int)(ip - first);
    ip++;
    oparg = PYM_CODE_ARG(word);
    switch (PYM_CODE_OP(word)) {
#endif

    /* --- stack --- */
    TARGET(NOP) {
        DISPATCH();
    }
    TARGET(POP_TOP) {
        PymObject *v = POP();
        PYM_XDECREF(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        PymObject *v = PEEK(oparg);
        PYM_XINCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        PymObject *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    /* --- constants and names --- */
    TARGET(LOAD_CONST) {
        PymObject *v = consts[oparg];
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        PymObject *v = frame->localsplus[oparg];
        if (!v) {
            raise_unbound_local(frame->code, oparg);
            goto error;
        }
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        PymObject *v = POP();
        PymObject *old = frame->localsplus[oparg];
        frame->localsplus[oparg] = v;
        PYM_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        PymObject *old = frame->localsplus[oparg];
        if (!old) {
            raise_unbound_local(frame->code, oparg);
            goto error;
        }
        frame->localsplus[oparg] = NULL;
        PYM_DECREF(old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        PymObject *cell = frame->localsplus[frame->code->nlocals + oparg];
        PymObject *v = ((PymCellObject *)cell)->ref;
        if (!v) {
            raise_unbound_deref(frame->code, oparg);
            goto error;
        }
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        PymObject *v = POP();
        PymCellObject *cell = (PymCellObject *)frame->localsplus[frame->code->nlocals + oparg];
        PymObject *old = cell->ref;
        cell->ref = v;
        PYM_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        PymCellObject *cell = (PymCellObject *)frame->localsplus[frame->code->nlocals + oparg];
        PymObject *old = cell->ref;
        if (!old) {
            raise_unbound_deref(frame->code, oparg);
            goto error;
        }
        cell->ref = NULL;
        PYM_DECREF(old);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PymObject *cell = frame->localsplus[frame->code->nlocals + oparg];
        PYM_INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        PymObject *v = load_classderef(frame, oparg);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        PymObject *v = load_global_cached(frame, oparg);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        PymObject *v = POP();
        int err = pym_dict_setitem(frame->globals, names[oparg], v);
        PYM_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (delete_global(frame, names[oparg]) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        PymObject *v = load_name(frame, names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        PymObject *v = POP();
        int err = store_name(frame, names[oparg], v);
        PYM_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        if (delete_name(frame, names[oparg]) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME_OR_IGNORE) {
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        PymObject *owner = TOP();
        PymAttrCacheEntry *ce = attr_cache_for(frame->code, oparg, owner);
        if (ce && ce->kind == PYM_ATTR_CACHE_INSTANCE) {
            PymObject *dict = instance_dict(owner);
            if (dict) {
                PymObject *res = pym_dict_getitem_str_hinted_borrow(
                    dict, names[oparg], &frame->code->name_caches[oparg].dict_hint);
                if (res) {
                    PYM_INCREF(res);
                    SET_TOP(res);
                    PYM_DECREF(owner);
                    DISPATCH();
                }
                if (pym_err_occurred())
                    goto error;
            }
        }
        PymGetAttrFunc get = PYM_TYPE(owner)->getattro;
        PymObject *res = get ? get(owner, names[oparg]) : pym_object_getattr(owner, names[oparg]);
        if (!res)
            goto error;
        SET_TOP(res);
        PYM_DECREF(owner);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        PymAttrCacheEntry *ce = attr_cache_for(frame->code, oparg, TOP());
        if (ce && ce->kind == PYM_ATTR_CACHE_INSTANCE && instance_dict(TOP())) {
            PymObject *owner = POP();
            PymObject *v = POP();
            PymObject *dict = PYM_NEWREF(instance_dict(owner));
            /* Only a name new to the instance can outgrow inline storage. */
            if (pym_dict_inline_owner_borrow(dict) == owner &&
                !pym_dict_getitem_str_hinted_borrow(dict, names[oparg],
                                                    &frame->code->name_caches[oparg].dict_hint))
                pym_object_note_attribute_store(owner, dict, names[oparg]);
            int err = pym_dict_setitem_str_hinted(dict, names[oparg], v,
                                                  &frame->code->name_caches[oparg].dict_hint);
            PYM_DECREF(dict);
            PYM_DECREF(v);
            PYM_DECREF(owner);
            if (err < 0)
                goto error;
            DISPATCH();
        }
        PymObject *owner = POP();
        PymObject *v = POP();
        int err = pym_object_setattr(owner, names[oparg], v);
        PYM_DECREF(v);
        PYM_DECREF(owner);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        PymObject *owner = POP();
        int err = pym_object_setattr(owner, names[oparg], NULL);
        PYM_DECREF(owner);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        PymObject *owner = TOP();
        PymAttrCacheEntry *ce = attr_cache_for(frame->code, oparg, owner);
        if (ce && ce->kind == PYM_ATTR_CACHE_METHOD) {
            /* Unless the instance dict shadows it, the type's function. */
            PymObject *dict = PYM_TYPE(owner)->dictoffset ? instance_dict(owner) : NULL;
            if (!dict || !pym_dict_getitem_str_hinted_borrow(
                             dict, names[oparg], &frame->code->name_caches[oparg].dict_hint)) {
                if (pym_err_occurred())
                    goto error;
                PymObject *meth = PYM_NEWREF(ce->method);
                SET_TOP(meth);
                PUSH(owner);
                DISPATCH();
            }
        }
        PymObject *meth = NULL;
        int found = pym_object_get_method(owner, names[oparg], &meth);
        if (found < 0)
            goto error;
        if (found) {
            SET_TOP(meth);
            PUSH(owner);
        } else {
            SET_TOP(NULL);
            PYM_DECREF(owner);
            PUSH(meth);
        }
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        PymObject *bc;
        int r = mapping_lookup(frame->builtins, PYM_ID(__build_class__), &bc);
        if (r <= 0) {
            if (r == 0)
                pym_err_set_string(&pym_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PYM_INCREF(&pym_exc_AssertionError);
        PUSH((PymObject *)&pym_exc_AssertionError);
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        PymObject *locals = frame->locals;
        if (!locals) {
            pym_err_set_string(&pym_exc_SystemError, "no locals found");
            goto error;
        }
        PYM_INCREF(locals);
        PUSH(locals);
        DISPATCH();
    }

    /* --- operators --- */
    TARGET(UNARY_POSITIVE) {
        PymObject *v = TOP();
        PymObject *res = pym_number_positive(v);
        if (!res)
            goto error;
        SET_TOP(res);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        PymObject *v = TOP();
        PymObject *res = pym_number_negative(v);
        if (!res)
            goto error;
        SET_TOP(res);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        PymObject *v = TOP();
        int r = pym_object_is_true(v);
        if (r < 0)
            goto error;
        SET_TOP(pym_bool_from(!r));
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        PymObject *v = TOP();
        PymObject *res = pym_number_invert(v);
        if (!res)
            goto error;
        SET_TOP(res);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        PymObject *rhs = TOP(), *lhs = SECOND();
        PymObject *res = NULL;
        if (PYM_INT_CHECK_EXACT(lhs) && PYM_INT_CHECK_EXACT(rhs)) {
            res = binary_op_ints(oparg, lhs, rhs);
        } else if (PYM_FLOAT_CHECK_EXACT(lhs)) {
            if (PYM_FLOAT_CHECK_EXACT(rhs))
                res = binary_op_floats(oparg, PYM_FLOAT_VALUE(lhs), PYM_FLOAT_VALUE(rhs), lhs,
                                       rhs);
            else if (PYM_INT_CHECK_EXACT(rhs) && exact_double_int(rhs))
                res = binary_op_floats(oparg, PYM_FLOAT_VALUE(lhs),
                                       (double)PYM_INT_SMALL_VALUE(rhs), lhs, NULL);
        } else if (PYM_FLOAT_CHECK_EXACT(rhs) && PYM_INT_CHECK_EXACT(lhs) && exact_double_int(lhs)) {
            res = binary_op_floats(oparg, (double)PYM_INT_SMALL_VALUE(lhs), PYM_FLOAT_VALUE(rhs),
                                   NULL, rhs);
        }
        if (!res) {
            if (pym_err_occurred())
                goto error;
            res = binary_op(oparg, lhs, rhs);
            if (!res)
                goto error;
        }
        STACK_SHRINK(1);
        SET_TOP(res);
        PYM_DECREF(lhs);
        PYM_DECREF(rhs);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        PymObject *rhs = TOP(), *lhs = SECOND();
        PymObject *res;
        int r;
        if (PYM_INT_CHECK_EXACT(lhs) && PYM_INT_CHECK_EXACT(rhs) && PYM_INT_IS_SMALL(lhs) &&
            PYM_INT_IS_SMALL(rhs)) {
            int64_t x = PYM_INT_SMALL_VALUE(lhs), y = PYM_INT_SMALL_VALUE(rhs);
            r = compare_values(oparg, (x > y) - (x < y));
            goto compare_done;
        } else if (PYM_FLOAT_CHECK_EXACT(lhs) && PYM_FLOAT_CHECK_EXACT(rhs)) {
            double x = PYM_FLOAT_VALUE(lhs), y = PYM_FLOAT_VALUE(rhs);
            switch (oparg) {
            case PYM_LT: r = x < y; break;
            case PYM_LE: r = x <= y; break;
            case PYM_EQ: r = x == y; break;
            case PYM_NE: r = x != y; break;
            case PYM_GT: r = x > y; break;
            default: r = x >= y; break;
            }
        compare_done:
            STACK_SHRINK(2);
            PYM_DECREF(lhs);    /* an int or float: no finalizer runs */
            PYM_DECREF(rhs);
            /* A conditional jump on the result right after: take it here,
             * without making the bool (the jump itself cannot fail). */
            int next_op = PYM_CODE_OP(*ip);
            if (next_op == PYM_OP_POP_JUMP_IF_FALSE || next_op == PYM_OP_POP_JUMP_IF_TRUE) {
                word = *ip;
                frame->lasti = (int)(ip - first);
                ip++;
                if (r == (next_op == PYM_OP_POP_JUMP_IF_TRUE))
                    JUMPTO(PYM_CODE_ARG(word));
                DISPATCH();
            }
            PUSH(pym_bool_from(r));
            DISPATCH();
        } else {
            res = pym_object_richcompare(lhs, rhs, oparg);
            if (!res)
                goto error;
        }
        STACK_SHRINK(1);
        SET_TOP(res);
        PYM_DECREF(lhs);
        PYM_DECREF(rhs);
        DISPATCH();
    }
    TARGET(IS_OP) {
        PymObject *rhs = POP(), *lhs = TOP();
        int r = (lhs == rhs) ^ oparg;
        SET_TOP(pym_bool_from(r));
        PYM_DECREF(lhs);
        PYM_DECREF(rhs);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        PymObject *rhs = TOP(), *lhs = SECOND();
        int r = pym_sequence_contains(rhs, lhs);
        if (r < 0)
            goto error;
        STACK_SHRINK(1);
        SET_TOP(pym_bool_from(r ^ oparg));
        PYM_DECREF(lhs);
        PYM_DECREF(rhs);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        PymObject *key = TOP(), *container = SECOND();
        PymObject *res = subscr_fast(container, key);
        if (!res)
            goto error;
        STACK_SHRINK(1);
        SET_TOP(res);
        PYM_DECREF(container);
        PYM_DECREF(key);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        PymObject *key = TOP(), *container = SECOND(), *v = PEEK(3);
        STACK_SHRINK(3);
        int err = store_subscr(container, key, v);
        PYM_DECREF(v);
        PYM_DECREF(container);
        PYM_DECREF(key);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        PymObject *key = TOP(), *container = SECOND();
        STACK_SHRINK(2);
        int err = pym_object_delitem(container, key);
        PYM_DECREF(container);
        PYM_DECREF(key);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        PymObject *step = oparg == 3 ? POP() : NULL;
        PymObject *stop = POP(), *start = TOP();
        PymObject *slice = pym_slice_new(start, stop, step);
        PYM_DECREF(start);
        PYM_DECREF(stop);
        PYM_XDECREF(step);
        SET_TOP(slice);
        if (!slice) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    /* --- building --- */
    TARGET(BUILD_TUPLE) {
        PymObject *t = pym_tuple_new(oparg);
        if (!t)
            goto error;
        for (int i = oparg; --i >= 0;)
            PYM_TUPLE_SET_ITEM_STEAL(t, i, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        PymObject *l = pym_list_new(oparg);
        if (!l)
            goto error;
        for (int i = oparg; --i >= 0;)
            PYM_LIST_SET_ITEM_STEAL(l, i, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        PymObject *s = pym_set_new(NULL);
        int err = s ? 0 : -1;
        for (int i = oparg; i > 0; i--) {
            PymObject *item = PEEK(i);
            if (err == 0)
                err = pym_set_add(s, item);
            PYM_DECREF(item);
        }
        STACK_SHRINK(oparg);
        if (err < 0) {
            PYM_XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        PymObject *d = build_map(sp - 2 * oparg, oparg);
        for (int i = 0; i < 2 * oparg; i++)
            PYM_DECREF(POP());
        if (!d)
            goto error;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        PymObject *keys = TOP();
        PymObject *d = build_const_key_map(sp - 1 - oparg, keys, oparg);
        for (int i = 0; i <= oparg; i++)
            PYM_DECREF(POP());
        if (!d)
            goto error;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        PymObject *s = build_string(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++)
            PYM_DECREF(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        PymObject *v = POP();
        int err = pym_list_append(PEEK(oparg), v);
        PYM_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        PymObject *v = POP();
        int err = pym_set_add(PEEK(oparg), v);
        PYM_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        PymObject *value = TOP(), *key = SECOND();
        STACK_SHRINK(2);
        int err = pym_dict_setitem(PEEK(oparg), key, value);
        PYM_DECREF(key);
        PYM_DECREF(value);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        PymObject *iterable = POP();
        int err = list_extend(PEEK(oparg), iterable);
        PYM_DECREF(iterable);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        PymObject *iterable = POP();
        int err = pym_set_update(PEEK(oparg), iterable);
        PYM_DECREF(iterable);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        PymObject *update = POP();
        int err = dict_update(PEEK(oparg), update);
        PYM_DECREF(update);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        PymObject *update = POP();
        /* the called function sits below the dict: [NULL, func, args, dict] */
        int err = dict_merge_kwargs(PEEK(oparg), update, PEEK(oparg + 2));
        PYM_DECREF(update);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        PymObject *list = TOP();
        PymObject *t = pym_list_as_tuple(list);
        if (!t)
            goto error;
        SET_TOP(t);
        PYM_DECREF(list);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        PymObject *seq = POP();
        int err = unpack_sequence(seq, oparg, sp + oparg);
        PYM_DECREF(seq);
        if (err < 0)
            goto error;
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = oparg & 0xFF, after = oparg >> 8;
        PymObject *seq = POP();
        int err = unpack_iterable(seq, before, after, sp + before + 1 + after);
        PYM_DECREF(seq);
        if (err < 0)
            goto error;
        sp += before + 1 + after;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        PymObject *spec = (oparg & 4) ? POP() : NULL;
        PymObject *value = TOP();
        PymObject *res = format_value(value, oparg, spec);
        PYM_XDECREF(spec);
        if (!res)
            goto error;
        SET_TOP(res);
        PYM_DECREF(value);
        DISPATCH();
    }

    /* --- control flow --- */
    TARGET(JUMP) {
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        PymObject *cond = POP();
        if (cond == PYM_FALSE) {
            PYM_DECREF(cond);
            JUMPTO(oparg);
        } else if (cond != PYM_TRUE) {
            int r = pym_object_is_true(cond);
            PYM_DECREF(cond);
            if (r < 0)
                goto error;
            if (!r)
                JUMPTO(oparg);
        } else {
            PYM_DECREF(cond);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        PymObject *cond = POP();
        if (cond == PYM_TRUE) {
            PYM_DECREF(cond);
            JUMPTO(oparg);
        } else if (cond != PYM_FALSE) {
            int r = pym_object_is_true(cond);
            PYM_DECREF(cond);
            if (r < 0)
                goto error;
            if (r)
                JUMPTO(oparg);
        } else {
            PYM_DECREF(cond);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        PymObject *v = POP();
        int is_none = v == PYM_NONE;
        PYM_DECREF(v);
        if (is_none)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        PymObject *v = POP();
        int is_none = v == PYM_NONE;
        PYM_DECREF(v);
        if (!is_none)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        PymObject *cond = TOP();
        int r = cond == PYM_TRUE ? 1 : cond == PYM_FALSE ? 0 : pym_object_is_true(cond);
        if (r < 0)
            goto error;
        if (!r) {
            JUMPTO(oparg);
        } else {
            STACK_SHRINK(1);
            PYM_DECREF(cond);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        PymObject *cond = TOP();
        int r = cond == PYM_TRUE ? 1 : cond == PYM_FALSE ? 0 : pym_object_is_true(cond);
        if (r < 0)
            goto error;
        if (r) {
            JUMPTO(oparg);
        } else {
            STACK_SHRINK(1);
            PYM_DECREF(cond);
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        PymObject *iterable = TOP();
        PymObject *it = pym_object_get_iter(iterable);
        if (!it)
            goto error;
        SET_TOP(it);
        PYM_DECREF(iterable);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        PymObject *it = TOP();
        if (PYM_TYPE(it) == &pym_range_iter_type) {
            /* range's own iternext, stepped here (see range.h) */
            PymRangeIterObject *r = (PymRangeIterObject *)it;
            if (r->index < r->len) {
                unsigned long v = (unsigned long)r->start +
                                  (unsigned long)(r->index++) * (unsigned long)r->step;
                PymObject *next = pym_int_from_i64((int64_t)v);
                if (!next)
                    goto error;
                PUSH(next);
                DISPATCH();
            }
            STACK_SHRINK(1);
            PYM_DECREF(it);
            JUMPTO(oparg);
            DISPATCH();
        }
        PymIterNextFunc iternext = PYM_TYPE(it)->iternext;
        if (!iternext) {
            pym_err_format(&pym_exc_TypeError, "'%.200s' object is not an iterator",
                           PYM_TYPE_NAME(it));
            goto error;
        }
        PymObject *next = iternext(it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (TS->exc) {
            if (!pym_err_exception_matches(&pym_exc_StopIteration))
                goto error;
            pym_err_clear();
        }
        STACK_SHRINK(1);
        PYM_DECREF(it);
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        frame->stacktop = 0;
        frame->executing = 0;
        frame->finished = 1;
        if (frame == entry)
            goto exit_frame;
        /* Back to the inlined caller. */
        PymFrame *callee = frame;
        int ran_init = callee->inlined == PYM_FRAME_INLINED_INIT;
        frame = callee->back;
        TS->frame = frame;
        leave_recursive_call();
        pym_frame_release(callee);
        LOAD_FRAME_STATE();
        if (ran_init) {
            /* The instance is on the stack already. */
            leave_recursive_call();
            if (retval != PYM_NONE) {
                pym_err_format(&pym_exc_TypeError, "__init__() should return None, not '%.200s'",
                               PYM_TYPE_NAME(retval));
                PYM_DECREF(retval);
                goto error;
            }
            PYM_DECREF(retval);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    /* --- calls and functions --- */
    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }
    TARGET(CALL) {
        PymObject **args = sp - oparg;
        PymObject *callable = args[-1];
        PymObject **call_args = args;
        PymSize total = oparg;
        if (args[-2]) {
            /* [method, self, args…] from LOAD_METHOD */
            callable = args[-2];
            call_args = args - 1;
            total++;
        } else if (PYM_METHOD_CHECK(callable)) {
            /* A bound method: call its function with self in front. */
            PymMethodObject *m = (PymMethodObject *)callable;
            args[-2] = PYM_NEWREF(m->func);
            args[-1] = PYM_NEWREF(m->self);
            PYM_DECREF(callable);
            callable = args[-2];
            call_args = args - 1;
            total++;
        }
        PymObject *kw = kwnames;
        kwnames = NULL;
        PymSize npos = total - (kw ? PYM_TUPLE_SIZE(kw) : 0);
        if (PYM_TYPE(callable) == &pym_function_type && !kw &&
            simple_call_fits((PymFunctionObject *)callable, npos)) {
            /* Exactly the positional parameters, no cells: the callee's
             * frame takes over the stack's references (arguments and the
             * function itself) instead of copying and dropping them. */
            if (enter_recursive_call(""))
                goto error;
            PymFunctionObject *fn = (PymFunctionObject *)callable;
            PymFrame *callee = pym_frame_new((PymCodeObject *)fn->code, fn->globals,
                                             fn->builtins, NULL, NULL);
            if (!callee) {
                leave_recursive_call();
                goto error;
            }
            callee->func = callable;
            for (PymSize i = 0; i < npos; i++)
                callee->localsplus[i] = call_args[i];
            sp = args - 2;
            ENTER_INLINED_FRAME(callee, PYM_FRAME_INLINED);
        }
        if (PYM_TYPE(callable) == &pym_type_type && !kw &&
            PYM_TYPE_HAS_FLAG((PymType *)callable, PYM_TPFLAG_READY)) {
            PymObject *init = pym_type_python_init_borrow((PymType *)callable);
            if (init && simple_call_fits((PymFunctionObject *)init, npos + 1)) {
                /* What type_call does (object.__new__, then __init__), with
                 * __init__ run by this loop.  The recursion depth counts the
                 * type call and the frame, as on the C path. */
                if (enter_recursive_call(" while calling a Python object"))
                    goto error;
                PymType *cls = (PymType *)callable;
                PymObject *self = cls->new_(cls, call_args, npos, NULL);
                if (!self) {
                    leave_recursive_call();
                    goto error;
                }
                PymFunctionObject *fn = (PymFunctionObject *)init;
                PymFrame *callee = NULL;
                if (!enter_recursive_call("")) {
                    callee = pym_frame_new((PymCodeObject *)fn->code, fn->globals, fn->builtins,
                                           NULL, init);
                    if (!callee)
                        leave_recursive_call();
                }
                if (!callee) {
                    leave_recursive_call();
                    PYM_DECREF(self);
                    goto error;
                }
                callee->localsplus[0] = PYM_NEWREF(self);
                for (PymSize i = 0; i < npos; i++)
                    callee->localsplus[i + 1] = call_args[i];
                /* The arguments now belong to the frame; the class goes. */
                sp = args - 2;
                PYM_DECREF(callable);
                PUSH(self);
                ENTER_INLINED_FRAME(callee, PYM_FRAME_INLINED_INIT);
            }
        }
        if (PYM_TYPE(callable) == &pym_function_type &&
            !(((PymCodeObject *)((PymFunctionObject *)callable)->code)->flags & PYM_CO_GENERATOR)) {
            PymFrame *callee =
                push_inline_frame((PymFunctionObject *)callable, call_args, npos, kw);
            /* The callee's frame holds its own references now. */
            while (sp > args - 2) {
                PymObject *v = POP();
                PYM_XDECREF(v);
            }
            if (!callee)
                goto error;
            ENTER_INLINED_FRAME(callee, PYM_FRAME_INLINED);
        }
        PymObject *res = call_object(callable, call_args, npos, kw);
        while (sp > args - 2) {
            PymObject *v = POP();
            PYM_XDECREF(v);
        }
        if (!res)
            goto error;
        PUSH(res);
        if (TS->pending_interrupt && check_interrupt() < 0)
            goto error;
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        PymObject *kwargs = (oparg & 1) ? POP() : NULL;
        PymObject *callargs = POP();
        PymObject *func = TOP();
        if (prepare_call_ex(func, &callargs, &kwargs) < 0) {
            PYM_DECREF(callargs);
            PYM_XDECREF(kwargs);
            goto error;
        }
        if (PYM_TYPE(func) == &pym_function_type &&
            !(((PymCodeObject *)((PymFunctionObject *)func)->code)->flags & PYM_CO_GENERATOR)) {
            PymFrame *callee = push_inline_frame_ex((PymFunctionObject *)func, callargs, kwargs);
            PYM_DECREF(callargs);
            PYM_XDECREF(kwargs);
            PYM_DECREF(POP());      /* func */
            PYM_XDECREF(POP());     /* NULL */
            if (!callee)
                goto error;
            ENTER_INLINED_FRAME(callee, PYM_FRAME_INLINED);
        }
        PymObject *res = pym_object_call_tuple_dict(func, callargs, kwargs);
        PYM_DECREF(callargs);
        PYM_XDECREF(kwargs);
        PYM_DECREF(POP());
        PYM_XDECREF(POP());
        if (!res)
            goto error;
        PUSH(res);
        if (TS->pending_interrupt && check_interrupt() < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        PymObject *func = make_function(frame, sp, oparg);
        sp -= 1 + ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0);
        if (!func)
            goto error;
        PUSH(func);
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR) {
        /* Not emitted: calling a generator function creates the generator. */
        DISPATCH();
    }
    TARGET(GEN_START) {
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        frame->stacktop = (int)(sp - stack_base);
        frame->executing = 0;
        TS->frame = frame->back;
        leave_recursive_call();
        return retval;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        PymObject *iterable = TOP();
        PymObject *it = get_yield_from_iter(iterable);
        if (!it)
            goto error;
        SET_TOP(it);
        PYM_DECREF(iterable);
        DISPATCH();
    }
    TARGET(SEND) {
        PymObject *v = POP();
        PymObject *receiver = TOP();
        PymObject *res;
        int status = send_value(receiver, v, &res);
        PYM_DECREF(v);
        if (status == PYM_GEN_ERROR)
            goto error;
        if (status == PYM_GEN_RETURN) {
            SET_TOP(res);
            PYM_DECREF(receiver);
            ip = first + oparg;
            DISPATCH();
        }
        PUSH(res);
        DISPATCH();
    }

    /* --- exceptions --- */
    TARGET(RAISE_VARARGS) {
        PymObject *cause = NULL, *exc = NULL;
        if (oparg == 2)
            cause = POP();
        if (oparg >= 1)
            exc = POP();
        if (do_raise(exc, cause))
            goto exception_unwind;
        goto error;
    }
    TARGET(RERAISE) {
        PymObject *val = POP();
        if (oparg) {
            PymObject *lasti = PEEK(oparg);
            if (PYM_INT_CHECK(lasti) && PYM_INT_IS_SMALL(lasti))
                frame->lasti = (int)PYM_INT_SMALL_VALUE(lasti);
        }
        pym_err_restore(val);
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        PymObject *exc = TOP();
        PymObject *prev = TS->handled_exc;
        PymGenObject *gen = (PymGenObject *)frame->gen;
        if (gen && !gen->exc_own) {
            /* The generator handled nothing so far: its own previous state
             * is "none", the inherited exception stays with the caller. */
            PYM_XDECREF(prev);
            prev = PYM_NEWREF(PYM_NONE);
            gen->exc_own = 1;
        } else if (!prev) {
            prev = PYM_NEWREF(PYM_NONE);
        }
        TS->handled_exc = PYM_NEWREF(exc);
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        PymObject *v = POP();
        PymObject *old = TS->handled_exc;
        if (v == PYM_NONE) {
            PYM_DECREF(v);
            PymGenObject *gen = (PymGenObject *)frame->gen;
            if (gen) {
                TS->handled_exc = PYM_XNEWREF(gen->caller_handled);
                gen->exc_own = 0;
            } else {
                TS->handled_exc = NULL;
            }
        } else {
            TS->handled_exc = v;
        }
        PYM_XDECREF(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        PymObject *right = TOP(), *left = SECOND();
        if (check_except_type_valid(right) < 0)
            goto error;
        int r = pym_err_given_exception_matches(left, right);
        SET_TOP(pym_bool_from(r));
        PYM_DECREF(right);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        PymObject *mgr = TOP();
        PymObject *exit = NULL;
        PymObject *res = before_with(mgr, &exit);
        if (!exit)
            goto error;
        SET_TOP(exit);
        PYM_DECREF(mgr);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        PymObject *res = with_except_start(PEEK(4), TOP());
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    /* --- imports and modules --- */
    TARGET(IMPORT_NAME) {
        PymObject *fromlist = POP(), *level = TOP();
        PymObject *res = import_name(frame, names[oparg], fromlist, level);
        PYM_DECREF(level);
        PYM_DECREF(fromlist);
        SET_TOP(res);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        PymObject *res = import_from(TOP(), names[oparg]);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        PymObject *module = POP();
        int err;
        if (!frame->locals) {
            pym_err_set_string(&pym_exc_SystemError, "no locals found during 'import *'");
            err = -1;
        } else {
            err = import_all_from(frame->locals, module);
        }
        PYM_DECREF(module);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (setup_annotations(frame) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        PymObject *v = POP();
        int err = print_expr(v);
        PYM_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTO
    default:
        goto unknown_opcode;
    }
#endif

unknown_opcode:
    pym_err_format(&pym_exc_SystemError, "unknown opcode %d", PYM_CODE_OP(word));
    goto error;

error:
    /* A new exception in this frame: record where. */
    if (!TS->exc)
        pym_err_set_string(&pym_exc_SystemError, "error return without exception set");
    kwnames = NULL;
    pym_traceback_add_frame((PymObject *)frame);

exception_unwind: {
        /* The handler covering the current instruction; frame->lasti may
         * differ (RERAISE restores the original raising instruction, which
         * is what a handler gets pushed and what tracebacks show). */
        const PymExceptionTableEntry *handler =
            find_handler(frame->code, (int)(ip - first) - 1);
        if (handler) {
            PymObject **target = stack_base + handler->depth;
            while (sp > target) {
                PymObject *v = POP();
                PYM_XDECREF(v);
            }
            if (handler->push_lasti) {
                PymObject *exc = pym_err_fetch();
                PymObject *lasti = pym_int_from_i64(frame->lasti);
                if (!lasti) {
                    /* out of memory: the MemoryError replaces exc */
                    PYM_DECREF(exc);
                    exc = pym_err_fetch();
                    lasti = PYM_NEWREF(PYM_NONE);
                }
                PUSH(lasti);
                pym_err_restore(exc);
            }
            PUSH(pym_err_fetch());
            ip = first + handler->handler;
            DISPATCH();
        }
        /* No handler: the frame is done; unwind into the caller. */
        while (sp > stack_base) {
            PymObject *v = POP();
            PYM_XDECREF(v);
        }
        frame->stacktop = 0;
        frame->executing = 0;
        frame->finished = 1;
        if (frame == entry) {
            retval = NULL;
            goto exit_frame;
        }
        PymFrame *callee = frame;
        frame = callee->back;
        TS->frame = frame;
        leave_recursive_call();
        if (callee->inlined == PYM_FRAME_INLINED_INIT)
            leave_recursive_call();
        pym_frame_release(callee);
        LOAD_FRAME_STATE();
        goto error;
    }

exit_frame:
    TS->frame = frame->back;
    leave_recursive_call();
    return retval;
}

/* ======================================================================
 * Entry points
 * ====================================================================== */

static PymObject *builtins_for_globals(PymObject *globals)
{
    PymObject *b = PYM_DICT_CHECK(globals) ? pym_dict_getitem_borrow(globals, PYM_ID(__builtins__))
                                           : NULL;
    if (b) {
        if (PYM_MODULE_CHECK(b))
            return pym_module_borrow_dict(b);
        if (PYM_DICT_CHECK(b))
            return b;
    }
    if (pym_err_occurred())
        pym_err_clear();
    return pym_interp.builtins;
}

PymObject *pym_eval_code(PymObject *code, PymObject *globals, PymObject *locals)
{
    if (!PYM_CODE_CHECK(code) || !globals) {
        pym_err_bad_internal_call();
        return NULL;
    }
    if (!locals)
        locals = globals;
    PymObject *builtins = builtins_for_globals(globals);
    if (!builtins) {
        pym_err_set_string(&pym_exc_SystemError, "no builtins");
        return NULL;
    }
    PymCodeObject *co = (PymCodeObject *)code;
    PymFrame *f = pym_frame_new(co, globals, builtins, locals, NULL);
    if (!f)
        return NULL;
    if (init_cells(f, co, NULL) < 0) {
        PYM_DECREF(f);
        return NULL;
    }
    if (co->flags & PYM_CO_GENERATOR)
        return pym_gen_new(f, NULL, NULL);
    PymObject *r = pym_eval_frame(f, NULL);
    pym_frame_release(f);
    return r;
}

PymObject *pym_eval_get_globals_borrow(void)
{
    return TS->frame ? TS->frame->globals : NULL;
}

PymObject *pym_eval_get_locals(void)
{
    if (!TS->frame) {
        pym_err_set_string(&pym_exc_SystemError, "frame does not exist");
        return NULL;
    }
    return pym_frame_get_locals(TS->frame);
}

/* ======================================================================
 * builtins.__build_class__
 * ====================================================================== */

/* Replace bases that define __mro_entries__ by what it returns.  Returns
 * a new reference to bases itself when nothing changes. */
static PymObject *update_bases(PymObject *bases)
{
    PymObject *new_bases = NULL;
    PymSize n = PYM_TUPLE_SIZE(bases);
    for (PymSize i = 0; i < n; i++) {
        PymObject *base = PYM_TUPLE_BORROW_ITEM(bases, i);
        if (PYM_TYPE_HAS_FLAG(PYM_TYPE(base), PYM_TPFLAG_TYPE_SUBCLASS)) {
            if (new_bases && pym_list_append(new_bases, base) < 0)
                goto error;
            continue;
        }
        PymObject *meth;
        int r = pym_object_lookup_attr(base, PYM_ID(__mro_entries__), &meth);
        if (r < 0)
            goto error;
        if (!r) {
            if (new_bases && pym_list_append(new_bases, base) < 0)
                goto error;
            continue;
        }
        PymObject *entries = pym_object_call1(meth, bases);
        PYM_DECREF(meth);
        if (!entries)
            goto error;
        if (!PYM_TUPLE_CHECK(entries)) {
            pym_err_set_string(&pym_exc_TypeError, "__mro_entries__ must return a tuple");
            PYM_DECREF(entries);
            goto error;
        }
        if (!new_bases) {
            new_bases = pym_list_new(0);
            if (!new_bases) {
                PYM_DECREF(entries);
                goto error;
            }
            for (PymSize j = 0; j < i; j++)
                if (pym_list_append(new_bases, PYM_TUPLE_BORROW_ITEM(bases, j)) < 0) {
                    PYM_DECREF(entries);
                    goto error;
                }
        }
        int err = pym_list_extend(new_bases, entries);
        PYM_DECREF(entries);
        if (err < 0)
            goto error;
    }
    if (!new_bases)
        return PYM_NEWREF(bases);
    PymObject *t = pym_list_as_tuple(new_bases);
    PYM_DECREF(new_bases);
    return t;
error:
    PYM_XDECREF(new_bases);
    return NULL;
}

/* The most derived metaclass among meta and the bases' types. */
static PymType *calculate_metaclass(PymType *meta, PymObject *bases)
{
    PymType *winner = meta;
    for (PymSize i = 0; i < PYM_TUPLE_SIZE(bases); i++) {
        PymType *t = PYM_TYPE(PYM_TUPLE_BORROW_ITEM(bases, i));
        if (pym_type_is_subtype(winner, t))
            continue;
        if (pym_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        pym_err_set_string(&pym_exc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Call callable(*args, **kwdict) (kwdict may be NULL). */
static PymObject *call_with_kwdict(PymObject *callable, PymObject *const *args, PymSize nargs,
                                   PymObject *kwdict)
{
    PymObject *t = pym_tuple_from_array(args, nargs);
    if (!t)
        return NULL;
    PymObject *r = pym_object_call_tuple_dict(callable, t, kwdict);
    PYM_DECREF(t);
    return r;
}

/* Run a class body function with ns as its locals; returns what the body
 * returns (the __class__ cell, or None). */
static PymObject *run_class_body(PymFunctionObject *func, PymObject *ns)
{
    PymCodeObject *co = (PymCodeObject *)func->code;
    PymFrame *f = pym_frame_new(co, func->globals, func->builtins, ns, (PymObject *)func);
    if (!f)
        return NULL;
    if (init_cells(f, co, func->closure) < 0) {
        PYM_DECREF(f);
        return NULL;
    }
    PymObject *r = pym_eval_frame(f, NULL);
    pym_frame_release(f);
    return r;
}

PymObject *pym_build_class(PymObject *self, PymObject *const *args, PymSize nargs,
                           PymObject *kwnames)
{
    if (nargs < 2) {
        pym_err_set_string(&pym_exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    PymObject *func = args[0], *name = args[1];
    if (!PYM_FUNCTION_CHECK(func)) {
        pym_err_set_string(&pym_exc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!PYM_STR_CHECK(name)) {
        pym_err_set_string(&pym_exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    PymObject *orig_bases = pym_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases)
        return NULL;
    PymObject *bases = update_bases(orig_bases);
    if (!bases) {
        PYM_DECREF(orig_bases);
        return NULL;
    }
    PymObject *meta = NULL, *mkw = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    int isclass = 0;
    if (kwnames && PYM_TUPLE_SIZE(kwnames)) {
        mkw = pym_dict_new();
        if (!mkw)
            goto done;
        for (PymSize i = 0; i < PYM_TUPLE_SIZE(kwnames); i++)
            if (pym_dict_setitem(mkw, PYM_TUPLE_BORROW_ITEM(kwnames, i), args[nargs + i]) < 0)
                goto done;
        meta = pym_dict_pop_or_null(mkw, PYM_ID(metaclass));
        if (!meta && pym_err_occurred())
            goto done;
        if (meta)
            isclass = PYM_TYPE_HAS_FLAG(PYM_TYPE(meta), PYM_TPFLAG_TYPE_SUBCLASS);
        if (pym_dict_size(mkw) == 0)
            PYM_CLEAR(mkw);
    }
    if (!meta) {
        meta = PYM_TUPLE_SIZE(bases) == 0 ? (PymObject *)&pym_type_type
                                           : (PymObject *)PYM_TYPE(PYM_TUPLE_BORROW_ITEM(bases, 0));
        PYM_INCREF(meta);
        isclass = 1;
    }
    if (isclass) {
        PymType *winner = calculate_metaclass((PymType *)meta, bases);
        if (!winner)
            goto done;
        if ((PymObject *)winner != meta) {
            PYM_INCREF(winner);
            PYM_SETREF(meta, (PymObject *)winner);
        }
    }
    PymObject *prep;
    if (pym_object_lookup_attr(meta, PYM_ID(__prepare__), &prep) < 0)
        goto done;
    if (!prep) {
        ns = pym_dict_new();
    } else {
        PymObject *pargs[2] = {name, bases};
        ns = call_with_kwdict(prep, pargs, 2, mkw);
        PYM_DECREF(prep);
    }
    if (!ns)
        goto done;
    if (!PYM_TYPE(ns)->as_mapping || !PYM_TYPE(ns)->as_mapping->subscript) {
        pym_err_format(&pym_exc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                       isclass ? ((PymType *)meta)->name : "<metaclass>", PYM_TYPE_NAME(ns));
        goto done;
    }
    cell = run_class_body((PymFunctionObject *)func, ns);
    if (!cell)
        goto done;
    if (bases != orig_bases) {
        if (pym_object_setitem(ns, PYM_ID(__orig_bases__), orig_bases) < 0)
            goto done;
    }
    if (meta == (PymObject *)&pym_type_type && !mkw) {
        cls = pym_type_new_class(&pym_type_type, name, bases, ns, NULL);
    } else {
        PymObject *margs[3] = {name, bases, ns};
        cls = call_with_kwdict(meta, margs, 3, mkw);
    }
    if (cls && PYM_TYPE_HAS_FLAG(PYM_TYPE(cls), PYM_TPFLAG_TYPE_SUBCLASS) && PYM_CELL_CHECK(cell)) {
        PymCellObject *c = (PymCellObject *)cell;
        if (!c->ref) {
            /* type.__new__ fills it from __classcell__; a metaclass that
             * did not pass the namespace on leaves it empty. */
            pym_err_format(&pym_exc_RuntimeError,
                           "__class__ not set defining %.200R as %.200R. "
                           "Was __classcell__ propagated to type.__new__?",
                           name, cls);
            PYM_CLEAR(cls);
        } else if (c->ref != cls) {
            pym_err_format(&pym_exc_TypeError, "__class__ set to %.200R defining %.200R as %.200R",
                           c->ref, name, cls);
            PYM_CLEAR(cls);
        }
    }
done:
    PYM_XDECREF(cell);
    PYM_XDECREF(ns);
    PYM_XDECREF(meta);
    PYM_XDECREF(mkw);
    PYM_DECREF(orig_bases);
    PYM_DECREF(bases);
    return cls;
}
