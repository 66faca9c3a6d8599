/* timemodule.c — the time module: clocks, sleep, and calendar time
 * (struct_time, gmtime, localtime, mktime, asctime, ctime, strftime).
 * Invariants: every clock is read fresh on each call; nothing is cached.
 * struct_time is a tuple subclass of exactly 9 items (tm_year … tm_isdst)
 * with tm_mon 1-12, tm_wday 0 = Monday and tm_yday 1-366, as CPython;
 * conversions to C's struct tm go through one function that checks the
 * argument and its ranges and raises TypeError/ValueError/OverflowError. */
#include "runtime/pym.h"
#include "stdlib/sysmodule.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
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

/* ---- struct_time ------------------------------------------------------- */

#define ST_FIELDS 9
#define ST_MEMBER PYM_STRUCTSEQ_MEMBER

static PymMemberDef st_members[] = {
    ST_MEMBER("tm_year", 0), ST_MEMBER("tm_mon", 1), ST_MEMBER("tm_mday", 2),
    ST_MEMBER("tm_hour", 3), ST_MEMBER("tm_min", 4), ST_MEMBER("tm_sec", 5),
    ST_MEMBER("tm_wday", 6), ST_MEMBER("tm_yday", 7), ST_MEMBER("tm_isdst", 8),
    {NULL},
};

static PymType struct_time_type; /* defined below */

/* struct_time(sequence): 9 to 11 items, of which the first 9 are kept
 * (pym does not store tm_zone/tm_gmtoff). */
static PymObject *st_new(PymType *type, PymObject *const *args, PymSize nargs,
                         PymObject *kwnames)
{
    if (kwnames || nargs != 1)
        return pym_err_format(&pym_exc_TypeError,
                              nargs == 0 ? "structseq() missing required argument 'sequence' (pos 1)"
                                         : "structseq() takes at most 2 arguments (%zd given)",
                              nargs);
    PymObject *seq = pym_sequence_tuple(args[0]);
    if (!seq) {
        if (!pym_err_exception_matches(&pym_exc_TypeError))
            return NULL;
        pym_err_clear();
        return pym_err_format(&pym_exc_TypeError, "constructor requires a sequence");
    }
    PymSize n = PYM_SIZE(seq);
    if (n < ST_FIELDS || n > ST_FIELDS + 2) {
        PYM_DECREF(seq);
        return pym_err_format(&pym_exc_TypeError,
                              n < ST_FIELDS
                                  ? "%s() takes an at least 9-sequence (%zd-sequence given)"
                                  : "%s() takes an at most 11-sequence (%zd-sequence given)",
                              type->name, n);
    }
    PymObject *self = pym_type_generic_alloc(type, ST_FIELDS);
    if (!self) {
        PYM_DECREF(seq);
        return NULL;
    }
    PYM_SIZE(self) = ST_FIELDS;
    for (PymSize i = 0; i < ST_FIELDS; i++)
        PYM_TUPLE_ITEMS(self)[i] = PYM_NEWREF(PYM_TUPLE_ITEMS(seq)[i]);
    PYM_DECREF(seq);
    pym_gc_track(self);
    return self;
}

static PymType struct_time_type = {
    .ob = PYM_STATIC_VAR_HEAD(&pym_type_type, 0),
    .name = "time.struct_time",
    .basicsize = (PymSize)offsetof(PymTupleObject, items),
    .itemsize = sizeof(PymObject *),
    .flags = PYM_TPFLAG_HAVE_GC | PYM_TPFLAG_TUPLE_SUBCLASS,
    .dealloc = pym_structseq_dealloc,
    .repr = pym_structseq_repr,
    .new_ = st_new,
    .traverse = pym_structseq_traverse,
    .free = pym_gc_free,
    .members = st_members,
    .base = &pym_tuple_type,
};

static PymObject *struct_time_from_tm(const struct tm *tm)
{
    long v[ST_FIELDS] = {(long)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday,
                         tm->tm_hour, tm->tm_min, tm->tm_sec,
                         (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
    if (!PYM_TYPE_HAS_FLAG(&struct_time_type, PYM_TPFLAG_READY) &&
        pym_type_ready(&struct_time_type) < 0)
        return NULL;
    PymObject *self = pym_type_generic_alloc(&struct_time_type, ST_FIELDS);
    if (!self)
        return NULL;
    PYM_SIZE(self) = ST_FIELDS;
    for (PymSize i = 0; i < ST_FIELDS; i++) {
        PYM_TUPLE_ITEMS(self)[i] = pym_int_from_i64(v[i]);
        if (!PYM_TUPLE_ITEMS(self)[i]) {
            PYM_DECREF(self);
            return NULL;
        }
    }
    pym_gc_track(self);
    return self;
}

/* The seconds argument of gmtime/localtime/ctime: absent or None = now. */
static int seconds_arg(PymObject *const *args, PymSize nargs, const char *fname, time_t *out)
{
    if (nargs > 1) {
        pym_err_format(&pym_exc_TypeError, "%s expected at most 1 argument, got %zd", fname, nargs);
        return -1;
    }
    if (nargs == 0 || args[0] == PYM_NONE) {
        *out = time(NULL);
        return 0;
    }
    PymObject *a = args[0];
    if (!PYM_INT_CHECK(a) && !PYM_FLOAT_CHECK(a)) {
        pym_err_format(&pym_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       PYM_TYPE(a)->name);
        return -1;
    }
    double d = pym_float_as_double(a);
    if (d == -1.0 && pym_err_occurred()) {
        pym_err_clear();
        pym_err_format(&pym_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (isnan(d)) {
        pym_err_format(&pym_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    d = floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
        pym_err_format(&pym_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static PymObject *convert_time(PymObject *const *args, PymSize nargs, const char *fname, int local)
{
    time_t t;
    if (seconds_arg(args, nargs, fname, &t) < 0)
        return NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return pym_err_format(errno == EOVERFLOW ? &pym_exc_OverflowError : &pym_exc_OSError,
                              "timestamp out of range for platform time_t");
    return struct_time_from_tm(&tm);
}

static PymObject *time_gmtime(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return convert_time(args, nargs, "gmtime", 0);
}

static PymObject *time_localtime(PymObject *m, PymObject *const *args, PymSize nargs)
{
    return convert_time(args, nargs, "localtime", 1);
}

/* A 9-item tuple or struct_time → struct tm (fields unchecked). */
static int tm_from_tuple(PymObject *t, const char *fname, struct tm *tm)
{
    if (!PYM_TUPLE_CHECK(t)) {
        pym_err_format(&pym_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (PYM_SIZE(t) != ST_FIELDS) {
        pym_err_format(&pym_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    long v[ST_FIELDS];
    for (PymSize i = 0; i < ST_FIELDS; i++) {
        PymObject *item = PYM_TUPLE_ITEMS(t)[i];
        if (!PYM_INT_CHECK(item)) {
            pym_err_format(&pym_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                           PYM_TYPE(item)->name);
            return -1;
        }
        PymSize x = pym_int_as_ssize(item);
        if (x == -1 && pym_err_occurred())
            return -1;
        if (x < -2147483647 || x > 2147483647) {
            pym_err_format(&pym_exc_OverflowError, "signed integer is greater than maximum");
            return -1;
        }
        v[i] = (long)x;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

/* Range checks for asctime/strftime (CPython's checktm, with 0 meaning
 * "first" for month, day and year-day as strftime allows). */
static int check_tm(struct tm *tm)
{
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        return pym_err_format(&pym_exc_ValueError, "month out of range"), -1;
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        return pym_err_format(&pym_exc_ValueError, "day of month out of range"), -1;
    if (tm->tm_hour < 0 || tm->tm_hour > 23)
        return pym_err_format(&pym_exc_ValueError, "hour out of range"), -1;
    if (tm->tm_min < 0 || tm->tm_min > 59)
        return pym_err_format(&pym_exc_ValueError, "minute out of range"), -1;
    if (tm->tm_sec < 0 || tm->tm_sec > 61)
        return pym_err_format(&pym_exc_ValueError, "seconds out of range"), -1;
    if (tm->tm_wday < 0)
        return pym_err_format(&pym_exc_ValueError, "day of week out of range"), -1;
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        return pym_err_format(&pym_exc_ValueError, "day of year out of range"), -1;
    return 0;
}

/* The optional time-tuple argument: absent = localtime(now). */
static int tuple_arg(PymObject *const *args, PymSize nargs, PymSize idx, const char *fname,
                     struct tm *tm)
{
    if (nargs <= idx) {
        time_t now = time(NULL);
        if (!localtime_r(&now, tm))
            return pym_err_format(&pym_exc_OSError, "localtime failed"), -1;
        return 0;
    }
    if (tm_from_tuple(args[idx], fname, tm) < 0)
        return -1;
    return check_tm(tm);
}

static PymObject *format_asctime(const struct tm *tm)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[96];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday % 7],
             mon[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             tm->tm_year + 1900);
    return pym_str_from_cstr(buf);
}

static PymObject *time_asctime(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (nargs > 1)
        return pym_err_format(&pym_exc_TypeError, "asctime expected at most 1 argument, got %zd",
                              nargs);
    struct tm tm;
    if (tuple_arg(args, nargs, 0, "asctime", &tm) < 0)
        return NULL;
    return format_asctime(&tm);
}

static PymObject *time_ctime(PymObject *m, PymObject *const *args, PymSize nargs)
{
    time_t t;
    if (seconds_arg(args, nargs, "ctime", &t) < 0)
        return NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return pym_err_format(&pym_exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static PymObject *time_mktime(PymObject *m, PymObject *arg)
{
    struct tm tm;
    if (tm_from_tuple(arg, "mktime", &tm) < 0)
        return NULL;
    tm.tm_wday = -1; /* sentinel: mktime sets it on success */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return pym_err_format(&pym_exc_OverflowError, "mktime argument out of range");
    return pym_float_from_double((double)t);
}

static PymObject *time_strftime(PymObject *m, PymObject *const *args, PymSize nargs)
{
    if (nargs < 1 || nargs > 2)
        return pym_err_format(&pym_exc_TypeError,
                              nargs < 1 ? "strftime expected at least 1 argument, got %zd"
                                        : "strftime expected at most 2 arguments, got %zd",
                              nargs);
    if (!PYM_STR_CHECK(args[0]))
        return pym_err_format(&pym_exc_TypeError, "strftime() argument 1 must be str, not %s",
                              PYM_TYPE(args[0])->name);
    struct tm tm;
    if (tuple_arg(args, nargs, 1, "strftime", &tm) < 0)
        return NULL;
    PymSize flen;
    const char *fmt = pym_str_as_utf8_and_size(args[0], &flen);
    if (!fmt)
        return NULL;
    if (strlen(fmt) != (size_t)flen)
        return pym_err_format(&pym_exc_ValueError, "embedded null character");
    if (flen == 0)
        return pym_str_from_cstr("");
    /* strftime returns 0 both for "too small" and for an empty result:
     * grow the buffer up to a bound, then accept the empty string. */
    for (size_t size = 256;; size *= 2) {
        char *buf = pym_mem_malloc(size);
        if (!buf)
            return pym_err_no_memory();
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * (size_t)flen + 4096) {
            buf[n] = '\0';
            PymObject *r = pym_str_from_cstr(buf);
            pym_mem_free(buf);
            return r;
        }
        pym_mem_free(buf);
    }
}

static PymMethodDef time_functions[] = {
    PYM_METHOD("gmtime", time_gmtime, PYM_METH_FASTCALL),
    PYM_METHOD("localtime", time_localtime, PYM_METH_FASTCALL),
    PYM_METHOD("asctime", time_asctime, PYM_METH_FASTCALL),
    PYM_METHOD("ctime", time_ctime, PYM_METH_FASTCALL),
    PYM_METHOD("mktime", time_mktime, PYM_METH_O),
    PYM_METHOD("strftime", time_strftime, PYM_METH_FASTCALL),
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
    if (m && (pym_type_ready(&struct_time_type) < 0 ||
              pym_module_add_object(m, "struct_time", (PymObject *)&struct_time_type) < 0)) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
