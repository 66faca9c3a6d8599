# gc.callbacks: start/stop phases, info dict contents, counts of collected objects; thresholds and enable/disable
import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
print(events)
events.clear()
gc.collect(0)
print(events)
events.clear()
gc.callbacks.remove(cb)
gc.collect()
print(events, gc.callbacks == [])
order = []
gc.callbacks.append(lambda phase, info: order.append("first " + phase))
gc.callbacks.append(lambda phase, info: order.append("second " + phase))
gc.collect()
print(order)
gc.callbacks.clear()
keys = []
gc.callbacks.append(lambda phase, info: keys.append(sorted(info)))
gc.collect()
gc.callbacks.clear()
print(keys)
old = gc.get_threshold()
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(5, 3)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
def bad_cb(phase, info):
    raise RuntimeError("callback failure is reported, not raised")
gc.callbacks.append(bad_cb)
gc.collect()
gc.callbacks.remove(bad_cb)
print("survived a failing callback")
