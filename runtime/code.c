/* code.c — the code object type: what the compiler produces and the VM runs.
 *
 * Owns: pym_code_new, the code type (dealloc, repr, the co_* attributes,
 * co_lines() / co_positions(), __sizeof__) and pym_code_line_of.
 * Invariants: a code object is immutable once made; it owns its
 * instruction, position and exception-table buffers (pym_mem) and a
 * reference to each of its tuples and strings; cell2arg is NULL unless
 * some cell variable is also an argument.  Code objects hold only
 * constants, so they cannot take part in cycles: not a GC type.
 */
#include "pym.h"
#include <stddef.h>
#include <string.h>

/* cell i that is also argument j: cell2arg[i] = j (the frame moves the
 * argument into a fresh cell when it starts). */
static int *compute_cell2arg(PymObject *varnames, PymObject *cellvars, int nargs)
{
    PymSize ncells = PYM_TUPLE_SIZE(cellvars);
    int *cell2arg = NULL;
    for (PymSize i = 0; i < ncells; i++) {
        PymObject *cell = PYM_TUPLE_BORROW_ITEM(cellvars, i);
        for (int j = 0; j < nargs && j < PYM_TUPLE_SIZE(varnames); j++) {
            if (!pym_str_equal(cell, PYM_TUPLE_BORROW_ITEM(varnames, j)))
                continue;
            if (!cell2arg) {
                cell2arg = pym_mem_malloc(sizeof(int) * (size_t)ncells);
                if (!cell2arg)
                    return NULL;
                for (PymSize k = 0; k < ncells; k++)
                    cell2arg[k] = -1;
            }
            cell2arg[i] = j;
            break;
        }
    }
    return cell2arg;
}

PymObject *pym_code_new(PymCodeUnit *code_steal, int ncode, PymCodePosition *positions_steal,
                        PymExceptionTableEntry *table_steal, int ntable, PymObject *consts,
                        PymObject *names, PymObject *varnames, PymObject *cellvars,
                        PymObject *freevars, int argcount, int posonlyargcount,
                        int kwonlyargcount, int stacksize, int flags, int firstlineno,
                        PymObject *name, PymObject *qualname, PymObject *filename)
{
    PymCodeObject *co = (PymCodeObject *)pym_object_new(&pym_code_type);
    if (!co) {
        pym_mem_free(code_steal);
        pym_mem_free(positions_steal);
        pym_mem_free(table_steal);
        return NULL;
    }
    co->code = code_steal;
    co->ncode = ncode;
    co->positions = positions_steal;
    co->exception_table = table_steal;
    co->nexception_entries = ntable;
    co->consts = PYM_NEWREF(consts);
    co->names = PYM_NEWREF(names);
    co->varnames = PYM_NEWREF(varnames);
    co->cellvars = PYM_NEWREF(cellvars);
    co->freevars = PYM_NEWREF(freevars);
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->nlocals = (int)PYM_TUPLE_SIZE(varnames);
    co->ncellvars = (int)PYM_TUPLE_SIZE(cellvars);
    co->nfreevars = (int)PYM_TUPLE_SIZE(freevars);
    co->stacksize = stacksize;
    co->flags = flags;
    co->firstlineno = firstlineno;
    co->name = PYM_NEWREF(name);
    co->qualname = PYM_NEWREF(qualname);
    co->filename = PYM_NEWREF(filename);
    co->weakreflist = NULL;
    co->name_caches = NULL;
    int nargs = argcount + kwonlyargcount + ((flags & PYM_CO_VARARGS) != 0) +
                ((flags & PYM_CO_VARKEYWORDS) != 0);
    co->cell2arg = compute_cell2arg(varnames, cellvars, nargs);
    return (PymObject *)co;
}

int pym_code_line_of(PymCodeObject *co, int instr_index)
{
    if (instr_index < 0 || instr_index >= co->ncode || !co->positions)
        return -1;
    return co->positions[instr_index].lineno;
}

static void code_dealloc(PymObject *self)
{
    PymCodeObject *co = (PymCodeObject *)self;
    if (co->weakreflist)
        pym_weakref_clear_refs(self);
    pym_mem_free(co->code);
    pym_mem_free(co->positions);
    pym_mem_free(co->exception_table);
    pym_mem_free(co->cell2arg);
    pym_raw_free(co->name_caches);
    PYM_XDECREF(co->consts);
    PYM_XDECREF(co->names);
    PYM_XDECREF(co->varnames);
    PYM_XDECREF(co->cellvars);
    PYM_XDECREF(co->freevars);
    PYM_XDECREF(co->name);
    PYM_XDECREF(co->qualname);
    PYM_XDECREF(co->filename);
    pym_object_free(self);
}

static PymObject *code_repr(PymObject *self)
{
    PymCodeObject *co = (PymCodeObject *)self;
    return pym_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name, self,
                               co->filename, co->firstlineno);
}

/* co_code: the instruction words as little-endian bytes. */
static PymObject *code_get_code(PymObject *self, void *closure)
{
    PymCodeObject *co = (PymCodeObject *)self;
    size_t n = (size_t)co->ncode * 4;
    unsigned char *buf = pym_mem_malloc(n + 1);
    if (!buf)
        return pym_err_no_memory();
    for (int i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        buf[4 * i] = (unsigned char)(w & 0xff);
        buf[4 * i + 1] = (unsigned char)((w >> 8) & 0xff);
        buf[4 * i + 2] = (unsigned char)((w >> 16) & 0xff);
        buf[4 * i + 3] = (unsigned char)(w >> 24);
    }
    PymObject *bytes = pym_bytes_from_data(buf, (PymSize)n);
    pym_mem_free(buf);
    return bytes;
}

static PymObject *int_or_none(int v)
{
    return v < 0 ? PYM_NEWREF(PYM_NONE) : pym_int_from_i64(v);
}

/* co_positions(): (lineno, end_lineno, col, end_col) per instruction. */
static PymObject *code_positions(PymObject *self, PymObject *unused)
{
    PymCodeObject *co = (PymCodeObject *)self;
    PymObject *list = pym_list_new(co->ncode);
    if (!list)
        return NULL;
    for (int i = 0; i < co->ncode; i++) {
        PymCodePosition *p = &co->positions[i];
        PymObject *t = pym_tuple_new(4);
        if (!t) {
            PYM_DECREF(list);
            return NULL;
        }
        int values[4] = {p->lineno, p->end_lineno, p->col, p->end_col};
        for (int k = 0; k < 4; k++) {
            PymObject *v = int_or_none(values[k]);
            if (!v) {
                PYM_DECREF(t);
                PYM_DECREF(list);
                return NULL;
            }
            PYM_TUPLE_SET_ITEM_STEAL(t, k, v);
        }
        PYM_LIST_SET_ITEM_STEAL(list, i, t);
    }
    PymObject *it = pym_object_get_iter(list);
    PYM_DECREF(list);
    return it;
}

/* co_lines(): (start, end, lineno) ranges, in CPython's units of 2 bytes
 * per instruction, consecutive instructions of one line merged. */
static PymObject *code_lines(PymObject *self, PymObject *unused)
{
    PymCodeObject *co = (PymCodeObject *)self;
    PymObject *list = pym_list_new(0);
    if (!list)
        return NULL;
    int i = 0;
    while (i < co->ncode) {
        int line = co->positions[i].lineno;
        int j = i + 1;
        while (j < co->ncode && co->positions[j].lineno == line)
            j++;
        PymObject *start = pym_int_from_i64(2 * i), *end = pym_int_from_i64(2 * j);
        PymObject *ln = int_or_none(line);
        PymObject *t = (start && end && ln) ? pym_tuple_pack(3, start, end, ln) : NULL;
        PYM_XDECREF(start);
        PYM_XDECREF(end);
        PYM_XDECREF(ln);
        if (!t || pym_list_append(list, t) < 0) {
            PYM_XDECREF(t);
            PYM_DECREF(list);
            return NULL;
        }
        PYM_DECREF(t);
        i = j;
    }
    PymObject *it = pym_object_get_iter(list);
    PYM_DECREF(list);
    return it;
}

static PymObject *code_sizeof(PymObject *self, PymObject *unused)
{
    PymCodeObject *co = (PymCodeObject *)self;
    size_t size = sizeof(PymCodeObject) + (size_t)co->ncode * sizeof(PymCodeUnit) +
                  (size_t)co->ncode * sizeof(PymCodePosition) +
                  (size_t)co->nexception_entries * sizeof(PymExceptionTableEntry);
    if (co->cell2arg)
        size += (size_t)co->ncellvars * sizeof(int);
    if (co->name_caches)
        size += (size_t)PYM_TUPLE_SIZE(co->names) * sizeof(PymNameCache);
    return pym_int_from_ssize((PymSize)size);
}

static PymMethodDef code_methods[] = {
    PYM_METHOD("co_positions", code_positions, PYM_METH_NOARGS),
    PYM_METHOD("co_lines", code_lines, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", code_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

#define CODE_INT(name, field) \
    {name, PYM_MEMBER_INT, offsetof(PymCodeObject, field), PYM_MEMBER_READONLY, NULL}
#define CODE_OBJ(name, field) \
    {name, PYM_MEMBER_OBJECT, offsetof(PymCodeObject, field), PYM_MEMBER_READONLY, NULL}

static PymMemberDef code_members[] = {
    CODE_INT("co_argcount", argcount),
    CODE_INT("co_posonlyargcount", posonlyargcount),
    CODE_INT("co_kwonlyargcount", kwonlyargcount),
    CODE_INT("co_nlocals", nlocals),
    CODE_INT("co_stacksize", stacksize),
    CODE_INT("co_flags", flags),
    CODE_INT("co_firstlineno", firstlineno),
    CODE_OBJ("co_consts", consts),
    CODE_OBJ("co_names", names),
    CODE_OBJ("co_varnames", varnames),
    CODE_OBJ("co_cellvars", cellvars),
    CODE_OBJ("co_freevars", freevars),
    CODE_OBJ("co_filename", filename),
    CODE_OBJ("co_name", name),
    CODE_OBJ("co_qualname", qualname),
    {NULL, 0, 0, 0, NULL},
};

static PymGetSetDef code_getset[] = {
    {"co_code", code_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_code_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "code",
    .basicsize = sizeof(PymCodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getattro = pym_object_generic_getattr,
    .free = pym_object_free_raw,
    .methods = code_methods,
    .members = code_members,
    .getset = code_getset,
    .weaklistoffset = offsetof(PymCodeObject, weakreflist),
};
