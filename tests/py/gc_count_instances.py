# An instance whose attributes CPython 3.11 keeps inline is one allocation
# of a tracked object, not two: generation 0's count rises by about one per
# instance, so automatic collections come as often as in CPython.
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


gc.disable()
keep = [None] * 300
gc.collect()
before = gc.get_count()[0]
for i in range(300):
    keep[i] = Point(i, i)
grown = gc.get_count()[0] - before
print(300 <= grown < 330)
first = keep[0].__dict__          # CPython makes the dict now: one more allocation
print(gc.get_count()[0] - before - grown >= 1)
gc.enable()
