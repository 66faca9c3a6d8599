# Special methods are looked up on the type, never on the instance, and a
# class object uses its metaclass's methods, not the ones it defines.
class Box:
    def __reversed__(self): return iter("rev")
    def __bytes__(self): return b"box"
    def __getitem__(self, i): return i
    def __len__(self): return 0

b = Box()
print(list(reversed(b)), bytes(b))
b.__reversed__ = lambda: iter("instance")
b.__bytes__ = lambda: b"instance"
print(list(reversed(b)), bytes(b))
for fn in (reversed, bytes):
    try:
        print(fn(Box))
    except TypeError as e:
        print("TypeError:", e)

class Meta(type):
    def __reversed__(cls): return iter([cls.__name__, "meta"])
    def __bytes__(cls): return cls.__name__.encode()
class WithMeta(metaclass=Meta):
    def __reversed__(self): return iter("inst")
print(list(reversed(WithMeta)), bytes(WithMeta), list(reversed(WithMeta())))

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
s = Seq()
s.__reversed__ = lambda: iter("ignored")
print(list(reversed(s)))
