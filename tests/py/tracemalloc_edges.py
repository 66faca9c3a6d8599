import tracemalloc
early = bytes(5000)
tracemalloc.start()
print(tracemalloc.get_object_traceback(early))
late = bytes(5000)
print(tracemalloc.get_object_traceback(late) is not None)
print(tracemalloc.get_object_traceback(1), tracemalloc.get_object_traceback(None))
s1 = tracemalloc.take_snapshot()
s2 = tracemalloc.take_snapshot()
print(s1.traceback_limit, len(s2.traces) >= len(s1.traces) - 5)
try:
    tracemalloc.Snapshot.load("/nonexistent/pym_no_such_snapshot")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    s1.compare_to(s2, "bogus")
except ValueError as e:
    print(e)
try:
    s1.compare_to(s2, "traceback", cumulative=True)
except ValueError as e:
    print(e)
try:
    tracemalloc.start(); tracemalloc.start(3)
except Exception as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop(); tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
tracemalloc.clear_traces(); tracemalloc.reset_peak()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
for bad in (None, "x"):
    try:
        tracemalloc.Filter(True, bad)
    except Exception as e:
        print(type(e).__name__, e)
f = tracemalloc.Filter(False, "*.py", all_frames=True, domain=3)
print(f.inclusive, f.filename_pattern, f.all_frames, f.domain, f.lineno)
f.lineno = 7; f.inclusive = True
print(f.lineno, f.inclusive)
print(tracemalloc.Traceback((("a", 1),)) == tracemalloc.Traceback((("a", 1),), 9))
st = tracemalloc.Statistic(tracemalloc.Traceback((("a", 1),)), 5, 1)
print(st == tracemalloc.Statistic(tracemalloc.Traceback((("a", 1),)), 5, 1), hash(st) == hash(tracemalloc.Statistic(tracemalloc.Traceback((("a", 1),)), 5, 1)))
print(tracemalloc.Frame(("a", 1)) < tracemalloc.Frame(("b", 0)))
try:
    tracemalloc.Frame(("a", 1)) < 3
except TypeError as e:
    print(e)
class P:
    def __fspath__(self): return "/x/y.pyc"
print(tracemalloc.Filter(True, P()).filename_pattern)
class BadP:
    def __fspath__(self): return 3
for bad in (BadP(), 3, b"a.pyc"):
    try:
        print(tracemalloc.Filter(True, bad).filename_pattern)
    except TypeError as e:
        print("TypeError", e)
