# open() refuses what CPython refuses, with the same OSError subclass.
cases = [("/", "r"), ("/", "w"), ("/", "rb"), ("/no/such/dir/file.txt", "r"),
         ("/no/such/dir/file.txt", "w"), ("", "r")]
for path, mode in cases:
    try:
        open(path, mode)
        print(repr(path), mode, "opened")
    except OSError as e:
        print(repr(path), mode, type(e).__name__, e.errno, e.strerror, repr(e.filename))
for bad in [(1.5,), ("x", "rw"), ("x", "q"), ("x", "r", -2)]:
    try:
        open(*bad)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for mode in ["rw", "b", "t", "", "rr", "rbt", "r++", "U", "rU", "r+b", "x+", "ab"]:
    try:
        f = open(__file__ if "r" in mode else "/no/such/dir/f", mode)
        print(repr(mode), "opened", f.mode)
        f.close()
    except (ValueError, OSError) as e:
        print(repr(mode), type(e).__name__, e)
import os
path = "/tmp/pym_open_modes_test"
if os.path.exists(path):
    os.remove(path)
for mode in ["w+b", "r+b", "a+b", "wb", "rb", "ab", "bw", "+rb", "r+", "w+t", "+r", "a"]:
    with open(path, mode) as f:
        print(mode, f.mode)
os.remove(path)
