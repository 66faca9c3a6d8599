import tracemalloc

def make_blocks(n):
    return [bytes(200) for _ in range(n)]

def outer(n):
    return make_blocks(n)

tracemalloc.start(5)
kept_a = make_blocks(300)
kept_b = outer(200)
snap = tracemalloc.take_snapshot()
print(snap.traceback_limit)
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(len(mine.traces) > 0, len(mine.traces) <= len(snap.traces))
stats = mine.statistics("lineno")
top = stats[0]
print(top.traceback[0].lineno, top.count >= 500, top.size >= 500 * 200)
print(str(top).startswith(__file__ + ":4: size="))
fstats = mine.statistics("filename")
print(len(fstats), fstats[0].traceback[0].lineno, fstats[0].traceback[0].filename == __file__)
tstats = mine.statistics("traceback")
print([len(s.traceback) for s in tstats[:2]])
tb_linenos = sorted(tuple(f.lineno for f in s.traceback) for s in tstats if s.count >= 100)
print(tb_linenos)
cum = mine.statistics("lineno", cumulative=True)
cum_lines = {s.traceback[0].lineno: s.count for s in cum}
print(cum_lines[4] >= 500, cum_lines[7] >= 200, cum_lines.get(10, 0) >= 300, cum_lines.get(11, 0) >= 200)
print(cum_lines[7] < cum_lines[4])
cumf = mine.statistics("filename", cumulative=True)
print(len(cumf), cumf[0].traceback[0].lineno)
print(all(len(s.traceback) == 1 for s in cum))
print(stats == sorted(stats, key=lambda s: (s.size, s.count, s.traceback), reverse=True))
# exclusive filters
no4 = snap.filter_traces([tracemalloc.Filter(False, __file__, 4)])
print(any(t.traceback[0].lineno == 4 and t.traceback[0].filename == __file__ for t in no4.traces))
only4 = snap.filter_traces([tracemalloc.Filter(True, __file__, 4)])
print(all(t.traceback[0].lineno == 4 for t in only4.traces), len(only4.traces) >= 500)
# all_frames: line 11 is in the traceback but not the most recent frame
f11 = snap.filter_traces([tracemalloc.Filter(True, __file__, 11)])
f11all = snap.filter_traces([tracemalloc.Filter(True, __file__, 11, all_frames=True)])
print(len(f11.traces), len(f11all.traces) >= 200)
x11all = mine.filter_traces([tracemalloc.Filter(False, __file__, 11, all_frames=True)])
print(len(x11all.traces) == len(mine.traces) - len(f11all.traces))
pat = snap.filter_traces([tracemalloc.Filter(True, "*" + __file__[-8:])])
print(len(pat.traces) == len(mine.traces))
none = snap.filter_traces([tracemalloc.Filter(True, "/nonexistent/*.py")])
print(len(none.traces))
dom = snap.filter_traces([tracemalloc.DomainFilter(True, 0)])
print(len(dom.traces) == len(snap.traces))
dom1 = snap.filter_traces([tracemalloc.DomainFilter(False, 0)])
print(len(dom1.traces))
fd = snap.filter_traces([tracemalloc.Filter(True, __file__, domain=1)])
print(len(fd.traces))
same = snap.filter_traces([])
print(len(same.traces) == len(snap.traces), same is snap)
print(all(t.domain == 0 for t in mine.traces))
t0 = mine.traces[0]
print(type(t0).__name__, t0.size > 0, type(t0.traceback).__name__, t0.traceback.total_nframe >= 1)
print(repr(mine.traces).startswith("<Traces len="))
# dump / load round trip
path = "/tmp/pym_test_tracemalloc_snapshot.dump"
mine.dump(path)
loaded = tracemalloc.Snapshot.load(path)
print(loaded.traceback_limit == mine.traceback_limit, len(loaded.traces) == len(mine.traces))
print(loaded.statistics("lineno") == mine.statistics("lineno"))
print(list(loaded.traces) == list(mine.traces))
# compare_to
del kept_a
snap2 = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
diff = snap2.compare_to(mine, "lineno")
d4 = [d for d in diff if d.traceback[0].lineno == 4][0]
print(d4.count_diff <= -300, d4.size_diff < 0, d4.count >= 200)
print(str(d4).startswith(__file__ + ":4: size="), "(-" in str(d4))
diffc = snap2.compare_to(mine, "lineno", cumulative=True)
d10 = [d for d in diffc if d.traceback[0].lineno == 10]
print(len(d10), d10[0].size == 0 if d10 else None, d10[0].count if d10 else None)
difff = snap2.compare_to(mine, "filename")
print(len(difff), difff[0].size_diff < 0)
difft = snap2.compare_to(mine, "traceback")
print(difft == sorted(difft, key=lambda d: (abs(d.size_diff), d.size, abs(d.count_diff), d.count, d.traceback), reverse=True))
obj = outer(1)[0]
tb = tracemalloc.get_object_traceback(obj)
print([f.lineno for f in tb], tb.total_nframe)
here = __file__
print([line.replace(here, "HERE") for line in tb.format(limit=1)])
print([line.replace(here, "HERE") for line in tb.format(most_recent_first=True, limit=2)])
print([line.replace(here, "HERE") for line in tb.format(limit=-1)])
lines = tb.format()
print(len(lines), lines[-1].strip())
tracemalloc.stop()
print(tracemalloc.get_object_traceback(obj))

# A traceback deeper than the limit keeps the most recent frames and
# counts them all in total_nframe.
def deep(n):
    if n == 0:
        return bytearray(3000)
    return deep(n - 1)

tracemalloc.start(2)
memory_before = tracemalloc.get_tracemalloc_memory()
deep_obj = deep(6)
many = [str(i) * 3 for i in range(2000)]
memory_after = tracemalloc.get_tracemalloc_memory()
print(memory_after > memory_before)
snap3 = tracemalloc.take_snapshot()
deep_traces = [t for t in snap3.traces if t.traceback[-1].lineno == 98]
print(len(deep_traces) >= 1, len(deep_traces[0].traceback), deep_traces[0].traceback.total_nframe >= 7)
print([f.lineno for f in deep_traces[0].traceback])
tracemalloc.stop()
with open(path, "w") as f:
    f.write("")
