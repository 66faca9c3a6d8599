"""Operating-system interfaces: the portable layer over the posix module.

Pure Python over stdlib/posixmodule.c. Invariants: os.path is posixpath
(also registered as sys.modules['os.path']); os.environ mirrors the process
environment, so every change made through it is also made with
putenv / unsetenv; stat() results are os.stat_result tuples whose first ten
items are ints, as CPython's are.
"""

import sys
import abc
import posix
import posixpath as path
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove,
                   rename, replace, readlink, access, getpid, getppid, getuid,
                   getgid, cpu_count, strerror, isatty, urandom, _exit,
                   F_OK, R_OK, W_OK, X_OK)
from _collections_abc import MutableMapping

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return getcwd().encode()


# --- paths -------------------------------------------------------------

def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path
    protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes."""
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) to str."""
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


# --- stat --------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                'st_size', 'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

    The first ten items are ints; st_atime, st_mtime and st_ctime as
    attributes are floats, and the *_ns attributes are nanosecond ints."""

    n_sequence_fields = 10
    n_fields = 13
    n_unnamed_fields = 3

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence '
                            '(%d-sequence given)' % len(values))
        head = values[:7] + tuple(v // 1000000000 if isinstance(v, int) and len(values) == 10 and i >= 7 else v
                                  for i, v in enumerate(values[7:10], 7))
        self = tuple.__new__(cls, head)
        self._ns = values[7:10] if len(values) == 10 else None
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    @property
    def st_atime_ns(self):
        return self._ns[0] if self._ns else self[7] * 1000000000

    @property
    def st_mtime_ns(self):
        return self._ns[1] if self._ns else self[8] * 1000000000

    @property
    def st_ctime_ns(self):
        return self._ns[2] if self._ns else self[9] * 1000000000

    st_atime = property(lambda self: self.st_atime_ns / 1e9)
    st_mtime = property(lambda self: self.st_mtime_ns / 1e9)
    st_ctime = property(lambda self: self.st_ctime_ns / 1e9)

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(_STAT_FIELDS, self))

    def __reduce__(self):
        return stat_result, (tuple(self),)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    raw = posix.stat(path) if follow_symlinks else posix.lstat(path)
    return stat_result(raw)


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following
    symbolic links."""
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    return stat_result(posix.lstat(path))


# --- environment ---------------------------------------------------------

class _Environ(MutableMapping):
    """The process environment as a mapping of str to str."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(key, value) for key, value in self._data.items()))

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value):
    """Change or add an environment variable."""
    posix.putenv(name, value)


def unsetenv(name):
    """Delete an environment variable."""
    posix.unsetenv(name)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH', defpath)
    return path_list.split(pathsep)


# --- directories -----------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate
    ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left
    empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory listing, from scandir()."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for given path."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for
    each directory in the tree rooted at top."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks or not entry.is_symlink():
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines), from
    $COLUMNS / $LINES or the 80x24 default."""
    columns = int(environ.get('COLUMNS', 0) or 0) or 80
    lines = int(environ.get('LINES', 0) or 0) or 24
    return terminal_size((columns, lines))


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)
