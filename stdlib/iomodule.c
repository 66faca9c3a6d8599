/* iomodule.c — file objects: open(), sys.stdin/stdout/stderr, the io module.
 *
 * One file type serves text and binary files on top of C stdio.  Text files
 * are UTF-8 with universal newlines on reading; binary files read and write
 * bytes.  Invariants: fp is NULL exactly when the file is closed; the three
 * standard streams never close their C FILE (closing sys.stdout only marks
 * the Python object closed); output to a terminal is line-buffered, to a
 * pipe or file block-buffered and flushed at exit.
 */
#include "runtime/pym.h"
#include "stdlib/iomodule.h"

#include <errno.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct PymFileObject {
    PYM_OBJECT_HEAD;
    FILE *fp;
    PymObject *name;  /* str path, or int fd */
    PymObject *mode;  /* str */
    char binary, readable, writable, appending;
    char owns_fp;     /* fclose on close (not for the standard streams) */
    char line_buffered;
    char write_through; /* flushed after every write (-u) */
    char untranslated_read; /* newline="" or a given newline: \r\n kept */
    const char *write_newline; /* what "\n" becomes on writing: NULL keeps it */
} PymFileObject;

extern PymType pym_file_type;

static PymObject *file_new_from_fp(FILE *fp, PymObject *name, const char *mode, int owns_fp)
{
    PymFileObject *f = (PymFileObject *)pym_object_new(&pym_file_type);
    if (!f)
        return NULL;
    f->fp = fp;
    f->name = PYM_NEWREF(name);
    f->mode = pym_str_from_cstr(mode);
    if (!f->mode) {
        PYM_DECREF(f);
        return NULL;
    }
    f->binary = strchr(mode, 'b') != NULL;
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, 'x') || strchr(mode, '+');
    f->appending = strchr(mode, 'a') != NULL;
    f->owns_fp = (char)owns_fp;
    f->line_buffered = isatty(fileno(fp));
    f->untranslated_read = 0;
    f->write_through = 0;
    f->write_newline = NULL;
    return (PymObject *)f;
}

static void file_dealloc(PymObject *self)
{
    PymFileObject *f = (PymFileObject *)self;
    if (f->fp) {
        if (f->owns_fp)
            fclose(f->fp);
        else
            fflush(f->fp);
        f->fp = NULL;
    }
    PYM_XDECREF(f->name);
    PYM_XDECREF(f->mode);
    pym_object_free(self);
}

static int check_open(PymFileObject *f)
{
    if (!f->fp) {
        pym_err_set_string(&pym_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int check_readable(PymFileObject *f)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->readable) {
        pym_err_set_string(pym_io_unsupported_operation(), "not readable");
        return -1;
    }
    return 0;
}

static int check_writable(PymFileObject *f)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->writable) {
        pym_err_set_string(pym_io_unsupported_operation(), "not writable");
        return -1;
    }
    return 0;
}

static PymObject *file_write(PymObject *self, PymObject *data)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_writable(f) < 0)
        return NULL;
    const char *bytes;
    PymSize nbytes, count;
    PymObject *encoded = NULL; /* keeps non-ASCII text's UTF-8 alive */
    if (f->binary) {
        if (!PYM_BYTES_CHECK(data) && !PYM_OBJECT_TYPE_CHECK(data, &pym_bytearray_type))
            return pym_err_format(&pym_exc_TypeError, "a bytes-like object is required, not '%.200s'",
                                  PYM_TYPE_NAME(data));
        bytes = pym_bytes_data(data);
        nbytes = pym_bytes_size(data);
        count = nbytes;
    } else {
        if (!PYM_STR_CHECK(data))
            return pym_err_format(&pym_exc_TypeError, "write() argument must be str, not %.200s",
                                  PYM_TYPE_NAME(data));
        count = pym_str_length(data);
        if (pym_str_is_ascii(data)) {
            bytes = pym_str_as_utf8_and_size(data, &nbytes);
        } else {
            /* encode without caching UTF-8 in the string, so that printing
             * a string does not change its sys.getsizeof (as CPython) */
            encoded = pym_str_encode_utf8(data);
            if (!encoded)
                return NULL;
            bytes = pym_bytes_data(encoded);
            nbytes = pym_bytes_size(encoded);
        }
    }
    int failed = 0;
    if (!f->binary && f->write_newline) {
        const char *p = bytes, *end = bytes + nbytes;
        while (!failed && p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t run = nl ? (size_t)(nl - p) : (size_t)(end - p);
            failed = run && fwrite(p, 1, run, f->fp) != run;
            if (!failed && nl)
                failed = fputs(f->write_newline, f->fp) == EOF;
            p += run + (nl ? 1 : 0);
        }
    } else {
        failed = nbytes && fwrite(bytes, 1, (size_t)nbytes, f->fp) != (size_t)nbytes;
    }
    if (!failed && (f->write_through || (f->line_buffered && memchr(bytes, '\n', (size_t)nbytes))))
        fflush(f->fp);
    PYM_XDECREF(encoded);
    if (failed)
        return pym_err_set_from_errno(&pym_exc_OSError);
    return pym_int_from_ssize(count);
}

static PymObject *file_flush(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    fflush(f->fp);
    PYM_RETURN_NONE;
}

static PymObject *file_close(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (f->fp) {
        int rc = f->owns_fp ? fclose(f->fp) : fflush(f->fp);
        f->fp = NULL;
        if (rc != 0)
            return pym_err_set_from_errno(&pym_exc_OSError);
    }
    PYM_RETURN_NONE;
}

/* Bytes read so far, in a growable buffer from the mem layer. */
typedef struct ReadBuffer {
    char *data;
    size_t len, cap;
} ReadBuffer;

static int buffer_put(ReadBuffer *b, int c)
{
    if (b->len + 1 >= b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *p = pym_mem_realloc(b->data, cap);
        if (!p) {
            pym_err_no_memory();
            return -1;
        }
        b->data = p;
        b->cap = cap;
    }
    b->data[b->len++] = (char)c;
    return 0;
}

/* Universal newlines for text reading: \r\n and \r become \n. */
static int read_text_char(FILE *fp)
{
    int c = getc(fp);
    if (c == '\r') {
        int next = getc(fp);
        if (next != '\n' && next != EOF)
            ungetc(next, fp);
        return '\n';
    }
    return c;
}

static PymObject *finish_read(PymFileObject *f, ReadBuffer *b)
{
    PymObject *result = f->binary ? pym_bytes_from_data(b->data ? b->data : "", (PymSize)b->len)
                                  : pym_str_from_utf8(b->data ? b->data : "", (PymSize)b->len);
    pym_mem_free(b->data);
    return result;
}

/* Read up to `limit` characters (text) or bytes (binary); limit < 0: all. */
static PymObject *read_chars(PymFileObject *f, PymSize limit, int stop_at_newline)
{
    ReadBuffer b = {NULL, 0, 0};
    PymSize chars = 0;
    while (limit < 0 || chars < limit) {
        int c = f->binary || f->untranslated_read ? getc(f->fp) : read_text_char(f->fp);
        if (c == EOF)
            break;
        if (buffer_put(&b, c) < 0) {
            pym_mem_free(b.data);
            return NULL;
        }
        /* count code points, not UTF-8 continuation bytes */
        if (f->binary || (c & 0xC0) != 0x80)
            chars++;
        if (stop_at_newline && c == '\n')
            break;
    }
    /* finish a partially read UTF-8 sequence */
    if (!f->binary) {
        int c;
        while ((c = getc(f->fp)) != EOF && (c & 0xC0) == 0x80) {
            if (buffer_put(&b, c) < 0) {
                pym_mem_free(b.data);
                return NULL;
            }
        }
        if (c != EOF)
            ungetc(c, f->fp);
    }
    clearerr(f->fp);
    return finish_read(f, &b);
}

static int size_argument(PymObject *const *args, PymSize nargs, PymSize *size)
{
    *size = -1;
    if (nargs > 1) {
        pym_err_format(&pym_exc_TypeError, "read expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (nargs == 1 && args[0] != PYM_NONE) {
        *size = pym_number_as_ssize(args[0], &pym_exc_OverflowError);
        if (*size == -1 && pym_err_occurred())
            return -1;
    }
    return 0;
}

static PymObject *file_read(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymFileObject *f = (PymFileObject *)self;
    PymSize size;
    if (check_readable(f) < 0 || size_argument(args, nargs, &size) < 0)
        return NULL;
    if (f == (PymFileObject *)pym_io_stdout_borrow())
        fflush(stdout);
    return read_chars(f, size, 0);
}

static PymObject *file_readline(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymFileObject *f = (PymFileObject *)self;
    PymSize size;
    if (check_readable(f) < 0 || size_argument(args, nargs, &size) < 0)
        return NULL;
    return read_chars(f, size, 1);
}

static PymObject *file_readlines(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_readable(f) < 0)
        return NULL;
    PymObject *lines = pym_list_new(0);
    while (lines) {
        PymObject *line = read_chars(f, -1, 1);
        if (!line) {
            PYM_DECREF(lines);
            return NULL;
        }
        if (pym_object_length(line) == 0) {
            PYM_DECREF(line);
            break;
        }
        int rc = pym_list_append(lines, line);
        PYM_DECREF(line);
        if (rc < 0) {
            PYM_DECREF(lines);
            return NULL;
        }
    }
    return lines;
}

static PymObject *file_writelines(PymObject *self, PymObject *lines)
{
    PymObject *it = pym_object_get_iter(lines);
    if (!it)
        return NULL;
    PymObject *line;
    while ((line = pym_iter_next(it)) != NULL) {
        PymObject *r = file_write(self, line);
        PYM_DECREF(line);
        if (!r) {
            PYM_DECREF(it);
            return NULL;
        }
        PYM_DECREF(r);
    }
    PYM_DECREF(it);
    if (pym_err_occurred())
        return NULL;
    PYM_RETURN_NONE;
}

static PymObject *file_iternext(PymObject *self)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_readable(f) < 0)
        return NULL;
    PymObject *line = read_chars(f, -1, 1);
    if (line && pym_object_length(line) == 0) {
        PYM_DECREF(line);
        return NULL;
    }
    return line;
}

static PymObject *file_iter(PymObject *self)
{
    if (check_open((PymFileObject *)self) < 0)
        return NULL;
    return PYM_NEWREF(self);
}

static PymObject *file_enter(PymObject *self, PymObject *unused)
{
    if (check_open((PymFileObject *)self) < 0)
        return NULL;
    return PYM_NEWREF(self);
}

static PymObject *file_exit(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymObject *r = file_close(self, NULL);
    if (!r)
        return NULL;
    PYM_DECREF(r);
    PYM_RETURN_NONE;
}

static PymObject *file_fileno(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    return pym_int_from_i64(fileno(f->fp));
}

static PymObject *file_isatty(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    return pym_bool_from(isatty(fileno(f->fp)));
}

static PymObject *file_tell(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    long pos = ftell(f->fp);
    if (pos < 0)
        return pym_err_set_from_errno(&pym_exc_OSError);
    return pym_int_from_i64(pos);
}

static PymObject *file_seek(PymObject *self, PymObject *const *args, PymSize nargs)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return pym_err_format(&pym_exc_TypeError, "seek expected 1 or 2 arguments, got %zd", nargs);
    PymSize offset = pym_number_as_ssize(args[0], &pym_exc_OverflowError);
    if (offset == -1 && pym_err_occurred())
        return NULL;
    PymSize whence = 0;
    if (nargs == 2) {
        whence = pym_number_as_ssize(args[1], &pym_exc_OverflowError);
        if (whence == -1 && pym_err_occurred())
            return NULL;
    }
    if (fseek(f->fp, (long)offset, whence == 2 ? SEEK_END : whence == 1 ? SEEK_CUR : SEEK_SET) != 0)
        return pym_err_set_from_errno(&pym_exc_OSError);
    return pym_int_from_i64(ftell(f->fp));
}

static PymObject *file_readable(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    return pym_bool_from(f->readable);
}

static PymObject *file_writable(PymObject *self, PymObject *unused)
{
    PymFileObject *f = (PymFileObject *)self;
    if (check_open(f) < 0)
        return NULL;
    return pym_bool_from(f->writable);
}

static PymObject *file_get_closed(PymObject *self, void *unused)
{
    return pym_bool_from(((PymFileObject *)self)->fp == NULL);
}

static PymObject *file_get_encoding(PymObject *self, void *unused)
{
    return pym_str_from_cstr("utf-8");
}

static PymObject *file_repr(PymObject *self)
{
    PymFileObject *f = (PymFileObject *)self;
    if (f->binary)
        return pym_str_from_format("<_io.%s name=%R>", f->writable ? "BufferedWriter" : "BufferedReader",
                                   f->name);
    return pym_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

static PymMethodDef file_methods[] = {
    PYM_METHOD("write", file_write, PYM_METH_O),
    PYM_METHOD("writelines", file_writelines, PYM_METH_O),
    PYM_METHOD("read", file_read, PYM_METH_FASTCALL),
    PYM_METHOD("readline", file_readline, PYM_METH_FASTCALL),
    PYM_METHOD("readlines", file_readlines, PYM_METH_NOARGS),
    PYM_METHOD("flush", file_flush, PYM_METH_NOARGS),
    PYM_METHOD("close", file_close, PYM_METH_NOARGS),
    PYM_METHOD("fileno", file_fileno, PYM_METH_NOARGS),
    PYM_METHOD("isatty", file_isatty, PYM_METH_NOARGS),
    PYM_METHOD("tell", file_tell, PYM_METH_NOARGS),
    PYM_METHOD("seek", file_seek, PYM_METH_FASTCALL),
    PYM_METHOD("readable", file_readable, PYM_METH_NOARGS),
    PYM_METHOD("writable", file_writable, PYM_METH_NOARGS),
    PYM_METHOD("__enter__", file_enter, PYM_METH_NOARGS),
    PYM_METHOD("__exit__", file_exit, PYM_METH_FASTCALL),
    PYM_METHOD_END,
};

static PymMemberDef file_members[] = {
    {"name", PYM_MEMBER_OBJECT, offsetof(PymFileObject, name), PYM_MEMBER_READONLY, NULL},
    {"mode", PYM_MEMBER_OBJECT, offsetof(PymFileObject, mode), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymGetSetDef file_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_file_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(PymFileObject),
    .flags = PYM_TPFLAG_BASETYPE,
    .dealloc = file_dealloc,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .free = pym_object_free_raw,
    .methods = file_methods,
    .members = file_members,
    .getset = file_getset,
};

/* ---- io.UnsupportedOperation ------------------------------------------ */

static PymObject *unsupported_operation_class;

PymType *pym_io_unsupported_operation(void)
{
    return unsupported_operation_class ? (PymType *)unsupported_operation_class : &pym_exc_OSError;
}

/* ---- open() -------------------------------------------------------------- */

/* CPython's checks of open()'s mode, in its order; NULL when valid, else
 * the ValueError message (a format taking the mode). */
static const char *mode_error(const char *mode, int *binary)
{
    int seen[128] = {0};
    for (const char *p = mode; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("xrwa+tb", c) || seen[c]++)
            return "invalid mode: '%s'";
    }
    int primary = seen['x'] + seen['r'] + seen['w'] + seen['a'];
    *binary = seen['b'];
    if (primary > 1)
        return "must have exactly one of create/read/write/append mode";
    if (seen['t'] && seen['b'])
        return "can't have text and binary mode at once";
    if (primary == 0)
        return "Must have exactly one of create/read/write/append mode and at most one plus";
    return NULL;
}

PymObject *pym_io_open(PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                        "closefd", "opener"};
    enum { NPARAMS = 8 };
    PymObject *values[NPARAMS] = {NULL};
    if (nargs > NPARAMS)
        return pym_err_format(&pym_exc_TypeError, "open() takes at most 8 arguments (%zd given)", nargs);
    for (PymSize i = 0; i < nargs; i++)
        values[i] = args[i];
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    for (PymSize k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_BORROW_ITEM(kwnames, k);
        int found = 0;
        for (int i = 0; i < NPARAMS; i++) {
            if (pym_str_equal_cstr(key, names[i])) {
                if (values[i])
                    return pym_err_format(&pym_exc_TypeError,
                                          "argument for open() given by name ('%s') and position (%d)",
                                          names[i], i + 1);
                values[i] = args[nargs + k];
                found = 1;
            }
        }
        if (!found)
            return pym_err_format(&pym_exc_TypeError, "'%U' is an invalid keyword argument for open()", key);
    }
    PymObject *file = values[0];
    if (!file)
        return pym_err_format(&pym_exc_TypeError, "open() missing required argument 'file' (pos 1)");
    const char *mode = "r";
    if (values[1]) {
        if (!PYM_STR_CHECK(values[1]))
            return pym_err_format(&pym_exc_TypeError, "open() argument 'mode' must be str, not %T", values[1]);
        mode = pym_str_as_utf8(values[1]);
    }
    int binary;
    const char *bad_mode = mode_error(mode, &binary);
    if (bad_mode)
        return pym_err_format(&pym_exc_ValueError, bad_mode, mode);
    if (binary && values[3] && values[3] != PYM_NONE)
        return pym_err_format(&pym_exc_ValueError, "binary mode doesn't take an encoding argument");

    /* newline: None translates \r\n and \r to \n on reading; "" and the
     * explicit values read untranslated, and "\r" / "\r\n" are written
     * for every "\n". */
    const char *newline = NULL;
    if (values[5] && values[5] != PYM_NONE) {
        if (!PYM_STR_CHECK(values[5]))
            return pym_err_format(&pym_exc_TypeError, "open() argument 'newline' must be str or None, not %T",
                                  values[5]);
        newline = pym_str_as_utf8(values[5]);
        if (!newline)
            return NULL;
        if (*newline && strcmp(newline, "\n") != 0 && strcmp(newline, "\r") != 0 &&
            strcmp(newline, "\r\n") != 0)
            return pym_err_format(&pym_exc_ValueError, "illegal newline value: %U", values[5]);
        if (binary)
            return pym_err_format(&pym_exc_ValueError, "binary mode doesn't take a newline argument");
    }
    /* fopen's mode: the primary letter first (C's "x" flag goes with "w"),
     * then '+', and always binary: pym translates newlines itself. */
    char cmode[8];
    size_t n = 0;
    cmode[n++] = strchr(mode, 'r') ? 'r' : strchr(mode, 'a') ? 'a' : 'w';
    if (strchr(mode, 'x'))
        cmode[n++] = 'x';
    if (strchr(mode, '+'))
        cmode[n++] = '+';
    cmode[n++] = 'b';
    cmode[n] = '\0';
    FILE *fp;
    if (PYM_INT_CHECK(file)) {
        PymSize fd = pym_int_as_ssize(file);
        if (fd == -1 && pym_err_occurred())
            return NULL;
        if (cmode[1] == 'x') /* the descriptor exists already */
            memmove(cmode + 1, cmode + 2, strlen(cmode + 2) + 1);
        fp = fdopen((int)fd, cmode);
    } else if (PYM_STR_CHECK(file)) {
        fp = fopen(pym_str_as_utf8(file), cmode);
    } else {
        return pym_err_format(&pym_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    }
    if (!fp)
        return pym_err_set_from_errno_filename(&pym_exc_OSError, file);
    /* fopen reads a directory without complaint; Python refuses it. */
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        errno = EISDIR;
        return pym_err_set_from_errno_filename(&pym_exc_OSError, file);
    }
    char pymode[8];
    if (binary) {
        /* A binary file reports its raw mode as CPython's FileIO does:
         * created, appending, read(+write) or write, then '+'. */
        int plus = strchr(mode, '+') != NULL;
        const char *raw = strchr(mode, 'x')   ? (plus ? "xb+" : "xb")
                          : strchr(mode, 'a') ? (plus ? "ab+" : "ab")
                          : plus || strchr(mode, 'r') ? (plus ? "rb+" : "rb")
                                                      : "wb";
        snprintf(pymode, sizeof pymode, "%s", raw);
    } else {
        snprintf(pymode, sizeof pymode, "%s", mode);
    }
    PymObject *result = file_new_from_fp(fp, file, pymode, 1);
    if (!result) {
        fclose(fp);
        return NULL;
    }
    if (newline) {
        PymFileObject *f = (PymFileObject *)result;
        f->untranslated_read = 1;
        if (strcmp(newline, "\r") == 0 || strcmp(newline, "\r\n") == 0)
            f->write_newline = strcmp(newline, "\r") == 0 ? "\r" : "\r\n";
    }
    return result;
}

static PymObject *io_open(PymObject *module, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    return pym_io_open(args, nargs, kwnames);
}

/* ---- standard streams ---------------------------------------------------- */

static PymObject *std_streams[3];

static int unbuffered_std_streams;

void pym_io_set_unbuffered(void)
{
    unbuffered_std_streams = 1;
    for (int fd = 1; fd <= 2; fd++)
        if (std_streams[fd])
            ((PymFileObject *)std_streams[fd])->write_through = 1;
}

PymObject *pym_io_std_stream(int fd, const char *mode)
{
    if (fd < 0 || fd > 2)
        return pym_err_format(&pym_exc_ValueError, "not a standard stream: %d", fd);
    if (!std_streams[fd]) {
        static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
        FILE *fps[] = {stdin, stdout, stderr};
        PymObject *name = pym_str_from_cstr(names[fd]);
        if (!name)
            return NULL;
        std_streams[fd] = file_new_from_fp(fps[fd], name, mode, 0);
        PYM_DECREF(name);
        if (!std_streams[fd])
            return NULL;
        if (fd == 2)
            ((PymFileObject *)std_streams[fd])->line_buffered = 1;
        if (fd > 0 && unbuffered_std_streams)
            ((PymFileObject *)std_streams[fd])->write_through = 1;
    }
    return PYM_NEWREF(std_streams[fd]);
}

PymObject *pym_io_stdout_borrow(void)
{
    return std_streams[1];
}

void pym_io_flush_std_streams(void)
{
    fflush(stdout);
    fflush(stderr);
}

void pym_io_fini(void)
{
    for (int i = 0; i < 3; i++)
        PYM_CLEAR(std_streams[i]);
    PYM_CLEAR(unsupported_operation_class);
    fflush(stdout);
    fflush(stderr);
}

static PymMethodDef io_functions[] = {
    PYM_METHOD("open", io_open, PYM_METH_FASTCALL | PYM_METH_KEYWORDS),
    PYM_METHOD_END,
};

PymObject *pym_init__io(void)
{
    PymObject *m = pym_module_new("_io");
    if (!m)
        return NULL;
    if (pym_module_add_functions(m, io_functions) < 0 ||
        pym_module_add_object(m, "TextIOWrapper", (PymObject *)&pym_file_type) < 0)
        goto fail;
    if (!unsupported_operation_class) {
        PymObject *name = pym_str_from_cstr("UnsupportedOperation");
        PymObject *bases = pym_tuple_pack(2, (PymObject *)&pym_exc_OSError, (PymObject *)&pym_exc_ValueError);
        PymObject *dict = pym_dict_new();
        PymObject *modname = pym_str_from_cstr("io");
        if (name && bases && dict && modname && pym_dict_setitem_str(dict, "__module__", modname) == 0)
            unsupported_operation_class = pym_type_new_class(&pym_type_type, name, bases, dict, NULL);
        PYM_XDECREF(name);
        PYM_XDECREF(bases);
        PYM_XDECREF(dict);
        PYM_XDECREF(modname);
        if (!unsupported_operation_class)
            goto fail;
    }
    if (pym_module_add_object(m, "UnsupportedOperation", unsupported_operation_class) < 0)
        goto fail;
    return m;
fail:
    PYM_DECREF(m);
    return NULL;
}
