/* timemodule.c — the time module: clocks and sleep.
 * Invariant: every clock is read fresh on each call; nothing is cached. */
#include "runtime/pym.h"

#include <errno.h>
#include <math.h>
#include <time.h>

static double clock_seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static PymObject *clock_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return pym_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static PymObject *time_time(PymObject *m, PymObject *unused) { return pym_float_from_double(clock_seconds(CLOCK_REALTIME)); }
static PymObject *time_time_ns(PymObject *m, PymObject *unused) { return clock_ns(CLOCK_REALTIME); }
static PymObject *time_monotonic(PymObject *m, PymObject *unused) { return pym_float_from_double(clock_seconds(CLOCK_MONOTONIC)); }
static PymObject *time_monotonic_ns(PymObject *m, PymObject *unused) { return clock_ns(CLOCK_MONOTONIC); }
static PymObject *time_process_time(PymObject *m, PymObject *unused) { return pym_float_from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)); }
static PymObject *time_process_time_ns(PymObject *m, PymObject *unused) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

static PymObject *time_sleep(PymObject *m, PymObject *arg)
{
    double secs = pym_float_as_double(arg);
    if (secs == -1.0 && pym_err_occurred())
        return NULL;
    if (secs < 0)
        return pym_err_format(&pym_exc_ValueError, "sleep length must be non-negative");
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&req, &req) != 0 && errno == EINTR) {
        if (pym_tstate.pending_interrupt)
            break; /* the VM raises KeyboardInterrupt at its next check */
    }
    PYM_RETURN_NONE;
}

static PymMethodDef time_functions[] = {
    PYM_METHOD("time", time_time, PYM_METH_NOARGS),
    PYM_METHOD("time_ns", time_time_ns, PYM_METH_NOARGS),
    PYM_METHOD("monotonic", time_monotonic, PYM_METH_NOARGS),
    PYM_METHOD("monotonic_ns", time_monotonic_ns, PYM_METH_NOARGS),
    PYM_METHOD("perf_counter", time_monotonic, PYM_METH_NOARGS),
    PYM_METHOD("perf_counter_ns", time_monotonic_ns, PYM_METH_NOARGS),
    PYM_METHOD("process_time", time_process_time, PYM_METH_NOARGS),
    PYM_METHOD("process_time_ns", time_process_time_ns, PYM_METH_NOARGS),
    PYM_METHOD("sleep", time_sleep, PYM_METH_O),
    PYM_METHOD_END,
};

PymObject *pym_init_time(void)
{
    PymObject *m = pym_module_new("time");
    if (m && pym_module_add_functions(m, time_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
