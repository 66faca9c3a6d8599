# Text files: writing, reading, iteration, seek/tell, binary mode, errors, and the
# newline= argument (untranslated reads, \r and \r\n written for \n).

path = "/tmp/pym_text_files_test.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.writelines(["line two\n", "línea tres\n"])
    print("printed line", 42, file=f)
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
print(f.closed)
with open(path) as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line), line.rstrip("\n").upper())
with open(path) as f:
    print(f.readline(), f.readlines())
with open(path, "a") as f: f.write("appended\n")
print(open(path).read().splitlines()[-1], len(open(path).readlines()))
with open(path, "rb") as f:
    data = f.read(); print(type(data).__name__, data[:8], len(data))
with open(path, "wb") as f: f.write(b"\x00\x01binary\xff")
with open(path, "rb") as f: print(f.read())
with open(path, "r+") as f: pass
try: open(path).read()
except UnicodeDecodeError as e: print("UDE", e)
with open(path, "w") as f: f.write("a\nb\nc")
with open(path) as f: print(f.read(1), f.read(2), repr(f.read()), repr(f.read()))
with open(path) as f: print(f.tell(), f.seek(2), f.read(), f.tell())
try: open("/nonexistent-dir/x.txt", "w")
except FileNotFoundError as e: print(e.errno, e.strerror, e.filename)
try: open(path, "q")
except ValueError as e: print(e)
try:
    f = open(path); f.close(); f.read()
except ValueError as e: print(e)
with open(path, "x" if False else "w", newline="") as f: f.write("crlf\r\nline\n")
with open(path) as f: print(repr(f.read()))
with open(path, newline="") as f: print(repr(f.read()))


path = "/tmp/pym_text_files_test2.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f: f.write("a\nb\r\nc\rd")
    with open(path, "rb") as f: raw = f.read()
    with open(path, newline="") as f: kept = f.read()
    with open(path) as f: universal = f.read()
    print(repr(nl), raw, repr(kept), repr(universal))
with open(path, "w", newline="\r\n") as f: print("x", "y", sep="\n", file=f)
with open(path, "rb") as f: print(f.read())
for bad in ["x", "\n\n"]:
    try: open(path, newline=bad)
    except ValueError as e: print(e)
try: open(path, "rb", newline="")
except ValueError as e: print(e)
try: open(path, newline=5)
except TypeError as e: print(e)
