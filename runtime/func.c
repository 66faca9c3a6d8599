/* func.c — function, cell, bound method and built-in function types, and
 * pym_cfunction_call_def (calling a PymMethodDef with the vectorcall
 * convention).
 *
 * Invariants:
 *  - A function holds code, globals, builtins, name and qualname for its
 *    whole life (never NULL); defaults, kwdefaults, closure, annotations
 *    and dict may be NULL.  Calling one is pym_function_call (eval.c).
 *  - A bound method holds a callable func and a non-NULL self.
 *  - A built-in function holds its static PymMethodDef; self is the bound
 *    instance, the module, or NULL.
 *  - All four types are collector-tracked containers.
 */
#include "pym.h"
#include "../src/eval.h"
#include <stddef.h>
#include <string.h>

#define VISIT(o) do { PymObject *v_ = PYM_OB(o); if (v_) { int r_ = visit(v_, arg); if (r_) return r_; } } while (0)

static PymHash hash_pointer(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    /* rotate the low 4 bits away: objects are 16-byte aligned */
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    PymHash h = (PymHash)y;
    return h == -1 ? -2 : h;
}

/* ======================================================================
 * function
 * ====================================================================== */

/* The builtins dict a function defined in `globals` sees (CPython's
 * _PyEval_BuiltinsFromGlobals). Borrowed. */
static PymObject *builtins_from_globals(PymObject *globals)
{
    PymObject *b = pym_dict_getitem_borrow(globals, PYM_ID(__builtins__));
    if (b) {
        if (PYM_MODULE_CHECK(b))
            return pym_module_borrow_dict(b);
        if (PYM_DICT_CHECK(b))
            return b;
    }
    if (pym_err_occurred())
        pym_err_clear();
    if (pym_tstate.frame)
        return pym_tstate.frame->builtins;
    return pym_interp.builtins;
}

PymObject *pym_function_new(PymObject *code, PymObject *globals, PymObject *qualname)
{
    if (!PYM_CODE_CHECK(code) || !PYM_DICT_CHECK(globals)) {
        pym_err_bad_internal_call();
        return NULL;
    }
    PymCodeObject *co = (PymCodeObject *)code;
    PymObject *builtins = builtins_from_globals(globals);
    if (!builtins) {
        pym_err_set_string(&pym_exc_SystemError, "no builtins for function");
        return NULL;
    }
    PymFunctionObject *f = (PymFunctionObject *)pym_type_generic_alloc(&pym_function_type, 0);
    if (!f)
        return NULL;
    f->code = PYM_NEWREF(code);
    f->globals = PYM_NEWREF(globals);
    f->builtins = PYM_NEWREF(builtins);
    f->name = PYM_NEWREF(co->name);
    f->qualname = PYM_NEWREF(qualname ? qualname : co->qualname);
    /* The compiler puts a function's docstring (or None) first among its
     * constants. */
    PymObject *doc = PYM_NONE;
    if (PYM_TUPLE_SIZE(co->consts) > 0 && PYM_STR_CHECK(PYM_TUPLE_BORROW_ITEM(co->consts, 0)))
        doc = PYM_TUPLE_BORROW_ITEM(co->consts, 0);
    f->doc = PYM_NEWREF(doc);
    PymObject *module = pym_dict_getitem_borrow(globals, PYM_ID(__name__));
    if (!module && pym_err_occurred()) {
        PYM_DECREF(f);
        return NULL;
    }
    f->module = PYM_XNEWREF(module);
    pym_gc_track((PymObject *)f);
    return (PymObject *)f;
}

static int function_clear(PymObject *self)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    PYM_CLEAR(f->globals);
    PYM_CLEAR(f->builtins);
    PYM_CLEAR(f->module);
    PYM_CLEAR(f->defaults);
    PYM_CLEAR(f->kwdefaults);
    PYM_CLEAR(f->doc);
    PYM_CLEAR(f->dict);
    PYM_CLEAR(f->closure);
    PYM_CLEAR(f->annotations);
    return 0;
}

static void function_dealloc(PymObject *self)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    pym_gc_untrack(self);
    if (f->weakreflist)
        pym_weakref_clear_refs(self);
    function_clear(self);
    PYM_CLEAR(f->code);
    PYM_CLEAR(f->name);
    PYM_CLEAR(f->qualname);
    pym_object_free(self);
}

static int function_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    VISIT(f->code);
    VISIT(f->globals);
    VISIT(f->builtins);
    VISIT(f->module);
    VISIT(f->defaults);
    VISIT(f->kwdefaults);
    VISIT(f->doc);
    VISIT(f->name);
    VISIT(f->qualname);
    VISIT(f->dict);
    VISIT(f->closure);
    VISIT(f->annotations);
    return 0;
}

static PymObject *function_repr(PymObject *self)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    return pym_str_from_format("<function %U at %p>", f->qualname, (void *)f);
}

static PymObject *function_descr_get(PymObject *func, PymObject *obj, PymObject *type)
{
    if (obj == NULL || obj == PYM_NONE)
        return PYM_NEWREF(func);
    return pym_method_new(func, obj);
}

/* -- attributes -- */

static PymObject *func_get_code(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymFunctionObject *)self)->code);
}

static int func_set_code(PymObject *self, PymObject *value, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (!value || !PYM_CODE_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    PymSize nfree = ((PymCodeObject *)value)->nfreevars;
    PymSize nclosure = f->closure ? PYM_TUPLE_SIZE(f->closure) : 0;
    if (nfree != nclosure) {
        pym_err_format(&pym_exc_ValueError,
                       "%U() requires a code object with %zd free vars, not %zd", f->name,
                       nclosure, nfree);
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(f->code, value);
    return 0;
}

static PymObject *func_get_defaults(PymObject *self, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    return PYM_NEWREF(f->defaults ? f->defaults : PYM_NONE);
}

static int func_set_defaults(PymObject *self, PymObject *value, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (value == PYM_NONE)
        value = NULL;
    if (value && !PYM_TUPLE_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    PYM_XINCREF(value);
    PYM_SETREF(f->defaults, value);
    return 0;
}

static PymObject *func_get_kwdefaults(PymObject *self, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    return PYM_NEWREF(f->kwdefaults ? f->kwdefaults : PYM_NONE);
}

static int func_set_kwdefaults(PymObject *self, PymObject *value, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (value == PYM_NONE)
        value = NULL;
    if (value && !PYM_DICT_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    PYM_XINCREF(value);
    PYM_SETREF(f->kwdefaults, value);
    return 0;
}

static PymObject *func_get_annotations(PymObject *self, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (!f->annotations) {
        f->annotations = pym_dict_new();
        if (!f->annotations)
            return NULL;
    }
    return PYM_NEWREF(f->annotations);
}

static int func_set_annotations(PymObject *self, PymObject *value, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (value == PYM_NONE)
        value = NULL;
    if (value && !PYM_DICT_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    PYM_XINCREF(value);
    PYM_SETREF(f->annotations, value);
    return 0;
}

static PymObject *func_get_dict(PymObject *self, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (!f->dict) {
        f->dict = pym_dict_new();
        if (!f->dict)
            return NULL;
    }
    return PYM_NEWREF(f->dict);
}

static int func_set_dict(PymObject *self, PymObject *value, void *c)
{
    PymFunctionObject *f = (PymFunctionObject *)self;
    if (!value) {
        pym_err_set_string(&pym_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PYM_DICT_CHECK(value)) {
        pym_err_format(&pym_exc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                       PYM_TYPE_NAME(value));
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(f->dict, value);
    return 0;
}

static PymObject *func_get_name(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymFunctionObject *)self)->name);
}

static int func_set_name(PymObject *self, PymObject *value, void *c)
{
    if (!value || !PYM_STR_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(((PymFunctionObject *)self)->name, value);
    return 0;
}

static PymObject *func_get_qualname(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymFunctionObject *)self)->qualname);
}

static int func_set_qualname(PymObject *self, PymObject *value, void *c)
{
    if (!value || !PYM_STR_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(((PymFunctionObject *)self)->qualname, value);
    return 0;
}

static PymGetSetDef function_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMemberDef function_members[] = {
    {"__closure__", PYM_MEMBER_OBJECT, offsetof(PymFunctionObject, closure), PYM_MEMBER_READONLY, NULL},
    {"__doc__", PYM_MEMBER_OBJECT, offsetof(PymFunctionObject, doc), 0, NULL},
    {"__globals__", PYM_MEMBER_OBJECT, offsetof(PymFunctionObject, globals), PYM_MEMBER_READONLY, NULL},
    {"__module__", PYM_MEMBER_OBJECT, offsetof(PymFunctionObject, module), 0, NULL},
    {"__builtins__", PYM_MEMBER_OBJECT, offsetof(PymFunctionObject, builtins), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymObject *function_sizeof(PymObject *self, PymObject *unused)
{
    return pym_int_from_ssize((PymSize)(sizeof(PymFunctionObject) + sizeof(PymGCHead)));
}

static PymMethodDef function_methods[] = {
    PYM_METHOD("__sizeof__", function_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_function_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "function",
    .basicsize = sizeof(PymFunctionObject),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_METHOD_DESCRIPTOR,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .getattro = pym_object_generic_getattr,
    .setattro = pym_object_generic_setattr,
    .call = pym_function_call,
    .descr_get = function_descr_get,
    .traverse = function_traverse,
    .clear = function_clear,
    .free = pym_gc_free,
    .methods = function_methods,
    .members = function_members,
    .getset = function_getset,
    .dictoffset = offsetof(PymFunctionObject, dict),
    .weaklistoffset = offsetof(PymFunctionObject, weakreflist),
};

/* ======================================================================
 * cell
 * ====================================================================== */

PymObject *pym_cell_new(PymObject *value)
{
    PymCellObject *c = (PymCellObject *)pym_type_generic_alloc(&pym_cell_type, 0);
    if (!c)
        return NULL;
    c->ref = PYM_XNEWREF(value);
    pym_gc_track((PymObject *)c);
    return (PymObject *)c;
}

static void cell_dealloc(PymObject *self)
{
    pym_gc_untrack(self);
    PYM_CLEAR(((PymCellObject *)self)->ref);
    pym_object_free(self);
}

static int cell_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    VISIT(((PymCellObject *)self)->ref);
    return 0;
}

static int cell_clear(PymObject *self)
{
    PYM_CLEAR(((PymCellObject *)self)->ref);
    return 0;
}

static PymObject *cell_repr(PymObject *self)
{
    PymObject *ref = ((PymCellObject *)self)->ref;
    if (!ref)
        return pym_str_from_format("<cell at %p: empty>", (void *)self);
    return pym_str_from_format("<cell at %p: %s object at %p>", (void *)self, PYM_TYPE_NAME(ref),
                               (void *)ref);
}

static PymObject *cell_richcompare(PymObject *a, PymObject *b, int op)
{
    if (!PYM_CELL_CHECK(a) || !PYM_CELL_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    PymObject *x = ((PymCellObject *)a)->ref, *y = ((PymCellObject *)b)->ref;
    if (x && y)
        return pym_object_richcompare(x, y, op);
    /* an empty cell sorts before a full one */
    int cmp = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case PYM_LT: r = cmp < 0; break;
    case PYM_LE: r = cmp <= 0; break;
    case PYM_EQ: r = cmp == 0; break;
    case PYM_NE: r = cmp != 0; break;
    case PYM_GT: r = cmp > 0; break;
    default: r = cmp >= 0; break;
    }
    return pym_bool_from(r);
}

static PymObject *cell_get_contents(PymObject *self, void *c)
{
    PymObject *ref = ((PymCellObject *)self)->ref;
    if (!ref) {
        pym_err_set_string(&pym_exc_ValueError, "Cell is empty");
        return NULL;
    }
    return PYM_NEWREF(ref);
}

static int cell_set_contents(PymObject *self, PymObject *value, void *c)
{
    PYM_XINCREF(value);
    PYM_SETREF(((PymCellObject *)self)->ref, value);
    return 0;
}

static PymGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *cell_new(PymType *type, PymObject *const *args, PymSize nargs, PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames)) {
        pym_err_set_string(&pym_exc_TypeError, "cell() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        pym_err_format(&pym_exc_TypeError, "cell expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    return pym_cell_new(nargs ? args[0] : NULL);
}

PymType pym_cell_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "cell",
    .basicsize = sizeof(PymCellObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = pym_object_hash_not_implemented,
    .richcompare = cell_richcompare,
    .getattro = pym_object_generic_getattr,
    .new_ = cell_new,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .free = pym_gc_free,
    .getset = cell_getset,
};

/* ======================================================================
 * bound method
 * ====================================================================== */

PymObject *pym_method_new(PymObject *func, PymObject *self)
{
    if (!func || !self) {
        pym_err_bad_internal_call();
        return NULL;
    }
    PymMethodObject *m = (PymMethodObject *)pym_type_generic_alloc(&pym_method_type, 0);
    if (!m)
        return NULL;
    m->func = PYM_NEWREF(func);
    m->self = PYM_NEWREF(self);
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

static void method_dealloc(PymObject *self)
{
    PymMethodObject *m = (PymMethodObject *)self;
    pym_gc_untrack(self);
    if (m->weakreflist)
        pym_weakref_clear_refs(self);
    PYM_CLEAR(m->func);
    PYM_CLEAR(m->self);
    pym_object_free(self);
}

static int method_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    VISIT(((PymMethodObject *)self)->func);
    VISIT(((PymMethodObject *)self)->self);
    return 0;
}

static int method_clear(PymObject *self)
{
    PYM_CLEAR(((PymMethodObject *)self)->func);
    PYM_CLEAR(((PymMethodObject *)self)->self);
    return 0;
}

enum { METHOD_SMALL_ARGS = 8 };

/* Call func(self, *args): self goes in front of the arguments. */
static PymObject *method_call(PymObject *callable, PymObject *const *args, PymSize nargs,
                              PymObject *kwnames)
{
    PymMethodObject *m = (PymMethodObject *)callable;
    PymSize total = nargs + (kwnames ? PYM_TUPLE_SIZE(kwnames) : 0);
    PymObject *small[METHOD_SMALL_ARGS];
    PymObject **stack = small;
    if (total + 1 > METHOD_SMALL_ARGS) {
        stack = pym_mem_malloc((size_t)(total + 1) * sizeof(PymObject *));
        if (!stack)
            return pym_err_no_memory();
    }
    stack[0] = m->self;
    if (total)
        memcpy(stack + 1, args, (size_t)total * sizeof(PymObject *));
    /* The method may die during the call (it is only borrowed by our
     * caller in some paths): hold func and self. */
    PymObject *func = PYM_NEWREF(m->func), *self = PYM_NEWREF(m->self);
    PymObject *result = pym_object_call(func, stack, nargs + 1, kwnames);
    PYM_DECREF(func);
    PYM_DECREF(self);
    if (stack != small)
        pym_mem_free(stack);
    return result;
}

static PymObject *method_getattro(PymObject *self, PymObject *name)
{
    PymMethodObject *m = (PymMethodObject *)self;
    PymObject *descr = pym_type_lookup_borrow(PYM_TYPE(self), name);
    if (descr) {
        PymDescrGetFunc get = PYM_TYPE(descr)->descr_get;
        if (get)
            return get(descr, self, (PymObject *)PYM_TYPE(self));
        return PYM_NEWREF(descr);
    }
    return pym_object_getattr(m->func, name);
}

static PymObject *method_get_doc(PymObject *self, void *c)
{
    return pym_object_getattr(((PymMethodObject *)self)->func, PYM_ID(__doc__));
}

static PymGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMemberDef method_members[] = {
    {"__func__", PYM_MEMBER_OBJECT, offsetof(PymMethodObject, func), PYM_MEMBER_READONLY, NULL},
    {"__self__", PYM_MEMBER_OBJECT, offsetof(PymMethodObject, self), PYM_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymObject *method_repr(PymObject *self)
{
    PymMethodObject *m = (PymMethodObject *)self;
    PymObject *name = NULL;
    if (pym_object_lookup_attr(m->func, PYM_ID(__qualname__), &name) < 0)
        return NULL;
    if (!name && pym_object_lookup_attr(m->func, PYM_ID(__name__), &name) < 0)
        return NULL;
    if (name && !PYM_STR_CHECK(name))
        PYM_CLEAR(name);
    PymObject *r = pym_str_from_format("<bound method %s of %R>",
                                       name ? pym_str_as_utf8(name) : "?", m->self);
    PYM_XDECREF(name);
    return r;
}

static PymObject *method_richcompare(PymObject *a, PymObject *b, int op)
{
    if ((op != PYM_EQ && op != PYM_NE) || !PYM_METHOD_CHECK(a) || !PYM_METHOD_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    PymMethodObject *x = (PymMethodObject *)a, *y = (PymMethodObject *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = pym_object_richcompare_bool(x->func, y->func, PYM_EQ);
        if (eq < 0)
            return NULL;
    }
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static PymHash method_hash(PymObject *self)
{
    PymMethodObject *m = (PymMethodObject *)self;
    PymHash y = pym_object_hash(m->func);
    if (y == -1)
        return -1;
    PymHash x = hash_pointer(m->self) ^ y;
    return x == -1 ? -2 : x;
}

static PymObject *method_new(PymType *type, PymObject *const *args, PymSize nargs,
                             PymObject *kwnames)
{
    if (kwnames && PYM_TUPLE_SIZE(kwnames)) {
        pym_err_set_string(&pym_exc_TypeError, "method() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        pym_err_format(&pym_exc_TypeError, "method expected 2 arguments, got %zd", nargs);
        return NULL;
    }
    if (!pym_callable_check(args[0])) {
        pym_err_set_string(&pym_exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == PYM_NONE) {
        pym_err_set_string(&pym_exc_TypeError, "instance must not be None");
        return NULL;
    }
    return pym_method_new(args[0], args[1]);
}

PymType pym_method_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "method",
    .basicsize = sizeof(PymMethodObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .setattro = pym_object_generic_setattr,
    .call = method_call,
    .new_ = method_new,
    .traverse = method_traverse,
    .clear = method_clear,
    .free = pym_gc_free,
    .members = method_members,
    .getset = method_getset,
    .weaklistoffset = offsetof(PymMethodObject, weakreflist),
};

/* ======================================================================
 * built-in function / method
 * ====================================================================== */

PymObject *pym_cfunction_new(PymMethodDef *def, PymObject *self, PymObject *module_name)
{
    PymCFunctionObject *f =
        (PymCFunctionObject *)pym_type_generic_alloc(&pym_cfunction_type, 0);
    if (!f)
        return NULL;
    f->def = def;
    f->self = PYM_XNEWREF(self);
    f->module = PYM_XNEWREF(module_name);
    pym_gc_track((PymObject *)f);
    return (PymObject *)f;
}

static void cfunction_dealloc(PymObject *self)
{
    PymCFunctionObject *f = (PymCFunctionObject *)self;
    pym_gc_untrack(self);
    if (f->weakreflist)
        pym_weakref_clear_refs(self);
    PYM_CLEAR(f->self);
    PYM_CLEAR(f->module);
    pym_object_free(self);
}

static int cfunction_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    VISIT(((PymCFunctionObject *)self)->self);
    VISIT(((PymCFunctionObject *)self)->module);
    return 0;
}

static int cfunction_clear(PymObject *self)
{
    PYM_CLEAR(((PymCFunctionObject *)self)->self);
    PYM_CLEAR(((PymCFunctionObject *)self)->module);
    return 0;
}

/* The function as error messages name it: "len()", "list.append()",
 * "math.sqrt()" (CPython's _PyObject_FunctionStr). */
static PymObject *cfunction_display_name(PymMethodDef *def, PymType *owner, PymObject *self)
{
    if (owner) {
        PymObject *qual = pym_type_qualname(owner);
        if (!qual)
            return NULL;
        PymObject *r = pym_str_from_format("%U.%s()", qual, def->name);
        PYM_DECREF(qual);
        return r;
    }
    if (self && PYM_MODULE_CHECK(self)) {
        PymObject *mod = ((PymModuleObject *)self)->name;
        if (mod && PYM_STR_CHECK(mod) && !pym_str_equal_cstr(mod, "builtins"))
            return pym_str_from_format("%U.%s()", mod, def->name);
        return pym_str_from_format("%s()", def->name);
    }
    if (self && self != PYM_NONE) {
        PymType *t = PYM_TYPE_HAS_FLAG(PYM_TYPE(self), PYM_TPFLAG_TYPE_SUBCLASS)
                         ? (PymType *)self : PYM_TYPE(self);
        PymObject *qual = pym_type_qualname(t);
        if (!qual)
            return NULL;
        PymObject *r = pym_str_from_format("%U.%s()", qual, def->name);
        PYM_DECREF(qual);
        return r;
    }
    return pym_str_from_format("%s()", def->name);
}

static PymObject *cfunction_arg_error(PymMethodDef *def, PymType *owner, PymObject *self,
                                      const char *format, PymSize n)
{
    PymObject *name = cfunction_display_name(def, owner, self);
    if (!name)
        return NULL;
    pym_err_format(&pym_exc_TypeError, format, name, n);
    PYM_DECREF(name);
    return NULL;
}

PymObject *pym_cfunction_call_def(PymMethodDef *def, PymObject *self, PymObject *const *args,
                                  PymSize nargs, PymObject *kwnames)
{
    return pym_cfunction_call_def_of_type(def, NULL, self, args, nargs, kwnames);
}

PymObject *pym_cfunction_call_def_of_type(PymMethodDef *def, PymType *owner, PymObject *self,
                                          PymObject *const *args, PymSize nargs,
                                          PymObject *kwnames)
{
    int flags = def->flags & ~(PYM_METH_CLASS | PYM_METH_STATIC);
    PymSize nkw = kwnames ? PYM_TUPLE_SIZE(kwnames) : 0;
    if (flags == (PYM_METH_FASTCALL | PYM_METH_KEYWORDS))
        return ((PymCFunctionFastKw)(void (*)(void))def->func)(self, args, nargs,
                                                                nkw ? kwnames : NULL);
    if (nkw)
        return cfunction_arg_error(def, owner, self, "%U takes no keyword arguments", 0);
    switch (flags) {
    case PYM_METH_FASTCALL:
        return ((PymCFunctionFast)(void (*)(void))def->func)(self, args, nargs);
    case PYM_METH_NOARGS:
        if (nargs != 0)
            return cfunction_arg_error(def, owner, self, "%U takes no arguments (%zd given)", nargs);
        return ((PymCFunction)(void (*)(void))def->func)(self, NULL);
    case PYM_METH_O:
        if (nargs != 1)
            return cfunction_arg_error(def, owner, self,
                                       "%U takes exactly one argument (%zd given)", nargs);
        return ((PymCFunction)(void (*)(void))def->func)(self, args[0]);
    default:
        pym_err_format(&pym_exc_SystemError, "%s() method: bad call flags", def->name);
        return NULL;
    }
}

static PymObject *cfunction_call(PymObject *callable, PymObject *const *args, PymSize nargs,
                                 PymObject *kwnames)
{
    PymCFunctionObject *f = (PymCFunctionObject *)callable;
    PymObject *self = (f->def->flags & PYM_METH_STATIC) ? NULL : f->self;
    return pym_cfunction_call_def(f->def, self, args, nargs, kwnames);
}

/* Module-level functions show as functions; anything bound to an
 * instance or a type shows as a method. */
static int cfunction_is_method(PymCFunctionObject *f)
{
    return f->self && f->self != PYM_NONE && !PYM_MODULE_CHECK(f->self);
}

static PymObject *cfunction_repr(PymObject *self)
{
    PymCFunctionObject *f = (PymCFunctionObject *)self;
    if (!cfunction_is_method(f))
        return pym_str_from_format("<built-in function %s>", f->def->name);
    return pym_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                               PYM_TYPE_NAME(f->self), (void *)f->self);
}

static PymObject *cfunction_get_name(PymObject *self, void *c)
{
    return pym_str_from_cstr(((PymCFunctionObject *)self)->def->name);
}

static PymObject *cfunction_get_qualname(PymObject *self, void *c)
{
    PymCFunctionObject *f = (PymCFunctionObject *)self;
    if (!cfunction_is_method(f))
        return pym_str_from_cstr(f->def->name);
    PymType *t = PYM_TYPE_HAS_FLAG(PYM_TYPE(f->self), PYM_TPFLAG_TYPE_SUBCLASS)
                     ? (PymType *)f->self : PYM_TYPE(f->self);
    PymObject *qual = pym_type_qualname(t);
    if (!qual)
        return NULL;
    PymObject *r = pym_str_from_format("%U.%s", qual, f->def->name);
    PYM_DECREF(qual);
    return r;
}

static PymObject *cfunction_get_self(PymObject *self, void *c)
{
    PymObject *s = ((PymCFunctionObject *)self)->self;
    return PYM_NEWREF(s ? s : PYM_NONE);
}

static PymObject *cfunction_get_doc(PymObject *self, void *c)
{
    const char *doc = ((PymCFunctionObject *)self)->def->doc;
    if (!doc)
        PYM_RETURN_NONE;
    return pym_str_from_cstr(doc);
}

static PymObject *cfunction_get_text_signature(PymObject *self, void *c)
{
    PYM_RETURN_NONE;
}

static PymGetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {"__text_signature__", cfunction_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMemberDef cfunction_members[] = {
    {"__module__", PYM_MEMBER_OBJECT, offsetof(PymCFunctionObject, module), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymObject *cfunction_richcompare(PymObject *a, PymObject *b, int op)
{
    if ((op != PYM_EQ && op != PYM_NE) || !PYM_CFUNCTION_CHECK(a) || !PYM_CFUNCTION_CHECK(b))
        PYM_RETURN_NOTIMPLEMENTED;
    PymCFunctionObject *x = (PymCFunctionObject *)a, *y = (PymCFunctionObject *)b;
    int eq = x->def->func == y->def->func && x->self == y->self;
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static PymHash cfunction_hash(PymObject *self)
{
    PymCFunctionObject *f = (PymCFunctionObject *)self;
    PymHash x = hash_pointer(f->self) ^ hash_pointer((const void *)f->def->func);
    return x == -1 ? -2 : x;
}

PymType pym_cfunction_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(PymCFunctionObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .getattro = pym_object_generic_getattr,
    .call = cfunction_call,
    .traverse = cfunction_traverse,
    .clear = cfunction_clear,
    .free = pym_gc_free,
    .members = cfunction_members,
    .getset = cfunction_getset,
    .weaklistoffset = offsetof(PymCFunctionObject, weakreflist),
};
