"""Common operations on POSIX pathnames: os.path.

Pure Python over posix.stat / lstat. Invariants: every function accepts
str, bytes or os.PathLike paths and returns the same kind (str or bytes) it
was given; functions that query the file system answer False instead of
raising when the path cannot be examined, as CPython's do.
"""

import posix as _posix

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    try:
        result = type(path).__fspath__(path)
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__) from None
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(type(path).__name__, type(result).__name__))


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    return path


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), where ext is empty
    or begins with a period and contains at most one period; leading
    periods of the basename are ignored."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _stat_or_none(path, follow=True):
    try:
        return (_posix.stat if follow else _posix.lstat)(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic
    links"""
    return _stat_or_none(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic
    links"""
    return _stat_or_none(path, follow=False) is not None


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    st = _stat_or_none(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def isfile(path):
    """Test whether a path is a regular file"""
    st = _stat_or_none(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def islink(path):
    """Test whether a path is a symbolic link"""
    st = _stat_or_none(path, follow=False)
    return st is not None and st[0] & _S_IFMT == _S_IFLNK


def ismount(path):
    """Test whether a path is a mount point"""
    st = _stat_or_none(path, follow=False)
    if st is None or st[0] & _S_IFMT == _S_IFLNK:
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent_st = _stat_or_none(parent, follow=False)
    if parent_st is None:
        return False
    return st[2] != parent_st[2] or st[1] == parent_st[1]


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename)[6]


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _posix.stat(filename)[7] / 1e9


def getmtime(filename):
    """Return the last modification time of a file, reported by
    os.stat()."""
    return _posix.stat(filename)[8] / 1e9


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _posix.stat(filename)[9] / 1e9


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1[1] == s2[1] and s1[2] == s2[2]


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or
    directory"""
    return samestat(_posix.stat(f1), _posix.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(_posix.stat(fp1), _posix.stat(fp2))


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading
    component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown, do
    nothing."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user needs the password database, which pym lacks
    userhome = _posix.environ.get('HOME')
    if userhome is None:
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode()).encode()
    if '$' not in path:
        return path
    result = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            result.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                result.append(path[i:])
                break
            name = path[i + 2:end]
            raw = path[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            raw = path[i:j]
            i = j
            if not name:
                result.append('$')
                continue
        value = _posix.environ.get(name)
        result.append(raw if value is None else value)
    return ''.join(result)


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX allows one or two initial slashes, but treats three or more as
    # a single slash.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = _fspath(filename)
    is_bytes = isinstance(filename, bytes)
    if is_bytes:
        return realpath(filename.decode(), strict=strict).encode()
    path, ok = _joinrealpath('', filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[0] & _S_IFMT == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir_, sep_, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep_, pardir_ = '.', '/', '..'
    start = curdir_ if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep_) if x]
    path_list = [x for x in abspath(path).split(sep_) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir_
    return join(*rel_list)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common
    sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep_, curdir_ = b'/', b'.'
    else:
        sep_, curdir_ = '/', '.'
    split_paths = [path.split(sep_) for path in paths]
    try:
        isabs_, = set(p[:1] == sep_ for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep_ if isabs_ else sep_[:0]
    return prefix + sep_.join(common)
