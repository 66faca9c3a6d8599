# io: open and the file type from the C core, StringIO and BytesIO in memory.
import io
import sys

s = io.StringIO("abc\ndef\n")
print(type(s).__module__, type(s).__name__, s.read(2), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(0)
s.write("XY")
print(repr(s.getvalue()), s.tell())
out = io.StringIO()
print("a", 1, [2], file=out)
print("second line", file=out, end="!")
print(repr(out.getvalue()))
lines = io.StringIO("one\ntwo\nthree")
print([line.rstrip() for line in lines])
s = io.StringIO("hello")
s.seek(8)
s.write("x")
print(repr(s.getvalue()))
s = io.StringIO("hello world")
print(s.truncate(5), repr(s.getvalue()), s.tell(), s.seek(0, 2))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for bad in (lambda: c.read(), lambda: io.StringIO(1), lambda: io.StringIO().write(b"x"),
            lambda: io.StringIO("a").seek(-1), lambda: io.StringIO("a").seek(1, 1),
            lambda: io.StringIO(newline="x")):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(repr(io.StringIO("a\r\nb\rc", newline=None).getvalue()))
w = io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))

b = io.BytesIO(b"xyz\nline2\n")
print(b.read(1), b.tell(), b.readline(), b.read(), b.getvalue())
b.seek(0)
print(b.write(b"AB"), b.getvalue(), b.seek(-1, 2), b.read())
b.seek(15)
b.write(b"!")
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
print(list(io.BytesIO(b"a\nb\n")), io.BytesIO(b"abc").read(None))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
print(isinstance(sys.stdout, io.TextIOWrapper))
