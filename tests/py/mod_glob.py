import fnmatch
import glob
import os
for name, pat in [('a.py', '*.py'), ('a.py', '*.PY'), ('.hidden', '*'), ('abc', 'a?c'), ('abc', 'a[bc]c'), ('adc', 'a[!bc]c'),
                  ('a-c', 'a[a-z]c'), ('a]c', 'a[]]c'), ('a[c', 'a[c'), ('x/y.txt', '*.txt'), ('', '*'), ('aXbXc', 'a*b*c'),
                  ('abcbd', 'a*bd'), ('abc', 'a*b'), ('a!c', 'a[!]c'), ('a1', 'a[0-9]'), ('a', '[z-a]')]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', 'd.pyc'], '*.py'), fnmatch.translate('*.py'), fnmatch.translate('a?[!x]'))
base = '/tmp/pym_glob_test_%d' % os.getpid()
for rel in ['a.txt', 'b.py', '.hidden.txt', 'sub/c.txt', 'sub/deep/d.txt', 'sub/e.py', 'other/f.txt']:
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f: f.write(rel)
rel = lambda paths: sorted(os.path.relpath(p, base) for p in paths)
print(rel(glob.glob(os.path.join(base, '*.txt'))), rel(glob.glob(os.path.join(base, '*'))))
print(rel(glob.glob(os.path.join(base, '*', '*.txt'))), rel(glob.glob(os.path.join(base, 's?b', '*'))))
print(rel(glob.glob(os.path.join(base, '**', '*.txt'), recursive=True)), rel(glob.glob(os.path.join(base, '**'), recursive=True)))
print(rel(glob.glob(os.path.join(base, '*.txt'), include_hidden=True)), glob.glob(os.path.join(base, 'nope*')), rel(glob.glob(os.path.join(base, 'a.txt'))))
print(sorted(glob.glob('*.py', root_dir=base)), sorted(glob.iglob(os.path.join(base, 'sub', '*.py'))) == [os.path.join(base, 'sub', 'e.py')])
print(glob.escape('a*b?[c].txt'), glob.has_magic('a*'), glob.has_magic('plain'))
for dirpath, dirs, files in sorted(os.walk(base), reverse=True):
    for f in files: os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(base))
