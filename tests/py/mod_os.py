import os
import os.path
import sys
from os import path
print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull, os.extsep, os.altsep)
print(os.path is path, sys.modules['os.path'] is os.path, os.error is OSError)
print(path.join('a', 'b', 'c'), path.join('/a', '/b', 'c'), path.join('a/', 'b'), path.join('a', ''), path.join(b'x', b'y'))
print(path.split('/usr/lib/x.py'), path.split('x.py'), path.split('/'), path.split('//a//b//'))
print(path.basename('/a/b.txt'), path.dirname('/a/b.txt'), repr(path.basename('/a/')), path.dirname('a'))
print(path.splitext('a/b.tar.gz'), path.splitext('.bashrc'), path.splitext('a.b/c'), path.splitext('x..'), path.splitext(b'f.py'))
print(path.normpath('/a//b/./c/../d/'), path.normpath(''), path.normpath('../../x'), path.normpath('//a'), path.normpath('///a'))
print(path.isabs('/x'), path.isabs('x'), path.commonprefix(['/usr/lib', '/usr/local']), path.commonpath(['/usr/lib', '/usr/local']))
print(path.relpath('/a/b/c', '/a/d'), path.relpath('/a', '/a'), path.splitdrive('/x/y'), path.normcase('AbC'))
print(path.abspath('/x/../y') == '/y', path.abspath('rel') == path.join(os.getcwd(), 'rel'), path.isabs(os.getcwd()))
os.environ['PYM_TEST_VAR'] = 'value1'
print(os.getenv('PYM_TEST_VAR'), os.environ.get('PYM_TEST_VAR'), 'PYM_TEST_VAR' in os.environ, os.getenv('PYM_NO_SUCH', 'dflt'))
print(path.expandvars('$PYM_TEST_VAR/${PYM_TEST_VAR}/$PYM_NO_SUCH/$'), path.expanduser('~') == os.environ['HOME'])
del os.environ['PYM_TEST_VAR']; print(os.getenv('PYM_TEST_VAR'), 'PYM_TEST_VAR' in os.environ)
try: os.environ['PYM_NO_SUCH']
except KeyError as e: print('KeyError', e)
try: os.environ['X'] = 5
except TypeError as e: print(e)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.getpid() == os.getpid(), isinstance(os.cpu_count(), int))
base = path.join('/tmp', 'pym_os_test_%d' % os.getpid())
os.mkdir(base)
print(path.isdir(base), path.isfile(base), path.exists(base))
for name in ['b.txt', 'a.py']:
    with open(path.join(base, name), 'w') as f: f.write('x' * 10)
os.makedirs(path.join(base, 'sub', 'deeper'))
os.makedirs(path.join(base, 'sub'), exist_ok=True)
print(sorted(os.listdir(base)), path.getsize(path.join(base, 'a.py')), path.isfile(path.join(base, 'a.py')))
st = os.stat(path.join(base, 'a.py')); print(st.st_size, st[6], type(st).__name__, len(st), isinstance(st.st_mtime, float), isinstance(st[8], int))
print(sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base)))
for dirpath, dirnames, filenames in os.walk(base):
    print(path.relpath(dirpath, base), sorted(dirnames), sorted(filenames))
os.rename(path.join(base, 'b.txt'), path.join(base, 'c.txt')); print(sorted(os.listdir(base)))
for bad in [lambda: os.mkdir(base), lambda: os.remove(path.join(base, 'nope')), lambda: os.listdir(path.join(base, 'nope')),
            lambda: os.rmdir(path.join(base, 'sub')), lambda: os.rename(path.join(base, 'nope'), path.join(base, 'n2')),
            lambda: os.stat(path.join(base, 'nope'))]:
    try: bad()
    except OSError as e: print(type(e).__name__, e.errno, str(e).replace(base, 'BASE'))
for bad in [lambda: os.stat(3.5), lambda: os.mkdir(5), lambda: path.join('a', 5), lambda: path.join('a', b'b'), lambda: os.fspath(1)]:
    try: bad()
    except TypeError as e: print(e)
try: os.stat('a\0b')
except ValueError as e: print(e)
class P:
    def __fspath__(self): return base
print(os.fspath(P()) == base, path.isdir(P()), isinstance(P(), os.PathLike), os.fsencode('a'), os.fsdecode(b'b'))
os.remove(path.join(base, 'a.py')); os.unlink(path.join(base, 'c.txt'))
os.removedirs(path.join(base, 'sub', 'deeper'))
print(path.exists(base), path.lexists(base))
old = os.getcwd(); os.chdir('/'); print(os.getcwd()); os.chdir(old); print(os.getcwd() == old)
print(len(os.urandom(8)), type(os.urandom(0)), os.strerror(2), os.access('/', os.F_OK))
