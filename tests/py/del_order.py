class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Tracked("a")
del a
print("after del a")
b = Tracked("b")
b = Tracked("b2")
print("after rebinding b")
items = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
del items
print("after list")
d = {"x": Tracked("dx"), "y": Tracked("dy")}
d.clear()
print("after dict clear")
def scope():
    t = Tracked("local")
    print("in scope")
scope()
print("after scope")
t = (Tracked("t0"), Tracked("t1"))
t = None
print("after tuple")
class Res:
    def __del__(self):
        print("resurrection attempt")
        global saved
        saved = self
r = Res()
del r
print("saved is", type(saved).__name__)
del saved
z1 = Tracked("global1")
z2 = Tracked("global2")
print("end of program")
