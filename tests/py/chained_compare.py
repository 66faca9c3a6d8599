def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 5 > 4 >= 4 > 3)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = [1, 2]
print(1 in a in [[1, 2]], a is a is not None, 2 not in a)
print("a" < "b" < "c", (1, 2) < (1, 3) <= (1, 3), [] == [] == [])
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 == 5.0)
print(1 < 2 and 2 < 3 or False, not 1 < 2, (1 < 2) < 3)
