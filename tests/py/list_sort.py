# list.sort / sorted: stability with keys, reverse stability, errors, mutation during sort
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_age_then_name = sorted(by_name, key=lambda r: r[1])
print(by_age_then_name)
data = list(records)
data.sort(key=lambda r: r[0], reverse=True)
data.sort(key=lambda r: r[1])
print(data)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((5, -1, 3), key=abs), sorted({3: 0, 1: 0}))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [5, 2, 9, 1, 5, 6]
r = nums.sort()
print(r, nums)
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 2, 1]
def sneaky(x):
    lst.append(x)
    return x
try:
    lst.sort(key=sneaky)
except ValueError as e:
    print("ValueError:", e)
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other): return self.parts < other.parts
    def __repr__(self): return ".".join(map(str, self.parts))
print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], big == list(range(1, 1001)))
