a = 256
b = 256
print(a is b)
c = int("256")
d = int("256")
print(c is d)
e = int("257")
f = int("257")
print(e is f)
g = int("-5")
h = int("-5")
print(g is h)
i = int("-6")
j = int("-6")
print(i is j)
print(sum([100, 156]) is 256 if False else True)
x = 1000
y = x
print(x is y)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
print(() is (), tuple() is (), frozenset() == frozenset())
print(None is None, type(None)() is None, ... is Ellipsis)
