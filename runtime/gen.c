/* gen.c — the generator type: send, throw, close, __next__, yield-from
 * delegation of throw/close, the return value carried by StopIteration,
 * and finalization (closing a generator that dies suspended).
 *
 * Invariants:
 *  - frame is NULL once the generator has finished; while it exists its
 *    `gen` field points back here and the collector tracks it.
 *  - A suspended frame has lasti at the YIELD_VALUE it stopped on
 *    (or -1 before the first run) and its stack holds everything but the
 *    yielded value; resuming pushes the sent value (not when throwing).
 *  - The generator is delegating (`yield from`) exactly when its frame is
 *    suspended on a YIELD_VALUE that directly follows a SEND; the
 *    sub-iterator is then the top of its stack.
 *  - The handled-exception bookkeeping of gen.h is swapped in around
 *    every run of the frame (resume_frame).
 */
#include "pym.h"
#include "../src/eval.h"
#include "../src/opcodes.h"
#include <stddef.h>

#define VISIT(o) do { PymObject *v_ = PYM_OB(o); if (v_) { int r_ = visit(v_, arg); if (r_) return r_; } } while (0)

PymObject *pym_gen_new(PymFrame *frame_steal, PymObject *name, PymObject *qualname)
{
    PymGenObject *gen = (PymGenObject *)pym_type_generic_alloc(&pym_gen_type, 0);
    if (!gen) {
        PYM_DECREF(frame_steal);
        return NULL;
    }
    gen->frame = frame_steal;
    gen->code = PYM_NEWREF(frame_steal->code);
    gen->name = PYM_NEWREF(name ? name : frame_steal->code->name);
    gen->qualname = PYM_NEWREF(qualname ? qualname : frame_steal->code->qualname);
    frame_steal->gen = (PymObject *)gen;
    pym_gc_track((PymObject *)frame_steal);
    pym_gc_track((PymObject *)gen);
    return (PymObject *)gen;
}

static int gen_started(PymGenObject *gen)
{
    return gen->frame && gen->frame->lasti >= 0;
}

static int gen_finished(PymGenObject *gen)
{
    return !gen->frame || gen->frame->finished;
}

/* The sub-iterator of a suspended `yield from` (new reference), or NULL. */
static PymObject *gen_yf(PymGenObject *gen)
{
    PymFrame *f = gen->frame;
    if (!f || f->finished || gen->running || f->lasti < 1 || f->stacktop < 1)
        return NULL;
    PymCodeUnit *code = f->code->code;
    if (PYM_CODE_OP(code[f->lasti]) != PYM_OP_YIELD_VALUE ||
        PYM_CODE_OP(code[f->lasti - 1]) != PYM_OP_SEND)
        return NULL;
    return PYM_XNEWREF(PYM_FRAME_STACK(f)[f->stacktop - 1]);
}

/* exc.__context__ = handled, cutting a cycle through handled's chain
 * (CPython's rule when an exception is raised inside an except block). */
static void chain_context(PymObject *exc, PymObject *handled)
{
    if (!handled || handled == exc || !PYM_EXCEPTION_CHECK(handled))
        return;
    PymObject *o = handled, *slow = handled;
    int advance = 0;
    for (;;) {
        PymObject *ctx = ((PymBaseExceptionObject *)o)->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            PYM_CLEAR(((PymBaseExceptionObject *)o)->context);
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (advance)
            slow = ((PymBaseExceptionObject *)slow)->context;
        advance = !advance;
    }
    pym_exception_set_context(exc, PYM_NEWREF(handled));
}

/* Replace the raised StopIteration by RuntimeError(msg) caused by it. */
static void stop_iteration_to_runtime_error(const char *msg)
{
    PymObject *stop = pym_err_fetch();
    pym_err_set_string(&pym_exc_RuntimeError, msg);
    PymObject *err = pym_err_fetch();
    if (err && stop) {
        pym_exception_set_cause(err, PYM_NEWREF(stop));
        ((PymBaseExceptionObject *)err)->suppress_context = 1;
        if (((PymBaseExceptionObject *)err)->context != stop)
            pym_exception_set_context(err, PYM_NEWREF(stop));
    }
    PYM_XDECREF(stop);
    pym_err_restore(err);
}

/* The frame is done: the generator lets go of it. */
static void gen_release_frame(PymGenObject *gen)
{
    PymFrame *f = gen->frame;
    if (!f)
        return;
    gen->frame = NULL;
    f->gen = NULL;
    f->back = NULL;
    PYM_CLEAR(gen->exc_state);
    pym_frame_release(f);
}

/* Run the frame once: with value pushed (value NULL: None) or with
 * throw_exc raised at the suspension point.  Returns PYM_GEN_*; for
 * PYM_GEN_RETURN called from __next__ (value NULL) a None return value
 * comes back as *result NULL with no exception. */
static int resume_frame(PymGenObject *gen, PymObject *value, PymObject *throw_exc,
                        PymObject **result)
{
    PymThreadState *ts = &pym_tstate;
    *result = NULL;
    if (gen->running) {
        pym_err_set_string(&pym_exc_ValueError, "generator already executing");
        return PYM_GEN_ERROR;
    }
    if (gen_finished(gen)) {
        if (throw_exc) {
            pym_err_restore(PYM_NEWREF(throw_exc));
            return PYM_GEN_ERROR;
        }
        if (value) {
            *result = PYM_NEWREF(PYM_NONE);
            return PYM_GEN_RETURN;
        }
        return PYM_GEN_ERROR;   /* exhausted: __next__ ends quietly */
    }
    PymFrame *f = gen->frame;
    if (!throw_exc) {
        if (f->lasti < 0) {
            if (value && value != PYM_NONE) {
                pym_err_set_string(&pym_exc_TypeError,
                                   "can't send non-None value to a just-started generator");
                return PYM_GEN_ERROR;
            }
        } else {
            PYM_FRAME_STACK(f)[f->stacktop++] = PYM_NEWREF(value ? value : PYM_NONE);
        }
    }

    /* Swap in the generator's handled-exception state. */
    gen->caller_handled = ts->handled_exc;
    if (gen->exc_state) {
        ts->handled_exc = gen->exc_state;
        gen->exc_state = NULL;
        gen->exc_own = 1;
    } else {
        ts->handled_exc = PYM_XNEWREF(gen->caller_handled);
        gen->exc_own = 0;
    }
    if (throw_exc && gen->exc_own)
        chain_context(throw_exc, ts->handled_exc);

    PYM_INCREF(gen);
    gen->running = 1;
    PymObject *r = pym_eval_frame(f, throw_exc);
    gen->running = 0;

    /* Swap it back out. */
    if (gen->exc_own) {
        PYM_SETREF(gen->exc_state, ts->handled_exc);
    } else {
        PYM_XDECREF(ts->handled_exc);
    }
    ts->handled_exc = gen->caller_handled;
    gen->caller_handled = NULL;
    gen->exc_own = 0;
    f->back = NULL;

    if (r && !f->finished) {
        PYM_DECREF(gen);
        *result = r;
        return PYM_GEN_NEXT;
    }
    gen_release_frame(gen);
    PYM_DECREF(gen);
    if (r) {
        if (r == PYM_NONE && !value && !throw_exc) {
            PYM_DECREF(r);
            return PYM_GEN_RETURN;
        }
        *result = r;
        return PYM_GEN_RETURN;
    }
    if (pym_err_exception_matches(&pym_exc_StopIteration))
        stop_iteration_to_runtime_error("generator raised StopIteration");
    return PYM_GEN_ERROR;
}

/* Raise StopIteration carrying value (CPython's _PyGen_SetStopIterationValue). */
static void set_stop_iteration_value(PymObject *value)
{
    PymObject *exc = pym_exception_new(&pym_exc_StopIteration, &value, 1);
    if (!exc)
        return;
    pym_err_set_object(&pym_exc_StopIteration, exc);
    PYM_DECREF(exc);
}

/* send()/throw() result: a return value becomes StopIteration(value). */
static PymObject *finish_send(int status, PymObject *result)
{
    if (status == PYM_GEN_RETURN) {
        if (!result || result == PYM_NONE)
            pym_err_set_none(&pym_exc_StopIteration);
        else
            set_stop_iteration_value(result);
        PYM_XDECREF(result);
        return NULL;
    }
    return result;
}

int pym_gen_send_ex(PymObject *gen, PymObject *value, PymObject **result)
{
    int status = resume_frame((PymGenObject *)gen, value ? value : PYM_NONE, NULL, result);
    if (status == PYM_GEN_RETURN && !*result)
        *result = PYM_NEWREF(PYM_NONE);
    return status;
}

PymObject *pym_gen_send(PymObject *gen, PymObject *value)
{
    PymObject *result;
    int status = resume_frame((PymGenObject *)gen, value ? value : PYM_NONE, NULL, &result);
    return finish_send(status, result);
}

static PymObject *gen_send_method(PymObject *self, PymObject *value)
{
    return pym_gen_send(self, value);
}

static PymObject *gen_iternext(PymObject *self)
{
    PymObject *result;
    int status = resume_frame((PymGenObject *)self, NULL, NULL, &result);
    if (status == PYM_GEN_RETURN) {
        if (result && result != PYM_NONE)
            set_stop_iteration_value(result);
        PYM_XDECREF(result);
        return NULL;
    }
    return result;
}

/* Raise the currently set exception inside the generator. */
static PymObject *throw_current(PymGenObject *gen)
{
    PymObject *exc = pym_err_fetch();
    PymObject *result;
    int status = resume_frame(gen, PYM_NONE, exc, &result);
    PYM_DECREF(exc);
    return finish_send(status, result);
}

static PymObject *gen_close(PymObject *self, PymObject *unused);

/* Close the sub-iterator of a yield from: 0 ok, -1 error set. */
static int close_subiterator(PymObject *yf)
{
    PymObject *r = NULL;
    if (PYM_GEN_CHECK(yf)) {
        r = gen_close(yf, NULL);
    } else {
        PymObject *meth;
        int found = pym_object_lookup_attr(yf, PYM_ID(close), &meth);
        if (found < 0)
            return -1;
        if (!found)
            return 0;
        r = pym_object_call0(meth);
        PYM_DECREF(meth);
    }
    if (!r)
        return -1;
    PYM_DECREF(r);
    return 0;
}

static PymObject *gen_throw_impl(PymGenObject *gen, int close_on_genexit, PymObject *typ,
                                 PymObject *val, PymObject *tb)
{
    PymObject *yf = gen_yf(gen);
    if (yf) {
        PymObject *ret;
        if (close_on_genexit && pym_err_given_exception_matches(typ, (PymObject *)&pym_exc_GeneratorExit)) {
            gen->running = 1;
            int err = close_subiterator(yf);
            gen->running = 0;
            PYM_DECREF(yf);
            if (err < 0)
                return throw_current(gen);
            goto throw_here;
        }
        PymFrame *f = gen->frame;
        if (PYM_GEN_CHECK(yf)) {
            /* Make the delegating frame current so that tracebacks show it. */
            f->back = pym_tstate.frame;
            pym_tstate.frame = f;
            gen->running = 1;
            ret = gen_throw_impl((PymGenObject *)yf, close_on_genexit, typ, val, tb);
            gen->running = 0;
            pym_tstate.frame = f->back;
            f->back = NULL;
        } else {
            PymObject *meth;
            int found = pym_object_lookup_attr(yf, PYM_ID(throw), &meth);
            if (found < 0) {
                PYM_DECREF(yf);
                return NULL;
            }
            if (!found) {
                PYM_DECREF(yf);
                goto throw_here;
            }
            PymObject *args[3] = {typ, val ? val : PYM_NONE, tb ? tb : PYM_NONE};
            PymSize n = tb ? 3 : val ? 2 : 1;
            gen->running = 1;
            ret = pym_object_call(meth, args, n, NULL);
            gen->running = 0;
            PYM_DECREF(meth);
        }
        PYM_DECREF(yf);
        if (!ret) {
            /* The sub-iterator finished (or failed): leave the yield from,
             * continuing after its SEND loop. */
            if (gen_finished(gen))
                return NULL;
            f = gen->frame;
            PymObject *sub = PYM_FRAME_STACK(f)[--f->stacktop];
            PYM_DECREF(sub);
            int send_index = f->lasti - 1;
            f->lasti = PYM_CODE_ARG(f->code->code[send_index]) - 1;
            if (pym_err_exception_matches(&pym_exc_StopIteration)) {
                PymObject *stop = pym_err_fetch();
                PymObject *value = pym_stop_iteration_value(stop);
                PYM_DECREF(stop);
                if (!value)
                    return NULL;
                ret = pym_gen_send((PymObject *)gen, value);
                PYM_DECREF(value);
            } else {
                ret = throw_current(gen);
            }
        }
        return ret;
    }

throw_here:
    if (tb == PYM_NONE)
        tb = NULL;
    else if (tb && !PYM_IS_TYPE(tb, &pym_traceback_type)) {
        pym_err_set_string(&pym_exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    PymObject *exc;
    if (PYM_EXCEPTION_CLASS_CHECK(typ)) {
        if (val && PYM_EXCEPTION_CHECK(val) &&
            pym_object_isinstance(val, typ) > 0) {
            exc = PYM_NEWREF(val);
        } else {
            PymObject *args[1] = {val};
            PymSize n = (!val || val == PYM_NONE) ? 0 : 1;
            if (val && PYM_TUPLE_CHECK(val))
                exc = pym_object_call(typ, PYM_TUPLE_ITEMS(val), PYM_TUPLE_SIZE(val), NULL);
            else
                exc = pym_object_call(typ, args, n, NULL);
            if (!exc)
                return NULL;
            if (!PYM_EXCEPTION_CHECK(exc)) {
                pym_err_format(&pym_exc_TypeError,
                               "calling %R should have returned an instance of BaseException, not %R",
                               typ, (PymObject *)PYM_TYPE(exc));
                PYM_DECREF(exc);
                return NULL;
            }
        }
    } else if (PYM_EXCEPTION_CHECK(typ)) {
        if (val && val != PYM_NONE) {
            pym_err_set_string(&pym_exc_TypeError,
                               "instance exception may not have a separate value");
            return NULL;
        }
        exc = PYM_NEWREF(typ);
    } else {
        pym_err_format(&pym_exc_TypeError,
                       "exceptions must be classes or instances deriving from BaseException, not %s",
                       PYM_TYPE_NAME(typ));
        return NULL;
    }
    if (tb)
        pym_exception_set_traceback(exc, tb);
    PymObject *result;
    int status = resume_frame(gen, PYM_NONE, exc, &result);
    PYM_DECREF(exc);
    return finish_send(status, result);
}

static PymObject *gen_throw(PymObject *self, PymObject *const *args, PymSize nargs)
{
    if (nargs < 1) {
        pym_err_format(&pym_exc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs > 3) {
        pym_err_format(&pym_exc_TypeError, "throw expected at most 3 arguments, got %zd", nargs);
        return NULL;
    }
    return gen_throw_impl((PymGenObject *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                          nargs > 2 ? args[2] : NULL);
}

static PymObject *gen_close(PymObject *self, PymObject *unused)
{
    PymGenObject *gen = (PymGenObject *)self;
    PymObject *yf = gen_yf(gen);
    int err = 0;
    if (yf) {
        gen->running = 1;
        err = close_subiterator(yf);
        gen->running = 0;
        PYM_DECREF(yf);
    }
    if (err == 0)
        pym_err_set_none(&pym_exc_GeneratorExit);
    PymObject *exc = pym_err_fetch();
    PymObject *result;
    int status = resume_frame(gen, PYM_NONE, exc, &result);
    PYM_DECREF(exc);
    if (status == PYM_GEN_NEXT) {
        PYM_DECREF(result);
        pym_err_set_string(&pym_exc_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (status == PYM_GEN_RETURN) {
        PYM_XDECREF(result);
        PYM_RETURN_NONE;
    }
    if (pym_err_exception_matches(&pym_exc_StopIteration) ||
        pym_err_exception_matches(&pym_exc_GeneratorExit)) {
        pym_err_clear();
        PYM_RETURN_NONE;
    }
    if (!pym_err_occurred())
        PYM_RETURN_NONE;
    return NULL;
}

/* tp_finalize: a generator that dies suspended is closed (its finally
 * blocks run); errors are reported as unraisable. */
static void gen_finalize(PymObject *self)
{
    PymGenObject *gen = (PymGenObject *)self;
    if (gen_finished(gen))
        return;
    PymObject *saved = pym_err_fetch();
    PymObject *r = gen_close(self, NULL);
    if (r)
        PYM_DECREF(r);
    else if (pym_err_occurred())
        pym_err_write_unraisable(self);
    pym_err_restore(saved);
}

/* ---- type slots -------------------------------------------------------- */

static int gen_traverse(PymObject *self, PymVisitProc visit, void *arg)
{
    PymGenObject *gen = (PymGenObject *)self;
    VISIT(gen->frame);
    VISIT(gen->name);
    VISIT(gen->qualname);
    VISIT(gen->code);
    VISIT(gen->exc_state);
    VISIT(gen->caller_handled);
    return 0;
}

static int gen_clear(PymObject *self)
{
    PymGenObject *gen = (PymGenObject *)self;
    if (gen->running)
        return 0;
    PymFrame *f = gen->frame;
    if (f) {
        gen->frame = NULL;
        f->gen = NULL;
        PYM_DECREF(f);
    }
    PYM_CLEAR(gen->exc_state);
    return 0;
}

static void gen_dealloc(PymObject *self)
{
    PymGenObject *gen = (PymGenObject *)self;
    pym_gc_untrack(self);
    if (gen->weakreflist)
        pym_weakref_clear_refs(self);
    if (!gen_finished(gen)) {
        pym_gc_track(self);
        if (pym_object_call_finalizer_from_dealloc(self) < 0)
            return;   /* resurrected */
        pym_gc_untrack(self);
    }
    PymFrame *f = gen->frame;
    if (f) {
        gen->frame = NULL;
        f->gen = NULL;
        PYM_DECREF(f);
    }
    PYM_CLEAR(gen->exc_state);
    PYM_CLEAR(gen->caller_handled);
    PYM_CLEAR(gen->yieldfrom);
    PYM_CLEAR(gen->name);
    PYM_CLEAR(gen->qualname);
    PYM_CLEAR(gen->code);
    pym_object_free(self);
}

static PymObject *gen_repr(PymObject *self)
{
    return pym_str_from_format("<generator object %U at %p>", ((PymGenObject *)self)->qualname,
                               (void *)self);
}

static PymObject *gen_iter(PymObject *self)
{
    return PYM_NEWREF(self);
}

static PymObject *gen_get_frame(PymObject *self, void *c)
{
    PymGenObject *gen = (PymGenObject *)self;
    if (gen_finished(gen))
        PYM_RETURN_NONE;
    return PYM_NEWREF(gen->frame);
}

static PymObject *gen_get_running(PymObject *self, void *c)
{
    return pym_bool_from(((PymGenObject *)self)->running);
}

static PymObject *gen_get_suspended(PymObject *self, void *c)
{
    PymGenObject *gen = (PymGenObject *)self;
    return pym_bool_from(gen_started(gen) && !gen->running && !gen_finished(gen));
}

static PymObject *gen_get_code(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymGenObject *)self)->code);
}

static PymObject *gen_get_yieldfrom(PymObject *self, void *c)
{
    PymObject *yf = gen_yf((PymGenObject *)self);
    return yf ? yf : PYM_NEWREF(PYM_NONE);
}

static PymObject *gen_get_name(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymGenObject *)self)->name);
}

static int gen_set_name(PymObject *self, PymObject *value, void *c)
{
    if (!value || !PYM_STR_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(((PymGenObject *)self)->name, value);
    return 0;
}

static PymObject *gen_get_qualname(PymObject *self, void *c)
{
    return PYM_NEWREF(((PymGenObject *)self)->qualname);
}

static int gen_set_qualname(PymObject *self, PymObject *value, void *c)
{
    if (!value || !PYM_STR_CHECK(value)) {
        pym_err_set_string(&pym_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(value);
    PYM_SETREF(((PymGenObject *)self)->qualname, value);
    return 0;
}

static PymGetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *gen_sizeof(PymObject *self, PymObject *unused)
{
    PymSize size = (PymSize)(sizeof(PymGenObject) + sizeof(PymGCHead));
    return pym_int_from_ssize(size);
}

static PymMethodDef gen_methods[] = {
    PYM_METHOD("send", gen_send_method, PYM_METH_O),
    PYM_METHOD("throw", gen_throw, PYM_METH_FASTCALL),
    PYM_METHOD("close", gen_close, PYM_METH_NOARGS),
    PYM_METHOD("__sizeof__", gen_sizeof, PYM_METH_NOARGS),
    PYM_METHOD_END,
};

PymType pym_gen_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "generator",
    .basicsize = sizeof(PymGenObject),
    .flags = PYM_TPFLAG_HAVE_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattro = pym_object_generic_getattr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .free = pym_gc_free,
    .methods = gen_methods,
    .getset = gen_getset,
    .weaklistoffset = offsetof(PymGenObject, weakreflist),
};
