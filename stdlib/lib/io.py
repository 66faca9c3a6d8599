"""io — streams: open() and the file type from the C core _io, and the
in-memory text and byte streams StringIO and BytesIO.

Invariants: a stream's position is an index into its buffer (code points
for StringIO, bytes for BytesIO) and may lie past the end, where a write
pads the gap (with NULs) as CPython does; every operation on a closed
stream raises ValueError("I/O operation on closed file").
"""
from _io import open, TextIOWrapper, UnsupportedOperation

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _MemoryStream:
    """What StringIO and BytesIO share: position, seeking, closing."""

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _size_arg(self, size):
        if size is None:
            return -1
        if not hasattr(type(size), "__index__"):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return size.__index__()

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        end = len(self._buf) if size < 0 else min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        chunk = self._buf[start:end]
        self._pos = max(self._pos, end)
        return self._finish(chunk)

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = min(self._pos, len(self._buf))
        end = self._buf.find(self._newline, start)
        end = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._finish(self._buf[start:end])

    def readlines(self, hint=-1):
        hint = self._size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else self._size_arg(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        del self._buf[size:]
        return size

    def _write_at_position(self, data):
        gap = self._pos - len(self._buf)
        if gap > 0:
            self._buf.extend(self._padding * gap)
        self._buf[self._pos:self._pos + len(data)] = data
        self._pos += len(data)


class StringIO(_MemoryStream):
    """A text stream kept in memory; getvalue() gives everything written."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._closed = False
        self._translate = newline
        self._newline = "\n" if newline in (None, "") else newline
        self._padding = ["\0"]
        self._buf = list(self._translated(initial_value or ""))
        self._pos = 0

    def _translated(self, text):
        if self._translate is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate in ("\r", "\r\n"):
            return text.replace("\n", self._translate)
        return text

    def _finish(self, chunk):
        return "".join(chunk)

    def getvalue(self):
        self._check_open()
        return "".join(self._buf)

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._write_at_position(list(self._translated(s)))
        return len(s)

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = min(self._pos, len(self._buf))
        end = start
        while end < len(self._buf) and (size < 0 or end - start < size):
            end += 1
            if "".join(self._buf[max(start, end - len(self._newline)):end]) == self._newline:
                break
        self._pos = max(self._pos, end)
        return "".join(self._buf[start:end])

    def seek(self, pos, whence=0):
        self._check_open()
        pos = self._size_arg(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


class BytesIO(_MemoryStream):
    """A byte stream kept in memory; getvalue() gives everything written."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._newline = b"\n"
        self._padding = b"\0"
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0

    def _finish(self, chunk):
        return bytes(chunk)

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return self._buf

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._write_at_position(data)
        return len(data)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = self._size_arg(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos
