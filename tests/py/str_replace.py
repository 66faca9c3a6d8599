# str.replace counts and special cases
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", 1))
print(s.replace("fish", "cat", 3))
print(s.replace("fish", "cat", -1))
print(s.replace("fish", "cat", 100))
print(s.replace("zebra", "cat"))
print("aaaa".replace("a", ""), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("banana".replace("ana", "ANA"), "banana".replace("a", "aa", 2))
print("x".replace("x", "xyz").replace("y", "YY"), "path/to/file".replace("/", "\\"))
print("tab\tsep".replace("\t", "    "), "line1\nline2".replace("\n", " | "))
print("ééé".replace("é", "e", 2), "日本日本".replace("日", "月"))
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace("a", "b", "1")
except TypeError as e:
    print("TypeError:", e)
t = "unchanged"
print(t.replace("q", "r") == t, t.replace("unchanged", "changed"))
template = "Dear NAME, your order NUM ships DAY."
for name, num, day in [("Ann", "17", "Mon"), ("Bob", "42", "Fri")]:
    print(template.replace("NAME", name).replace("NUM", num).replace("DAY", day))
print("a.b.c.d".replace(".", "", 2), "mississippi".replace("ss", "SS", 1).replace("i", "!", -5))
