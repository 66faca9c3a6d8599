/* lifecycle.c — bringing the interpreter up, running __main__, and taking
 * everything down again.
 *
 * Invariants: start-up creates the runtime in dependency order (allocator
 * and collector, small ints and identifiers, types, exceptions, then the
 * builtins and sys modules); shutdown follows CPython 3.11's order — atexit
 * callbacks, a collection with gc.callbacks if the collector is enabled,
 * sys.modules emptied in import order so that unreferenced
 * modules die with their dicts freed in insertion order, a collection, the
 * dicts of surviving modules cleared (CPython's two-pass rule), builtins
 * and sys last, a final collection (the teardown collections call no
 * gc.callbacks) — so every __del__ of an object alive
 * at exit runs, and then every object and arena is released.
 */
#include "src/lifecycle.h"
#include "src/compile.h"
#include "src/eval.h"
#include "src/import.h"
#include "stdlib/atexitmodule.h"
#include "stdlib/iomodule.h"
#include "runtime/tracemalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

PymObject *pym_init_builtins(void);
PymObject *pym_init_sys(void);

static PymObject *main_module;

static int register_module(const char *name, PymObject *module)
{
    return pym_dict_setitem_str(pym_interp.modules, name, module);
}

int pym_initialize(void)
{
    pym_gc_init();
    if (pym_int_init() < 0 || pym_ids_init() < 0 || pym_types_init() < 0 || pym_exceptions_init() < 0)
        return -1;
    pym_tstate.recursion_limit = 1000;
    pym_interp.modules = pym_dict_new();
    if (!pym_interp.modules)
        return -1;
    PymObject *builtins = pym_init_builtins();
    if (!builtins)
        return -1;
    pym_interp.builtins_module = builtins;
    pym_interp.builtins = pym_module_borrow_dict(builtins);
    if (register_module("builtins", builtins) < 0)
        return -1;
    PymObject *sys = pym_init_sys();
    if (!sys)
        return -1;
    pym_interp.sys_module = sys;
    if (register_module("sys", sys) < 0 || pym_import_init() < 0)
        return -1;
    /* Start the program with an empty young generation, as CPython does:
     * a collection triggered mid-way by start-up garbage would untrack the
     * program's first constant tuples earlier than CPython does. */
    pym_gc_collect(0);
    return 0;
}

PymObject *pym_main_dict_borrow(void)
{
    if (!main_module) {
        main_module = pym_module_new("__main__");
        if (!main_module)
            return NULL;
        PymObject *dict = pym_module_borrow_dict(main_module);
        PymObject *annotations = pym_dict_new();
        int failed = !annotations || pym_dict_setitem_str(dict, "__annotations__", annotations) < 0 ||
                     pym_dict_setitem_str(dict, "__builtins__", pym_interp.builtins_module) < 0 ||
                     register_module("__main__", main_module) < 0;
        PYM_XDECREF(annotations);
        if (failed)
            return NULL;
        pym_interp.main_module = main_module;
    }
    return pym_module_borrow_dict(main_module);
}

int pym_run_source_as_main(const char *source, const char *filename)
{
    PymObject *globals = pym_main_dict_borrow();
    if (!globals)
        return -1;
    PymObject *fname = pym_str_from_cstr(filename);
    if (!fname)
        return -1;
    PymObject *code = pym_compile_source(source, fname, PYM_MODE_EXEC);
    PYM_DECREF(fname);
    if (!code)
        return -1;
    PymObject *result = pym_eval_code(code, globals, globals);
    PYM_DECREF(code);
    if (!result)
        return -1;
    PYM_DECREF(result);
    return 0;
}

/* CPython flushes sys.stdout after running a script file (not a -c
 * string), so a buffered stdout shows what the script printed before the
 * traceback or exit message. The pending exception is kept. */
static void flush_sys_stdout(void)
{
    if (!pym_interp.sys_module)
        return;
    PymObject *pending = pym_err_fetch();
    PymObject *out = NULL;
    if (pym_object_lookup_attr(pym_interp.sys_module, PYM_ID(stdout), &out) > 0 && out != PYM_NONE) {
        PymObject *r = pym_object_call_method(out, PYM_ID(flush), NULL, 0);
        PYM_XDECREF(r);
    }
    PYM_XDECREF(out);
    pym_err_clear();
    pym_err_restore(pending);
}

int pym_run_file_as_main(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        PymObject *fname = pym_str_from_cstr(path);
        if (fname)
            pym_err_set_from_errno_filename(&pym_exc_OSError, fname);
        PYM_XDECREF(fname);
        return -1;
    }
    size_t cap = 8192, len = 0, n;
    char *source = pym_mem_malloc(cap);
    while (source && (n = fread(source + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *bigger = pym_mem_realloc(source, cap * 2);
            if (!bigger) {
                pym_mem_free(source);
                source = NULL;
                break;
            }
            source = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (!source) {
        pym_err_no_memory();
        return -1;
    }
    source[len] = '\0';
    PymObject *globals = pym_main_dict_borrow();
    PymObject *fname = pym_str_from_cstr(path);
    int rc = -1;
    if (globals && fname && pym_dict_setitem_str(globals, "__file__", fname) == 0 &&
        pym_dict_setitem_str(globals, "__cached__", PYM_NONE) == 0)
        rc = pym_run_source_as_main(source, path);
    PYM_XDECREF(fname);
    flush_sys_stdout();
    pym_mem_free(source);
    return rc;
}

/* Exit status for SystemExit(code), printing a non-integer code as CPython. */
static int system_exit_status(PymObject *exc)
{
    PymObject *code = ((PymSystemExitObject *)exc)->code;
    if (!code || code == PYM_NONE)
        return 0;
    if (PYM_INT_CHECK(code)) {
        int overflow = 0;
        int64_t v = pym_int_as_i64_overflow(code, &overflow);
        return overflow ? -1 : (int)v;
    }
    PymObject *text = pym_object_str(code);
    if (text) {
        PymObject *err = pym_object_getattr_str(pym_interp.sys_module, "stderr");
        if (err && err != PYM_NONE) {
            PymObject *args[1] = {text};
            PymObject *r = pym_object_call_method_str(err, "write", args, 1);
            PymObject *nl = pym_str_from_cstr("\n");
            args[0] = nl;
            PymObject *r2 = nl ? pym_object_call_method_str(err, "write", args, 1) : NULL;
            PYM_XDECREF(r);
            PYM_XDECREF(r2);
            PYM_XDECREF(nl);
        }
        PYM_XDECREF(err);
        PYM_DECREF(text);
    }
    pym_err_clear();
    return 1;
}

int pym_handle_uncaught(void)
{
    if (pym_err_exception_matches(&pym_exc_SystemExit)) {
        PymObject *exc = pym_err_fetch();
        int status = system_exit_status(exc);
        PYM_DECREF(exc);
        return status;
    }
    int interrupted = pym_err_exception_matches(&pym_exc_KeyboardInterrupt);
    pym_err_print();
    return interrupted ? 130 : 1;
}

/* Take every module out of sys.modules, in import order. Modules nobody
 * else references are freed on the spot; the survivors are returned. */
static PymObject *remove_modules(void)
{
    PymObject *survivors = pym_list_new(0);
    PymObject *modules = pym_interp.modules;
    if (!survivors || !modules)
        return survivors;
    PymObject *entries = pym_dict_values(modules);
    if (!entries) {
        pym_err_clear();
        return survivors;
    }
    pym_dict_clear(modules);
    for (PymSize i = 0; i < PYM_LIST_SIZE(entries); i++) {
        PymObject *m = PYM_LIST_BORROW_ITEM(entries, i);
        if (PYM_MODULE_CHECK(m) && m != pym_interp.sys_module && m != pym_interp.builtins_module &&
            PYM_REFCNT(m) > 1 && pym_list_append(survivors, m) < 0)
            pym_err_clear();
        /* drop our reference now so that an unshared module dies in order */
        PYM_LIST_ITEMS(entries)[i] = PYM_NONE;
        PYM_INCREF(PYM_NONE);
        PYM_DECREF(m);
    }
    PYM_DECREF(entries);
    return survivors;
}

int pym_finalize(int status)
{
    pym_atexit_run();
    pym_io_flush_std_streams();
    /* As CPython: one collection while every module is still intact (with
     * gc.callbacks, and only if the collector is enabled); it also leaves
     * the survivors in the order in which the collections below find them
     * dead, which is the order their __del__ methods run in. */
    if (pym_gc_is_enabled())
        pym_gc_collect(2);
    pym_interp.finalizing = 1;

    if (main_module) {
        pym_interp.main_module = NULL;
        PYM_CLEAR(main_module);
    }
    PymObject *survivors = remove_modules();
    pym_gc_collect_no_callbacks(2);
    if (survivors) {
        for (PymSize i = PYM_LIST_SIZE(survivors); i > 0; i--) {
            PymObject *m = PYM_LIST_BORROW_ITEM(survivors, i - 1);
            pym_module_clear_dict(pym_module_borrow_dict(m));
        }
        PYM_DECREF(survivors);
    }
    pym_gc_collect_no_callbacks(2);
    pym_io_flush_std_streams();
    if (pym_interp.sys_module)
        pym_module_clear_dict(pym_module_borrow_dict(pym_interp.sys_module));
    if (pym_interp.builtins_module)
        pym_module_clear_dict(pym_module_borrow_dict(pym_interp.builtins_module));
    pym_gc_collect_no_callbacks(2);
    PYM_CLEAR(pym_interp.sys_module);
    pym_interp.builtins = NULL;
    PYM_CLEAR(pym_interp.builtins_module);
    PYM_CLEAR(pym_interp.modules);
    pym_err_clear();
    pym_gc_fini();
    pym_tracemalloc_fini();
    pym_io_fini();
    pym_types_fini();
    pym_ids_fini();
    pym_str_fini();
    pym_int_fini();
    pym_float_fini();
    pym_frame_fini();
    pym_obmalloc_fini();
    return status;
}
