# generator close/GeneratorExit handling, exhaustion, frame state, re-entrancy, PEP 479
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
def with_finally():
    try:
        yield 1
    finally:
        print("finally ran")
unstarted = with_finally()
unstarted.close()
print("closing an unstarted generator runs no finally")
started = with_finally()
next(started)
started.close()
print("closing a started generator runs it")
