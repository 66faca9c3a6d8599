# splitlines with every line-boundary kind and keepends
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(len(text.splitlines(True)))
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True))
print("a\n\nb".splitlines(), "\n".splitlines(), "".splitlines(), "\n\n".splitlines(True))
print("a\r\n\r\nb".splitlines(True), "a\r\rb".splitlines())
print("no newline".splitlines(), "trailing\r".splitlines(True))
print("x\n".split("\n"), "x\n".splitlines())
print([repr(l) for l in "p\r\nq\rr\n".splitlines(True)])
print("tab\tis\tnot a break".splitlines())
lines = "first line\n  indented\n\nlast".splitlines()
for i, l in enumerate(lines, 1):
    print(f"{i:2}: {l!r}")
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"x\n".splitlines(True))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print("TypeError:", e)
