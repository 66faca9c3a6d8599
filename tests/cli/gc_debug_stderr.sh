# gc.set_debug() reports go to standard error: their format, with the
# implementation's own figures (addresses, times, population) masked.
mask() { sed -E 's/0x[0-9a-f]+/ADDR/; s/[0-9]+\.[0-9]+s elapsed/Ts elapsed/; s/(objects in each generation:).*/\1 N N N/'; }
$PY -c '
import gc
gc.collect()
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
a, b = [], []
a.append(b); b.append(a)
del a, b
print("collected", gc.collect(), flush=True)
gc.set_debug(gc.DEBUG_COLLECTABLE)
c = []; c.append(c)
del c
print("collected", gc.collect(0), flush=True)
class Node:
    pass
gc.set_debug(gc.DEBUG_COLLECTABLE)
n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
del n1, n2
print("collected", gc.collect(), flush=True)
gc.set_debug(gc.DEBUG_LEAK)
d = []; d.append(d)
del d
gc.collect()
print("saved", len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0], flush=True)
gc.set_debug(0)
' 2>&1 | mask
