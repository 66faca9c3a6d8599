# str.maketrans forms and str.translate
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33", "d": 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "hello".translate({104: 72}))
print("abc".translate({97: "ααα"}), "xyz".translate(str.maketrans("", "", "xz")))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
class Upper:
    def __getitem__(self, k):
        if 97 <= k <= 122:
            return k - 32
        raise LookupError(k)
print("mixed Case 123".translate(Upper()))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError:", e)
punct = str.maketrans("", "", ",.!?;:")
print("Well, hello... there! How? Fine; ok:".translate(punct).split())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
