import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as t: print('inside', t)
try:
    with tag('i'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print('swallowed', repr(e))
with swallow(): raise KeyError('k')
print('after swallow')
@contextmanager
def no_yield():
    if False: yield
try:
    with no_yield(): pass
except RuntimeError as e: print(e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields(): pass
except RuntimeError as e: print(e)
@tag('deco')
def decorated(): print('body')
decorated(); decorated()
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('suppressed')
try:
    with suppress(KeyError): [][1]
except IndexError as e: print('not suppressed:', e)
class Resource:
    def close(self): print('closed')
with closing(Resource()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
with ExitStack() as stack:
    for name in 'xyz':
        stack.enter_context(tag(name))
    stack.callback(print, 'callback', 1, end='!\n')
    print('body of stack')
with ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
print('moved out'); moved.close()
def cb_raises(): raise ValueError('from callback')
try:
    with ExitStack() as stack:
        stack.callback(cb_raises)
        stack.push(lambda *exc: print('exit saw', exc[0].__name__ if exc[0] else None))
except ValueError as e: print('stack raised', e)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError('suppressed by push')
print('survived')
try:
    with ExitStack() as stack: stack.enter_context(5)
except TypeError as e: print(e)
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
cap = Capture()
with redirect_stdout(cap): print('hidden', 42)
print(cap.parts)
print(isinstance(nullcontext(), contextlib.AbstractContextManager), isinstance(5, contextlib.AbstractContextManager))
class Both(contextlib.ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit'); return False
@Both()
def work(x): print('work', x); return x * 2
print(work(21))
