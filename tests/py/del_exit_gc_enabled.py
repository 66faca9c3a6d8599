# With the collector enabled, garbage cycles left at exit are collected
# (calling gc.callbacks) before module teardown, where the objects still
# held by globals die.
import gc
class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self, write=print):
        write("__del__", self.name)
report = eval("lambda phase, info: print('gc', phase, info['generation'], info['collected'] >= 1)", {})
gc.callbacks.append(report)
garbage = Cyc("garbage cycle")
del garbage
kept = Cyc("kept cycle")
plain = Cyc("second kept")
print("end")
