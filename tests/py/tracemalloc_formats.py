import tracemalloc
# size formatting
from tracemalloc import _format_size
for n in (0, 74, 1023, 10239, 10240, 102400, 3420*1024, 1.2*1024*1024, 5*1024**4, 123456789012345):
    print(_format_size(n, False), _format_size(n, True), _format_size(-n, True))
F = tracemalloc.Frame(("a.py", 3))
print(str(F), repr(F))
tb = tracemalloc.Traceback((("a.py", 3), ("b.py", 7)))
print(str(tb), repr(tb), len(tb), tb[0], tb[1], tb[-1], tb[0:1])
tb2 = tracemalloc.Traceback((("a.py", 3), ("b.py", 7)), 5)
print(repr(tb2), tb2.total_nframe, tb == tb2, hash(tb) == hash(tb2))
print(tb.format(), tb.format(1), tb.format(-1), tb.format(most_recent_first=True), tb.format(0))
tr = tracemalloc.Trace((0, 12345, (("a.py", 3), ("b.py", 7)), 2))
print(str(tr), repr(tr), tr.domain, tr.size)
st = tracemalloc.Statistic(tb, 10240, 3)
print(str(st), repr(st))
st0 = tracemalloc.Statistic(tb, 0, 0)
print(str(st0), repr(st0))
sd = tracemalloc.StatisticDiff(tb, 3420*1024, 1258291, 10, -2)
print(str(sd), repr(sd))
sd0 = tracemalloc.StatisticDiff(tb, 0, -74, 0, -1)
print(str(sd0), repr(sd0))
print(F < tracemalloc.Frame(("a.py", 4)), F <= F, F > F, F >= F)
print(tracemalloc.Frame(("a", 1)) == tracemalloc.Frame(("a", 1)))
f = tracemalloc.Filter(True, "x.pyc", 3)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 5)
print(d.inclusive, d.domain)
try:
    d.domain = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    f.filename_pattern = 'y'
except AttributeError as e:
    print("AttributeError", e)
for args in [(-1,), (0,), ("x",), (1.5,), (2**40,), (1, 2), ]:
    try:
        tracemalloc.start(*args)
        print("ok", tracemalloc.get_traceback_limit())
        tracemalloc.stop()
    except Exception as e:
        print(type(e).__name__, e)
try:
    tracemalloc.start(nframe=3)
except Exception as e:
    print(type(e).__name__, e)
print(tracemalloc.get_tracemalloc_memory() >= 0)
print(tracemalloc.get_object_traceback(object()))
print(type(tracemalloc.get_tracemalloc_memory()).__name__)
try:
    tracemalloc.Snapshot([], 1).statistics("foo")
except Exception as e:
    print(type(e).__name__, e)
try:
    tracemalloc.Snapshot([], 1).statistics("traceback", cumulative=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    tracemalloc.Snapshot([], 1).filter_traces(3)
except Exception as e:
    print(type(e).__name__, e)
print(repr(tracemalloc.Snapshot([], 1).traces))
s = tracemalloc.Snapshot([(0, 10, (("a.py", 1),), 1)], 1)
print(s.traces[0], len(s.traces), list(s.traces), s.traces[0] in s.traces)
try:
    tracemalloc.Traceback(())
    print(str(tracemalloc.Traceback(())))
except Exception as e:
    print(type(e).__name__, e)
print(tracemalloc.Traceback(()).format())
print(sorted([tb2, tracemalloc.Traceback((("a.py", 1),))]))
print(tracemalloc.BaseFilter(True).inclusive)
