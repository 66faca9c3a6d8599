# Method calls on built-in and user types through one call site, while
# the receivers' types and instance dicts vary.


class MyList(list):
    pass


def add(seq, x):
    seq.append(x)
    return len(seq)


a = []
m = MyList()
print(add(a, 1), add(m, 2), add(a, 3), add(m, 4))
m.append = lambda x: print("instance append", x)
print(add(m, 5), add(a, 6))
del m.append
print(add(m, 7), a, m)
MyList.append = lambda self, x: print("class append", x)
print(add(m, 8), add(a, 9))
del MyList.append
print(add(m, 10), m)


class Duck:
    def append(self, x):
        print("duck append", x)

    def __len__(self):
        return 42


print(add(Duck(), 11), add(a, 12))
try:
    add((), 1)
except AttributeError as e:
    print("AttributeError:", e)


def pop_all(d):
    out = []
    while d:
        out.append(d.pop())
    return out


print(pop_all([1, 2, 3]), pop_all({4: 5}) if False else pop_all([6]))
try:
    pop_all({1: 2})
except TypeError as e:
    print("TypeError:", e)
s = set([1])
print(pop_all(s), s)
try:
    list.append(a, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)
