import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t), tuple(t))
g = time.gmtime(1234567890.75)
print(g, type(g).__name__, isinstance(g, tuple))
print(time.gmtime(-86400))
print(time.gmtime(951782400))  # 2000-02-29
print(time.asctime(g), time.asctime(time.gmtime(0)))
print(time.asctime((2024, 3, 5, 7, 8, 9, 1, 65, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", g))
print(time.strftime("%A %B %d %y %I %p", time.gmtime(1700000000)))
print(repr(time.strftime("", g)), time.strftime("x", g))
print(time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
now = time.time()
lt = time.localtime(now)
print(abs(time.mktime(lt) - int(now)) < 2, type(time.mktime(lt)).__name__)
print(time.mktime(time.localtime(1000000000)))
print(type(time.ctime()).__name__, len(time.ctime()), type(time.strftime("%Y")).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(time.localtime(12345) == time.localtime(12345.9))
print(time.perf_counter_ns() >= 0, time.monotonic_ns() <= time.monotonic_ns())
print(time.gmtime(None).tm_year >= 2024)
for bad in [lambda: time.gmtime("x"), lambda: time.asctime((1, 2)),
            lambda: time.asctime("abc"), lambda: time.strftime(5),
            lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2020, 1, 1, 25, 0, 0, 0, 1, 0)),
            lambda: time.mktime(5), lambda: time.gmtime(float("nan"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0)))
st = time.struct_time([2020, 1, 1, 0, 0, 0, 2, 1, 0, "UTC", 0])
print(st, st.tm_year, len(st), time.strftime("%Y-%m-%d", st), time.asctime(st))
for a in [(1, 2), tuple(range(12)), 5]:
    try:
        time.struct_time(a)
    except TypeError as e:
        print("TypeError", e)
try:
    time.struct_time()
except TypeError as e:
    print("TypeError", e)
print(time.mktime(time.localtime(86400 * 365)) == 86400 * 365)
