# case conversions and character-class predicates
words = ["hello", "HELLO", "hElLo wOrLd", "they're bill's", "ǅungla", "ß", "ﬁne", "İstanbul", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("ΣΊΣΥΦΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "σς".upper())
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
samples = ["abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "١٢", " \t\n", "", "a b", "_x1", "1x",
           "\x07", "é", "Hello World", "HELLO world"]
for p in preds:
    print(p.ljust(12), "".join("T" if getattr(s, p)() else "." for s in samples))
print("a1b2".upper(), "MiXeD 123 !?".lower(), "o'neil mc-donald".title())
print("x".isupper(), "X1".isupper(), "1".isupper(), "a_b".islower(), "Ab".istitle(), "AB".istitle())
