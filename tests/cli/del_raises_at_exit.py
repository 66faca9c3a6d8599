# __del__ raising while module globals are torn down, and from a garbage
# cycle collected while the modules are still intact
class Broken:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        raise ValueError("broken __del__ of " + self.name)
cycle = Broken("cycle")
cycle.me = cycle
del cycle
held = Broken("global")
print("end of script", flush=True)
