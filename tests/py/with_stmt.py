class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Manager("a") as m:
    print("body", m.name)
with Manager("outer"), Manager("inner") as i:
    print("nested body", i.name)
with Manager("s", suppress=True):
    raise KeyError("k")
print("suppressed")
try:
    with Manager("ns"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
def early():
    with Manager("ret"):
        return "returned"
print(early())
for i in range(2):
    with Manager(f"loop{i}"):
        if i == 0:
            continue
        break
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
