"""Trace memory allocations: snapshots, statistics and their differences.

The pure-Python layer over the _tracemalloc C core (runtime/tracemalloc.c),
with the public API and the str/repr formats of CPython's tracemalloc.

Invariants: a raw trace is the tuple (domain, size, frames, total_nframe)
that _tracemalloc._get_traces() returns, frames most recent first; the
Traceback class keeps its frames oldest first; Snapshot objects are never
modified after creation (filter_traces returns a new one).
"""

from _tracemalloc import (
    start,
    stop,
    is_tracing,
    clear_traces,
    get_traced_memory,
    reset_peak,
    get_traceback_limit,
    get_tracemalloc_memory,
    _get_object_traceback,
    _get_traces,
)

__all__ = ["start", "stop", "is_tracing", "clear_traces", "get_traced_memory",
           "reset_peak", "get_traceback_limit", "get_tracemalloc_memory",
           "get_object_traceback", "take_snapshot", "Snapshot", "Statistic",
           "StatisticDiff", "Traceback", "Frame", "Trace", "Filter",
           "DomainFilter", "BaseFilter"]


def _format_size(size, sign):
    """'74 B', '10.0 KiB', '3420 KiB', with a sign when asked: at most four
    significant digits, the unit growing by 1024."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(size) < 100 and unit != "B":
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == "TiB":
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


def _ordering(cls):
    """Fill in <=, >, >= from __lt__ and __eq__ (functools.total_ordering)."""
    def le(self, other):
        lt = self.__lt__(other)
        if lt is NotImplemented:
            return lt
        return lt or self == other

    def gt(self, other):
        lt = self.__lt__(other)
        if lt is NotImplemented:
            return lt
        return not lt and self != other

    def ge(self, other):
        lt = self.__lt__(other)
        if lt is NotImplemented:
            return lt
        return not lt
    cls.__le__ = le
    cls.__gt__ = gt
    cls.__ge__ = ge
    return cls


class Statistic:
    """Statistic on memory allocations: size and count per traceback."""

    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False),
                                          self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % (self.traceback, self.size,
                                                              self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """Difference of the statistics of one traceback between an old and a
    new snapshot."""

    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.size_diff == other.size_diff and self.count == other.count
                and self.count_diff == other.count_diff)

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>" % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    old_group = dict(old_group)
    diffs = []
    for traceback, stat in new_group.items():
        previous = old_group.pop(traceback, None)
        if previous is None:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size - previous.size,
                                       stat.count, stat.count - previous.count))
    for traceback, stat in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


@_ordering
class Frame:
    """One frame of a traceback: filename and line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame is the tuple (filename: str, lineno: int)
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


_source_cache = {}


def _source_line(filename, lineno):
    """Line `lineno` of file `filename`, or '' (a tiny linecache)."""
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


@_ordering
class Traceback:
    """Sequence of Frame instances sorted from the oldest frame to the most
    recent one."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first: keep them oldest
        # first, as the Python API presents them.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        for trace in self._frames:
            yield Frame(trace)

    def __reversed__(self):
        for trace in reversed(self._frames):
            yield Frame(trace)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % self.total_nframe

    def format(self, limit=None, most_recent_first=False):
        lines = []
        if limit is None:
            frames = list(self)
        elif limit > 0:
            frames = list(self[-limit:])
        else:
            frames = list(self[:limit])
        if most_recent_first:
            frames.reverse()
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = _source_line(frame.filename, frame.lineno).strip()
            if line:
                lines.append("    %s" % line)
        return lines


def get_object_traceback(obj):
    """The traceback where obj was allocated, or None if it was not traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """A memory block: its domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        # trace is the tuple (domain, size, frames, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    """The traces of a snapshot, as a sequence of Trace objects."""

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    # os.path.normcase's check (a no-op otherwise on POSIX)
    if not isinstance(filename, (str, bytes)):
        fspath = getattr(type(filename), "__fspath__", None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not %s"
                            % type(filename).__name__)
        path = fspath(filename)
        if not isinstance(path, (str, bytes)):
            raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                            % (type(filename).__name__, type(path).__name__))
        filename = path
    if filename.endswith(".pyc"):
        filename = filename[:-1]
    return filename


def _fnmatch(name, pattern):
    """Shell-style matching as fnmatch.fnmatch on POSIX: * ? [seq] [!seq]."""
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == "*":
                star_p, star_n = p, n
                p += 1
                continue
            if c == "?":
                n += 1
                p += 1
                continue
            if c == "[":
                end, matched = _match_class(pattern, p, name[n])
                if end is not None:
                    if matched:
                        n += 1
                        p = end
                        continue
                elif name[n] == "[":
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        # Let the last * swallow one more character and retry.
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


def _match_class(pattern, p, ch):
    """Match ch against the [...] class at pattern[p]: (index after the
    class, matched), or (None, False) when the bracket is not a class."""
    i = p + 1
    negate = i < len(pattern) and pattern[i] == "!"
    if negate:
        i += 1
    first = i
    matched = False
    while i < len(pattern) and (pattern[i] != "]" or i == first):
        lo = pattern[i]
        if i + 2 < len(pattern) and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            if lo <= ch <= pattern[i + 2]:
                matched = True
            i += 3
        else:
            if ch == lo:
                matched = True
            i += 1
    if i >= len(pattern):
        return None, False
    return i + 1, matched != negate


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces whose frame matches a filename
    pattern and, optionally, a line number and a domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            for filename, lineno in traceback:
                if self._match_frame_impl(filename, lineno):
                    return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and domain == self.domain
            return res or domain != self.domain
        return res


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


_DUMP_MAGIC = "pym-tracemalloc-snapshot 1"


def _escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _unescape(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt == "n" else nxt)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


class Snapshot:
    """Snapshot of the traces of the memory blocks allocated by Python."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file (a line-based text format)."""
        with open(filename, "w", encoding="utf-8") as f:
            f.write(_DUMP_MAGIC + "\n")
            f.write("limit %d\n" % self.traceback_limit)
            for domain, size, frames, total_nframe in self.traces._traces:
                f.write("trace %d %d %s %d\n" % (
                    domain, size, "-" if total_nframe is None else total_nframe, len(frames)))
                for filename, lineno in frames:
                    f.write("frame %d %s\n" % (lineno, _escape(filename)))

    @staticmethod
    def load(filename):
        """Load a snapshot written by dump()."""
        with open(filename, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if not lines or lines[0] != _DUMP_MAGIC:
            raise ValueError("%r is not a tracemalloc snapshot" % (filename,))
        limit = int(lines[1].split()[1])
        traces = []
        i = 2
        while i < len(lines) and lines[i]:
            _, domain, size, total, nframe = lines[i].split(" ")
            frames = []
            for k in range(int(nframe)):
                _, lineno, name = lines[i + 1 + k].split(" ", 2)
                frames.append((_unescape(name), int(lineno)))
            traces.append((int(domain), int(size), tuple(frames),
                           None if total == "-" else int(total)))
            i += 1 + int(nframe)
        return Snapshot(traces, limit)

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass the filters: a trace is
        kept if some inclusive filter matches it (or there is none) and no
        exclusive filter rejects it."""
        if not hasattr(filters, "__iter__"):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        if not filters:
            return Snapshot(list(self.traces._traces), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [trace for trace in self.traces._traces
                if self._filter_trace(include, exclude, trace)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ("traceback", "filename", "lineno"):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ("lineno", "filename"):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)

        stats = {}
        keys = {}  # raw frames (or frame) → Traceback key, built once

        def account(raw, make_frames, size):
            traceback = keys.get(raw)
            if traceback is None:
                traceback = Traceback(make_frames(raw))
                keys[raw] = traceback
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        if not cumulative:
            if key_type == "traceback":
                make = lambda frames: frames
            elif key_type == "lineno":
                make = lambda frames: frames[:1]
            else:
                make = lambda frames: ((frames[0][0], 0),)
            for domain, size, frames, total_nframe in self.traces._traces:
                account(frames, make, size)
        else:
            if key_type == "lineno":
                make = lambda frame: (frame,)
            else:
                make = lambda frame: ((frame[0], 0),)
            for domain, size, frames, total_nframe in self.traces._traces:
                for frame in frames:
                    account(frame, make, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type ('traceback', 'filename' or
        'lineno'), biggest first."""
        statistics = list(self._group_by(key_type, cumulative).values())
        statistics.sort(reverse=True, key=Statistic._sort_key)
        return statistics

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff list of the differences from old_snapshot, biggest
        change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        statistics = _compare_grouped_stats(old_group, new_group)
        statistics.sort(reverse=True, key=StatisticDiff._sort_key)
        return statistics


def take_snapshot():
    """A snapshot of the traces of the memory blocks allocated by Python."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
