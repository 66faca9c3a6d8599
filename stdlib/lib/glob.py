"""Filename globbing: glob, iglob, escape and has_magic.

Pure Python over os.listdir / os.path and fnmatch. Invariants: results
come in the order the directories list their entries (os.listdir order),
names starting with '.' match only patterns that start with '.' (unless
include_hidden), and '**' crosses directory levels only with
recursive=True, as in CPython.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname
    pattern."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            first = next(it)
            if first:
                it = _chain_first(first, it)
        except StopIteration:
            pass
    return it


def _chain_first(first, rest):
    yield first
    yield from rest


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir is not None else path


def _lexists(path, root_dir):
    if not path:
        return False
    return os.path.lexists(_join(root_dir, path))


def _isdir(path, root_dir):
    if not path:
        return False
    return os.path.isdir(_join(root_dir, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        else:
            if _isdir(dirname, root_dir):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = (x for x in names if not _ishidden(x))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname or os.curdir, basename), None):
            return [basename]
    else:
        if _isdir(dirname, None):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    try:
        names = os.listdir(dirname if dirname else os.curdir)
    except OSError:
        return
    for name in names:
        if not dironly or os.path.isdir(os.path.join(dirname or os.curdir, name)):
            yield name


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            if not os.path.islink(path) and os.path.isdir(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(x, y)


def has_magic(s):
    return any(c in '*?[' for c in s)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == '**'


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    pathname = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + pathname
