# objects still alive at interpreter exit: atexit handlers run first, then module globals are torn down
import atexit
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)
def handler(name, punct="!"):
    print("atexit handler", name + punct)
atexit.register(handler, "registered first")
atexit.register(handler, "registered second", punct="?")
def unregistered():
    print("never printed")
atexit.register(unregistered)
atexit.unregister(unregistered)
@atexit.register
def decorated():
    print("atexit decorated handler; global alive:", keeper.name)
keeper = Res("global keeper")
def make():
    return Res("returned and kept")
kept = make()
temp = Res("temporary")
temp = None
cleared_early = Res("cleared before exit")
del cleared_early
print("end of main script")
