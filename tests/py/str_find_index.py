# find / rfind / index / rindex / count / startswith / endswith with start & end
s = "hello, hello, hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 12), s.find("hello", 1, 13))
print(s.rfind("hello"), s.rfind("hello", 0, 18), s.rfind("hello", 0, 5), s.rfind("x"))
print(s.find(""), s.find("", 5), s.find("", 19), s.find("", 20), s.rfind(""))
print(s.find("l", -5), s.find("l", -100, -10), s.rfind("l", -8, -1))
print(s.index("lo"), s.rindex("lo"), s.index("h", 5), s.rindex("h", 0, 10))
print(s.count("l"), s.count("l", 3), s.count("l", 3, 10), s.count("ll", -6), s.count(""))
print("aaaa".count("aa"), "aaaa".count("a", 10), "".count(""), "abc".count("", 1, 2))
print(s.startswith("hello"), s.startswith("ello", 1), s.startswith("hello", 7, 11))
print(s.endswith("lo"), s.endswith("hel", 0, 17), s.endswith(("x", "llo")), s.startswith(()))
print(s.startswith(("he", "x"), 7), "abc".endswith("", 5), "abc".startswith("", 3), "abc".startswith("", 4))
for args in (("zz",), ("hello", 15), ("h", 1, 6)):
    try:
        s.index(*args)
    except ValueError as e:
        print("index ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("rindex ValueError:", e)
try:
    s.startswith(["h"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(None)
except TypeError as e:
    print("TypeError:", e)
print(s.find("o", None, None), s.count("o", None, 10), s.index("o", -3 + len(s) - 10))
def all_positions(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(all_positions(s, "l"), all_positions("abababa", "aba"))
print("αβγαβγ".find("γ"), "αβγαβγ".rfind("γα"), "日本語".index("語"))
