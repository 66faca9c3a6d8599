/* symtable.c — the symbol table pass: which names are local, global, free
 * or cell in each block, as CPython 3.11's symtable.c decides it.
 *
 * Two phases.  The visit walks the AST and records, per block, how each
 * (mangled) name is used (PYM_DEF_* flags), opening a child block for
 * every function, lambda, class body and comprehension.  The analysis
 * then resolves scopes top-down, passing the names bound in enclosing
 * function blocks ("bound") and the explicit globals ("global") to the
 * children, and collecting free names bottom-up to turn locals of
 * enclosing functions into cells.  Class blocks are invisible to the
 * blocks nested in them, except for the implicit __class__ cell.
 *
 * Invariants: every str key of a PymSymMap is an owned reference; an
 * error leaves SyntaxError raised and the table is then only freed.
 */
#include "symtable.h"
#include <stdio.h>
#include <string.h>

/* ---- an insertion-ordered str → long map ------------------------------ */

void pym_symmap_init(PymSymMap *map)
{
    memset(map, 0, sizeof(*map));
}

void pym_symmap_fini(PymSymMap *map)
{
    for (int i = 0; i < map->count; i++)
        PYM_DECREF(map->entries[i].key);
    pym_mem_free(map->entries);
    pym_mem_free(map->index);
    memset(map, 0, sizeof(*map));
}

static int name_equal(PymObject *a, PymObject *b)
{
    return a == b || pym_str_equal(a, b);
}

int pym_symmap_find(const PymSymMap *map, PymObject *key)
{
    if (map->index_size == 0)
        return -1;
    size_t mask = (size_t)map->index_size - 1;
    size_t i = (size_t)pym_str_hash(key) & mask;
    for (;;) {
        int slot = map->index[i];
        if (slot < 0)
            return -1;
        if (name_equal(map->entries[slot].key, key))
            return slot;
        i = (i + 1) & mask;
    }
}

long pym_symmap_get(const PymSymMap *map, PymObject *key, long dflt)
{
    int i = pym_symmap_find(map, key);
    return i < 0 ? dflt : map->entries[i].value;
}

static int symmap_rehash(PymSymMap *map, int size)
{
    int *index = pym_mem_malloc(sizeof(int) * (size_t)size);
    if (!index) {
        pym_err_no_memory();
        return -1;
    }
    for (int i = 0; i < size; i++)
        index[i] = -1;
    size_t mask = (size_t)size - 1;
    for (int e = 0; e < map->count; e++) {
        size_t i = (size_t)pym_str_hash(map->entries[e].key) & mask;
        while (index[i] >= 0)
            i = (i + 1) & mask;
        index[i] = e;
    }
    pym_mem_free(map->index);
    map->index = index;
    map->index_size = size;
    return 0;
}

int pym_symmap_set(PymSymMap *map, PymObject *key, long value)
{
    int found = pym_symmap_find(map, key);
    if (found >= 0) {
        map->entries[found].value = value;
        return found;
    }
    if (map->count == map->capacity) {
        int cap = map->capacity ? map->capacity * 2 : 8;
        PymSymMapEntry *entries = pym_mem_realloc(map->entries, sizeof(*entries) * (size_t)cap);
        if (!entries) {
            pym_err_no_memory();
            return -1;
        }
        map->entries = entries;
        map->capacity = cap;
    }
    int pos = map->count++;
    map->entries[pos].key = PYM_NEWREF(key);
    map->entries[pos].value = value;
    if ((map->count) * 2 > map->index_size) {
        if (symmap_rehash(map, map->index_size ? map->index_size * 2 : 16) < 0) {
            map->count--;
            PYM_DECREF(key);
            return -1;
        }
    }
    else {
        size_t mask = (size_t)map->index_size - 1;
        size_t i = (size_t)pym_str_hash(key) & mask;
        while (map->index[i] >= 0)
            i = (i + 1) & mask;
        map->index[i] = pos;
    }
    return pos;
}

/* ---- a pointer → int map ----------------------------------------------- */

static size_t ptr_hash(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return (size_t)h;
}

void pym_ptrmap_fini(PymPtrMap *map)
{
    pym_mem_free(map->keys);
    pym_mem_free(map->values);
    memset(map, 0, sizeof(*map));
}

int pym_ptrmap_get(const PymPtrMap *map, const void *key, int dflt)
{
    if (map->size == 0)
        return dflt;
    size_t mask = (size_t)map->size - 1;
    for (size_t i = ptr_hash(key) & mask;; i = (i + 1) & mask) {
        if (map->keys[i] == key)
            return map->values[i];
        if (!map->keys[i])
            return dflt;
    }
}

int pym_ptrmap_set(PymPtrMap *map, const void *key, int value)
{
    if ((map->count + 1) * 2 > map->size) {
        int size = map->size ? map->size * 2 : 32;
        const void **keys = pym_mem_calloc((size_t)size, sizeof(void *));
        int *values = pym_mem_malloc(sizeof(int) * (size_t)size);
        if (!keys || !values) {
            pym_mem_free(keys);
            pym_mem_free(values);
            pym_err_no_memory();
            return -1;
        }
        for (int i = 0; i < map->size; i++) {
            if (!map->keys[i])
                continue;
            size_t j = ptr_hash(map->keys[i]) & (size_t)(size - 1);
            while (keys[j])
                j = (j + 1) & (size_t)(size - 1);
            keys[j] = map->keys[i];
            values[j] = map->values[i];
        }
        pym_mem_free(map->keys);
        pym_mem_free(map->values);
        map->keys = keys;
        map->values = values;
        map->size = size;
    }
    size_t mask = (size_t)map->size - 1;
    size_t i = ptr_hash(key) & mask;
    while (map->keys[i] && map->keys[i] != key)
        i = (i + 1) & mask;
    if (!map->keys[i]) {
        map->keys[i] = key;
        map->count++;
    }
    map->values[i] = value;
    return 0;
}

/* Name sets for the analysis: a map whose value 1 means "member". */
typedef PymSymMap NameSet;

static int set_contains(const NameSet *s, PymObject *name)
{
    return s && pym_symmap_get(s, name, 0) != 0;
}

static int set_add(NameSet *s, PymObject *name)
{
    return pym_symmap_set(s, name, 1) < 0 ? -1 : 0;
}

/* Returns 1 if name was a member. */
static int set_discard(NameSet *s, PymObject *name)
{
    int i = pym_symmap_find(s, name);
    if (i < 0 || s->entries[i].value == 0)
        return 0;
    s->entries[i].value = 0;
    return 1;
}

static int set_update(NameSet *dst, const NameSet *src)
{
    if (!src)
        return 0;
    for (int i = 0; i < src->count; i++)
        if (src->entries[i].value && set_add(dst, src->entries[i].key) < 0)
            return -1;
    return 0;
}

/* ---- errors -------------------------------------------------------------- */

/* The source line as CPython's PyErr_ProgramTextObject reads it: from the
 * file itself (so "<stdin>" and "<string>" give None). */
static PymObject *program_text(PymObject *filename, int lineno)
{
    if (!filename || !PYM_STR_CHECK(filename) || lineno < 1)
        return NULL;
    const char *path = pym_str_as_utf8(filename);
    if (!path)
        return NULL;
    FILE *fp = fopen(path, "r");
    if (!fp)
        return NULL;
    char line[1000];
    int i = 0;
    while (i < lineno) {
        if (!fgets(line, sizeof line, fp))
            break;
        size_t n = strlen(line);
        /* a line longer than the buffer arrives in pieces: keep the last */
        if ((n > 0 && line[n - 1] == '\n') || feof(fp))
            i++;
    }
    fclose(fp);
    if (i != lineno)
        return NULL;
    PymObject *text = pym_str_from_utf8_lossy(line, (PymSize)strlen(line));
    if (!text)
        pym_err_clear();
    return text;
}

static PymObject *int_or_none(int v)
{
    return v < 0 ? PYM_NEWREF(PYM_NONE) : pym_int_from_i64(v);
}

void *pym_symtable_raise(PymObject *filename, PymObject *msg_steal, int lineno, int offset,
                         int end_lineno, int end_offset)
{
    if (!msg_steal)
        return NULL;
    PymObject *text = program_text(filename, lineno);
    PymObject *ln = pym_int_from_i64(lineno), *off = int_or_none(offset);
    PymObject *eln = pym_int_from_i64(end_lineno), *eoff = int_or_none(end_offset);
    PymObject *info = NULL, *exc = NULL;
    if (ln && off && eln && eoff)
        info = pym_tuple_pack(6, filename ? filename : PYM_NONE, ln, off, text ? text : PYM_NONE,
                              eln, eoff);
    if (info) {
        PymObject *args[2] = {msg_steal, info};
        exc = pym_object_call((PymObject *)&pym_exc_SyntaxError, args, 2, NULL);
    }
    PYM_XDECREF(text);
    PYM_XDECREF(ln);
    PYM_XDECREF(off);
    PYM_XDECREF(eln);
    PYM_XDECREF(eoff);
    PYM_XDECREF(info);
    PYM_DECREF(msg_steal);
    if (exc) {
        pym_err_raise_instance(exc);
        PYM_DECREF(exc);
    }
    return NULL;
}

void pym_symtable_warn(PymObject *filename, const char *category, const char *msg, int lineno)
{
    PymObject *pending = pym_err_fetch();
    PymObject *text = program_text(filename, lineno);
    PymObject *report;
    if (text) {
        PymObject *line = pym_object_call_method_str(text, "strip", NULL, 0);
        report = line ? pym_str_from_format("%U:%d: %s: %s\n  %U\n", filename, lineno, category, msg, line)
                      : NULL;
        PYM_XDECREF(line);
        PYM_DECREF(text);
    } else {
        report = pym_str_from_format("%U:%d: %s: %s\n", filename, lineno, category, msg);
    }
    PymObject *err = report && pym_interp.sys_module
                         ? pym_object_getattr_str(pym_interp.sys_module, "stderr")
                         : NULL;
    if (err && err != PYM_NONE) {
        PymObject *r = pym_object_call_method_str(err, "write", &report, 1);
        PYM_XDECREF(r);
    }
    PYM_XDECREF(err);
    PYM_XDECREF(report);
    pym_err_clear();
    pym_err_restore(pending);
}

void *pym_symtable_syntax_error(PymObject *filename, PymObject *msg_steal, int lineno,
                                int col_offset, int end_lineno, int end_col_offset)
{
    return pym_symtable_raise(filename, msg_steal, lineno, col_offset + 1, end_lineno,
                              end_col_offset + 1);
}

#define LOC_ARGS(pos) (pos).lineno, (pos).col_offset, (pos).end_lineno, (pos).end_col_offset

static int error_at(PymSymtable *st, PymObject *msg_steal, int lineno, int col, int end_lineno,
                    int end_col)
{
    pym_symtable_syntax_error(st->filename, msg_steal, lineno, col, end_lineno, end_col);
    return 0;
}

/* ---- entries ------------------------------------------------------------ */

static int grow(void **array, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return 0;
    int n = *cap ? *cap * 2 : 8;
    while (n < need)
        n *= 2;
    void *p = pym_mem_realloc(*array, elem * (size_t)n);
    if (!p) {
        pym_err_no_memory();
        return -1;
    }
    *array = p;
    *cap = n;
    return 0;
}

static void ste_free(PymSymtableEntry *ste)
{
    pym_symmap_fini(&ste->symbols);
    for (int i = 0; i < ste->nvarnames; i++)
        PYM_DECREF(ste->varnames[i]);
    pym_mem_free(ste->varnames);
    pym_mem_free(ste->children);
    pym_mem_free(ste->directives);
    PYM_XDECREF(ste->name);
    pym_mem_free(ste);
}

void pym_symtable_free(PymSymtable *st)
{
    if (!st)
        return;
    for (int i = 0; i < st->nall; i++)
        ste_free(st->all[i]);
    pym_mem_free(st->all);
    pym_ptrmap_fini(&st->by_key);
    pym_mem_free(st->stack);
    pym_mem_free(st);
}

PymSymtableEntry *pym_symtable_lookup(PymSymtable *st, void *key)
{
    int i = pym_ptrmap_get(&st->by_key, key, -1);
    return i < 0 ? NULL : st->all[i];
}

long pym_symtable_flags(const PymSymtableEntry *ste, PymObject *name)
{
    return pym_symmap_get(&ste->symbols, name, 0);
}

int pym_symtable_scope(const PymSymtableEntry *ste, PymObject *name)
{
    return (int)((pym_symtable_flags(ste, name) >> PYM_SCOPE_OFFSET) & PYM_SCOPE_MASK);
}

static int enter_block(PymSymtable *st, PymObject *name, const char *cname, PymBlockType type,
                       void *key, int lineno, int col, int end_lineno, int end_col)
{
    PymSymtableEntry *ste = pym_mem_calloc(1, sizeof(*ste));
    if (!ste) {
        pym_err_no_memory();
        return 0;
    }
    pym_symmap_init(&ste->symbols);
    ste->type = type;
    ste->key = key;
    ste->name = name ? PYM_NEWREF(name) : pym_str_intern_cstr(cname);
    ste->lineno = lineno;
    ste->col_offset = col;
    ste->end_lineno = end_lineno;
    ste->end_col_offset = end_col;
    if (grow((void **)&st->all, &st->cap_all, st->nall + 1, sizeof(*st->all)) < 0) {
        ste_free(ste);
        return 0;
    }
    st->all[st->nall++] = ste;
    if (!ste->name)
        return 0;
    if (type != PYM_BLOCK_ANNOTATION && pym_ptrmap_set(&st->by_key, key, st->nall - 1) < 0)
        return 0;
    PymSymtableEntry *prev = st->cur;
    if (prev && (prev->nested || prev->type == PYM_BLOCK_FUNCTION))
        ste->nested = 1;
    if (prev)
        ste->comp_iter_expr = prev->comp_iter_expr;
    if (grow((void **)&st->stack, &st->cap_stack, st->nstack + 1, sizeof(*st->stack)) < 0)
        return 0;
    st->stack[st->nstack++] = ste;
    st->cur = ste;
    if (type == PYM_BLOCK_MODULE)
        st->top = ste;
    if (prev && type != PYM_BLOCK_ANNOTATION) {
        if (grow((void **)&prev->children, &prev->cap_children, prev->nchildren + 1,
                 sizeof(*prev->children)) < 0)
            return 0;
        prev->children[prev->nchildren++] = ste;
    }
    return 1;
}

static int exit_block(PymSymtable *st)
{
    st->nstack--;
    st->cur = st->nstack > 0 ? st->stack[st->nstack - 1] : NULL;
    return 1;
}

static int record_directive(PymSymtable *st, PymObject *name, int lineno, int col,
                            int end_lineno, int end_col)
{
    PymSymtableEntry *ste = st->cur;
    if (grow((void **)&ste->directives, &ste->cap_directives, ste->ndirectives + 1,
             sizeof(*ste->directives)) < 0)
        return 0;
    PymSymDirective *d = &ste->directives[ste->ndirectives++];
    d->name = name;
    d->lineno = lineno;
    d->col_offset = col;
    d->end_lineno = end_lineno;
    d->end_col_offset = end_col;
    return 1;
}

/* ---- mangling ------------------------------------------------------------ */

PymObject *pym_symtable_mangle(PymObject *private_name, PymObject *name)
{
    PymSize nlen, plen;
    const char *ident = pym_str_as_utf8_and_size(name, &nlen);
    if (!private_name || !ident || nlen < 2 || ident[0] != '_' || ident[1] != '_')
        return PYM_NEWREF(name);
    /* leave __dunder__ names and dotted module names alone */
    if ((ident[nlen - 1] == '_' && ident[nlen - 2] == '_') || memchr(ident, '.', (size_t)nlen))
        return PYM_NEWREF(name);
    const char *priv = pym_str_as_utf8_and_size(private_name, &plen);
    if (!priv)
        return NULL;
    while (plen > 0 && *priv == '_') {
        priv++;
        plen--;
    }
    if (plen == 0)
        return PYM_NEWREF(name);
    char *buf = pym_mem_malloc((size_t)(1 + plen + nlen + 1));
    if (!buf)
        return pym_err_no_memory();
    buf[0] = '_';
    memcpy(buf + 1, priv, (size_t)plen);
    memcpy(buf + 1 + plen, ident, (size_t)nlen);
    buf[1 + plen + nlen] = '\0';
    PymObject *result = pym_str_intern_cstr(buf);
    pym_mem_free(buf);
    return result;
}

/* ---- the visit ---------------------------------------------------------- */

#define DUPLICATE_ARGUMENT "duplicate argument '%U' in function definition"
#define NAMED_EXPR_COMP_INNER_LOOP_CONFLICT \
    "comprehension inner loop cannot rebind assignment expression target '%U'"

static int add_def_helper(PymSymtable *st, PymObject *name, int flag, PymSymtableEntry *ste,
                          int lineno, int col, int end_lineno, int end_col)
{
    PymObject *mangled = pym_symtable_mangle(st->private_name, name);
    if (!mangled)
        return 0;
    long val;
    int found = pym_symmap_find(&ste->symbols, mangled);
    if (found >= 0) {
        val = ste->symbols.entries[found].value;
        if ((flag & PYM_DEF_PARAM) && (val & PYM_DEF_PARAM)) {
            PYM_DECREF(mangled);
            return error_at(st, pym_str_from_format(DUPLICATE_ARGUMENT, name), lineno, col,
                            end_lineno, end_col);
        }
        val |= flag;
    }
    else {
        val = flag;
    }
    if (ste->comp_iter_target) {
        /* an iteration variable of a comprehension must not clash with a
         * walrus target bound in the same comprehension */
        if (val & (PYM_DEF_GLOBAL | PYM_DEF_NONLOCAL)) {
            PYM_DECREF(mangled);
            return error_at(st, pym_str_from_format(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name),
                            lineno, col, end_lineno, end_col);
        }
        val |= PYM_DEF_COMP_ITER;
    }
    if (pym_symmap_set(&ste->symbols, mangled, val) < 0)
        goto error;
    if (flag & PYM_DEF_PARAM) {
        if (grow((void **)&ste->varnames, &ste->cap_varnames, ste->nvarnames + 1,
                 sizeof(*ste->varnames)) < 0)
            goto error;
        ste->varnames[ste->nvarnames++] = PYM_NEWREF(mangled);
    }
    else if (flag & PYM_DEF_GLOBAL) {
        long g = pym_symmap_get(&st->top->symbols, mangled, 0);
        if (pym_symmap_set(&st->top->symbols, mangled, g | flag) < 0)
            goto error;
    }
    PYM_DECREF(mangled);
    return 1;
error:
    PYM_DECREF(mangled);
    return 0;
}

static int add_def(PymSymtable *st, PymObject *name, int flag, int lineno, int col,
                   int end_lineno, int end_col)
{
    return add_def_helper(st, name, flag, st->cur, lineno, col, end_lineno, end_col);
}

static long lookup(PymSymtable *st, PymObject *name)
{
    PymObject *mangled = pym_symtable_mangle(st->private_name, name);
    if (!mangled)
        return -1;
    long flags = pym_symmap_get(&st->cur->symbols, mangled, 0);
    PYM_DECREF(mangled);
    return flags;
}

static int visit_stmt(PymSymtable *st, PymStmt *s);
static int visit_expr(PymSymtable *st, PymExpr *e);

static int visit_stmts(PymSymtable *st, PymAstSeq *seq)
{
    if (!seq)
        return 1;
    for (int i = 0; i < seq->count; i++)
        if (!visit_stmt(st, seq->items[i]))
            return 0;
    return 1;
}

static int visit_exprs(PymSymtable *st, PymAstSeq *seq)
{
    if (!seq)
        return 1;
    for (int i = 0; i < seq->count; i++)
        if (seq->items[i] && !visit_expr(st, seq->items[i]))
            return 0;
    return 1;
}

static int visit_keywords(PymSymtable *st, PymAstSeq *seq)
{
    if (!seq)
        return 1;
    for (int i = 0; i < seq->count; i++) {
        PymKeyword *kw = seq->items[i];
        if (!visit_expr(st, kw->value))
            return 0;
    }
    return 1;
}

static int visit_params(PymSymtable *st, PymAstSeq *args)
{
    if (!args)
        return 1;
    for (int i = 0; i < args->count; i++) {
        PymArg *arg = args->items[i];
        if (!add_def(st, arg->arg, PYM_DEF_PARAM, LOC_ARGS(arg->pos)))
            return 0;
    }
    return 1;
}

static int visit_arguments(PymSymtable *st, PymArguments *a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return 0;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, PYM_DEF_PARAM, LOC_ARGS(a->vararg->pos)))
            return 0;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, PYM_DEF_PARAM, LOC_ARGS(a->kwarg->pos)))
            return 0;
        st->cur->varkeywords = 1;
    }
    return 1;
}

/* With `from __future__ import annotations` an annotation becomes a
 * string: it is visited in a detached block (its names are no uses of the
 * enclosing scope), only to reject yield / walrus / await inside it. */
static int enter_annotation_block(PymSymtable *st, void *key, PymAstPos pos)
{
    return enter_block(st, NULL, "_annotation", PYM_BLOCK_ANNOTATION, key, pos.lineno,
                       pos.col_offset, pos.end_lineno, pos.end_col_offset);
}

static int visit_annotation(PymSymtable *st, PymExpr *annotation)
{
    if (st->future_annotations && !enter_annotation_block(st, annotation, annotation->pos))
        return 0;
    if (!visit_expr(st, annotation))
        return 0;
    if (st->future_annotations)
        exit_block(st);
    return 1;
}

static int visit_argannotations(PymSymtable *st, PymAstSeq *args)
{
    if (!args)
        return 1;
    for (int i = 0; i < args->count; i++) {
        PymArg *arg = args->items[i];
        if (arg->annotation && !visit_expr(st, arg->annotation))
            return 0;
    }
    return 1;
}

static int visit_annotations(PymSymtable *st, PymStmt *s, PymArguments *a, PymExpr *returns)
{
    if (st->future_annotations && !enter_annotation_block(st, s, s->pos))
        return 0;
    if (!visit_argannotations(st, a->posonlyargs) || !visit_argannotations(st, a->args))
        return 0;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation))
        return 0;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation))
        return 0;
    if (!visit_argannotations(st, a->kwonlyargs))
        return 0;
    if (st->future_annotations)
        exit_block(st);
    if (returns && !visit_annotation(st, returns))
        return 0;
    return 1;
}

static int not_in_annotation(PymSymtable *st, const char *what, PymExpr *e)
{
    if (st->cur->type != PYM_BLOCK_ANNOTATION)
        return 1;
    return error_at(st, pym_str_from_format("'%s' can not be used within an annotation", what),
                    LOC_ARGS(e->pos));
}

static int visit_alias(PymSymtable *st, PymAlias *a)
{
    /* `import a.b.c` binds a; `import a.b as c` binds c */
    PymObject *store_name;
    if (a->asname) {
        store_name = PYM_NEWREF(a->asname);
    }
    else {
        PymSize n;
        const char *s = pym_str_as_utf8_and_size(a->name, &n);
        if (!s)
            return 0;
        const char *dot = memchr(s, '.', (size_t)n);
        if (dot) {
            PymObject *sub = pym_str_from_utf8(s, dot - s);
            if (!sub)
                return 0;
            pym_str_intern_in_place(&sub);
            store_name = sub;
        }
        else {
            store_name = PYM_NEWREF(a->name);
        }
    }
    if (pym_str_equal_cstr(a->name, "*")) {
        PYM_DECREF(store_name);
        if (st->cur->type != PYM_BLOCK_MODULE)
            return error_at(st, pym_str_from_cstr("import * only allowed at module level"),
                            LOC_ARGS(a->pos));
        return 1;
    }
    int r = add_def(st, store_name, PYM_DEF_IMPORT, LOC_ARGS(a->pos));
    PYM_DECREF(store_name);
    return r;
}

static int visit_global_or_nonlocal(PymSymtable *st, PymStmt *s, int is_global)
{
    PymAstSeq *names = is_global ? s->v.global.names : s->v.nonlocal.names;
    for (int i = 0; i < names->count; i++) {
        PymObject *name = names->items[i];
        long cur = lookup(st, name);
        if (cur < 0)
            return 0;
        if (cur & (PYM_DEF_PARAM | PYM_DEF_LOCAL | PYM_DEF_USE | PYM_DEF_ANNOT)) {
            const char *fmt;
            if (cur & PYM_DEF_PARAM)
                fmt = is_global ? "name '%U' is parameter and global"
                                : "name '%U' is parameter and nonlocal";
            else if (cur & PYM_DEF_USE)
                fmt = is_global ? "name '%U' is used prior to global declaration"
                                : "name '%U' is used prior to nonlocal declaration";
            else if (cur & PYM_DEF_ANNOT)
                fmt = is_global ? "annotated name '%U' can't be global"
                                : "annotated name '%U' can't be nonlocal";
            else
                fmt = is_global ? "name '%U' is assigned to before global declaration"
                                : "name '%U' is assigned to before nonlocal declaration";
            return error_at(st, pym_str_from_format(fmt, name), LOC_ARGS(s->pos));
        }
        if (!add_def(st, name, is_global ? PYM_DEF_GLOBAL : PYM_DEF_NONLOCAL, LOC_ARGS(s->pos)))
            return 0;
        if (!record_directive(st, name, LOC_ARGS(s->pos)))
            return 0;
    }
    return 1;
}

static int visit_stmt1(PymSymtable *st, PymStmt *s);

static int visit_stmt(PymSymtable *st, PymStmt *s)
{
    if (++st->recursion_depth > st->recursion_limit) {
        pym_err_set_string(&pym_exc_RecursionError,
                           "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = visit_stmt1(st, s);
    st->recursion_depth--;
    return ok;
}

static int visit_stmt1(PymSymtable *st, PymStmt *s)
{
    switch (s->kind) {
    case PYM_STMT_FUNCTIONDEF:
    case PYM_STMT_ASYNCFUNCTIONDEF: {
        PymArguments *args = s->v.functiondef.args;
        if (!add_def(st, s->v.functiondef.name, PYM_DEF_LOCAL, LOC_ARGS(s->pos)))
            return 0;
        if (!visit_exprs(st, args->defaults) || !visit_exprs(st, args->kw_defaults))
            return 0;
        if (!visit_annotations(st, s, args, s->v.functiondef.returns))
            return 0;
        if (!visit_exprs(st, s->v.functiondef.decorator_list))
            return 0;
        if (!enter_block(st, s->v.functiondef.name, NULL, PYM_BLOCK_FUNCTION, s, LOC_ARGS(s->pos)))
            return 0;
        if (s->kind == PYM_STMT_ASYNCFUNCTIONDEF)
            st->cur->coroutine = 1;
        if (!visit_arguments(st, args) || !visit_stmts(st, s->v.functiondef.body))
            return 0;
        return exit_block(st);
    }
    case PYM_STMT_CLASSDEF: {
        if (!add_def(st, s->v.classdef.name, PYM_DEF_LOCAL, LOC_ARGS(s->pos)))
            return 0;
        if (!visit_exprs(st, s->v.classdef.bases) || !visit_keywords(st, s->v.classdef.keywords) ||
            !visit_exprs(st, s->v.classdef.decorator_list))
            return 0;
        if (!enter_block(st, s->v.classdef.name, NULL, PYM_BLOCK_CLASS, s, LOC_ARGS(s->pos)))
            return 0;
        PymObject *saved = st->private_name;
        st->private_name = s->v.classdef.name;
        int ok = visit_stmts(st, s->v.classdef.body);
        st->private_name = saved;
        return ok && exit_block(st);
    }
    case PYM_STMT_RETURN:
        if (s->v.return_.value) {
            if (!visit_expr(st, s->v.return_.value))
                return 0;
            st->cur->returns_value = 1;
        }
        return 1;
    case PYM_STMT_DELETE:
        return visit_exprs(st, s->v.delete_.targets);
    case PYM_STMT_ASSIGN:
        return visit_exprs(st, s->v.assign.targets) && visit_expr(st, s->v.assign.value);
    case PYM_STMT_ANNASSIGN: {
        PymExpr *target = s->v.annassign.target;
        if (target->kind == PYM_EXPR_NAME) {
            long cur = lookup(st, target->v.name.id);
            if (cur < 0)
                return 0;
            if ((cur & (PYM_DEF_GLOBAL | PYM_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.annassign.simple) {
                const char *fmt = (cur & PYM_DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                                         : "annotated name '%U' can't be nonlocal";
                return error_at(st, pym_str_from_format(fmt, target->v.name.id), LOC_ARGS(s->pos));
            }
            if (s->v.annassign.simple) {
                if (!add_def(st, target->v.name.id, PYM_DEF_ANNOT | PYM_DEF_LOCAL,
                             LOC_ARGS(target->pos)))
                    return 0;
            }
            else if (s->v.annassign.value) {
                if (!add_def(st, target->v.name.id, PYM_DEF_LOCAL, LOC_ARGS(target->pos)))
                    return 0;
            }
        }
        else if (!visit_expr(st, target)) {
            return 0;
        }
        if (!visit_annotation(st, s->v.annassign.annotation))
            return 0;
        if (s->v.annassign.value && !visit_expr(st, s->v.annassign.value))
            return 0;
        return 1;
    }
    case PYM_STMT_AUGASSIGN:
        return visit_expr(st, s->v.augassign.target) && visit_expr(st, s->v.augassign.value);
    case PYM_STMT_FOR:
    case PYM_STMT_ASYNCFOR:
        return visit_expr(st, s->v.for_.target) && visit_expr(st, s->v.for_.iter) &&
               visit_stmts(st, s->v.for_.body) && visit_stmts(st, s->v.for_.orelse);
    case PYM_STMT_WHILE:
        return visit_expr(st, s->v.while_.test) && visit_stmts(st, s->v.while_.body) &&
               visit_stmts(st, s->v.while_.orelse);
    case PYM_STMT_IF:
        return visit_expr(st, s->v.if_.test) && visit_stmts(st, s->v.if_.body) &&
               visit_stmts(st, s->v.if_.orelse);
    case PYM_STMT_WITH:
    case PYM_STMT_ASYNCWITH:
        for (int i = 0; i < s->v.with.items->count; i++) {
            PymWithItem *item = s->v.with.items->items[i];
            if (!visit_expr(st, item->context_expr))
                return 0;
            if (item->optional_vars && !visit_expr(st, item->optional_vars))
                return 0;
        }
        return visit_stmts(st, s->v.with.body);
    case PYM_STMT_RAISE:
        if (s->v.raise.exc && !visit_expr(st, s->v.raise.exc))
            return 0;
        if (s->v.raise.cause && !visit_expr(st, s->v.raise.cause))
            return 0;
        return 1;
    case PYM_STMT_TRY:
    case PYM_STMT_TRYSTAR:
        if (!visit_stmts(st, s->v.try_.body))
            return 0;
        if (!visit_stmts(st, s->v.try_.orelse))
            return 0;
        if (s->v.try_.handlers) {
            for (int i = 0; i < s->v.try_.handlers->count; i++) {
                PymExceptHandler *h = s->v.try_.handlers->items[i];
                if (h->type && !visit_expr(st, h->type))
                    return 0;
                if (h->name && !add_def(st, h->name, PYM_DEF_LOCAL, LOC_ARGS(h->pos)))
                    return 0;
                if (!visit_stmts(st, h->body))
                    return 0;
            }
        }
        return visit_stmts(st, s->v.try_.finalbody);
    case PYM_STMT_ASSERT:
        if (!visit_expr(st, s->v.assert_.test))
            return 0;
        if (s->v.assert_.msg && !visit_expr(st, s->v.assert_.msg))
            return 0;
        return 1;
    case PYM_STMT_IMPORT:
        for (int i = 0; i < s->v.import.names->count; i++)
            if (!visit_alias(st, s->v.import.names->items[i]))
                return 0;
        return 1;
    case PYM_STMT_IMPORTFROM:
        for (int i = 0; i < s->v.importfrom.names->count; i++)
            if (!visit_alias(st, s->v.importfrom.names->items[i]))
                return 0;
        return 1;
    case PYM_STMT_GLOBAL:
        return visit_global_or_nonlocal(st, s, 1);
    case PYM_STMT_NONLOCAL:
        return visit_global_or_nonlocal(st, s, 0);
    case PYM_STMT_EXPR:
        return visit_expr(st, s->v.expr.value);
    case PYM_STMT_MATCH:
    case PYM_STMT_PASS:
    case PYM_STMT_BREAK:
    case PYM_STMT_CONTINUE:
        return 1;
    }
    return 1;
}

/* A walrus inside a comprehension binds in the nearest enclosing function
 * (or module) block, not in the comprehension itself. */
static int extend_namedexpr_scope(PymSymtable *st, PymExpr *target)
{
    PymObject *name = target->v.name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        PymSymtableEntry *ste = st->stack[i];
        if (ste->comprehension) {
            long in_scope = pym_symmap_get(&ste->symbols, name, 0);
            if (in_scope & PYM_DEF_COMP_ITER)
                return error_at(st,
                                pym_str_from_format("assignment expression cannot rebind "
                                                    "comprehension iteration variable '%U'",
                                                    name),
                                LOC_ARGS(target->pos));
            continue;
        }
        if (ste->type == PYM_BLOCK_FUNCTION) {
            long in_scope = pym_symmap_get(&ste->symbols, name, 0);
            int flag = (in_scope & PYM_DEF_GLOBAL) ? PYM_DEF_GLOBAL : PYM_DEF_NONLOCAL;
            if (!add_def(st, name, flag, LOC_ARGS(target->pos)))
                return 0;
            if (!record_directive(st, name, LOC_ARGS(target->pos)))
                return 0;
            return add_def_helper(st, name, PYM_DEF_LOCAL, ste, LOC_ARGS(target->pos));
        }
        if (ste->type == PYM_BLOCK_MODULE) {
            if (!add_def(st, name, PYM_DEF_GLOBAL, LOC_ARGS(target->pos)))
                return 0;
            if (!record_directive(st, name, LOC_ARGS(target->pos)))
                return 0;
            return add_def_helper(st, name, PYM_DEF_GLOBAL, ste, LOC_ARGS(target->pos));
        }
        if (ste->type == PYM_BLOCK_CLASS)
            return error_at(st,
                            pym_str_from_cstr("assignment expression within a comprehension "
                                              "cannot be used in a class body"),
                            LOC_ARGS(target->pos));
    }
    return 1;
}

static int comp_iter_expr_error(PymSymtable *st, PymExpr *e)
{
    return error_at(st,
                    pym_str_from_cstr("assignment expression cannot be used in a "
                                      "comprehension iterable expression"),
                    LOC_ARGS(e->pos));
}

static int visit_comprehension(PymSymtable *st, PymComprehension *lc)
{
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, lc->target))
        return 0;
    st->cur->comp_iter_target = 0;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, lc->iter))
        return 0;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, lc->ifs))
        return 0;
    if (lc->is_async)
        st->cur->coroutine = 1;
    return 1;
}

static int handle_comprehension(PymSymtable *st, PymExpr *e, const char *scope_name,
                                PymAstSeq *generators, PymExpr *elt, PymExpr *value,
                                PymComprehensionKind kind)
{
    PymComprehension *outermost = generators->items[0];
    /* the outermost iterable is evaluated in the enclosing scope */
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outermost->iter))
        return 0;
    st->cur->comp_iter_expr--;
    if (!enter_block(st, NULL, scope_name, PYM_BLOCK_FUNCTION, e, LOC_ARGS(e->pos)))
        return 0;
    st->cur->comprehension = kind;
    if (outermost->is_async)
        st->cur->coroutine = 1;
    /* the outermost iterator arrives as the implicit argument ".0" */
    PymObject *dot0 = pym_str_intern_cstr(".0");
    if (!dot0)
        return 0;
    int ok = add_def(st, dot0, PYM_DEF_PARAM, LOC_ARGS(e->pos));
    PYM_DECREF(dot0);
    if (!ok)
        return 0;
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, outermost->target))
        return 0;
    st->cur->comp_iter_target = 0;
    if (!visit_exprs(st, outermost->ifs))
        return 0;
    for (int i = 1; i < generators->count; i++)
        if (!visit_comprehension(st, generators->items[i]))
            return 0;
    if (value && !visit_expr(st, value))
        return 0;
    if (!visit_expr(st, elt))
        return 0;
    st->cur->generator = kind == PYM_COMP_GENEXP;
    int is_async = st->cur->coroutine && kind != PYM_COMP_GENEXP;
    exit_block(st);
    if (is_async)
        st->cur->coroutine = 1;
    return 1;
}

static int yield_in_comprehension(PymSymtable *st, PymExpr *e)
{
    const char *msg;
    switch (st->cur->comprehension) {
    case PYM_COMP_LIST: msg = "'yield' inside list comprehension"; break;
    case PYM_COMP_SET: msg = "'yield' inside set comprehension"; break;
    case PYM_COMP_DICT: msg = "'yield' inside dict comprehension"; break;
    default: msg = "'yield' inside generator expression"; break;
    }
    return error_at(st, pym_str_from_cstr(msg), LOC_ARGS(e->pos));
}

static int visit_expr1(PymSymtable *st, PymExpr *e);

static int visit_expr(PymSymtable *st, PymExpr *e)
{
    if (++st->recursion_depth > st->recursion_limit) {
        pym_err_set_string(&pym_exc_RecursionError,
                           "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = visit_expr1(st, e);
    st->recursion_depth--;
    return ok;
}

static int visit_expr1(PymSymtable *st, PymExpr *e)
{
    switch (e->kind) {
    case PYM_EXPR_NAMEDEXPR:
        if (!not_in_annotation(st, "named expression", e))
            return 0;
        if (st->cur->comp_iter_expr > 0)
            return comp_iter_expr_error(st, e);
        if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.namedexpr.target))
            return 0;
        return visit_expr(st, e->v.namedexpr.value) && visit_expr(st, e->v.namedexpr.target);
    case PYM_EXPR_BOOLOP:
        return visit_exprs(st, e->v.boolop.values);
    case PYM_EXPR_BINOP:
        return visit_expr(st, e->v.binop.left) && visit_expr(st, e->v.binop.right);
    case PYM_EXPR_UNARYOP:
        return visit_expr(st, e->v.unaryop.operand);
    case PYM_EXPR_LAMBDA: {
        PymArguments *args = e->v.lambda.args;
        if (!visit_exprs(st, args->defaults) || !visit_exprs(st, args->kw_defaults))
            return 0;
        if (!enter_block(st, NULL, "lambda", PYM_BLOCK_FUNCTION, e, LOC_ARGS(e->pos)))
            return 0;
        if (!visit_arguments(st, args) || !visit_expr(st, e->v.lambda.body))
            return 0;
        return exit_block(st);
    }
    case PYM_EXPR_IFEXP:
        return visit_expr(st, e->v.ifexp.test) && visit_expr(st, e->v.ifexp.body) &&
               visit_expr(st, e->v.ifexp.orelse);
    case PYM_EXPR_DICT:
        return visit_exprs(st, e->v.dict.keys) && visit_exprs(st, e->v.dict.values);
    case PYM_EXPR_SET:
        return visit_exprs(st, e->v.set.elts);
    case PYM_EXPR_GENERATOREXP:
        return handle_comprehension(st, e, "genexpr", e->v.generatorexp.generators,
                                    e->v.generatorexp.elt, NULL, PYM_COMP_GENEXP);
    case PYM_EXPR_LISTCOMP:
        return handle_comprehension(st, e, "listcomp", e->v.listcomp.generators,
                                    e->v.listcomp.elt, NULL, PYM_COMP_LIST);
    case PYM_EXPR_SETCOMP:
        return handle_comprehension(st, e, "setcomp", e->v.setcomp.generators,
                                    e->v.setcomp.elt, NULL, PYM_COMP_SET);
    case PYM_EXPR_DICTCOMP:
        return handle_comprehension(st, e, "dictcomp", e->v.dictcomp.generators,
                                    e->v.dictcomp.key, e->v.dictcomp.value, PYM_COMP_DICT);
    case PYM_EXPR_YIELD:
        if (!not_in_annotation(st, "yield expression", e))
            return 0;
        if (e->v.yield.value && !visit_expr(st, e->v.yield.value))
            return 0;
        st->cur->generator = 1;
        if (st->cur->comprehension)
            return yield_in_comprehension(st, e);
        return 1;
    case PYM_EXPR_YIELDFROM:
        if (!not_in_annotation(st, "yield expression", e))
            return 0;
        if (!visit_expr(st, e->v.yieldfrom.value))
            return 0;
        st->cur->generator = 1;
        if (st->cur->comprehension)
            return yield_in_comprehension(st, e);
        return 1;
    case PYM_EXPR_AWAIT:
        if (!not_in_annotation(st, "await expression", e))
            return 0;
        if (!visit_expr(st, e->v.await_.value))
            return 0;
        st->cur->coroutine = 1;
        return 1;
    case PYM_EXPR_COMPARE:
        return visit_expr(st, e->v.compare.left) && visit_exprs(st, e->v.compare.comparators);
    case PYM_EXPR_CALL:
        return visit_expr(st, e->v.call.func) && visit_exprs(st, e->v.call.args) &&
               visit_keywords(st, e->v.call.keywords);
    case PYM_EXPR_FORMATTEDVALUE:
        if (!visit_expr(st, e->v.formattedvalue.value))
            return 0;
        if (e->v.formattedvalue.format_spec && !visit_expr(st, e->v.formattedvalue.format_spec))
            return 0;
        return 1;
    case PYM_EXPR_JOINEDSTR:
        return visit_exprs(st, e->v.joinedstr.values);
    case PYM_EXPR_CONSTANT:
        return 1;
    case PYM_EXPR_ATTRIBUTE:
        return visit_expr(st, e->v.attribute.value);
    case PYM_EXPR_SUBSCRIPT:
        return visit_expr(st, e->v.subscript.value) && visit_expr(st, e->v.subscript.slice);
    case PYM_EXPR_STARRED:
        return visit_expr(st, e->v.starred.value);
    case PYM_EXPR_SLICE:
        if (e->v.slice.lower && !visit_expr(st, e->v.slice.lower))
            return 0;
        if (e->v.slice.upper && !visit_expr(st, e->v.slice.upper))
            return 0;
        if (e->v.slice.step && !visit_expr(st, e->v.slice.step))
            return 0;
        return 1;
    case PYM_EXPR_NAME:
        if (!add_def(st, e->v.name.id, e->v.name.ctx == PYM_LOAD ? PYM_DEF_USE : PYM_DEF_LOCAL,
                     LOC_ARGS(e->pos)))
            return 0;
        /* a call of super() inside a method needs the implicit __class__ cell */
        if (e->v.name.ctx == PYM_LOAD && st->cur->type == PYM_BLOCK_FUNCTION &&
            pym_str_equal_cstr(e->v.name.id, "super")) {
            if (!add_def(st, PYM_ID(__class__), PYM_DEF_USE, LOC_ARGS(e->pos)))
                return 0;
        }
        return 1;
    case PYM_EXPR_LIST:
        return visit_exprs(st, e->v.list.elts);
    case PYM_EXPR_TUPLE:
        return visit_exprs(st, e->v.tuple.elts);
    }
    return 1;
}

/* ---- the analysis ------------------------------------------------------- */

static int error_at_directive(PymSymtable *st, PymSymtableEntry *ste, PymObject *name,
                              PymObject *msg_steal)
{
    for (int i = 0; i < ste->ndirectives; i++) {
        PymSymDirective *d = &ste->directives[i];
        if (name_equal(d->name, name))
            return error_at(st, msg_steal, d->lineno, d->col_offset, d->end_lineno,
                            d->end_col_offset);
    }
    return error_at(st, msg_steal, ste->lineno, ste->col_offset, ste->end_lineno,
                    ste->end_col_offset);
}

static int analyze_name(PymSymtable *st, PymSymtableEntry *ste, PymSymMap *scopes,
                        PymObject *name, long flags, NameSet *bound, NameSet *local,
                        NameSet *free, NameSet *global)
{
    if (flags & PYM_DEF_GLOBAL) {
        if (flags & PYM_DEF_NONLOCAL)
            return error_at_directive(st, ste, name,
                                      pym_str_from_format("name '%U' is nonlocal and global",
                                                          name));
        if (pym_symmap_set(scopes, name, PYM_SCOPE_GLOBAL_EXPLICIT) < 0 || set_add(global, name) < 0)
            return 0;
        if (bound)
            set_discard(bound, name);
        return 1;
    }
    if (flags & PYM_DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, ste, name,
                                      pym_str_from_cstr("nonlocal declaration not allowed at "
                                                        "module level"));
        if (!set_contains(bound, name))
            return error_at_directive(st, ste, name,
                                      pym_str_from_format("no binding for nonlocal '%U' found",
                                                          name));
        if (pym_symmap_set(scopes, name, PYM_SCOPE_FREE) < 0)
            return 0;
        ste->free = 1;
        return set_add(free, name) == 0;
    }
    if (flags & PYM_DEF_BOUND) {
        if (pym_symmap_set(scopes, name, PYM_SCOPE_LOCAL) < 0 || set_add(local, name) < 0)
            return 0;
        set_discard(global, name);
        return 1;
    }
    /* bound in an enclosing function: free here */
    if (bound && set_contains(bound, name)) {
        if (pym_symmap_set(scopes, name, PYM_SCOPE_FREE) < 0)
            return 0;
        ste->free = 1;
        return set_add(free, name) == 0;
    }
    if (global && set_contains(global, name))
        return pym_symmap_set(scopes, name, PYM_SCOPE_GLOBAL_IMPLICIT) >= 0;
    if (ste->nested)
        ste->free = 1;
    return pym_symmap_set(scopes, name, PYM_SCOPE_GLOBAL_IMPLICIT) >= 0;
}

/* Locals of a function that nested blocks use become cells. */
static void analyze_cells(PymSymMap *scopes, NameSet *free)
{
    for (int i = 0; i < scopes->count; i++) {
        PymSymMapEntry *en = &scopes->entries[i];
        if (en->value != PYM_SCOPE_LOCAL)
            continue;
        if (!set_contains(free, en->key))
            continue;
        en->value = PYM_SCOPE_CELL;
        set_discard(free, en->key);
    }
}

static int update_symbols(PymSymMap *symbols, PymSymMap *scopes, NameSet *bound,
                          NameSet *free, int classflag)
{
    for (int i = 0; i < symbols->count; i++) {
        PymSymMapEntry *en = &symbols->entries[i];
        long scope = pym_symmap_get(scopes, en->key, 0);
        en->value |= scope << PYM_SCOPE_OFFSET;
    }
    /* free variables of children not resolved here propagate upwards */
    for (int i = 0; i < free->count; i++) {
        if (!free->entries[i].value)
            continue;
        PymObject *name = free->entries[i].key;
        int found = pym_symmap_find(symbols, name);
        if (found >= 0) {
            /* a method's free variable named like a class-level name */
            if (classflag && (symbols->entries[found].value & (PYM_DEF_BOUND | PYM_DEF_GLOBAL)))
                symbols->entries[found].value |= PYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_contains(bound, name))
            continue;   /* a global */
        if (pym_symmap_set(symbols, name, (long)PYM_SCOPE_FREE << PYM_SCOPE_OFFSET) < 0)
            return 0;
    }
    return 1;
}

static int analyze_block(PymSymtable *st, PymSymtableEntry *ste, NameSet *bound, NameSet *free,
                         NameSet *global);

static int analyze_child_block(PymSymtable *st, PymSymtableEntry *entry, NameSet *bound,
                               NameSet *free, NameSet *global, NameSet *child_free)
{
    /* the child works on copies: siblings must not see each other's changes */
    NameSet temp_bound, temp_free, temp_global;
    pym_symmap_init(&temp_bound);
    pym_symmap_init(&temp_free);
    pym_symmap_init(&temp_global);
    int ok = set_update(&temp_bound, bound) == 0 && set_update(&temp_free, free) == 0 &&
             set_update(&temp_global, global) == 0 &&
             analyze_block(st, entry, &temp_bound, &temp_free, &temp_global) &&
             set_update(child_free, &temp_free) == 0;
    pym_symmap_fini(&temp_bound);
    pym_symmap_fini(&temp_free);
    pym_symmap_fini(&temp_global);
    return ok;
}

static int analyze_block(PymSymtable *st, PymSymtableEntry *ste, NameSet *bound, NameSet *free,
                         NameSet *global)
{
    NameSet local, newglobal, newfree, newbound, allfree;
    PymSymMap scopes;
    pym_symmap_init(&local);
    pym_symmap_init(&scopes);
    pym_symmap_init(&newglobal);
    pym_symmap_init(&newfree);
    pym_symmap_init(&newbound);
    pym_symmap_init(&allfree);
    int ok = 0;

    /* Class bindings are invisible to nested blocks: pass the enclosing
     * names down before analysing the class's own names. */
    if (ste->type == PYM_BLOCK_CLASS) {
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0)
            goto done;
    }
    for (int i = 0; i < ste->symbols.count; i++) {
        if (!analyze_name(st, ste, &scopes, ste->symbols.entries[i].key,
                          ste->symbols.entries[i].value, bound, &local, free, global))
            goto done;
    }
    if (ste->type != PYM_BLOCK_CLASS) {
        if (ste->type == PYM_BLOCK_FUNCTION && set_update(&newbound, &local) < 0)
            goto done;
        if (set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0)
            goto done;
    }
    else if (set_add(&newbound, PYM_ID(__class__)) < 0) {
        goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        PymSymtableEntry *child = ste->children[i];
        if (!analyze_child_block(st, child, &newbound, &newfree, &newglobal, &allfree))
            goto done;
        if (child->free || child->child_free)
            ste->child_free = 1;
    }
    if (set_update(&newfree, &allfree) < 0)
        goto done;
    if (ste->type == PYM_BLOCK_FUNCTION)
        analyze_cells(&scopes, &newfree);
    else if (ste->type == PYM_BLOCK_CLASS && set_discard(&newfree, PYM_ID(__class__)))
        ste->needs_class_closure = 1;
    if (!update_symbols(&ste->symbols, &scopes, bound, &newfree, ste->type == PYM_BLOCK_CLASS))
        goto done;
    if (set_update(free, &newfree) < 0)
        goto done;
    ok = 1;
done:
    pym_symmap_fini(&local);
    pym_symmap_fini(&scopes);
    pym_symmap_fini(&newglobal);
    pym_symmap_fini(&newfree);
    pym_symmap_fini(&newbound);
    pym_symmap_fini(&allfree);
    return ok;
}

PymSymtable *pym_symtable_build(PymAstModule *mod, PymObject *filename, int future_annotations)
{
    PymSymtable *st = pym_mem_calloc(1, sizeof(*st));
    if (!st) {
        pym_err_no_memory();
        return NULL;
    }
    st->filename = filename;
    st->future_annotations = future_annotations;
    /* nesting is limited like CPython's: 3 × the recursion limit */
    st->recursion_depth = pym_tstate.recursion_depth * 3;
    st->recursion_limit = pym_tstate.recursion_limit * 3;
    if (!enter_block(st, NULL, "top", PYM_BLOCK_MODULE, mod, 0, 0, 0, 0))
        goto error;
    int ok;
    if (mod->mode == PYM_MODE_EVAL)
        ok = visit_expr(st, mod->expr);
    else
        ok = visit_stmts(st, mod->body);
    if (!ok)
        goto error;
    exit_block(st);
    NameSet free, global;
    pym_symmap_init(&free);
    pym_symmap_init(&global);
    ok = analyze_block(st, st->top, NULL, &free, &global);
    pym_symmap_fini(&free);
    pym_symmap_fini(&global);
    if (!ok)
        goto error;
    return st;
error:
    pym_symtable_free(st);
    return NULL;
}
