"""traceback — formatting and printing exceptions and stacks, for pym.

Owns: the public traceback functions and FrameSummary/StackSummary.
Invariants: format_exception/print_exception produce exactly the text pym
prints for an uncaught exception (they drive the interpreter's own printer
through _traceback); extracted frames read their source line from the file
named by co_filename, stripped, or '' when it cannot be read.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'walk_stack', 'walk_tb',
           'FrameSummary', 'StackSummary']

_sentinel = object()


class _Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


def _split_entries(text):
    """Split a traceback body into one string per frame entry."""
    entries = []
    for line in text.splitlines(True):
        if line.startswith('  File ') or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    return entries


def _exc_value(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    out = _Collector()
    if chain:
        _traceback._print_exception(value, out)
    else:
        saved = (value.__cause__, value.__context__, value.__suppress_context__)
        value.__cause__ = value.__context__ = None
        try:
            _traceback._print_exception(value, out)
        finally:
            (value.__cause__, value.__context__,
             value.__suppress_context__) = saved
    return _split_entries(out.text())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exception_only(exc, /, value=_sentinel):
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    etype = type(value)
    name = etype.__qualname__
    mod = etype.__module__
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    try:
        msg = str(value)
    except Exception:
        msg = '<exception str() failed>'
    lines = [name + '\n' if not msg else '%s: %s\n' % (name, msg)]
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        for note in notes:
            lines.append(str(note) + '\n')
    return lines


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    if tb is None:
        return []
    tb.tb_frame  # a non-traceback fails here with CPython's AttributeError
    out = _Collector()
    _traceback._print_tb(tb, out)
    entries = _split_entries(out.text())
    if entries and entries[0].startswith('Traceback'):
        entries.pop(0)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end='')


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except Exception:
        pass
    return ''


class FrameSummary:
    """One frame of a stack: filename, lineno, name and source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._text = None  # the printer's entry (with carets), if known
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(
            self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        lines = []
        for fs in self:
            if fs._text is not None:
                lines.append(fs._text)
                continue
            row = '  File "{}", line {}, in {}\n'.format(
                fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line.strip())
            lines.append(row)
        return lines


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    stack = StackSummary.extract(walk_tb(tb), limit=limit)
    entries = format_tb(tb, limit)
    if len(entries) == len(stack):
        for fs, text in zip(stack, entries):
            fs._text = text
    return stack


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
