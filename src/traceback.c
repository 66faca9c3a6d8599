/* traceback.c — the traceback type, pym_traceback_add_frame, and printing
 * uncaught exceptions exactly as CPython 3.11's C printer does
 * (PyErr_Display): "Traceback (most recent call last):", one entry per
 * frame with its source line and the 3.11 caret line, repeated frames
 * folded, chained exceptions, SyntaxError's location block, "Did you
 * mean" suggestions, notes, and the unraisable-exception report.
 *
 * Invariants:
 *  - A traceback entry holds its frame; tb_next points towards the frame
 *    where the exception was raised (the innermost).
 *  - Printing accumulates the text of one report in a PymStrWriter and
 *    writes it to the file in one call; it runs with no exception set and
 *    leaves none (failures inside printing are swallowed, as CPython).
 *  - Source lines come from text registered for the filename object
 *    (the REPL) or from the file named by co_filename; "<…>" names have
 *    no file.
 */
#include "traceback.h"
#include "eval.h"
#include "../grammar/ast.h"
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <limits.h>

#define VISIT(o) do { PymObject *v_ = PYM_OB(o); if (v_) { int r_ = visit(v_, arg); if (r_) return r_; } } while (0)

/* ======================================================================
 * The traceback type
 * ====================================================================== */

static PymObject *traceback_new_entry(PymObject *next, PymFrame *frame)
{
    PymTracebackObject *tb =
        (PymTracebackObject *)pym_type_generic_alloc(&pym_traceback_type, 0);
    if (!tb)
        return NULL;
    tb->next = PYM_XNEWREF(next);
    tb->frame = PYM_NEWREF(frame);
    tb->lasti = frame->lasti;
    tb->lineno = pym_frame_lineno(frame);
    pym_gc_track((PymObject *)tb);
    return (PymObject *)tb;
}

int pym_traceback_add_frame(PymObject *frame)
{
    PymObject *exc = pym_tstate.exc;
    if (!exc || !PYM_FRAME_CHECK(frame))
        return 0;
    PymObject *old = pym_exception_get_traceback(exc);
    PymObject *tb = traceback_new_entry(old, (PymFrame *)frame);
    PYM_XDECREF(old);
    if (!tb)
        return -1;
    /* allocation may have replaced the raised exception (MemoryError) */
    if (pym_tstate.exc == exc)
        pym_exception_set_traceback(exc, tb);
    PYM_DECREF(tb);
    return 0;
}

static void traceback_dealloc(PymObject *self)
{
    PymTracebackObject *tb = (PymTracebackObject *)self;
    pym_gc_untrack(self);
    PYM_CLEAR(tb->next);
    PYM_CLEAR(tb->frame);
    pym_object_free(self);
}

static int traceback_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    VISIT(((PymTracebackObject *)self)->next);
    VISIT(((PymTracebackObject *)self)->frame);
    return 0;
}

static int traceback_clear(PymObject *self)
{
    PYM_CLEAR(((PymTracebackObject *)self)->next);
    PYM_CLEAR(((PymTracebackObject *)self)->frame);
    return 0;
}

static PymObject *tb_get_next(PymObject *self, void *c)
{
    PymObject *next = ((PymTracebackObject *)self)->next;
    return PYM_NEWREF(next ? next : PYM_NONE);
}

static int tb_set_next(PymObject *self, PymObject *value, void *c)
{
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value == PYM_NONE) {
        value = NULL;
    } else if (!PYM_IS_TYPE(value, &pym_traceback_type)) {
        pym_err_format(&pym_exc_TypeError, "expected traceback object or None, got '%s'",
                       PYM_TYPE_NAME(value));
        return -1;
    }
    for (PymObject *cursor = value; cursor; cursor = ((PymTracebackObject *)cursor)->next) {
        if (cursor == self) {
            pym_err_set_string(&pym_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    PYM_XINCREF(value);
    PYM_SETREF(((PymTracebackObject *)self)->next, value);
    return 0;
}

static PymObject *tb_get_frame(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymTracebackObject *)self)->frame);
}

static PymObject *tb_get_lasti(PymObject *self, void *c)
{
    int lasti = ((PymTracebackObject *)self)->lasti;
    return pym_int_from_i64(lasti < 0 ? -1 : (int64_t)lasti * 2);
}

static PymObject *tb_get_lineno(PymObject *self, void *c)
{
    return pym_int_from_i64(((PymTracebackObject *)self)->lineno);
}

static PymGetSetDef traceback_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *traceback_new(PymType *type, PymObject *const *args, PymSize nargs,
                                PymObject *kwnames)
{
    if ((kwnames && PYM_TUPLE_SIZE(kwnames)) || nargs != 4) {
        pym_err_set_string(&pym_exc_TypeError, "TracebackType() takes exactly 4 positional arguments");
        return NULL;
    }
    PymObject *next = args[0], *frame = args[1];
    if (next != PYM_NONE && !PYM_IS_TYPE(next, &pym_traceback_type)) {
        pym_err_format(&pym_exc_TypeError, "expected traceback object or None, got '%s'",
                       PYM_TYPE_NAME(next));
        return NULL;
    }
    if (!PYM_FRAME_CHECK(frame)) {
        pym_err_format(&pym_exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                       PYM_TYPE_NAME(frame));
        return NULL;
    }
    PymSize lasti = pym_number_as_ssize(args[2], &pym_exc_OverflowError);
    if (lasti == -1 && pym_err_occurred())
        return NULL;
    PymSize lineno = pym_number_as_ssize(args[3], &pym_exc_OverflowError);
    if (lineno == -1 && pym_err_occurred())
        return NULL;
    PymTracebackObject *tb = (PymTracebackObject *)traceback_new_entry(
        next == PYM_NONE ? NULL : next, (PymFrame *)frame);
    if (!tb)
        return NULL;
    tb->lasti = (int)(lasti / 2);
    tb->lineno = (int)lineno;
    return (PymObject *)tb;
}

PymType pym_traceback_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "traceback",
    .basicsize = sizeof(PymTracebackObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = traceback_dealloc,
    .getattro = pym_object_generic_getattr,
    .setattro = pym_object_generic_setattr,
    .new_ = traceback_new,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
    .free = pym_gc_free,
    .getset = traceback_getset,
};

/* ======================================================================
 * Source text
 * ====================================================================== */

typedef struct RegisteredSource {
    struct RegisteredSource *next;
    PymObject *filename;    /* strong: keeps the identity unique */
    char *text;             /* pym_mem */
} RegisteredSource;

static RegisteredSource *registered_sources;

void pym_traceback_register_source(PymObject *filename, const char *source)
{
    if (!filename || !source)
        return;
    /* Forget sources no code object can refer to any more. */
    for (RegisteredSource **p = &registered_sources; *p;) {
        RegisteredSource *r = *p;
        if (PYM_REFCNT(r->filename) == 1 && r->filename != filename) {
            *p = r->next;
            PYM_DECREF(r->filename);
            pym_mem_free(r->text);
            pym_mem_free(r);
        } else {
            p = &r->next;
        }
    }
    RegisteredSource *r = pym_mem_malloc(sizeof *r);
    char *text = pym_mem_strdup(source);
    if (!r || !text) {
        pym_mem_free(r);
        pym_mem_free(text);
        return;
    }
    r->filename = PYM_NEWREF(filename);
    r->text = text;
    r->next = registered_sources;
    registered_sources = r;
}

void pym_traceback_fini(void)
{
    while (registered_sources) {
        RegisteredSource *r = registered_sources;
        registered_sources = r->next;
        PYM_DECREF(r->filename);
        pym_mem_free(r->text);
        pym_mem_free(r);
    }
}

static char *read_whole_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 8192, len = 0;
    char *buf = pym_mem_malloc(cap);
    while (buf) {
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0)
            break;
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

/* One-file cache for the duration of one report. */
static char *cached_text;
static PymObject *cached_filename;

static void source_cache_clear(void)
{
    pym_mem_free(cached_text);
    cached_text = NULL;
    PYM_CLEAR(cached_filename);
}

/* Line `lineno` (1-based) of the source of filename, without its line
 * ending, as a str; NULL (no exception) when unavailable. */
static PymObject *get_source_line(PymObject *filename, int lineno)
{
    if (!filename || !PYM_STR_CHECK(filename) || lineno < 1)
        return NULL;
    const char *text = NULL;
    for (RegisteredSource *r = registered_sources; r; r = r->next)
        if (r->filename == filename) {
            text = r->text;
            break;
        }
    if (!text && pym_interp.finalizing) {
        /* CPython reads source files through the io module, which module
         * teardown has taken away: tracebacks printed then show no lines. */
        return NULL;
    }
    if (!text) {
        const char *path = pym_str_as_utf8(filename);
        if (!path) {
            pym_err_clear();
            return NULL;
        }
        if (path[0] == '<' || path[0] == '\0')
            return NULL;
        if (!cached_filename || !pym_str_equal(cached_filename, filename)) {
            source_cache_clear();
            cached_text = read_whole_file(path);
            if (!cached_text)
                return NULL;
            cached_filename = PYM_NEWREF(filename);
        }
        text = cached_text;
    }
    for (int n = 1; n < lineno; n++) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            return NULL;
        text = nl + 1;
    }
    if (!*text)
        return NULL;
    size_t len = strcspn(text, "\n");
    if (len > 0 && text[len - 1] == '\r')
        len--;
    PymObject *line = pym_str_from_utf8_lossy(text, (PymSize)len);
    if (!line)
        pym_err_clear();
    return line;
}

/* ======================================================================
 * Output
 * ====================================================================== */

static void w_cstr(PymStrWriter *w, const char *s)
{
    (void)pym_str_writer_write_cstr(w, s);
}

static void w_str(PymStrWriter *w, PymObject *s)
{
    if (s && PYM_STR_CHECK(s))
        (void)pym_str_writer_write_str(w, s);
}

static void w_repeat(PymStrWriter *w, const char *s, PymSize n)
{
    for (PymSize i = 0; i < n; i++)
        (void)pym_str_writer_write_cstr(w, s);
}

/* Write str(o) (or repr when use_repr); on failure write `fallback`. */
static void w_object(PymStrWriter *w, PymObject *o, int use_repr, const char *fallback)
{
    PymObject *s = use_repr ? pym_object_repr(o) : pym_object_str(o);
    if (!s) {
        pym_err_clear();
        w_cstr(w, fallback);
        return;
    }
    w_str(w, s);
    PYM_DECREF(s);
}

static void w_int(PymStrWriter *w, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    w_cstr(w, buf);
}

/* The file to print to: sys.stderr (new reference), or NULL to use the C
 * stream; *skip set when sys.stderr is None (print nothing). */
static PymObject *stderr_file(int *skip)
{
    *skip = 0;
    if (!pym_interp.sys_module)
        return NULL;
    PymObject *f = NULL;
    if (pym_object_lookup_attr(pym_interp.sys_module, PYM_ID(stderr), &f) < 0) {
        pym_err_clear();
        return NULL;
    }
    if (f == PYM_NONE) {
        PYM_DECREF(f);
        *skip = 1;
        return NULL;
    }
    return f;
}

/* Send the accumulated text to file (NULL: sys.stderr). */
static void flush_writer(PymStrWriter *w, PymObject *file)
{
    PymObject *text = pym_str_writer_finish(w);
    if (!text) {
        pym_err_clear();
        return;
    }
    int skip = 0;
    PymObject *f = file ? PYM_NEWREF(file) : stderr_file(&skip);
    if (skip) {
        PYM_DECREF(text);
        return;
    }
    PymObject *r = NULL;
    if (f) {
        r = pym_object_call_method(f, PYM_ID(write), &text, 1);
        if (r) {
            PYM_DECREF(r);
            /* unbuffered in spirit: the report must appear now */
            PymObject *fr = pym_object_call_method(f, PYM_ID(flush), NULL, 0);
            if (fr)
                PYM_DECREF(fr);
            pym_err_clear();
        }
        PYM_DECREF(f);
    }
    if (!r) {
        pym_err_clear();
        PymSize n;
        const char *s = pym_str_as_utf8_and_size(text, &n);
        if (s) {
            fwrite(s, 1, (size_t)n, stderr);
            fflush(stderr);
        }
        pym_err_clear();
    }
    PYM_DECREF(text);
}

/* ======================================================================
 * Caret lines (CPython 3.11's tb_displayline)
 * ====================================================================== */

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

static PymSize utf8_count_chars(const char *s, PymSize nbytes)
{
    PymSize n = 0;
    for (PymSize i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Character offset of a byte offset in s (as _PyPegen_byte_offset_to_
 * character_offset, including its quirk past the end). */
static PymSize byte_to_char(const char *s, PymSize nbytes, PymSize col)
{
    if (col > nbytes + 1)
        col = nbytes + 1;
    if (col > nbytes)
        return utf8_count_chars(s, nbytes) + (col - nbytes);
    return utf8_count_chars(s, col);
}

/* Byte offset of character index c in s (c may be past the end). */
static PymSize char_to_byte(const char *s, PymSize nbytes, PymSize c)
{
    PymSize i = 0, seen = 0;
    while (i < nbytes && seen < c) {
        i++;
        while (i < nbytes && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        seen++;
    }
    return i + (c - seen);
}

typedef struct Anchors {
    PymSize left, right;        /* byte offsets in the segment; -1 if none */
    const char *primary, *secondary;
} Anchors;

static void anchors_from_expr(const char *seg, PymSize seglen, PymExpr *e, Anchors *a)
{
    if (e->kind == PYM_EXPR_BINOP) {
        PymExpr *left = e->v.binop.left, *right = e->v.binop.right;
        for (int i = left->pos.end_col_offset; i < right->pos.col_offset && i < seglen; i++) {
            if (is_ws(seg[i]))
                continue;
            a->left = i;
            a->right = i + 1;
            if (i + 1 < right->pos.col_offset && !is_ws(seg[i + 1]))
                a->right++;
            if (i + 1 < right->pos.col_offset && seg[i] == ')')
                continue;
            a->primary = "~";
            a->secondary = "^";
            break;
        }
    } else if (e->kind == PYM_EXPR_SUBSCRIPT) {
        PymSize left = e->v.subscript.value->pos.end_col_offset;
        PymSize right = e->v.subscript.slice->pos.end_col_offset + 1;
        while (left < seglen && seg[left] != '[')
            left++;
        while (right < seglen && seg[right] != ']')
            right++;
        if (right < seglen)
            right++;
        a->left = left;
        a->right = right;
        a->primary = "~";
        a->secondary = "^";
    }
}

/* Parse the segment the instruction covers; for a binary operation or a
 * subscript set the anchors (byte offsets in seg).  Never fails. */
static void extract_anchors(const char *seg, PymSize seglen, PymObject *filename, Anchors *a)
{
    PymArena *arena = pym_arena_new();
    if (!arena)
        return;
    PymAstModule *mod = pym_parse(arena, seg, filename, PYM_MODE_EXEC, NULL);
    if (mod && mod->body && mod->body->count == 1) {
        PymStmt *st = mod->body->items[0];
        if (st->kind == PYM_STMT_EXPR)
            anchors_from_expr(seg, seglen, st->v.expr.value, a);
    }
    pym_err_clear();
    pym_arena_free(arena);
}

/* The caret line under `line` for an instruction at pos, or nothing. */
static void write_carets(PymStrWriter *w, PymObject *line, PymCodePosition *pos,
                         PymObject *filename, PymSize indent_chars)
{
    if (pos->lineno < 0 || pos->end_lineno < 0 || pos->col < 0 || pos->end_col < 0)
        return;
    PymSize nbytes;
    const char *s = pym_str_as_utf8_and_size(line, &nbytes);
    if (!s) {
        pym_err_clear();
        return;
    }
    PymSize nchars = pym_str_length(line);
    PymSize start = byte_to_char(s, nbytes, pos->col);
    PymSize end = byte_to_char(s, nbytes, pos->end_col);
    Anchors a = {-1, -1, "^", "^"};
    PymSize left_end = -1, right_start = -1;
    if (pos->lineno == pos->end_lineno) {
        if (end > start && start < nchars) {
            PymSize b0 = char_to_byte(s, nbytes, start);
            PymSize b1 = char_to_byte(s, nbytes, end < nchars ? end : nchars);
            if (b1 > nbytes)
                b1 = nbytes;
            PymObject *seg = pym_str_from_utf8(s + b0, b1 - b0);
            if (seg) {
                PymSize seglen;
                const char *segs = pym_str_as_utf8_and_size(seg, &seglen);
                if (segs)
                    extract_anchors(segs, seglen, filename, &a);
                if (a.left >= 0) {
                    left_end = byte_to_char(segs, seglen, a.left) + start;
                    right_start = byte_to_char(segs, seglen, a.right) + start;
                }
                PYM_DECREF(seg);
            }
            pym_err_clear();
        }
    } else {
        /* A multi-line expression: underline to the end of this line. */
        PymSize i = nbytes;
        while (--i >= 0 && is_ws(s[i]))
            ;
        end = byte_to_char(s, nbytes, i + 1);
    }
    int has_secondary = left_end != -1 || right_start != -1;
    if (end - start == nchars - indent_chars && !has_secondary)
        return;
    for (PymSize offset = indent_chars - 4 + 1; offset <= end; offset++) {
        if (offset <= start)
            w_cstr(w, " ");
        else if (has_secondary && left_end < offset && offset <= right_start)
            w_cstr(w, a.secondary);
        else
            w_cstr(w, a.primary);
    }
    w_cstr(w, "\n");
}

/* ======================================================================
 * Traceback entries
 * ====================================================================== */

static void display_entry(PymStrWriter *w, PymTracebackObject *tb)
{
    PymFrame *frame = (PymFrame *)tb->frame;
    PymCodeObject *co = frame->code;
    w_cstr(w, "  File \"");
    w_str(w, co->filename);
    w_cstr(w, "\", line ");
    w_int(w, tb->lineno);
    w_cstr(w, ", in ");
    w_str(w, co->name);
    w_cstr(w, "\n");
    PymObject *line = get_source_line(co->filename, tb->lineno);
    if (!line)
        return;
    PymSize nchars = pym_str_length(line), indent = 0;
    while (indent < nchars) {
        uint32_t ch = pym_str_read_char(line, indent);
        if (ch != ' ' && ch != '\t' && ch != '\f')
            break;
        indent++;
    }
    PymObject *stripped = pym_str_substring(line, indent, nchars);
    if (stripped) {
        w_cstr(w, "    ");
        w_str(w, stripped);
        w_cstr(w, "\n");
        PYM_DECREF(stripped);
        if (tb->lasti >= 0 && tb->lasti < co->ncode && co->positions)
            write_carets(w, line, &co->positions[tb->lasti], co->filename, indent);
    }
    pym_err_clear();
    PYM_DECREF(line);
}

enum { TB_RECURSIVE_CUTOFF = 3, TB_DEFAULT_LIMIT = 1000 };

static void write_repeated(PymStrWriter *w, long count)
{
    count -= TB_RECURSIVE_CUTOFF;
    w_cstr(w, "  [Previous line repeated ");
    w_int(w, count);
    w_cstr(w, count > 1 ? " more times]\n" : " more time]\n");
}

static int same_name(PymObject *a, PymObject *b)
{
    return a == b || (a && b && PYM_STR_CHECK(a) && PYM_STR_CHECK(b) && pym_str_equal(a, b));
}

/* The header and entries of tb, honouring sys.tracebacklimit. */
static void write_traceback(PymStrWriter *w, PymObject *tb_obj)
{
    long limit = TB_DEFAULT_LIMIT;
    if (pym_interp.sys_module) {
        PymObject *lim = NULL;
        if (pym_object_lookup_attr(pym_interp.sys_module, PYM_ID(tracebacklimit),
                                   &lim) > 0 &&
            PYM_INT_CHECK(lim)) {
            int overflow = 0;
            int64_t v = pym_int_as_i64_overflow(lim, &overflow);
            if (overflow > 0)
                limit = LONG_MAX;
            else if (overflow < 0 || v <= 0) {
                PYM_DECREF(lim);
                return;
            } else {
                limit = (long)v;
            }
        }
        PYM_XDECREF(lim);
        pym_err_clear();
    }
    w_cstr(w, "Traceback (most recent call last):\n");
    long depth = 0;
    for (PymObject *t = tb_obj; t; t = ((PymTracebackObject *)t)->next)
        depth++;
    PymTracebackObject *tb = (PymTracebackObject *)tb_obj;
    while (tb && depth > limit) {
        depth--;
        tb = (PymTracebackObject *)tb->next;
    }
    PymObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long count = 0;
    for (; tb; tb = (PymTracebackObject *)tb->next) {
        PymCodeObject *co = ((PymFrame *)tb->frame)->code;
        if (!last_file || !same_name(co->filename, last_file) || last_line == -1 ||
            tb->lineno != last_line || !last_name || !same_name(co->name, last_name)) {
            if (count > TB_RECURSIVE_CUTOFF)
                write_repeated(w, count);
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF)
            display_entry(w, tb);
    }
    if (count > TB_RECURSIVE_CUTOFF)
        write_repeated(w, count);
}

int pym_traceback_print(PymObject *tb, PymObject *file)
{
    if (!tb)
        return 0;
    if (!PYM_IS_TYPE(tb, &pym_traceback_type)) {
        pym_err_bad_internal_call();
        return -1;
    }
    PymObject *saved = pym_err_fetch();
    PymStrWriter w;
    pym_str_writer_init(&w);
    write_traceback(&w, tb);
    source_cache_clear();
    flush_writer(&w, file);
    pym_err_restore(saved);
    return 0;
}

/* ======================================================================
 * SyntaxError location block (print_exception_file_and_line)
 * ====================================================================== */

static PymSize attr_ssize(PymObject *o, PymObject *name, PymSize none_value, int *ok)
{
    PymObject *v = NULL;
    if (pym_object_lookup_attr(o, name, &v) <= 0) {
        pym_err_clear();
        *ok = 0;
        return none_value;
    }
    PymSize r = none_value;
    if (v != PYM_NONE) {
        r = PYM_INT_CHECK(v) ? pym_int_as_ssize(v) : -1;
        if (r == -1 && pym_err_occurred()) {
            pym_err_clear();
            *ok = 0;
        }
    }
    PYM_DECREF(v);
    return r;
}

static void write_error_text(PymStrWriter *w, PymSize offset, PymSize end_offset,
                             PymObject *text_obj)
{
    PymSize nbytes;
    const char *text = pym_str_as_utf8_and_size(text_obj, &nbytes);
    if (!text) {
        pym_err_clear();
        return;
    }
    /* The exception's offsets count characters; the printer works on the
     * UTF-8 text. */
    PymSize start = offset >= 1 ? char_to_byte(text, nbytes, offset - 1) : offset - 1;
    PymSize end = end_offset >= 1 ? char_to_byte(text, nbytes, end_offset - 1) : -1;
    PymSize carets = (end_offset > 0 && end > start) ? end - start : 1;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        start--;
    }
    PymSize len = (PymSize)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (start > len)
        start = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        PymSize inl = nl - text;
        if (inl >= start)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        start -= inl;
    }
    w_cstr(w, "    ");
    (void)pym_str_writer_write_utf8(w, text, len);
    w_cstr(w, "\n");
    if (start < 0)
        return;
    w_cstr(w, "    ");
    w_repeat(w, " ", start);
    w_repeat(w, "^", carets);
    w_cstr(w, "\n");
}

/* For SyntaxError-like exceptions (they have print_file_and_line): write
 * the location block and return the message to print instead of the
 * exception (new ref); otherwise NULL. */
static PymObject *write_file_and_line(PymStrWriter *w, PymObject *value)
{
    PymObject *tmp = NULL;
    int r = pym_object_lookup_attr(value, PYM_ID(print_file_and_line), &tmp);
    if (r <= 0) {
        pym_err_clear();
        return NULL;
    }
    PYM_DECREF(tmp);
    int ok = 1;
    PymObject *message = pym_object_getattr(value, PYM_ID(msg));
    PymObject *filename = pym_object_getattr(value, PYM_ID(filename));
    if (!message || !filename) {
        pym_err_clear();
        PYM_XDECREF(message);
        PYM_XDECREF(filename);
        return NULL;
    }
    PymSize lineno = attr_ssize(value, PYM_ID(lineno), 0, &ok);
    PymSize offset = attr_ssize(value, PYM_ID(offset), -1, &ok);
    PymSize end_lineno = lineno, end_offset = -1;
    if (PYM_TYPE(value) == &pym_exc_SyntaxError) {
        int ok2 = 1;
        end_lineno = attr_ssize(value, PYM_ID(end_lineno), lineno, &ok2);
        if (!ok2)
            end_lineno = lineno;
        ok2 = 1;
        end_offset = attr_ssize(value, PYM_ID(end_offset), -1, &ok2);
        if (!ok2)
            end_offset = -1;
    }
    PymObject *text = NULL;
    if (pym_object_lookup_attr(value, PYM_ID(text), &text) < 0)
        pym_err_clear();
    if (text == PYM_NONE)
        PYM_CLEAR(text);
    if (!ok) {
        PYM_XDECREF(text);
        PYM_DECREF(filename);
        PYM_DECREF(message);
        return NULL;
    }
    w_cstr(w, "  File \"");
    if (filename == PYM_NONE)
        w_cstr(w, "<string>");
    else
        w_object(w, filename, 0, "");
    w_cstr(w, "\", line ");
    w_int(w, (long)lineno);
    w_cstr(w, "\n");
    if (text && PYM_STR_CHECK(text)) {
        PymSize line_size = pym_str_length(text);
        if (end_lineno > lineno)
            end_offset = line_size;
        if (end_offset > line_size + 1)
            end_offset = line_size + 1;
        write_error_text(w, offset, end_offset, text);
    }
    PYM_XDECREF(text);
    PYM_DECREF(filename);
    return message;
}

/* ======================================================================
 * "Did you mean" suggestions (CPython 3.11's suggestions.c algorithm)
 * ====================================================================== */

enum { MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1 };

static PymSize substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Levenshtein distance with case-change discount; > max_cost when it is
 * certainly more than max_cost. */
static PymSize edit_distance(const char *a, PymSize a_size, const char *b, PymSize b_size,
                             PymSize max_cost)
{
    PymSize row[MAX_STRING_SIZE];
    if (a == b)
        return 0;
    while (a_size && b_size && a[0] == b[0]) {
        a++, b++;
        a_size--, b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0)
        return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE)
        return max_cost + 1;
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        PymSize ts = a_size;
        a_size = b_size;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost)
        return max_cost + 1;
    for (PymSize i = 0; i < a_size; i++)
        row[i] = (i + 1) * MOVE_COST;
    PymSize result = 0;
    for (PymSize bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        PymSize distance = result = bi * MOVE_COST;
        PymSize minimum = PTRDIFF_MAX;
        for (PymSize ai = 0; ai < a_size; ai++) {
            PymSize substitute = distance + substitution_cost(code, a[ai]);
            distance = row[ai];
            PymSize insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest name of list `dir` to name (borrowed from dir), or NULL. */
static PymObject *closest_name(PymObject *dir, PymObject *name)
{
    PymSize n = PYM_LIST_SIZE(dir);
    if (n >= MAX_CANDIDATE_ITEMS)
        return NULL;
    PymSize name_size;
    const char *name_str = pym_str_as_utf8_and_size(name, &name_size);
    if (!name_str)
        return NULL;
    PymSize best_distance = PTRDIFF_MAX;
    PymObject *best = NULL;
    for (PymSize i = 0; i < n; i++) {
        PymObject *item = PYM_LIST_BORROW_ITEM(dir, i);
        if (!PYM_STR_CHECK(item))
            continue;
        PymSize item_size;
        const char *item_str = pym_str_as_utf8_and_size(item, &item_size);
        if (!item_str)
            return NULL;
        if (item_size == name_size && memcmp(item_str, name_str, (size_t)name_size) == 0)
            continue;
        PymSize max_distance = (name_size + item_size + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        PymSize d = edit_distance(name_str, name_size, item_str, item_size, max_distance);
        if (d > max_distance)
            continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* Keys of a mapping as a list (new ref) or NULL. */
static PymObject *mapping_keys_list(PymObject *m)
{
    if (m && PYM_DICT_CHECK(m))
        return pym_dict_keys(m);
    return NULL;
}

static PymObject *suggest_from(PymObject *list, PymObject *name)
{
    if (!list)
        return NULL;
    PymObject *s = closest_name(list, name);
    PYM_XINCREF(s);
    PYM_DECREF(list);
    return s;
}

static PymObject *suggestion_for(PymObject *exc)
{
    if (PYM_TYPE(exc) == &pym_exc_NameError) {
        PymNameErrorObject *e = (PymNameErrorObject *)exc;
        PymObject *tb = e->traceback;
        if (!e->name || !PYM_STR_CHECK_EXACT(e->name) || !tb ||
            !PYM_IS_TYPE(tb, &pym_traceback_type))
            return NULL;
        while (((PymTracebackObject *)tb)->next)
            tb = ((PymTracebackObject *)tb)->next;
        PymFrame *frame = (PymFrame *)((PymTracebackObject *)tb)->frame;
        PymObject *s = suggest_from(pym_sequence_list(frame->code->varnames), e->name);
        if (!s)
            s = suggest_from(mapping_keys_list(frame->globals), e->name);
        if (!s)
            s = suggest_from(mapping_keys_list(frame->builtins), e->name);
        return s;
    }
    if (PYM_TYPE(exc) == &pym_exc_AttributeError) {
        PymAttributeErrorObject *e = (PymAttributeErrorObject *)exc;
        if (!e->name || !e->obj || !PYM_STR_CHECK_EXACT(e->name) || !pym_interp.builtins)
            return NULL;
        PymObject *dir_func = pym_dict_getitem_str_borrow(pym_interp.builtins, "dir");
        if (!dir_func)
            return NULL;
        PymObject *dir = pym_object_call1(dir_func, e->obj);
        if (dir && !PYM_LIST_CHECK(dir))
            PYM_CLEAR(dir);
        return suggest_from(dir, e->name);
    }
    return NULL;
}

/* ======================================================================
 * Exceptions
 * ====================================================================== */

/* "module.Qualname" of an exception type, as the report's last line
 * starts (builtins and __main__ are not shown). */
static void write_type_name(PymStrWriter *w, PymObject *type)
{
    PymObject *module = NULL;
    if (pym_object_lookup_attr(type, PYM_ID(__module__), &module) <= 0 || !PYM_STR_CHECK(module)) {
        pym_err_clear();
        w_cstr(w, "<unknown>.");
    } else if (!pym_str_equal_cstr(module, "builtins") && !pym_str_equal_cstr(module, "__main__")) {
        w_str(w, module);
        w_cstr(w, ".");
    }
    PYM_XDECREF(module);
    PymObject *qualname = NULL;
    if (pym_object_lookup_attr(type, PYM_ID(__qualname__), &qualname) <= 0 ||
        !PYM_STR_CHECK(qualname)) {
        pym_err_clear();
        w_cstr(w, "<unknown>");
    } else {
        w_str(w, qualname);
    }
    PYM_XDECREF(qualname);
}

static void write_notes(PymStrWriter *w, PymObject *value)
{
    PymObject *notes = NULL;
    if (pym_object_lookup_attr(value, PYM_ID(__notes__), &notes) <= 0) {
        pym_err_clear();
        return;
    }
    if (!PYM_LIST_CHECK(notes) && !PYM_TUPLE_CHECK(notes)) {
        w_object(w, notes, 1, "<__notes__ repr() failed>");
        w_cstr(w, "\n");
        PYM_DECREF(notes);
        return;
    }
    PymSize n = PYM_LIST_CHECK(notes) ? PYM_LIST_SIZE(notes) : PYM_TUPLE_SIZE(notes);
    for (PymSize i = 0; i < n; i++) {
        PymObject *note = PYM_LIST_CHECK(notes) ? PYM_LIST_BORROW_ITEM(notes, i)
                                                 : PYM_TUPLE_BORROW_ITEM(notes, i);
        w_object(w, note, 0, "<note str() failed>");
        w_cstr(w, "\n");
    }
    PYM_DECREF(notes);
}

static void write_exception(PymStrWriter *w, PymObject *value)
{
    if (!PYM_EXCEPTION_CHECK(value)) {
        w_cstr(w, "TypeError: print_exception(): Exception expected for value, ");
        w_cstr(w, PYM_TYPE_NAME(value));
        w_cstr(w, " found\n");
        return;
    }
    PymObject *tb = ((PymBaseExceptionObject *)value)->traceback;
    if (tb && PYM_IS_TYPE(tb, &pym_traceback_type))
        write_traceback(w, tb);
    PymObject *type = (PymObject *)PYM_TYPE(value);
    PymObject *message = write_file_and_line(w, value);
    PymObject *shown = message ? message : value;
    write_type_name(w, type);
    if (shown != PYM_NONE) {
        PymObject *s = pym_object_str(shown);
        if (!s) {
            pym_err_clear();
            w_cstr(w, ": <exception str() failed>");
        } else {
            if (!PYM_STR_CHECK(s) || pym_str_length(s) != 0)
                w_cstr(w, ": ");
            w_str(w, s);
            PYM_DECREF(s);
        }
    }
    if (!message) {
        PymObject *suggestion = suggestion_for(value);
        if (suggestion) {
            w_cstr(w, ". Did you mean: '");
            w_str(w, suggestion);
            w_cstr(w, "'?");
            PYM_DECREF(suggestion);
        }
        pym_err_clear();
    }
    w_cstr(w, "\n");
    write_notes(w, value);
    PYM_XDECREF(message);
}

typedef struct Seen {
    PymObject **items;
    PymSize count, cap;
} Seen;

static int seen_contains(Seen *s, PymObject *o)
{
    for (PymSize i = 0; i < s->count; i++)
        if (s->items[i] == o)
            return 1;
    return 0;
}

static void seen_add(Seen *s, PymObject *o)
{
    if (s->count == s->cap) {
        PymSize cap = s->cap ? s->cap * 2 : 8;
        PymObject **items = pym_mem_realloc(s->items, (size_t)cap * sizeof(PymObject *));
        if (!items)
            return;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->count++] = o;
}

static const char cause_message[] =
    "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_message[] =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

static void write_exception_recursive(PymStrWriter *w, PymObject *value, Seen *seen, int depth)
{
    seen_add(seen, value);
    if (PYM_EXCEPTION_CHECK(value) && depth < 200) {
        PymBaseExceptionObject *e = (PymBaseExceptionObject *)value;
        if (e->cause) {
            if (!seen_contains(seen, e->cause)) {
                write_exception_recursive(w, e->cause, seen, depth + 1);
                w_cstr(w, cause_message);
            }
        } else if (!e->suppress_context && e->context) {
            if (!seen_contains(seen, e->context)) {
                write_exception_recursive(w, e->context, seen, depth + 1);
                w_cstr(w, context_message);
            }
        }
    }
    write_exception(w, value);
}

void pym_err_display(PymObject *exc, PymObject *file)
{
    if (!exc)
        return;
    PymObject *saved = pym_err_fetch();
    PYM_INCREF(exc);
    PymStrWriter w;
    pym_str_writer_init(&w);
    Seen seen = {NULL, 0, 0};
    write_exception_recursive(&w, exc, &seen, 0);
    pym_mem_free(seen.items);
    source_cache_clear();
    flush_writer(&w, file);
    PYM_DECREF(exc);
    pym_err_restore(saved);
}

/* ======================================================================
 * pym_err_print / pym_err_write_unraisable
 * ====================================================================== */

static int in_user_excepthook;

static void set_sys_last(PymObject *exc)
{
    if (!pym_interp.sys_module)
        return;
    PymObject *tb = pym_exception_get_traceback(exc);
    pym_object_setattr(pym_interp.sys_module, PYM_ID(last_type), (PymObject *)PYM_TYPE(exc));
    pym_object_setattr(pym_interp.sys_module, PYM_ID(last_value), exc);
    pym_object_setattr(pym_interp.sys_module, PYM_ID(last_traceback), tb ? tb : PYM_NONE);
    PYM_XDECREF(tb);
    pym_err_clear();
}

/* Is hook the sys module's own excepthook? */
static int is_default_excepthook(PymObject *hook)
{
    return PYM_CFUNCTION_CHECK(hook) &&
           strcmp(((PymCFunctionObject *)hook)->def->name, "excepthook") == 0;
}

static void write_stderr_text(const char *text)
{
    PymStrWriter w;
    pym_str_writer_init(&w);
    w_cstr(&w, text);
    flush_writer(&w, NULL);
}

void pym_err_print(void)
{
    PymObject *exc = pym_err_fetch();
    if (!exc)
        return;
    set_sys_last(exc);
    PymObject *hook = NULL;
    if (pym_interp.sys_module && !in_user_excepthook) {
        if (pym_object_lookup_attr(pym_interp.sys_module, PYM_ID(excepthook), &hook) < 0)
            pym_err_clear();
    }
    if (!hook || hook == PYM_NONE || is_default_excepthook(hook)) {
        if (hook == PYM_NONE)
            write_stderr_text("sys.excepthook is missing\n");
        PYM_XDECREF(hook);
        pym_err_display(exc, NULL);
        PYM_DECREF(exc);
        return;
    }
    PymObject *tb = pym_exception_get_traceback(exc);
    PymObject *args[3] = {(PymObject *)PYM_TYPE(exc), exc, tb ? tb : PYM_NONE};
    in_user_excepthook = 1;
    PymObject *r = pym_object_call(hook, args, 3, NULL);
    in_user_excepthook = 0;
    PYM_XDECREF(tb);
    PYM_DECREF(hook);
    if (r) {
        PYM_DECREF(r);
    } else {
        PymObject *exc2 = pym_err_fetch();
        write_stderr_text("Error in sys.excepthook:\n");
        pym_err_display(exc2, NULL);
        write_stderr_text("\nOriginal exception was:\n");
        pym_err_display(exc, NULL);
        PYM_XDECREF(exc2);
    }
    PYM_DECREF(exc);
}

void pym_err_write_unraisable(PymObject *obj)
{
    PymObject *exc = pym_err_fetch();
    if (!exc)
        return;
    PymStrWriter w;
    pym_str_writer_init(&w);
    if (obj && obj != PYM_NONE) {
        w_cstr(&w, "Exception ignored in: ");
        w_object(&w, obj, 1, "<object repr() failed>");
        w_cstr(&w, "\n");
    }
    PymObject *tb = PYM_EXCEPTION_CHECK(exc) ? ((PymBaseExceptionObject *)exc)->traceback : NULL;
    if (tb && PYM_IS_TYPE(tb, &pym_traceback_type))
        write_traceback(&w, tb);
    write_type_name(&w, (PymObject *)PYM_TYPE(exc));
    w_cstr(&w, ": ");
    w_object(&w, exc, 0, "<exception str() failed>");
    w_cstr(&w, "\n");
    source_cache_clear();
    flush_writer(&w, NULL);
    PYM_DECREF(exc);
}
