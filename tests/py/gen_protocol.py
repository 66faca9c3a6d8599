# generator protocol: send, throw, close, return values, state inspection, errors
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
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, yielding anyway")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns():
    yield 1
    return "done"
r = returns()
print(list(r), list(r))
def states():
    yield
gs = states()
print(gs.gi_running, gs.gi_frame is not None, gs.gi_code.co_name, gs.__name__, gs.__qualname__)
next(gs)
print(gs.gi_frame is not None, gs.gi_suspended, gs.gi_running)
for _ in gs: pass
print(gs.gi_frame)
def self_ref():
    yield me.send(None)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def raise_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raise_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
unstarted = echo()
unstarted.close()
print("closing an unstarted generator runs no finally")
