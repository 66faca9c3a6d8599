# __repr__/__str__ fallbacks: str() falls back to __repr__, containers use repr, format uses str
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "OnlyStr-str"
    def __repr__(self): return "OnlyStr-repr"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class Sub(OnlyRepr):
    pass
for obj in (OnlyRepr(), OnlyStr(), Both(), Sub()):
    print(str(obj), repr(obj), [obj], (obj,), {"k": obj}, f"{obj}", f"{obj!r}", "%s|%r" % (obj, obj), format(obj))
print("{} {!r}".format(Both(), Both()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Raises:
    def __repr__(self): raise ValueError("no repr for you")
try:
    print([Raises()])
except ValueError as e:
    print("ValueError:", e)
class StrSub(str):
    def __repr__(self): return "StrSub(" + str.__repr__(self) + ")"
s = StrSub("hi")
print(s, repr(s), [s], str(s) == "hi", type(str(s)).__name__)
class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
print(MyInt(5), repr(MyInt(5)), str(MyInt(5)), f"{MyInt(5)}", [MyInt(5)], MyInt(5) + 1)
class MyList(list):
    def __repr__(self): return "MyList" + list.__repr__(self)
print(MyList([1, 2]), str(MyList()), [MyList([3])])
class Rec:
    def __init__(self): self.children = []
    def __repr__(self): return "Rec(%r)" % self.children
r = Rec(); r.children.append(Rec())
print(r, repr(None), str(None), repr(...), repr(NotImplemented), str(type), repr(int), repr(len))
print(repr("quote'd"), repr('dbl"q'), repr("both'\""), repr("\n\t\\"), repr("\x00\x7f\u00ff\u0100"))
