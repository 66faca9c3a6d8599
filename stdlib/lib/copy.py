"""Shallow and deep copy operations: copy(), deepcopy() and the Error
exception.

Pure Python. Invariants: immutable atoms come back as themselves; deepcopy
records every copy it makes in memo (id(original) -> copy) before copying
the original's contents, so shared and self-referencing structures come out
with the same shape; a class steers copying with __copy__ / __deepcopy__,
then __reduce_ex__ / __reduce__ if it defines them, and otherwise gets a new
instance made by __new__ carrying a copy of its __dict__ and slots.
"""

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_function_type = type(lambda: None)
_builtin_function_type = type(len)
_atomic_types = {type(None), type(Ellipsis), type(NotImplemented), int, float,
                 bool, str, bytes, type, range, slice, property,
                 _function_type, _builtin_function_type}
try:
    _atomic_types.add(complex)
except NameError:
    pass
try:
    from _weakref import ref as _weakref_ref
    _atomic_types.add(_weakref_ref)
except ImportError:
    pass
_atomic_types = frozenset(_atomic_types)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = _class_reductor(cls)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic_types or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset, bytearray):
        y = cls(deepcopy(item, memo) for item in x) if cls is not bytearray else bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _class_reductor(cls)
            if reductor is not None:
                rv = reductor(x)
                y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that holds itself (through a list) was copied already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Keep x alive as long as memo, so its id() is not reused while the
    copy runs."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _class_reductor(cls):
    """The class's own __reduce_ex__ or __reduce__, or None when it only
    inherits object's."""
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
        return lambda x: reduce_ex(x, 4)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return reduce
    return None


def _object_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(x)
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _copy_instance(x, memo):
    """Copy an object whose class gives no copying protocol of its own."""
    cls = type(x)
    deep = memo is not None
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    if deep and args:
        args = deepcopy(args, memo)
    try:
        y = cls.__new__(cls, *args)
    except TypeError:
        raise TypeError(f"cannot pickle {cls.__name__!r} object") from None
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) if deep else item for item in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) if deep else item for item in x)
    state = _object_state(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
