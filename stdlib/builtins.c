/* builtins.c — the builtins module: the built-in functions, the built-in
 * types and exceptions by name, and the constants (None, True, Ellipsis …).
 *
 * Invariants: every function behaves and fails as CPython 3.11's
 * (messages copied); output goes through sys.stdout's write method and
 * input through sys.stdin's readline, looked up at each call, so scripts
 * may replace them; the module owns one reference to each value it binds.
 */
#include "runtime/int_internal.h"
#include "runtime/pym.h"
#include "src/compile.h"
#include "src/eval.h"
#include "src/import.h"
#include "stdlib/iomodule.h"

#include <string.h>

/* ---- helpers ---------------------------------------------------------------- */

/* CPython's "NAME expected N arguments, got M" checks. */
static int check_positional(const char *name, PymSize nargs, PymSize min, PymSize max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        pym_err_format(&pym_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                       min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        pym_err_format(&pym_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, min,
                       min == 1 ? "" : "s", nargs);
    else
        pym_err_format(&pym_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, max,
                       max == 1 ? "" : "s", nargs);
    return -1;
}

/* The special method `name` of o's type, bound to o (new ref); NULL with
 * no exception when the type does not define it. */
static PymObject *lookup_special(PymObject *o, PymObject *name)
{
    PymObject *f = pym_type_lookup_borrow(PYM_TYPE(o), name);
    if (!f)
        return NULL;
    PymDescrGetFunc get = PYM_TYPE(f)->descr_get;
    return get ? get(f, o, (PymObject *)PYM_TYPE(o)) : PYM_NEWREF(f);
}

static int check_attr_name(PymObject *name)
{
    if (PYM_STR_CHECK(name))
        return 0;
    pym_err_format(&pym_exc_TypeError, "attribute name must be string, not '%.200s'",
                   PYM_TYPE_NAME(name));
    return -1;
}

/* sys.<name> (new ref) or NULL with RuntimeError "lost sys.<name>". */
static PymObject *sys_stream(PymObject *id, const char *name)
{
    PymObject *stream = NULL;
    if (pym_interp.sys_module) {
        stream = pym_object_getattr(pym_interp.sys_module, id);
        if (!stream) {
            if (!pym_err_exception_matches(&pym_exc_AttributeError))
                return NULL;
            pym_err_clear();
        }
    } else if (id == PYM_ID(stdout)) {
        stream = PYM_XNEWREF(pym_io_stdout_borrow()); /* before sys exists */
    }
    if (!stream)
        pym_err_format(&pym_exc_RuntimeError, "lost sys.%s", name);
    return stream;
}

static int write_text(PymObject *write, PymObject *text)
{
    PymObject *r = pym_object_call1(write, text);
    if (!r)
        return -1;
    PYM_DECREF(r);
    return 0;
}

static int flush_stream(PymObject *stream)
{
    PymObject *r = pym_object_call_method(stream, PYM_ID(flush), NULL, 0);
    if (!r)
        return -1;
    PYM_DECREF(r);
    return 0;
}

/* ---- I/O ---------------------------------------------------------------------- */

static PymObject *builtin_print(PymObject *self, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    PymObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k), *value = args[nargs + k];
        if (pym_str_equal_cstr(key, "sep"))
            sep = value;
        else if (pym_str_equal_cstr(key, "end"))
            end = value;
        else if (pym_str_equal_cstr(key, "file"))
            file = value;
        else if (pym_str_equal_cstr(key, "flush"))
            flush = value;
        else
            return pym_err_format(&pym_exc_TypeError, "%R is an invalid keyword argument for print()",
                                  key);
    }
    if (sep == PYM_NONE)
        sep = NULL;
    if (end == PYM_NONE)
        end = NULL;
    if (sep && !PYM_STR_CHECK(sep))
        return pym_err_format(&pym_exc_TypeError, "sep must be None or a string, not %.200s",
                              PYM_TYPE_NAME(sep));
    if (end && !PYM_STR_CHECK(end))
        return pym_err_format(&pym_exc_TypeError, "end must be None or a string, not %.200s",
                              PYM_TYPE_NAME(end));
    if (!file || file == PYM_NONE) {
        file = sys_stream(PYM_ID(stdout), "stdout");
        if (!file)
            return NULL;
        if (file == PYM_NONE) {
            PYM_DECREF(file);
            PYM_RETURN_NONE;
        }
    } else {
        PYM_INCREF(file);
    }
    PymObject *write = pym_object_getattr(file, PYM_ID(write));
    int ok = write != NULL;
    for (PymSize i = 0; ok && i < nargs; i++) {
        if (i > 0) {
            PymObject *s = sep ? PYM_NEWREF(sep) : pym_str_from_cstr(" ");
            ok = s && write_text(write, s) == 0;
            PYM_XDECREF(s);
            if (!ok)
                break;
        }
        PymObject *text = pym_object_str(args[i]);
        ok = text && write_text(write, text) == 0;
        PYM_XDECREF(text);
    }
    if (ok) {
        PymObject *e = end ? PYM_NEWREF(end) : pym_str_from_cstr("\n");
        ok = e && write_text(write, e) == 0;
        PYM_XDECREF(e);
    }
    if (ok && flush) {
        int t = pym_object_is_true(flush);
        ok = t >= 0 && (t == 0 || flush_stream(file) == 0);
    }
    PYM_XDECREF(write);
    PYM_DECREF(file);
    if (!ok)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *builtin_input(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("input", nargs, 0, 1) < 0)
        return NULL;
    PymObject *out = sys_stream(PYM_ID(stdout), "stdout");
    if (!out)
        return NULL;
    PymObject *in = sys_stream(PYM_ID(stdin), "stdin");
    if (!in) {
        PYM_DECREF(out);
        return NULL;
    }
    PymObject *line = NULL;
    /* as CPython, flush stderr first, ignoring failures */
    PymObject *err = pym_interp.sys_module ? pym_object_getattr(pym_interp.sys_module, PYM_ID(stderr)) : NULL;
    if (!err || (err != PYM_NONE && flush_stream(err) < 0))
        pym_err_clear();
    PYM_XDECREF(err);
    if (nargs == 1 && out != PYM_NONE) {
        PymObject *prompt = pym_object_str(args[0]);
        PymObject *write = prompt ? pym_object_getattr(out, PYM_ID(write)) : NULL;
        int ok = write && write_text(write, prompt) == 0;
        PYM_XDECREF(write);
        PYM_XDECREF(prompt);
        if (!ok)
            goto done;
    }
    if (out != PYM_NONE && flush_stream(out) < 0)
        goto done;
    line = pym_object_call_method(in, PYM_ID(readline), NULL, 0);
    if (!line)
        goto done;
    if (!PYM_STR_CHECK(line)) {
        pym_err_set_string(&pym_exc_TypeError, "object.readline() returned non-string");
        PYM_CLEAR(line);
        goto done;
    }
    PymSize n = pym_str_length(line);
    if (n == 0) {
        pym_err_set_string(&pym_exc_EOFError, "EOF when reading a line");
        PYM_CLEAR(line);
        goto done;
    }
    if (pym_str_read_char(line, n - 1) == '\n') {
        PymObject *stripped = pym_str_substring(line, 0, n - 1);
        PYM_DECREF(line);
        line = stripped;
    }
done:
    PYM_DECREF(out);
    PYM_DECREF(in);
    return line;
}

static PymObject *builtin_open(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    return pym_io_open(args, nargs, kwnames);
}

/* ---- numbers ------------------------------------------------------------------ */

static PymObject *builtin_abs(PymObject *self, PymObject *x) { return pym_number_absolute(x); }

static PymObject *builtin_divmod(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("divmod", nargs, 2, 2) < 0)
        return NULL;
    return pym_number_divmod(args[0], args[1]);
}

static PymObject *builtin_pow(PymObject *self, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod"};
    PymObject *a[3];
    if (pym_int_bind_args("pow", args, nargs, kwnames, names, 3, 0, 3, 2, a) < 0)
        return NULL;
    return pym_number_power(a[0], a[1], a[2] ? a[2] : PYM_NONE);
}

static PymObject *builtin_round(PymObject *self, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    static const char *const names[] = {"number", "ndigits"};
    PymObject *a[2];
    if (pym_int_bind_args("round", args, nargs, kwnames, names, 2, 0, 2, 1, a) < 0)
        return NULL;
    PymObject *method = lookup_special(a[0], PYM_ID(__round__));
    if (!method) {
        if (!pym_err_occurred())
            pym_err_format(&pym_exc_TypeError, "type %.100s doesn't define __round__ method",
                           PYM_TYPE_NAME(a[0]));
        return NULL;
    }
    PymObject *r = !a[1] || a[1] == PYM_NONE ? pym_object_call0(method) : pym_object_call1(method, a[1]);
    PYM_DECREF(method);
    return r;
}

/* sum(): machine-word and double fast paths as CPython's, then generic +. */
static PymObject *builtin_sum(PymObject *self, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    PymObject *a[2];
    if (pym_int_bind_args("sum", args, nargs, kwnames, names, 2, 1, 2, 1, a) < 0)
        return NULL;
    PymObject *start = a[1];
    if (start) {
        if (PYM_STR_CHECK(start))
            return pym_err_format(&pym_exc_TypeError,
                                  "sum() can't sum strings [use ''.join(seq) instead]");
        if (PYM_BYTES_CHECK(start))
            return pym_err_format(&pym_exc_TypeError,
                                  "sum() can't sum bytes [use b''.join(seq) instead]");
        if (PYM_OBJECT_TYPE_CHECK(start, &pym_bytearray_type))
            return pym_err_format(&pym_exc_TypeError,
                                  "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    PymObject *it = pym_object_get_iter(a[0]);
    if (!it)
        return NULL;
    PymObject *result = start ? PYM_NEWREF(start) : pym_int_from_i64(0);
    PymObject *item = NULL;
    if (!result)
        goto fail;

    /* ints that fit a machine word */
    if (PYM_INT_CHECK_EXACT(result) && PYM_INT_IS_SMALL(result)) {
        int64_t acc = PYM_INT_SMALL_VALUE(result);
        while ((item = pym_iter_next(it)) != NULL) {
            int64_t sum;
            if ((PYM_INT_CHECK_EXACT(item) || PYM_BOOL_CHECK(item)) && PYM_INT_IS_SMALL(item) &&
                !__builtin_add_overflow(acc, PYM_INT_SMALL_VALUE(item), &sum)) {
                acc = sum;
                PYM_DECREF(item);
                continue;
            }
            break; /* item is handled by the slower paths below */
        }
        PYM_DECREF(result);
        result = pym_int_from_i64(acc);
        if (!result || (!item && pym_err_occurred()))
            goto fail;
        if (!item)
            goto done;
        PymObject *next = pym_number_add(result, item);
        PYM_DECREF(result);
        PYM_CLEAR(item);
        result = next;
        if (!result)
            goto fail;
    }

    /* floats (ints mixed in as doubles when they fit a word) */
    if (PYM_FLOAT_CHECK_EXACT(result)) {
        double acc = PYM_FLOAT_VALUE(result);
        while ((item = pym_iter_next(it)) != NULL) {
            if (PYM_FLOAT_CHECK_EXACT(item)) {
                acc += PYM_FLOAT_VALUE(item);
                PYM_DECREF(item);
                continue;
            }
            if (PYM_INT_CHECK(item) && PYM_INT_IS_SMALL(item)) {
                acc += (double)PYM_INT_SMALL_VALUE(item);
                PYM_DECREF(item);
                continue;
            }
            break;
        }
        PYM_DECREF(result);
        result = pym_float_from_double(acc);
        if (!result || (!item && pym_err_occurred()))
            goto fail;
        if (!item)
            goto done;
        PymObject *next = pym_number_add(result, item);
        PYM_DECREF(result);
        PYM_CLEAR(item);
        result = next;
        if (!result)
            goto fail;
    }

    while ((item = pym_iter_next(it)) != NULL) {
        PymObject *next = pym_number_add(result, item);
        PYM_DECREF(item);
        PYM_DECREF(result);
        result = next;
        if (!result)
            goto fail;
    }
    if (pym_err_occurred())
        goto fail;
done:
    PYM_DECREF(it);
    return result;
fail:
    PYM_XDECREF(item);
    PYM_XDECREF(result);
    PYM_DECREF(it);
    return NULL;
}

/* min() and max(): op is PYM_LT for min, PYM_GT for max. */
static PymObject *min_max(const char *name, PymObject *const *args, PymSize nargs,
                          PymObject *kwnames, int op)
{
    PymObject *key = NULL, *default_value = NULL;
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *kw = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        if (pym_str_equal_cstr(kw, "key"))
            key = args[nargs + k];
        else if (pym_str_equal_cstr(kw, "default"))
            default_value = args[nargs + k];
        else
            return pym_err_format(&pym_exc_TypeError, "%R is an invalid keyword argument for %s()",
                                  kw, name);
    }
    if (nargs == 0)
        return pym_err_format(&pym_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && default_value)
        return pym_err_format(&pym_exc_TypeError,
                              "Cannot specify a default for %s() with multiple positional arguments",
                              name);
    if (key == PYM_NONE)
        key = NULL;
    PymObject *it = nargs == 1 ? pym_object_get_iter(args[0]) : NULL;
    if (nargs == 1 && !it)
        return NULL;
    PymObject *best = NULL, *best_key = NULL;
    for (PymSize i = 0;; i++) {
        PymObject *item;
        if (it) {
            item = pym_iter_next(it);
            if (!item) {
                if (pym_err_occurred())
                    goto fail;
                break;
            }
        } else {
            if (i >= nargs)
                break;
            item = PYM_NEWREF(args[i]);
        }
        PymObject *item_key = key ? pym_object_call1(key, item) : PYM_NEWREF(item);
        if (!item_key) {
            PYM_DECREF(item);
            goto fail;
        }
        if (!best) {
            best = item;
            best_key = item_key;
            continue;
        }
        int better = pym_object_richcompare_bool(item_key, best_key, op);
        if (better < 0) {
            PYM_DECREF(item);
            PYM_DECREF(item_key);
            goto fail;
        }
        if (better) {
            PYM_SETREF(best, item);
            PYM_SETREF(best_key, item_key);
        } else {
            PYM_DECREF(item);
            PYM_DECREF(item_key);
        }
    }
    PYM_XDECREF(it);
    PYM_XDECREF(best_key);
    if (!best) {
        if (default_value)
            return PYM_NEWREF(default_value);
        return pym_err_format(&pym_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    PYM_XDECREF(it);
    PYM_XDECREF(best);
    PYM_XDECREF(best_key);
    return NULL;
}

static PymObject *builtin_min(PymObject *self, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    return min_max("min", args, nargs, kwnames, PYM_LT);
}

static PymObject *builtin_max(PymObject *self, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    return min_max("max", args, nargs, kwnames, PYM_GT);
}

static PymObject *format_in_base(PymObject *x, int base)
{
    PymObject *i = pym_number_index(x);
    if (!i)
        return NULL;
    PymObject *r = pym_int_format_base(i, base, 1);
    PYM_DECREF(i);
    return r;
}

static PymObject *builtin_bin(PymObject *self, PymObject *x) { return format_in_base(x, 2); }
static PymObject *builtin_oct(PymObject *self, PymObject *x) { return format_in_base(x, 8); }
static PymObject *builtin_hex(PymObject *self, PymObject *x) { return format_in_base(x, 16); }

/* ---- iteration ---------------------------------------------------------------- */

static PymObject *builtin_all_any(PymObject *iterable, int want)
{
    PymObject *it = pym_object_get_iter(iterable);
    if (!it)
        return NULL;
    PymObject *item;
    while ((item = pym_iter_next(it)) != NULL) {
        int t = pym_object_is_true(item);
        PYM_DECREF(item);
        if (t < 0) {
            PYM_DECREF(it);
            return NULL;
        }
        if (t == want) {
            PYM_DECREF(it);
            return pym_bool_from(want);
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred())
        return NULL;
    return pym_bool_from(!want);
}

static PymObject *builtin_all(PymObject *self, PymObject *x) { return builtin_all_any(x, 0); }
static PymObject *builtin_any(PymObject *self, PymObject *x) { return builtin_all_any(x, 1); }

static PymObject *builtin_len(PymObject *self, PymObject *x)
{
    PymSize n = pym_object_length(x);
    return n < 0 ? NULL : pym_int_from_ssize(n);
}

static PymObject *builtin_iter(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return pym_object_get_iter(args[0]);
    if (!pym_callable_check(args[0])) {
        pym_err_set_string(&pym_exc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return pym_callable_iter_new(args[0], args[1]);
}

static PymObject *builtin_next(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("next", nargs, 1, 2) < 0)
        return NULL;
    PymObject *it = args[0];
    PymIterNextFunc next = PYM_TYPE(it)->iternext;
    if (!next)
        return pym_err_format(&pym_exc_TypeError, "'%.200s' object is not an iterator",
                              PYM_TYPE_NAME(it));
    PymObject *r = next(it);
    if (r)
        return r;
    if (pym_err_occurred()) {
        if (nargs < 2 || !pym_err_exception_matches(&pym_exc_StopIteration))
            return NULL;
        pym_err_clear();
    }
    if (nargs == 2)
        return PYM_NEWREF(args[1]);
    pym_err_set_none(&pym_exc_StopIteration);
    return NULL;
}

static PymObject *builtin_sorted(PymObject *self, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    if (nargs != 1)
        return pym_err_format(&pym_exc_TypeError, "sorted expected 1 argument, got %zd", nargs);
    PymObject *list = pym_sequence_list(args[0]);
    if (!list)
        return NULL;
    PymObject *sort = pym_object_getattr_str(list, "sort");
    /* the keyword values follow args[0]: pass them on to list.sort */
    PymObject *r = sort ? pym_object_call(sort, args + 1, 0, kwnames) : NULL;
    PYM_XDECREF(sort);
    if (!r) {
        PYM_DECREF(list);
        return NULL;
    }
    PYM_DECREF(r);
    return list;
}

/* ---- objects and attributes ---------------------------------------------------- */

static PymObject *builtin_callable(PymObject *self, PymObject *x) { return pym_bool_from(pym_callable_check(x)); }

static PymObject *builtin_id(PymObject *self, PymObject *x) { return pym_int_from_u64((uintptr_t)x); }

static PymObject *builtin_hash(PymObject *self, PymObject *x)
{
    PymHash h = pym_object_hash(x);
    return h == -1 ? NULL : pym_int_from_i64(h);
}

static PymObject *builtin_repr(PymObject *self, PymObject *x) { return pym_object_repr(x); }
static PymObject *builtin_ascii(PymObject *self, PymObject *x) { return pym_object_ascii(x); }

static PymObject *builtin_format(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2) {
        if (!PYM_STR_CHECK(args[1]))
            return pym_err_format(&pym_exc_TypeError, "format() argument 2 must be str, not %.200s",
                                  PYM_TYPE_NAME(args[1]));
        return pym_object_format(args[0], args[1]);
    }
    PymObject *empty = pym_str_from_cstr("");
    if (!empty)
        return NULL;
    PymObject *r = pym_object_format(args[0], empty);
    PYM_DECREF(empty);
    return r;
}

static PymObject *builtin_chr(PymObject *self, PymObject *x)
{
    PymObject *i = pym_number_index(x);
    if (!i)
        return NULL;
    int overflow;
    int64_t v = pym_int_as_i64_overflow(i, &overflow);
    PYM_DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        pym_err_set_string(&pym_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10ffff) {
        pym_err_set_string(&pym_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return pym_str_from_char((uint32_t)v);
}

static PymObject *builtin_ord(PymObject *self, PymObject *c)
{
    PymSize n;
    if (PYM_STR_CHECK(c)) {
        n = pym_str_length(c);
        if (n == 1)
            return pym_int_from_i64(pym_str_read_char(c, 0));
    } else if (PYM_BYTES_CHECK(c)) {
        n = pym_bytes_size(c);
        if (n == 1)
            return pym_int_from_i64((unsigned char)pym_bytes_data(c)[0]);
    } else if (PYM_OBJECT_TYPE_CHECK(c, &pym_bytearray_type)) {
        n = pym_object_length(c);
        if (n < 0)
            return NULL;
        if (n == 1)
            return pym_sequence_getitem(c, 0);
    } else {
        return pym_err_format(&pym_exc_TypeError, "ord() expected string of length 1, but %.200s found",
                              PYM_TYPE_NAME(c));
    }
    return pym_err_format(&pym_exc_TypeError,
                          "ord() expected a character, but string of length %zd found", n);
}

static PymObject *builtin_isinstance(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = pym_object_isinstance(args[0], args[1]);
    return r < 0 ? NULL : pym_bool_from(r);
}

static PymObject *builtin_issubclass(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = pym_object_issubclass(args[0], args[1]);
    return r < 0 ? NULL : pym_bool_from(r);
}

static PymObject *builtin_getattr(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("getattr", nargs, 2, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return pym_object_getattr(args[0], args[1]);
    PymObject *r;
    int found = pym_object_lookup_attr(args[0], args[1], &r);
    if (found < 0)
        return NULL;
    return found ? r : PYM_NEWREF(args[2]);
}

static PymObject *builtin_hasattr(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    PymObject *r;
    int found = pym_object_lookup_attr(args[0], args[1], &r);
    if (found < 0)
        return NULL;
    PYM_XDECREF(r);
    return pym_bool_from(found);
}

static PymObject *builtin_setattr(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (pym_object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *builtin_delattr(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (pym_object_delattr(args[0], args[1]) < 0)
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *builtin_globals(PymObject *self, PymObject *unused)
{
    PymObject *g = pym_eval_get_globals_borrow();
    if (!g) {
        if (!pym_err_occurred())
            pym_err_set_string(&pym_exc_SystemError, "globals(): no current frame");
        return NULL;
    }
    return PYM_NEWREF(g);
}

static PymObject *builtin_locals(PymObject *self, PymObject *unused) { return pym_eval_get_locals(); }

static PymObject *builtin_vars(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return pym_eval_get_locals();
    PymObject *d;
    int found = pym_object_lookup_attr(args[0], PYM_ID(__dict__), &d);
    if (found < 0)
        return NULL;
    if (!found) {
        pym_err_set_string(&pym_exc_TypeError, "vars() argument must have __dict__ attribute");
        return NULL;
    }
    return d;
}

/* Keys of the mapping `d` (a dict or an object with keys()) into `names`. */
static int merge_names(PymObject *names, PymObject *d)
{
    if (!d || d == PYM_NONE)
        return 0;
    if (PYM_DICT_CHECK(d)) {
        PymSize pos = 0;
        PymObject *k, *v;
        while (pym_dict_next(d, &pos, &k, &v))
            if (pym_set_add(names, k) < 0)
                return -1;
        return 0;
    }
    PymObject *keys = pym_object_call_method(d, PYM_ID(keys), NULL, 0);
    if (!keys)
        return -1;
    int rc = pym_set_update(names, keys);
    PYM_DECREF(keys);
    return rc;
}

/* dir(obj) for types without __dir__: instance dict plus the attributes of
 * its class and the class's bases (for a type: its own mro). */
static PymObject *default_dir(PymObject *obj)
{
    PymObject *names = pym_set_new(NULL);
    if (!names)
        return NULL;
    PymObject **dictp = pym_object_dict_ptr(obj);
    PymObject *mro = PYM_TYPE_HAS_FLAG(PYM_TYPE(obj), PYM_TPFLAG_TYPE_SUBCLASS)
                         ? ((PymType *)obj)->mro
                         : PYM_TYPE(obj)->mro;
    if (dictp && *dictp)
        pym_dict_expose(*dictp); /* CPython's dir() asks for __dict__ */
    int rc = merge_names(names, dictp ? *dictp : NULL);
    if (PYM_MODULE_CHECK(obj))
        mro = NULL;
    for (PymSize i = 0; rc == 0 && mro && i < PYM_TUPLE_SIZE(mro); i++)
        rc = merge_names(names, ((PymType *)PYM_TUPLE_BORROW_ITEM(mro, i))->dict);
    PymObject *list = rc == 0 ? pym_sequence_list(names) : NULL;
    PYM_DECREF(names);
    return list;
}

static PymObject *builtin_dir(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("dir", nargs, 0, 1) < 0)
        return NULL;
    PymObject *names;
    if (nargs == 0) {
        PymObject *locals = pym_eval_get_locals();
        if (!locals)
            return NULL;
        names = PYM_DICT_CHECK(locals) ? pym_dict_keys(locals) : pym_sequence_list(locals);
        PYM_DECREF(locals);
    } else {
        PymObject *method = lookup_special(args[0], PYM_ID(__dir__));
        if (method) {
            PymObject *result = pym_object_call0(method);
            PYM_DECREF(method);
            names = result ? pym_sequence_list(result) : NULL;
            PYM_XDECREF(result);
        } else {
            names = pym_err_occurred() ? NULL : default_dir(args[0]);
        }
    }
    if (names && pym_list_sort(names) < 0)
        PYM_CLEAR(names);
    return names;
}

/* ---- code execution -------------------------------------------------------------- */

static int is_mapping(PymObject *o)
{
    return PYM_DICT_CHECK(o) || (PYM_TYPE(o)->as_mapping && PYM_TYPE(o)->as_mapping->subscript);
}

/* exec/eval: source → code object run in globals/locals (NULL = caller's). */
static PymObject *run_code(const char *fname, PymObject *source, PymObject *globals,
                           PymObject *locals, PymParseMode mode)
{
    int is_eval = mode == PYM_MODE_EVAL;
    if (globals == PYM_NONE)
        globals = NULL;
    if (locals == PYM_NONE)
        locals = NULL;
    if (globals && !PYM_DICT_CHECK(globals)) {
        if (is_eval)
            return pym_err_format(&pym_exc_TypeError,
                                  is_mapping(globals)
                                      ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                      : "globals must be a dict");
        return pym_err_format(&pym_exc_TypeError, "exec() globals must be a dict, not %.100s",
                              PYM_TYPE_NAME(globals));
    }
    if (locals && !is_mapping(locals)) {
        if (is_eval)
            return pym_err_format(&pym_exc_TypeError, "locals must be a mapping");
        return pym_err_format(&pym_exc_TypeError, "locals must be a mapping or None, not %.100s",
                              PYM_TYPE_NAME(locals));
    }
    PymObject *owned_locals = NULL;
    if (!globals) {
        globals = pym_eval_get_globals_borrow();
        if (!globals) {
            if (!pym_err_occurred())
                pym_err_set_string(&pym_exc_SystemError, "globals and locals cannot be NULL");
            return NULL;
        }
        if (!locals) {
            owned_locals = pym_eval_get_locals();
            if (!owned_locals)
                return NULL;
            locals = owned_locals;
        }
    } else if (!locals) {
        locals = globals;
    }
    PymObject *result = NULL, *code = NULL;
    int has_builtins = pym_dict_contains(globals, PYM_ID(__builtins__));
    if (has_builtins < 0 ||
        (!has_builtins && pym_dict_setitem(globals, PYM_ID(__builtins__), pym_interp.builtins_module) < 0))
        goto done;
    if (PYM_CODE_CHECK(source)) {
        code = PYM_NEWREF(source);
    } else {
        const char *text;
        PymSize n;
        if (PYM_STR_CHECK(source)) {
            text = pym_str_as_utf8_and_size(source, &n);
            if (!text)
                goto done;
        } else if (PYM_BYTES_CHECK(source)) {
            text = pym_bytes_data(source);
            n = pym_bytes_size(source);
        } else {
            pym_err_format(&pym_exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                           fname);
            goto done;
        }
        if ((PymSize)strlen(text) != n) {
            pym_err_set_string(&pym_exc_SyntaxError, "source code string cannot contain null bytes");
            goto done;
        }
        if (is_eval)
            while (*text == ' ' || *text == '\t')
                text++;
        PymObject *filename = pym_str_from_cstr("<string>");
        if (!filename)
            goto done;
        code = pym_compile_source(text, filename, mode);
        PYM_DECREF(filename);
        if (!code)
            goto done;
    }
    result = pym_eval_code(code, globals, locals);
    if (result && !is_eval)
        PYM_SETREF(result, PYM_NEWREF(PYM_NONE));
done:
    PYM_XDECREF(code);
    PYM_XDECREF(owned_locals);
    return result;
}

static PymObject *builtin_eval(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (check_positional("eval", nargs, 1, 3) < 0)
        return NULL;
    return run_code("eval", args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                    PYM_MODE_EVAL);
}

static PymObject *builtin_exec(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    static const char *const names[] = {"source", "globals", "locals", "closure"};
    PymObject *a[4];
    if (pym_int_bind_args("exec", args, nargs, kwnames, names, 4, 3, 3, 1, a) < 0)
        return NULL;
    if (a[3] && a[3] != PYM_NONE) {
        pym_err_set_string(&pym_exc_TypeError, "closure can only be used when source is a code object");
        return NULL;
    }
    return run_code("exec", a[0], a[1], a[2], PYM_MODE_EXEC);
}

static PymObject *builtin_compile(PymObject *self, PymObject *const *args, PymSize nargs,
                                  PymObject *kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags",
                                        "dont_inherit", "optimize", "_feature_version"};
    PymObject *a[7];
    if (pym_int_bind_args("compile", args, nargs, kwnames, names, 7, 0, 6, 3, a) < 0)
        return NULL;
    PymObject *source = a[0], *filename = a[1], *mode_obj = a[2];
    PymParseMode mode;
    if (!PYM_STR_CHECK(mode_obj))
        return pym_err_format(&pym_exc_TypeError, "compile() argument 'mode' must be str, not %.200s",
                              PYM_TYPE_NAME(mode_obj));
    if (pym_str_equal_cstr(mode_obj, "exec"))
        mode = PYM_MODE_EXEC;
    else if (pym_str_equal_cstr(mode_obj, "eval"))
        mode = PYM_MODE_EVAL;
    else if (pym_str_equal_cstr(mode_obj, "single"))
        mode = PYM_MODE_SINGLE;
    else
        return pym_err_format(&pym_exc_ValueError,
                              "compile() mode must be 'exec', 'eval' or 'single'");
    PymObject *fname;
    if (PYM_STR_CHECK(filename))
        fname = PYM_NEWREF(filename);
    else if (PYM_BYTES_CHECK(filename))
        fname = pym_str_from_utf8(pym_bytes_data(filename), pym_bytes_size(filename));
    else
        return pym_err_format(&pym_exc_TypeError,
                              "expected str, bytes or os.PathLike object, not %.200s",
                              PYM_TYPE_NAME(filename));
    if (!fname)
        return NULL;
    const char *text = NULL;
    PymSize n = 0;
    if (PYM_STR_CHECK(source)) {
        text = pym_str_as_utf8_and_size(source, &n);
    } else if (PYM_BYTES_CHECK(source)) {
        text = pym_bytes_data(source);
        n = pym_bytes_size(source);
    } else {
        pym_err_set_string(&pym_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    PymObject *code = NULL;
    if (text && (PymSize)strlen(text) != n)
        pym_err_set_string(&pym_exc_SyntaxError, "source code string cannot contain null bytes");
    else if (text)
        code = pym_compile_source(text, fname, mode);
    PYM_DECREF(fname);
    return code;
}

static PymObject *builtin_import(PymObject *self, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    PymObject *a[5];
    if (pym_int_bind_args("__import__", args, nargs, kwnames, names, 5, 0, 5, 1, a) < 0)
        return NULL;
    int level = 0;
    if (a[4]) {
        PymSize l = pym_number_as_ssize(a[4], &pym_exc_OverflowError);
        if (l == -1 && pym_err_occurred())
            return NULL;
        if (l < 0) {
            pym_err_set_string(&pym_exc_ValueError, "level must be >= 0");
            return NULL;
        }
        level = (int)l;
    }
    if (!PYM_STR_CHECK(a[0]))
        return pym_err_format(&pym_exc_TypeError, "__import__() argument 1 must be str, not %.200s",
                              PYM_TYPE_NAME(a[0]));
    PymObject *globals = a[1] && a[1] != PYM_NONE ? a[1] : NULL;
    PymObject *fromlist = a[3] ? a[3] : PYM_NONE;
    return pym_import_module_level(a[0], globals, fromlist, level);
}

/* ---- exit() and quit(): site's Quitter objects ------------------------------------ */

typedef struct QuitterObject {
    PYM_OBJECT_HEAD;
    const char *name;
} QuitterObject;

static PymObject *quitter_repr(PymObject *self)
{
    return pym_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)self)->name);
}

static PymObject *quitter_call(PymObject *self, PymObject *const *args, PymSize nargs,
                               PymObject *kwnames)
{
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    if (nkw == 1 && nargs == 0 && pym_str_equal_cstr(PYM_TUPLE_BORROW_ITEM(kwnames, 0), "code")) {
        nargs = 1;
        nkw = 0;
    }
    if (nkw > 0)
        return pym_err_format(&pym_exc_TypeError,
                              "Quitter.__call__() got an unexpected keyword argument %R",
                              PYM_TUPLE_BORROW_ITEM(kwnames, 0));
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError,
                              "Quitter.__call__() takes from 1 to 2 positional arguments but %zd "
                              "were given",
                              nargs + 1);
    /* raise SystemExit(code), code None by default */
    PymObject *code = nargs ? args[0] : PYM_NONE;
    PymObject *exc = pym_exception_new(&pym_exc_SystemExit, &code, 1);
    if (!exc)
        return NULL;
    pym_err_set_object(&pym_exc_SystemExit, exc);
    PYM_DECREF(exc);
    return NULL;
}

/* Listed in typelist.h so it is readied and released with the others. */
PymType pym_quitter_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .repr = quitter_repr,
    .str = quitter_repr,
    .call = quitter_call,
    .getattro = pym_object_generic_getattr,
    .free = pym_object_free_raw,
    .base = &pym_object_type,
};

static QuitterObject exit_object = {.ob = PYM_STATIC_HEAD(&pym_quitter_type), .name = "exit"};
static QuitterObject quit_object = {.ob = PYM_STATIC_HEAD(&pym_quitter_type), .name = "quit"};

/* ---- the module ------------------------------------------------------------------ */

#define FAST (PYM_METH_FASTCALL)
#define FAST_KW (PYM_METH_FASTCALL | PYM_METH_KEYWORDS)

static PymMethodDef builtin_functions[] = {
    PYM_METHOD("__build_class__", pym_build_class, FAST_KW),
    PYM_METHOD("__import__", builtin_import, FAST_KW),
    PYM_METHOD("abs", builtin_abs, PYM_METH_O),
    PYM_METHOD("all", builtin_all, PYM_METH_O),
    PYM_METHOD("any", builtin_any, PYM_METH_O),
    PYM_METHOD("ascii", builtin_ascii, PYM_METH_O),
    PYM_METHOD("bin", builtin_bin, PYM_METH_O),
    PYM_METHOD("callable", builtin_callable, PYM_METH_O),
    PYM_METHOD("chr", builtin_chr, PYM_METH_O),
    PYM_METHOD("compile", builtin_compile, FAST_KW),
    PYM_METHOD("delattr", builtin_delattr, FAST),
    PYM_METHOD("dir", builtin_dir, FAST),
    PYM_METHOD("divmod", builtin_divmod, FAST),
    PYM_METHOD("eval", builtin_eval, FAST),
    PYM_METHOD("exec", builtin_exec, FAST_KW),
    PYM_METHOD("format", builtin_format, FAST),
    PYM_METHOD("getattr", builtin_getattr, FAST),
    PYM_METHOD("globals", builtin_globals, PYM_METH_NOARGS),
    PYM_METHOD("hasattr", builtin_hasattr, FAST),
    PYM_METHOD("hash", builtin_hash, PYM_METH_O),
    PYM_METHOD("hex", builtin_hex, PYM_METH_O),
    PYM_METHOD("id", builtin_id, PYM_METH_O),
    PYM_METHOD("input", builtin_input, FAST),
    PYM_METHOD("isinstance", builtin_isinstance, FAST),
    PYM_METHOD("issubclass", builtin_issubclass, FAST),
    PYM_METHOD("iter", builtin_iter, FAST),
    PYM_METHOD("len", builtin_len, PYM_METH_O),
    PYM_METHOD("locals", builtin_locals, PYM_METH_NOARGS),
    PYM_METHOD("max", builtin_max, FAST_KW),
    PYM_METHOD("min", builtin_min, FAST_KW),
    PYM_METHOD("next", builtin_next, FAST),
    PYM_METHOD("oct", builtin_oct, PYM_METH_O),
    PYM_METHOD("open", builtin_open, FAST_KW),
    PYM_METHOD("ord", builtin_ord, PYM_METH_O),
    PYM_METHOD("pow", builtin_pow, FAST_KW),
    PYM_METHOD("print", builtin_print, FAST_KW),
    PYM_METHOD("repr", builtin_repr, PYM_METH_O),
    PYM_METHOD("round", builtin_round, FAST_KW),
    PYM_METHOD("setattr", builtin_setattr, FAST),
    PYM_METHOD("sorted", builtin_sorted, FAST_KW),
    PYM_METHOD("sum", builtin_sum, FAST_KW),
    PYM_METHOD("vars", builtin_vars, FAST),
    PYM_METHOD_END,
};

static const struct {
    const char *name;
    PymObject *value;
} builtin_values[] = {
    {"None", PYM_NONE},
    {"Ellipsis", PYM_ELLIPSIS},
    {"NotImplemented", PYM_NOTIMPLEMENTED},
    {"True", PYM_TRUE},
    {"False", PYM_FALSE},
    {"__debug__", PYM_TRUE},
    {"__spec__", PYM_NONE},
    {"__loader__", PYM_NONE},
    {"object", (PymObject *)&pym_object_type},
    {"type", (PymObject *)&pym_type_type},
    {"int", (PymObject *)&pym_int_type},
    {"bool", (PymObject *)&pym_bool_type},
    {"float", (PymObject *)&pym_float_type},
    {"complex", (PymObject *)&pym_complex_type},
    {"str", (PymObject *)&pym_str_type},
    {"bytes", (PymObject *)&pym_bytes_type},
    {"bytearray", (PymObject *)&pym_bytearray_type},
    {"list", (PymObject *)&pym_list_type},
    {"tuple", (PymObject *)&pym_tuple_type},
    {"dict", (PymObject *)&pym_dict_type},
    {"set", (PymObject *)&pym_set_type},
    {"frozenset", (PymObject *)&pym_frozenset_type},
    {"range", (PymObject *)&pym_range_type},
    {"slice", (PymObject *)&pym_slice_type},
    {"enumerate", (PymObject *)&pym_enumerate_type},
    {"zip", (PymObject *)&pym_zip_type},
    {"map", (PymObject *)&pym_map_type},
    {"filter", (PymObject *)&pym_filter_type},
    {"reversed", (PymObject *)&pym_reversed_type},
    {"property", (PymObject *)&pym_property_type},
    {"staticmethod", (PymObject *)&pym_staticmethod_type},
    {"classmethod", (PymObject *)&pym_classmethod_type},
    {"super", (PymObject *)&pym_super_type},
    {"exit", (PymObject *)&exit_object},
    {"quit", (PymObject *)&quit_object},
#define PYM_BUILTIN_EXC(name, base) {#name, (PymObject *)&pym_exc_##name},
    PYM_EXCEPTION_LIST(PYM_BUILTIN_EXC)
#undef PYM_BUILTIN_EXC
    /* aliases kept by Python 3 */
    {"EnvironmentError", (PymObject *)&pym_exc_OSError},
    {"IOError", (PymObject *)&pym_exc_OSError},
};

static const char builtins_doc[] =
    "Built-in functions, types, exceptions, and other objects.\n"
    "\n"
    "This module provides direct access to all 'built-in'\n"
    "identifiers of Python; for example, builtins.len is\n"
    "the full name for the built-in function len().\n"
    "\n"
    "This module is not normally accessed explicitly by most\n"
    "applications, but can be useful in modules that provide\n"
    "objects with the same name as a built-in value, but in\n"
    "which the built-in of that name is also needed.";

PymObject *pym_init_builtins(void)
{
    if (!PYM_TYPE_HAS_FLAG(&pym_quitter_type, PYM_TPFLAG_READY) && pym_type_ready(&pym_quitter_type) < 0)
        return NULL;
    PymObject *module = pym_module_new("builtins");
    if (!module)
        return NULL;
    if (pym_module_add_functions(module, builtin_functions) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof builtin_values / sizeof builtin_values[0]; i++)
        if (pym_module_add_object(module, builtin_values[i].name, builtin_values[i].value) < 0)
            goto fail;
    if (pym_module_add_string(module, "__doc__", builtins_doc) < 0 ||
        pym_module_add_string(module, "__package__", "") < 0)
        goto fail;
    return module;
fail:
    PYM_DECREF(module);
    return NULL;
}
