# generator protocol: send and throw, return values, errors when sending too early
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value == "stop":
                return received
            received.append(value)
    finally:
        print("echo finally, received", received)
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))
g2.close()
g2.close()
try:
    next(g2)
except StopIteration:
    print("closed generator raises StopIteration")
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "handled"
c = catcher()
print(next(c), c.throw(ValueError("v1")), next(c), c.throw(ValueError, "v2"))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", e)
try:
    next(c)
except StopIteration:
    print("generator finished after uncaught throw")
