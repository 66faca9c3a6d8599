# an exception raised inside __del__ is reported on stderr ("Exception ignored in") and execution continues
import gc
class Faulty:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("__del__ running for", self.name)
        raise ValueError("boom in " + self.name)
f = Faulty("first")
del f
print("after first: program continues")
def make_and_drop():
    local = Faulty("local")
    return 5
print("returned", make_and_drop())
items = [Faulty("in-list-1"), Faulty("in-list-2")]
items.clear()
print("after clear")
class Cycle(Faulty):
    pass
a = Cycle("cyc-a")
b = Cycle("cyc-b")
a.other, b.other = b, a
del a, b
gc.collect()
print("after gc.collect")
try:
    x = Faulty("in-try")
    del x
    print("no exception reached the try block")
except ValueError:
    print("should not happen")
class Half:
    def __del__(self):
        print("Half.__del__ partially done")
        undefined_name_in_del
h = Half()
h = None
print("end of script")
