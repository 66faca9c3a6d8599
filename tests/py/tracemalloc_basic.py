import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [bytes(100) for _ in range(1000)]
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 100 * 1000, peak >= cur)
snap = tracemalloc.take_snapshot()
stats = snap.statistics("lineno")
top = stats[0]
print(top.traceback[0].lineno, top.count >= 1000, top.size >= 100000)
print(str(top).startswith(__file__ + ":9: size="), "count=" in str(top), "average=" in str(top))
print(type(top).__name__, type(top.traceback).__name__, type(top.traceback[0]).__name__)
fstats = snap.statistics("filename")
print(fstats[0].traceback[0].filename == __file__)
del data
cur2, _ = tracemalloc.get_traced_memory()
print(cur2 < cur)
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap, "lineno")
print(type(diff[0]).__name__, any(d.size_diff < 0 for d in diff))
obj = bytes(1000)


tb = tracemalloc.get_object_traceback(obj)
print(tb is not None and tb[0].lineno == 26)
filtered = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(all(t.traceback[0].filename == __file__ for t in filtered.traces))
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] <= peak)
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
