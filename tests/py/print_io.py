import sys
print("a", "b", "c")
print("a", "b", sep="-", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=" | ")
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print(*range(5))
print(*[1, 2], sep="")
path = "/tmp/pym_print_io_test.txt"
with open(path, "w") as f:
    f.write("line one\n")
    print("line two", file=f)
    f.writelines(["three\n", "four\n"])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines()[-1])
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data[:4])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
print(open(path, "rb").read())
f = open(path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/nonexistent_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
print(sys.stdout.isatty() in (True, False))
