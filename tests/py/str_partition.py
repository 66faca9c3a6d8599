# partition / rpartition
print("key=value".partition("="))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("".partition("x"), "".rpartition("x"))
print("=start".partition("="), "end=".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("aaa".partition("aa"), "aaa".rpartition("aa"))
for bad in ("",):
    try:
        "abc".partition(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print("TypeError:", e)
def parse_header(line):
    name, sep, value = line.partition(":")
    if not sep:
        return None
    return name.strip().lower(), value.strip()
for line in ["Content-Type: text/html", "Host:example.org:8080", "garbage", "X-Empty:"]:
    print(parse_header(line))
path = "dir/sub/file.tar.gz"
head, _, tail = path.rpartition("/")
stem, _, ext = tail.partition(".")
print(head, tail, stem, ext, tail.rpartition(".")[2])
t = "abc".partition("b")
print(type(t).__name__, len(t), t[1] == "b")
