/* import.c — the import system: built-in C modules, the embedded pure-Python
 * modules of stdlib/lib, and .py files and packages found along sys.path.
 *
 * Invariants: sys.modules holds every module imported so far, and a module
 * is placed there before its body runs (so circular imports see the
 * partly initialised module); a module whose body raised is removed again.
 * Lookup order for a name: sys.modules, built-in C modules, embedded
 * stdlib/lib modules, then the directories of sys.path (or the parent
 * package's __path__ for submodules): NAME.py, then NAME/__init__.py.
 */
#include "src/import.h"
#include "src/compile.h"
#include "src/eval.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static PymObject *sys_modules_borrow(void)
{
    return pym_interp.modules;
}

static PymObject *raise_not_found(PymObject *name)
{
    PymObject *args[1];
    PymObject *msg = pym_str_from_format("No module named %R", name);
    if (!msg)
        return NULL;
    args[0] = msg;
    PymObject *exc = pym_exception_new(&pym_exc_ModuleNotFoundError, args, 1);
    PYM_DECREF(msg);
    if (!exc)
        return NULL;
    PYM_SETREF(((PymImportErrorObject *)exc)->name, PYM_NEWREF(name));
    pym_err_raise_instance(exc);
    PYM_DECREF(exc);
    return NULL;
}

/* Read a whole file into a NUL-terminated buffer from the mem layer. */
static char *read_source_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 8192, len = 0, n;
    char *buf = pym_mem_malloc(cap);
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *bigger = pym_mem_realloc(buf, cap * 2);
            if (!bigger) {
                pym_mem_free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        buf[len] = '\0';
    return buf;
}

/* Run source as the body of module `name` (already in sys.modules). */
static int exec_module_source(PymObject *module, const char *source, PymObject *filename)
{
    PymObject *code = pym_compile_source(source, filename, PYM_MODE_EXEC);
    if (!code)
        return -1;
    PymObject *dict = pym_module_borrow_dict(module);
    PymObject *result = pym_eval_code(code, dict, dict);
    PYM_DECREF(code);
    if (!result)
        return -1;
    PYM_DECREF(result);
    return 0;
}

/* Create module `name`, register it, set its dunders and run its source. */
static PymObject *load_source_module(PymObject *name, const char *source, PymObject *filename,
                                     PymObject *package_path)
{
    PymObject *module = pym_module_new(pym_str_as_utf8(name));
    if (!module)
        return NULL;
    PymObject *dict = pym_module_borrow_dict(module);
    int failed = pym_dict_setitem_str(dict, "__builtins__", pym_interp.builtins_module) < 0;
    if (!failed && filename)
        failed = pym_dict_setitem_str(dict, "__file__", filename) < 0;
    if (!failed) {
        PymObject *package;
        if (package_path) {
            package = PYM_NEWREF(name);
            failed = pym_dict_setitem_str(dict, "__path__", package_path) < 0;
        } else {
            const char *s = pym_str_as_utf8(name);
            const char *dot = strrchr(s, '.');
            package = dot ? pym_str_from_utf8(s, dot - s) : pym_str_from_cstr("");
        }
        failed = failed || !package || pym_dict_setitem_str(dict, "__package__", package) < 0;
        PYM_XDECREF(package);
    }
    if (failed || pym_dict_setitem(sys_modules_borrow(), name, module) < 0) {
        PYM_DECREF(module);
        return NULL;
    }
    if (exec_module_source(module, source, filename ? filename : name) < 0) {
        PymObject *exc = pym_err_fetch();
        if (pym_dict_delitem(sys_modules_borrow(), name) < 0)
            pym_err_clear();
        pym_err_restore(exc);
        PYM_DECREF(module);
        return NULL;
    }
    /* The body may have replaced its own entry in sys.modules. */
    PymObject *registered = pym_dict_getitem_borrow(sys_modules_borrow(), name);
    if (registered && registered != module) {
        PYM_DECREF(module);
        return PYM_NEWREF(registered);
    }
    return module;
}

static int is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Search the directories of `search_path` (a list of str) for the last
 * component of name.  Returns the module, NULL with an exception, or NULL
 * with no exception when not found. */
static PymObject *find_in_path(PymObject *name, const char *last_component, PymObject *search_path)
{
    if (!search_path || !PYM_LIST_CHECK(search_path))
        return NULL;
    for (PymSize i = 0; i < PYM_LIST_SIZE(search_path); i++) {
        PymObject *entry = PYM_LIST_BORROW_ITEM(search_path, i);
        if (!PYM_STR_CHECK(entry))
            continue;
        const char *dir = pym_str_as_utf8(entry);
        char path[4096];
        const char *sep = *dir ? "/" : "";
        snprintf(path, sizeof path, "%s%s%s.py", dir, sep, last_component);
        int is_package = 0;
        if (!is_regular_file(path)) {
            snprintf(path, sizeof path, "%s%s%s/__init__.py", dir, sep, last_component);
            if (!is_regular_file(path))
                continue;
            is_package = 1;
        }
        char *source = read_source_file(path);
        if (!source) {
            PymObject *fname = pym_str_from_cstr(path);
            if (fname)
                pym_err_set_from_errno_filename(&pym_exc_OSError, fname);
            PYM_XDECREF(fname);
            return NULL;
        }
        PymObject *filename = pym_str_from_cstr(path);
        PymObject *package_path = NULL;
        if (filename && is_package) {
            char pkgdir[4096];
            snprintf(pkgdir, sizeof pkgdir, "%s%s%s", dir, sep, last_component);
            PymObject *pkgdir_str = pym_str_from_cstr(pkgdir);
            package_path = pkgdir_str ? pym_list_new(0) : NULL;
            if (package_path && pym_list_append(package_path, pkgdir_str) < 0)
                PYM_CLEAR(package_path);
            PYM_XDECREF(pkgdir_str);
        }
        PymObject *module = NULL;
        if (filename && (!is_package || package_path))
            module = load_source_module(name, source, filename, package_path);
        PYM_XDECREF(filename);
        PYM_XDECREF(package_path);
        pym_mem_free(source);
        return module;
    }
    return NULL;
}

/* Import exactly `name` (its parent package already imported). */
static PymObject *import_one(PymObject *name, PymObject *parent)
{
    PymObject *cached = pym_dict_getitem_borrow(sys_modules_borrow(), name);
    if (cached)
        return PYM_NEWREF(cached);
    if (pym_err_occurred())
        return NULL;
    const char *cname = pym_str_as_utf8(name);
    if (!parent) {
        for (const PymBuiltinModule *b = pym_builtin_modules; b->name; b++) {
            if (strcmp(b->name, cname) == 0) {
                PymObject *module = b->init();
                if (!module)
                    return NULL;
                if (pym_dict_setitem(sys_modules_borrow(), name, module) < 0) {
                    PYM_DECREF(module);
                    return NULL;
                }
                return module;
            }
        }
        for (const PymFrozenModule *f = pym_frozen_modules; f->name; f++) {
            if (strcmp(f->name, cname) == 0) {
                PymObject *filename = pym_str_from_format("<frozen %s>", cname);
                if (!filename)
                    return NULL;
                PymObject *module = load_source_module(name, f->source, filename, NULL);
                PYM_DECREF(filename);
                return module;
            }
        }
    }
    const char *dot = strrchr(cname, '.');
    const char *last = dot ? dot + 1 : cname;
    PymObject *search_path;
    if (parent) {
        PymObject *path_list;
        if (pym_object_lookup_attr(parent, PYM_ID(__path__), &path_list) < 0)
            return NULL;
        if (!path_list)
            return pym_err_format(&pym_exc_ModuleNotFoundError,
                                  "No module named '%s'; '%.*s' is not a package", cname,
                                  (int)(dot - cname), cname);
        search_path = path_list;
    } else {
        search_path = pym_object_getattr_str(pym_interp.sys_module, "path");
        if (!search_path)
            return NULL;
    }
    PymObject *module = find_in_path(name, last, search_path);
    PYM_DECREF(search_path);
    if (!module && !pym_err_occurred())
        return raise_not_found(name);
    if (module && parent) {
        PymObject *attr = pym_str_from_cstr(last);
        int rc = attr ? pym_object_setattr(parent, attr, module) : -1;
        PYM_XDECREF(attr);
        if (rc < 0) {
            PYM_DECREF(module);
            return NULL;
        }
    }
    return module;
}

/* Import every prefix of a dotted name; returns the last module. */
static PymObject *import_dotted(PymObject *fullname)
{
    const char *s = pym_str_as_utf8(fullname);
    PymSize len = (PymSize)strlen(s);
    PymObject *parent = NULL;
    for (PymSize i = 0; i <= len; i++) {
        if (i < len && s[i] != '.')
            continue;
        PymObject *prefix = pym_str_from_utf8(s, i);
        if (!prefix) {
            PYM_XDECREF(parent);
            return NULL;
        }
        PymObject *module = import_one(prefix, parent);
        PYM_DECREF(prefix);
        PYM_XDECREF(parent);
        if (!module)
            return NULL;
        parent = module;
    }
    return parent;
}

/* The absolute name for a relative import of `name` at `level`. */
static PymObject *resolve_name(PymObject *name, PymObject *globals, int level)
{
    if (level == 0)
        return PYM_NEWREF(name);
    PymObject *package = globals ? pym_dict_getitem_str_borrow(globals, "__package__") : NULL;
    PymObject *base;
    if (package && package != PYM_NONE && PYM_STR_CHECK(package) && pym_str_length(package) > 0) {
        base = PYM_NEWREF(package);
    } else {
        PymObject *modname = globals ? pym_dict_getitem_str_borrow(globals, "__name__") : NULL;
        PymObject *path = globals ? pym_dict_getitem_str_borrow(globals, "__path__") : NULL;
        if (!modname || !PYM_STR_CHECK(modname) || (package && package != PYM_NONE && !path)) {
            return pym_err_format(&pym_exc_ImportError,
                                  "attempted relative import with no known parent package");
        }
        if (path) {
            base = PYM_NEWREF(modname);
        } else {
            const char *s = pym_str_as_utf8(modname);
            const char *dot = strrchr(s, '.');
            if (!dot)
                return pym_err_format(&pym_exc_ImportError,
                                      "attempted relative import with no known parent package");
            base = pym_str_from_utf8(s, dot - s);
            if (!base)
                return NULL;
        }
    }
    const char *b = pym_str_as_utf8(base);
    PymSize blen = (PymSize)strlen(b);
    for (int i = 1; i < level; i++) {
        while (blen > 0 && b[blen - 1] != '.')
            blen--;
        if (blen == 0) {
            PYM_DECREF(base);
            return pym_err_format(&pym_exc_ImportError, "attempted relative import beyond top-level package");
        }
        blen--;
    }
    PymObject *result = pym_str_length(name) > 0
                            ? pym_str_from_format("%.*s.%U", (int)blen, b, name)
                            : pym_str_from_utf8(b, blen);
    PYM_DECREF(base);
    return result;
}

PymObject *pym_import_module_level(PymObject *name, PymObject *globals, PymObject *fromlist, int level)
{
    if (!PYM_STR_CHECK(name))
        return pym_err_format(&pym_exc_TypeError, "module name must be str, not %T", name);
    if (level < 0)
        return pym_err_format(&pym_exc_ValueError, "level must be >= 0");
    if (level == 0 && pym_str_length(name) == 0)
        return pym_err_format(&pym_exc_ValueError, "Empty module name");
    PymObject *fullname = resolve_name(name, globals, level);
    if (!fullname)
        return NULL;
    PymObject *module = import_dotted(fullname);
    if (!module) {
        PYM_DECREF(fullname);
        return NULL;
    }
    int has_fromlist = fromlist && fromlist != PYM_NONE && pym_object_is_true(fromlist) == 1;
    if (has_fromlist) {
        /* `from pkg import sub`: import submodules named in the fromlist. */
        PymObject *path;
        if (pym_object_lookup_attr(module, PYM_ID(__path__), &path) < 0)
            goto fail;
        if (path) {
            PYM_DECREF(path);
            PymObject *it = pym_object_get_iter(fromlist);
            if (!it)
                goto fail;
            PymObject *item;
            while ((item = pym_iter_next(it)) != NULL) {
                int skip = !PYM_STR_CHECK(item) || pym_str_equal_cstr(item, "*") ||
                           pym_object_hasattr(module, item);
                if (!skip) {
                    PymObject *subname = pym_str_from_format("%U.%U", fullname, item);
                    PymObject *sub = subname ? import_one(subname, module) : NULL;
                    PYM_XDECREF(subname);
                    if (!sub) {
                        /* a missing name is reported by IMPORT_FROM, not here */
                        if (pym_err_exception_matches(&pym_exc_ModuleNotFoundError))
                            pym_err_clear();
                        else {
                            PYM_DECREF(item);
                            PYM_DECREF(it);
                            goto fail;
                        }
                    }
                    PYM_XDECREF(sub);
                }
                PYM_DECREF(item);
            }
            PYM_DECREF(it);
            if (pym_err_occurred())
                goto fail;
        }
        PYM_DECREF(fullname);
        return module;
    }
    /* `import a.b.c` binds a: return the top-level package. */
    const char *full = pym_str_as_utf8(fullname);
    const char *dot = strchr(full, '.');
    if (level == 0 && dot) {
        PymObject *top_name = pym_str_from_utf8(full, dot - full);
        PymObject *top = top_name ? pym_dict_getitem_borrow(sys_modules_borrow(), top_name) : NULL;
        PYM_XDECREF(top_name);
        PYM_DECREF(module);
        PYM_DECREF(fullname);
        if (!top)
            return pym_err_occurred() ? NULL : pym_err_format(&pym_exc_KeyError, "module missing");
        return PYM_NEWREF(top);
    }
    PYM_DECREF(fullname);
    return module;
fail:
    PYM_DECREF(module);
    PYM_DECREF(fullname);
    return NULL;
}

PymObject *pym_import_module(const char *name)
{
    PymObject *n = pym_str_from_cstr(name);
    if (!n)
        return NULL;
    PymObject *module = import_dotted(n);
    PYM_DECREF(n);
    return module;
}

int pym_import_init(void)
{
    return 0;
}
