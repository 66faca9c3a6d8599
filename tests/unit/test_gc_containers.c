/* test_gc_containers.c — the collector against real Python objects: a
 * reference cycle through each kind of container (list, dict, tuple, set,
 * frozenset, instance, instance __dict__, closure cell, suspended
 * generator frame, bound method, class) survives reference counting, and
 * one full collection frees it, weakref callbacks and __del__ included;
 * weakref.finalize(atexit=True) runs at interpreter exit.
 *
 * Each program builds its cycle around a Marker instance, keeps only a
 * weak reference to it in `probe`, and drops every strong name. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "src/compile.h"
#include "src/eval.h"
#include "src/lifecycle.h"
#include "runtime/pym.h"

static void setup(void) { cr_assert_eq(pym_initialize(), 0); }
static void teardown(void) { pym_finalize(0); }
TestSuite(gc_containers, .init = setup, .fini = teardown);

static const char prelude[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "events = []\n"
    "class Marker:\n"
    "    def method(self): return self\n"
    "    def __del__(self): events.append('del')\n";

/* Run prelude + body in a fresh namespace; returns the namespace. */
static PymObject *run(const char *body)
{
    char src[4096];
    snprintf(src, sizeof src, "%s%s", prelude, body);
    PymObject *filename = pym_str_from_cstr("<test>");
    PymObject *code = pym_compile_source(src, filename, PYM_MODE_EXEC);
    PYM_DECREF(filename);
    cr_assert(code, "does not compile:\n%s", body);
    PymObject *globals = pym_dict_new();
    pym_dict_setitem_str(globals, "__name__", PYM_ID(__main__));
    pym_dict_setitem_str(globals, "__builtins__", pym_interp.builtins_module);
    PymObject *r = pym_eval_code(code, globals, globals);
    PYM_DECREF(code);
    if (!r)
        pym_err_print();
    cr_assert(r, "program failed:\n%s", body);
    PYM_DECREF(r);
    return globals;
}

static int probe_is_alive(PymObject *globals)
{
    PymObject *probe = pym_dict_getitem_str_borrow(globals, "probe");
    cr_assert(probe);
    PymObject *referent = pym_object_call(probe, NULL, 0, NULL);
    cr_assert(referent);
    int alive = referent != PYM_NONE;
    PYM_DECREF(referent);
    return alive;
}

static PymSize events_count(PymObject *globals)
{
    PymObject *events = pym_dict_getitem_str_borrow(globals, "events");
    cr_assert(events && PYM_LIST_CHECK(events));
    return PYM_LIST_SIZE(events);
}

/* The cycle outlives its names, then one collection frees it.  Objects
 * freed by a finalizer (a generator's close) before the cycles are broken
 * are not counted in collect()'s result, as in CPython 3.11. */
static void check_cycle_counted(const char *what, const char *body, int counted)
{
    PymObject *g = run(body);
    cr_expect(probe_is_alive(g), "%s: the cycle died without the collector", what);
    cr_expect_eq(events_count(g), 0, "%s: __del__ ran before collection", what);
    PymSize found = pym_gc_collect(2);
    if (counted)
        cr_expect_gt(found, 0, "%s: collect() found nothing", what);
    else
        cr_expect_eq(found, 0, "%s: freed by finalizers, yet counted", what);
    cr_expect(!probe_is_alive(g), "%s: the cycle survived a full collection", what);
    cr_expect_eq(events_count(g), 1, "%s: __del__ should run exactly once", what);
    pym_dict_clear(g);
    PYM_DECREF(g);
}

static void check_cycle(const char *what, const char *body)
{
    check_cycle_counted(what, body, 1);
}

Test(gc_containers, list_cycle)
{
    check_cycle("list", "m = Marker(); box = [m]; m.box = box\n"
                        "probe = weakref.ref(m); del m, box\n");
}

Test(gc_containers, dict_cycle)
{
    check_cycle("dict", "d = {}; d['self'] = d; d['m'] = Marker()\n"
                        "probe = weakref.ref(d['m']); del d\n");
}

Test(gc_containers, tuple_cycle)
{
    check_cycle("tuple", "holder = []; t = (holder, Marker()); holder.append(t)\n"
                         "probe = weakref.ref(t[1]); del holder, t\n");
}

Test(gc_containers, set_and_frozenset_cycles)
{
    check_cycle("set", "m = Marker(); m.members = {m}\n"
                       "probe = weakref.ref(m); del m\n");
    check_cycle("frozenset", "m = Marker(); m.members = frozenset([m, 1, 'x'])\n"
                             "probe = weakref.ref(m); del m\n");
}

Test(gc_containers, instance_and_instance_dict_cycles)
{
    check_cycle("instance", "m = Marker(); m.me = m\n"
                            "probe = weakref.ref(m); del m\n");
    check_cycle("instance __dict__", "m = Marker(); other = {'m': m}; other['d'] = m.__dict__\n"
                                     "m.other = other\n"
                                     "probe = weakref.ref(m); del m, other\n");
}

Test(gc_containers, closure_cell_cycle)
{
    check_cycle("closure cell", "def make(marker):\n"
                                "    def inner():\n"
                                "        return marker, inner\n"
                                "    return inner\n"
                                "m = Marker(); f = make(m)\n"
                                "probe = weakref.ref(m); del m, f\n");
}

Test(gc_containers, suspended_generator_frame_cycle)
{
    check_cycle_counted("generator frame",
                        "def gen(marker):\n"
                        "    me = yield\n"
                        "    yield marker, me\n"
                        "m = Marker(); g = gen(m); next(g); g.send(g)\n"
                        "probe = weakref.ref(m); del m, g\n",
                        0);
}

Test(gc_containers, bound_method_cycle)
{
    check_cycle("bound method", "m = Marker(); m.bound = m.method\n"
                                "probe = weakref.ref(m); del m\n");
}

Test(gc_containers, class_cycle)
{
    check_cycle("class", "class Local:\n"
                         "    pass\n"
                         "Local.marker = Marker(); Local.marker.cls = Local\n"
                         "probe = weakref.ref(Local.marker); del Local\n");
}

Test(gc_containers, weakref_callback_runs_during_collection)
{
    PymObject *g = run("m = Marker(); m.me = m\n"
                       "probe = weakref.ref(m, lambda r: events.append('callback'))\n"
                       "del m\n");
    pym_gc_collect(2);
    PymObject *events = pym_dict_getitem_str_borrow(g, "events");
    PymObject *r = pym_object_repr(events);
    cr_expect_str_eq(pym_str_as_utf8(r), "['callback', 'del']");
    PYM_DECREF(r);
    pym_dict_clear(g);
    PYM_DECREF(g);
}

/* No fixture: the interpreter is finalized inside the test. */
Test(gc_containers_exit, finalize_and_del_run_at_exit)
{
    char path[] = "/tmp/pym_gc_exit_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    cr_assert_eq(pym_initialize(), 0);
    char body[1024];
    snprintf(body, sizeof body,
             "import weakref\n"
             "log = open(%s%s%s, 'w')\n"
             "class Resource:\n"
             "    def __del__(self):\n"
             "        log.write('del ')\n"
             "def on_exit(tag):\n"
             "    log.write('finalize:' + tag + ' ')\n"
             "    log.flush()\n"
             "keep = Resource()\n"
             "keep.me = keep\n"
             "weakref.finalize(keep, on_exit, 'keep')\n",
             "'", path, "'");
    PymObject *filename = pym_str_from_cstr("<test>");
    PymObject *code = pym_compile_source(body, filename, PYM_MODE_EXEC);
    PYM_DECREF(filename);
    cr_assert(code);
    PymObject *globals = pym_main_dict_borrow();
    cr_assert(globals);
    PymObject *r = pym_eval_code(code, globals, globals);
    PYM_DECREF(code);
    cr_assert(r);
    PYM_DECREF(r);
    pym_finalize(0);

    char text[256] = "";
    FILE *f = fopen(path, "r");
    cr_assert(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    unlink(path);
    cr_expect(strstr(text, "finalize:keep") != NULL, "finalize callback did not run: '%s'", text);
}
