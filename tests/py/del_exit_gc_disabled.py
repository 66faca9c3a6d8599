# The collection at exit that runs before module teardown calls
# gc.callbacks and happens only when the collector is enabled; the
# teardown collections call no callbacks.
import gc
class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self, write=print):
        write("__del__", self.name)
# a callback whose globals are not __main__'s, so it keeps nothing alive
report = eval("lambda phase, info: print('gc', phase, info['generation'], info['collected'] >= 1)", {})
gc.callbacks.append(report)
garbage = Cyc("garbage cycle")
del garbage
kept = Cyc("kept cycle")
gc.disable()
print("collector disabled:", not gc.isenabled())
print("end")
