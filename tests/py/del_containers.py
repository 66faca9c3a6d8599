# __del__ timing for objects held in containers: slicing, pop, dict ops, set, nested containers, sort, replace
class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return self.name
    def __lt__(self, other): return self.name < other.name
    def __hash__(self): return hash(self.name)
print("list slice deletion")
lst = [T("a"), T("b"), T("c"), T("d")]
del lst[1:3]
print("list element replacement")
lst[0] = T("e")
print("pop without keeping the result")
lst.pop()
print("slice assignment replacing items")
lst[:] = [T("f"), T("g")]
print("list *= 0")
lst *= 0
print("dict value overwrite")
d = {"k": T("v1")}
d["k"] = T("v2")
print("dict pop and popitem")
d["j"] = T("v3")
d.pop("k")
d.popitem()
print("set discard")
s = {T("s1")}
s.discard(next(iter(s)))
print("nested: outer list holding inner list")
outer = [[T("inner1"), T("inner2")], T("outer1")]
del outer
print("tuple inside dict inside list")
nest = [{"t": (T("deep1"), T("deep2"))}]
nest[0]["t"] = None
print("sort does not delete anything")
srt = [T("z"), T("y"), T("x")]
srt.sort()
print(srt)
print("reverse then clear")
srt.reverse()
srt.clear()
print("temporary objects in expressions")
n = len([T("temp1"), T("temp2")])
print("temporaries gone, n =", n)
print("comprehension results discarded")
[T("comp%d" % i) for i in range(2)]
print("function argument released after call")
def consume(x): return x.name.upper()
print(consume(T("arg")))
print("reassigning a loop variable")
for item in [T("loop1"), T("loop2")]:
    pass
print("loop finished; last item still bound")
del item
print("done")
