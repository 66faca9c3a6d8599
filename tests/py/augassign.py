x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x **= 2; print(x)
x %= 7; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; print(l, l2, l is l2)
t = (1,); t2 = t; t += (2,); print(t, t2, t is t2)
class O:
    def __init__(self): self.v = 1
o = O(); o.v += 10; print(o.v)
d = {"k": 1}; d["k"] += 5; d.setdefault("n", 0); d["n"] -= 1; print(d)
arr = [1, 2, 3]; arr[1] *= 10; arr[-1] **= 2; print(arr)
calls = []
def idx():
    calls.append("idx")
    return 0
arr[idx()] += 100; print(arr, calls)
n = 2 ** 62; n += n; print(n)
f = 1.5; f += 1; print(f)
