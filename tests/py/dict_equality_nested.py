# dict equality (order-insensitive), nested dicts, key equivalence, comprehensions
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0}, {1: [1]} == {1: [1]})
keys = {1: "int"}
keys[1.0] = "float"
keys[True] = "bool"
print(keys, len(keys), {0: "a", False: "b", 0.0: "c"})
print({(1, 2): 1, (1, 2.0): 2}, {frozenset({1}): "fs"}[frozenset([1])])
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
tree = {"root": {"left": {"value": 1}, "right": {"value": 2, "child": {"value": 3}}}}
print(tree["root"]["right"]["child"]["value"], tree["root"].get("middle", {}).get("value", "none"))
def depth(node):
    if not isinstance(node, dict) or not node:
        return 0
    return 1 + max(depth(v) for v in node.values())
def total(node):
    return sum(total(v) if isinstance(v, dict) else v for v in node.values())
print(depth(tree), total(tree))
copy = dict(tree)
copy["root"]["left"]["value"] = 100
print(tree["root"]["left"]["value"], copy is tree, copy["root"] is tree["root"])
squares = {n: n * n for n in range(6) if n % 2 == 0}
inverted = {v: k for k, v in squares.items()}
pairs = {(i, j): i * j for i in range(3) for j in range(i, 3)}
print(squares, inverted, pairs)
words = "the cat and the hat and the bat sat on a mat in a box".split()
freq = {w: words.count(w) for w in words}
print(freq, max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for w in words:
    grouped.setdefault(len(w), []).append(w)
print(grouped)
dd = {"k": {"k": {"k": {}}}}
dd["k"]["k"]["k"]["self"] = dd
print(dd["k"]["k"]["k"]["self"]["k"] is dd["k"], repr({"rec": dd})[:40])
self_ref = {}
self_ref["me"] = self_ref
print(self_ref, str([self_ref]))
print({1: 2} == {1: 2, 3: 4}, {1: {2: 3}} == {1: {2: 3}}, {1: {2: 3}} == {1: {2: 4}})
