# slice assignment/deletion, extended slices and their errors
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[2:3] = []
print(a)
a[0:0] = ["start", "again"]
print(a)
a[len(a):] = ["end"]
print(a)
a[-1:] = "XY"
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::3] = [None] * len(b[1::3])
print(b)
b[::-1] = range(10)
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
del c[::-2]
print(c)
d = list(range(6))
d[4:1] = ["in"]
print(d)
d[10:20] = [99]
print(d)
d[-100:1] = ["front"]
print(d)
e = [1, 2, 3]
e[:] = e + e
print(e)
e[1:3] = e
print(e)
try:
    f = list(range(6))
    f[::2] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    f[::-1] = []
except ValueError as ex:
    print("ValueError:", ex)
try:
    f[0:2] = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    f[::0] = []
except ValueError as ex:
    print("ValueError:", ex)
try:
    f["a":] = []
except TypeError as ex:
    print("TypeError:", ex)
g = list(range(5))
g[1:4:1] = ["a", "b"]
print(g, g[::1], g[5:0:-2], g[-1:-6:-1])
h = [0] * 5
h[::2] = (i * 10 for i in range(3))
print(h)
