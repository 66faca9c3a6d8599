import sys
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
l = []
sizes = set()
for i in range(20):
    l.append(i)
    sizes.add(sys.getsizeof(l))
print(len(sizes) < 20)
print(sys.getsizeof(()) < sys.getsizeof((1,)), sys.getsizeof({}) < sys.getsizeof({i: i for i in range(10)}))
print(sys.getsizeof(1) <= sys.getsizeof(2 ** 100), sys.getsizeof("") < sys.getsizeof("a" * 100))
print(sys.getsizeof("abc") < sys.getsizeof("ab€"), sys.getsizeof(set()) <= sys.getsizeof(set(range(100))))
class S:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(S()) >= 1000)
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(1, 5) > 0)
gen = (x for x in range(1000))
lst = [x for x in range(1000)]
print(sys.getsizeof(gen) < sys.getsizeof(lst))
print(type(sys.getsizeof(0)).__name__)
a = int("256"); b = int("256")
c = int("257"); d = int("257")
print(a is b, c is d)
s1 = sys.intern("hello world!"); s2 = sys.intern("hello world!")
print(s1 is s2)
print(sys.getallocatedblocks() > 0)
print(id(a) == id(b), isinstance(id(a), int))
