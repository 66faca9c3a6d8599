/* posixmodule.c — the posix module: the operating-system calls that os.py
 * and posixpath.py build on (working directory, directory listing, file
 * removal and renaming, stat, process ids, environment, urandom).
 *
 * Invariants: every path argument is a str, bytes or os.PathLike object and
 * is passed to the system as its UTF-8 bytes; a failed call raises the
 * OSError subclass for errno with the path(s) as filename / filename2, as
 * CPython does; results that are paths come back as str. stat results are
 * plain tuples (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
 * ctime_ns) that os.py wraps in os.stat_result. */
#include "runtime/pym.h"
#include "stdlib/posixmodule.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

extern char **environ;

/* A new reference to a str or bytes object naming the path, or NULL with
 * CPython's TypeError. */
static PymObject *path_object(const char *func, const char *argname, PymObject *arg, int allow_fd)
{
    if (PYM_STR_CHECK(arg) || PYM_BYTES_CHECK(arg))
        return PYM_NEWREF(arg);
    if (!PYM_INT_CHECK(arg)) {
        PymObject *fspath = pym_object_call_method_str(arg, "__fspath__", NULL, 0);
        if (fspath) {
            if (PYM_STR_CHECK(fspath) || PYM_BYTES_CHECK(fspath))
                return fspath;
            pym_err_format(&pym_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T",
                           arg, fspath);
            PYM_DECREF(fspath);
            return NULL;
        }
        if (!pym_err_exception_matches(&pym_exc_AttributeError))
            return NULL;
        pym_err_clear();
    }
    return pym_err_format(&pym_exc_TypeError, "%s: %s should be string, bytes%s os.PathLike%s, not %T", func,
                          argname, allow_fd ? "," : " or", allow_fd ? " or integer" : "", arg);
}

/* The C string of a path object from path_object; NULL (ValueError) when it
 * holds a NUL byte. */
static const char *path_cstr(PymObject *path)
{
    PymSize n;
    const char *s;
    if (PYM_STR_CHECK(path)) {
        s = pym_str_as_utf8_and_size(path, &n);
        if (!s)
            return NULL;
    } else {
        s = pym_bytes_data(path);
        n = pym_bytes_size(path);
    }
    if ((PymSize)strlen(s) != n) {
        pym_err_format(&pym_exc_ValueError, "embedded null byte");
        return NULL;
    }
    return s;
}

static int check_nargs(const char *func, PymSize nargs, PymSize min, PymSize max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        pym_err_format(&pym_exc_TypeError, "%s() takes exactly %zd argument%s (%zd given)", func, min,
                       min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        pym_err_format(&pym_exc_TypeError, "%s() missing required argument (pos %zd)", func, nargs + 1);
    else
        pym_err_format(&pym_exc_TypeError, "%s() takes at most %zd arguments (%zd given)", func, max, nargs);
    return -1;
}

/* Raise the errno OSError naming one or two paths. */
static PymObject *raise_errno_paths(PymObject *path, PymObject *path2)
{
    if (!path2)
        return pym_err_set_from_errno_filename(&pym_exc_OSError, path);
    int saved_errno = errno;
    PymObject *code = pym_int_from_i64(saved_errno);
    PymObject *msg = pym_str_from_cstr(strerror(saved_errno));
    if (code && msg) {
        PymObject *args[5] = {code, msg, path, PYM_NONE, path2};
        PymObject *exc = pym_object_call((PymObject *)&pym_exc_OSError, args, 5, NULL);
        if (exc) {
            pym_err_raise_instance(exc);
            PYM_DECREF(exc);
        }
    }
    PYM_XDECREF(code);
    PYM_XDECREF(msg);
    return NULL;
}

/* Run a one-path system call: fn(path) returning 0 or -1 with errno. */
static PymObject *one_path_call(const char *func, PymObject *const *args, PymSize nargs, int (*fn)(const char *))
{
    if (check_nargs(func, nargs, 1, 1) < 0)
        return NULL;
    PymObject *path = path_object(func, "path", args[0], 0);
    if (!path)
        return NULL;
    const char *cpath = path_cstr(path);
    if (!cpath || fn(cpath) < 0) {
        if (cpath)
            raise_errno_paths(args[0], NULL);
        PYM_DECREF(path);
        return NULL;
    }
    PYM_DECREF(path);
    PYM_RETURN_NONE;
}

static int do_chdir(const char *p) { return chdir(p); }
static int do_rmdir(const char *p) { return rmdir(p); }
static int do_unlink(const char *p) { return unlink(p); }

static PymObject *posix_chdir(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return one_path_call("chdir", args, nargs, do_chdir);
}

static PymObject *posix_rmdir(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return one_path_call("rmdir", args, nargs, do_rmdir);
}

static PymObject *posix_unlink(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return one_path_call("unlink", args, nargs, do_unlink);
}

static PymObject *posix_remove(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return one_path_call("remove", args, nargs, do_unlink);
}

static PymObject *posix_getcwd(PymObject *m, PymObject *unused)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return pym_err_set_from_errno(&pym_exc_OSError);
    return pym_str_from_utf8_lossy(buf, (PymSize)strlen(buf));
}

static PymObject *posix_mkdir(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_nargs("mkdir", nargs, 1, 2) < 0)
        return NULL;
    long mode = 0777;
    if (nargs == 2) {
        mode = pym_int_as_long(args[1]);
        if (mode == -1 && pym_err_occurred())
            return NULL;
    }
    PymObject *path = path_object("mkdir", "path", args[0], 0);
    if (!path)
        return NULL;
    const char *cpath = path_cstr(path);
    int failed = !cpath || mkdir(cpath, (mode_t)mode) < 0;
    if (failed && cpath)
        raise_errno_paths(args[0], NULL);
    PYM_DECREF(path);
    if (failed)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *two_path_rename(const char *func, PymObject *const *args, PymSize nargs)
{
    if (check_nargs(func, nargs, 2, 2) < 0)
        return NULL;
    PymObject *src = path_object(func, "src", args[0], 0);
    if (!src)
        return NULL;
    PymObject *dst = path_object(func, "dst", args[1], 0);
    if (!dst) {
        PYM_DECREF(src);
        return NULL;
    }
    const char *csrc = path_cstr(src);
    const char *cdst = csrc ? path_cstr(dst) : NULL;
    int failed = !cdst || rename(csrc, cdst) < 0;
    if (failed && cdst)
        raise_errno_paths(args[0], args[1]);
    PYM_DECREF(src);
    PYM_DECREF(dst);
    if (failed)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *posix_rename(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return two_path_rename("rename", args, nargs);
}

static PymObject *posix_replace(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return two_path_rename("replace", args, nargs);
}

static PymObject *posix_listdir(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_nargs("listdir", nargs, 0, 1) < 0)
        return NULL;
    PymObject *path = NULL;
    const char *cpath = ".";
    if (nargs == 1 && args[0] != PYM_NONE) {
        path = path_object("listdir", "path", args[0], 1);
        if (!path)
            return NULL;
        cpath = path_cstr(path);
        if (!cpath) {
            PYM_DECREF(path);
            return NULL;
        }
    }
    int as_bytes = path && PYM_BYTES_CHECK(path);
    DIR *dir = opendir(cpath);
    if (!dir) {
        PymObject *name = path ? PYM_NEWREF(args[0]) : pym_str_from_cstr(".");
        if (name)
            raise_errno_paths(name, NULL);
        PYM_XDECREF(name);
        PYM_XDECREF(path);
        return NULL;
    }
    PYM_XDECREF(path);
    PymObject *result = pym_list_new(0);
    struct dirent *entry;
    errno = 0;
    while (result && (entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
            continue;
        PymSize len = (PymSize)strlen(name);
        PymObject *item = as_bytes ? pym_bytes_from_data(name, len) : pym_str_from_utf8_lossy(name, len);
        if (!item || pym_list_append(result, item) < 0)
            PYM_CLEAR(result);
        PYM_XDECREF(item);
    }
    closedir(dir);
    return result;
}

static PymObject *stat_tuple(const struct stat *st)
{
    int64_t values[10] = {
        st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev, (int64_t)st->st_nlink, st->st_uid, st->st_gid,
        st->st_size,
        (int64_t)st->st_atim.tv_sec * 1000000000 + st->st_atim.tv_nsec,
        (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec,
        (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec,
    };
    PymObject *t = pym_tuple_new(10);
    if (!t)
        return NULL;
    for (int i = 0; i < 10; i++) {
        PymObject *v = pym_int_from_i64(values[i]);
        if (!v) {
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET_ITEM_STEAL(t, i, v);
    }
    return t;
}

static PymObject *stat_common(const char *func, PymObject *const *args, PymSize nargs, int follow)
{
    if (check_nargs(func, nargs, 1, 1) < 0)
        return NULL;
    struct stat st;
    if (PYM_INT_CHECK(args[0]) && follow) {
        long fd = pym_int_as_long(args[0]);
        if (fd == -1 && pym_err_occurred())
            return NULL;
        if (fstat((int)fd, &st) < 0)
            return pym_err_set_from_errno(&pym_exc_OSError);
        return stat_tuple(&st);
    }
    PymObject *path = path_object(func, "path", args[0], follow);
    if (!path)
        return NULL;
    const char *cpath = path_cstr(path);
    int failed = !cpath || (follow ? stat(cpath, &st) : lstat(cpath, &st)) < 0;
    if (failed && cpath)
        raise_errno_paths(args[0], NULL);
    PYM_DECREF(path);
    return failed ? NULL : stat_tuple(&st);
}

static PymObject *posix_stat(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return stat_common("stat", args, nargs, 1);
}

static PymObject *posix_lstat(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return stat_common("lstat", args, nargs, 0);
}

static PymObject *posix_readlink(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_nargs("readlink", nargs, 1, 1) < 0)
        return NULL;
    PymObject *path = path_object("readlink", "path", args[0], 0);
    if (!path)
        return NULL;
    const char *cpath = path_cstr(path);
    char buf[PATH_MAX];
    ssize_t n = cpath ? readlink(cpath, buf, sizeof buf) : -1;
    if (n < 0 && cpath)
        raise_errno_paths(args[0], NULL);
    int as_bytes = PYM_BYTES_CHECK(path);
    PYM_DECREF(path);
    if (n < 0)
        return NULL;
    return as_bytes ? pym_bytes_from_data(buf, n) : pym_str_from_utf8_lossy(buf, n);
}

static PymObject *posix_access(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_nargs("access", nargs, 2, 2) < 0)
        return NULL;
    long mode = pym_int_as_long(args[1]);
    if (mode == -1 && pym_err_occurred())
        return NULL;
    PymObject *path = path_object("access", "path", args[0], 0);
    if (!path)
        return NULL;
    const char *cpath = path_cstr(path);
    int ok = cpath && access(cpath, (int)mode) == 0;
    PYM_DECREF(path);
    if (!cpath)
        return NULL;
    return pym_bool_from(ok);
}

static PymObject *posix_getpid(PymObject *m, PymObject *unused) { return pym_int_from_i64(getpid()); }
static PymObject *posix_getppid(PymObject *m, PymObject *unused) { return pym_int_from_i64(getppid()); }
static PymObject *posix_getuid(PymObject *m, PymObject *unused) { return pym_int_from_i64(getuid()); }
static PymObject *posix_getgid(PymObject *m, PymObject *unused) { return pym_int_from_i64(getgid()); }

static PymObject *posix_cpu_count(PymObject *m, PymObject *unused)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        PYM_RETURN_NONE;
    return pym_int_from_i64(n);
}

static PymObject *posix_strerror(PymObject *m, PymObject *code)
{
    long c = pym_int_as_long(code);
    if (c == -1 && pym_err_occurred())
        return NULL;
    return pym_str_from_cstr(strerror((int)c));
}

static PymObject *posix_isatty(PymObject *m, PymObject *fd)
{
    long c = pym_int_as_long(fd);
    if (c == -1 && pym_err_occurred())
        return NULL;
    return pym_bool_from(isatty((int)c));
}

static PymObject *posix_urandom(PymObject *m, PymObject *size)
{
    PymSize n = pym_number_as_ssize(size, &pym_exc_OverflowError);
    if (n == -1 && pym_err_occurred())
        return NULL;
    if (n < 0)
        return pym_err_format(&pym_exc_ValueError, "negative argument not allowed");
    unsigned char *buf = pym_mem_malloc((size_t)n + 1);
    if (!buf)
        return pym_err_no_memory();
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    PymSize got = 0;
    while (fd >= 0 && got < n) {
        ssize_t r = read(fd, buf + got, (size_t)(n - got));
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            break;
        }
        got += r;
    }
    if (fd >= 0)
        close(fd);
    PymObject *result = got == n ? pym_bytes_from_data(buf, n) : pym_err_set_from_errno(&pym_exc_OSError);
    pym_mem_free(buf);
    return result;
}

/* putenv / unsetenv take str names and values. */
static const char *env_cstr(const char *func, PymObject *o)
{
    if (!PYM_STR_CHECK(o)) {
        pym_err_format(&pym_exc_TypeError, "%s: expected str, not %T", func, o);
        return NULL;
    }
    PymSize n;
    const char *s = pym_str_as_utf8_and_size(o, &n);
    if (s && (PymSize)strlen(s) != n) {
        pym_err_format(&pym_exc_ValueError, "embedded null byte");
        return NULL;
    }
    return s;
}

static PymObject *posix_putenv(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (check_nargs("putenv", nargs, 2, 2) < 0)
        return NULL;
    const char *name = env_cstr("putenv", args[0]);
    const char *value = name ? env_cstr("putenv", args[1]) : NULL;
    if (!value)
        return NULL;
    if (*name == '\0' || strchr(name, '='))
        return pym_err_format(&pym_exc_ValueError, "illegal environment variable name");
    if (setenv(name, value, 1) < 0)
        return pym_err_set_from_errno(&pym_exc_OSError);
    PYM_RETURN_NONE;
}

static PymObject *posix_unsetenv(PymObject *m, PymObject *name_obj)
{
    const char *name = env_cstr("unsetenv", name_obj);
    if (!name)
        return NULL;
    if (*name == '\0' || strchr(name, '='))
        return pym_err_format(&pym_exc_ValueError, "illegal environment variable name");
    if (unsetenv(name) < 0)
        return pym_err_set_from_errno(&pym_exc_OSError);
    PYM_RETURN_NONE;
}

/* The process environment as a new dict of str -> str. */
static PymObject *environ_dict(void)
{
    PymObject *d = pym_dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        PymObject *key = pym_str_from_utf8_lossy(*e, eq - *e);
        PymObject *value = key ? pym_str_from_utf8_lossy(eq + 1, (PymSize)strlen(eq + 1)) : NULL;
        if (!value || pym_dict_setitem(d, key, value) < 0)
            PYM_CLEAR(d);
        PYM_XDECREF(key);
        PYM_XDECREF(value);
    }
    return d;
}

static PymObject *posix_exit(PymObject *m, PymObject *code)
{
    long c = pym_int_as_long(code);
    if (c == -1 && pym_err_occurred())
        return NULL;
    _exit((int)c);
}

static PymMethodDef posix_functions[] = {
    PYM_METHOD("getcwd", posix_getcwd, PYM_METH_NOARGS),
    PYM_METHOD("chdir", posix_chdir, PYM_METH_FASTCALL),
    PYM_METHOD("listdir", posix_listdir, PYM_METH_FASTCALL),
    PYM_METHOD("mkdir", posix_mkdir, PYM_METH_FASTCALL),
    PYM_METHOD("rmdir", posix_rmdir, PYM_METH_FASTCALL),
    PYM_METHOD("unlink", posix_unlink, PYM_METH_FASTCALL),
    PYM_METHOD("remove", posix_remove, PYM_METH_FASTCALL),
    PYM_METHOD("rename", posix_rename, PYM_METH_FASTCALL),
    PYM_METHOD("replace", posix_replace, PYM_METH_FASTCALL),
    PYM_METHOD("stat", posix_stat, PYM_METH_FASTCALL),
    PYM_METHOD("lstat", posix_lstat, PYM_METH_FASTCALL),
    PYM_METHOD("readlink", posix_readlink, PYM_METH_FASTCALL),
    PYM_METHOD("access", posix_access, PYM_METH_FASTCALL),
    PYM_METHOD("getpid", posix_getpid, PYM_METH_NOARGS),
    PYM_METHOD("getppid", posix_getppid, PYM_METH_NOARGS),
    PYM_METHOD("getuid", posix_getuid, PYM_METH_NOARGS),
    PYM_METHOD("getgid", posix_getgid, PYM_METH_NOARGS),
    PYM_METHOD("cpu_count", posix_cpu_count, PYM_METH_NOARGS),
    PYM_METHOD("strerror", posix_strerror, PYM_METH_O),
    PYM_METHOD("isatty", posix_isatty, PYM_METH_O),
    PYM_METHOD("urandom", posix_urandom, PYM_METH_O),
    PYM_METHOD("putenv", posix_putenv, PYM_METH_FASTCALL),
    PYM_METHOD("unsetenv", posix_unsetenv, PYM_METH_O),
    PYM_METHOD("_exit", posix_exit, PYM_METH_O),
    PYM_METHOD_END,
};

PymObject *pym_init_posix(void)
{
    PymObject *m = pym_module_new("posix");
    if (!m)
        return NULL;
    PymObject *env = environ_dict();
    int rc = env ? pym_module_add_object(m, "environ", env) : -1;
    PYM_XDECREF(env);
    if (rc < 0 || pym_module_add_functions(m, posix_functions) < 0 ||
        pym_module_add_int(m, "F_OK", F_OK) < 0 || pym_module_add_int(m, "R_OK", R_OK) < 0 ||
        pym_module_add_int(m, "W_OK", W_OK) < 0 || pym_module_add_int(m, "X_OK", X_OK) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
