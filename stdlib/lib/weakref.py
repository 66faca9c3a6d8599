"""Weak references and the containers built on them.

The pure-Python layer over the _weakref C core (runtime/weakref.c): the
weak containers (WeakValueDictionary, WeakKeyDictionary, WeakSet), WeakMethod
and finalize, with CPython's documented behaviour.

Invariants: a weak container never keeps its items alive; an entry whose
referent died disappears from every view at once, even while the container
is being iterated (the removal is then deferred until iteration ends and
hidden from len()); finalize objects live in a class-level registry until
they have run or been detached.
"""

import sys
from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
)

ProxyTypes = (ProxyType, CallableProxyType)
_GenericAlias = type(list[int])

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method that dies with its object or its
    function (a plain ref to a bound method would die at once)."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(_, callback=callback):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under, so that
    its callback can find the entry to remove."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _Deferring:
    """Iteration bookkeeping shared by the weak containers: while an
    iteration runs, callbacks queue their removals instead of mutating the
    underlying container."""

    def _begin_iteration(self):
        self._iterating += 1

    def _end_iteration(self):
        self._iterating -= 1
        if not self._iterating and self._pending_removals:
            self._commit_removals()


def _make_remover(container, remove_now):
    """The callback of the container's weakrefs: it holds the container
    weakly, so that the callbacks do not keep it alive."""
    container_ref = ref(container)

    def remove(item):
        self = container_ref()
        if self is not None:
            if self._iterating:
                self._pending_removals.append(item)
            else:
                remove_now(self, item)
    return remove


def _mapping_update_pairs(other, kwargs):
    if other is not None:
        if hasattr(other, "keys"):
            for key in other.keys():
                yield key, other[key]
        else:
            for key, value in other:
                yield key, value
    for key, value in kwargs.items():
        yield key, value


_MISSING = object()


class _WeakMapping(_Deferring):
    """What the two weak dictionaries share: repr, generic alias and the
    | operators (on top of their copy() and update())."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        c = self.__class__()
        c.update(other)
        c.update(self)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """Mapping whose values are held through weak references: an entry
    goes away when its value is no longer referenced elsewhere."""

    def __init__(self, other=(), /, **kw):
        self._remove = _make_remover(
            self, lambda self, wr: _remove_dead_weakref(self.data, wr.key))
        self._pending_removals = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            _remove_dead_weakref(data, pending.pop().key)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        self._begin_iteration()
        try:
            for key, wr in list(self.data.items()):
                o = wr()
                if o is not None:
                    new[key] = o
        finally:
            self._end_iteration()
        return new

    __copy__ = copy

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        self._begin_iteration()
        try:
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._end_iteration()

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        self._begin_iteration()
        try:
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k
        finally:
            self._end_iteration()

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over the weak references to the values (they may be
        dead by the time they are used)."""
        if self._pending_removals:
            self._commit_removals()
        self._begin_iteration()
        try:
            yield from list(self.data.values())
        finally:
            self._end_iteration()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        self._begin_iteration()
        try:
            for wr in list(self.data.values()):
                o = wr()
                if o is not None:
                    yield o
        finally:
            self._end_iteration()

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(args)))
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        for key, value in list(_mapping_update_pairs(other, kwargs)):
            self.data[key] = KeyedRef(value, self._remove, key)

    def clear(self):
        self._pending_removals = []
        self.data.clear()


class WeakKeyDictionary(_WeakMapping):
    """Mapping whose keys are held through weak references: an entry goes
    away when its key is no longer referenced elsewhere."""

    def __init__(self, dict=None):
        def remove_now(self, wr):
            try:
                del self.data[wr]
            except KeyError:
                pass
        self.data = {}
        self._remove = _make_remover(self, remove_now)
        self._pending_removals = []
        self._iterating = 0
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            try:
                del data[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        data = self.data
        self._pending_removals = [k for k in self._pending_removals if k in data]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        self._begin_iteration()
        try:
            for key, value in list(self.data.items()):
                o = key()
                if o is not None:
                    new[o] = value
        finally:
            self._end_iteration()
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._begin_iteration()
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._end_iteration()

    def keys(self):
        self._begin_iteration()
        try:
            for wr in list(self.data):
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._end_iteration()

    __iter__ = keys

    def values(self):
        self._begin_iteration()
        try:
            for wr, value in list(self.data.items()):
                if wr() is not None:
                    yield value
        finally:
            self._end_iteration()

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        for key, value in list(_mapping_update_pairs(dict, kwargs)):
            d[ref(key, self._remove)] = value

    def clear(self):
        self._pending_removals = []
        self._dirty_len = False
        self.data.clear()


class WeakSet(_Deferring):
    """A set that holds its elements through weak references."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, data=None):
        self.data = set()
        self._remove = _make_remover(self, lambda self, wr: self.data.discard(wr))
        self._pending_removals = []
        self._iterating = 0
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def __iter__(self):
        self._begin_iteration()
        try:
            for wr in list(self.data):
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._end_iteration()

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, "__dict__", None)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.data.discard(ref(item))
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        keep = set(ref(item) for item in other)
        self.data = set(wr for wr in self.data if wr in keep)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            for item in other:
                wr = ref(item, self._remove)
                if wr in self.data:
                    self.data.discard(wr)
                else:
                    self.data.add(wr)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)


class _FinalizerInfo:
    """What a live finalizer will call, and when."""

    def __init__(self, weakref, func, args, kwargs, index):
        self.weakref = weakref
        self.func = func
        self.args = args
        self.kwargs = kwargs or None
        self.atexit = True
        self.index = index


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj is garbage collected or at interpreter exit, whichever
    comes first (unless detached or called earlier)."""

    # Every live finalizer is kept alive here until it runs or is detached.
    _registry = {}
    _shutdown = False
    _next_index = 0
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        index = finalize._next_index
        finalize._next_index = index + 1
        # The finalizer itself is the weakref's callback.
        info = _FinalizerInfo(ref(obj, self), func, args, kwargs, index)
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive, mark dead and return func(*args, **kwargs); else None."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, mark dead and return (obj, func, args, kwargs); else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, return (obj, func, args, kwargs); else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # Live finalizers marked for exit, oldest first.
        chosen = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # At exit: run the finalizers still alive with atexit set, newest
        # first, with the collector off so that no other one fires meanwhile.
        import gc
        reenable_gc = False
        try:
            if cls._registry:
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            # No finalizer runs once shutdown is under way.
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
