"""Iterator building blocks, after CPython's itertools.

Pure Python: each iterator type is a small class (so type(), isinstance()
and reprs name it as CPython does) that drives a private generator.
Invariants: arguments are checked and iterables are turned into iterators
when the object is built, as CPython does, except where CPython itself is
lazy (chain); once a generator is exhausted the object stays exhausted.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class _GenIterator:
    """Base: an iterator whose items come from the generator in _gen.

    iter() hands out the generator itself, so a for loop runs at generator
    speed instead of calling __next__ through Python for every item; both
    paths draw from the same generator, so mixing them stays consistent."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return True


class count(_GenIterator):
    """Return a count object whose .__next__() method returns consecutive
    values."""
    __slots__ = ('_next', '_step')

    def __iter__(self):
        return self

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


class cycle(_GenIterator):
    """Return elements from the iterable until it is exhausted, then repeat
    the sequence indefinitely."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


class repeat(_GenIterator):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ('_object', '_times')

    def __iter__(self):
        return self

    def __init__(self, object, times=None):
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._object = object
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


class accumulate(_GenIterator):
    """Return series of accumulated sums (or other binary function
    results)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_GenIterator):
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iter(iterable)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(_LazyIter(iterable))
        return self

    def __class_getitem__(cls, item):
        return cls


class _LazyIter:
    """Calls iter() on its argument at the first next(), as
    chain.from_iterable does."""
    __slots__ = ('_source', '_it')

    def __init__(self, source):
        self._source = source
        self._it = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            self._it = iter(self._source)
            self._source = None
        return next(self._it)


class compress(_GenIterator):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_GenIterator):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if not predicate(element):
                yield element
                break
        yield from it


class takewhile(_GenIterator):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if not predicate(element):
                return
            yield element


class filterfalse(_GenIterator):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        it = iter(iterable)
        if function is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not function(x))


class _grouper(_GenIterator):
    __slots__ = ('_parent', '_key')

    def __iter__(self):
        return self

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._pending:
            parent._pending = False
            return parent._current_value
        parent._advance()
        if parent._current_key != self._key:
            raise StopIteration
        parent._pending = False
        return parent._current_value


_NO_VALUE = object()


class groupby(_GenIterator):
    """make an iterator that returns consecutive keys and groups from the
    iterable"""
    __slots__ = ('_it', '_keyfunc', '_current_key', '_current_value',
                 '_current_grouper', '_pending', '_target')

    def __iter__(self):
        return self

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._current_key = _NO_VALUE
        self._current_value = _NO_VALUE
        self._current_grouper = None
        self._pending = False
        self._target = _NO_VALUE

    def _advance(self):
        value = next(self._it)
        self._current_value = value
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._pending = True

    def __next__(self):
        self._current_grouper = None
        if self._current_key is _NO_VALUE:
            self._advance()
        else:
            # Skip the rest of the current group.
            target = self._target
            while True:
                if not self._pending:
                    self._advance()
                if self._current_key != target:
                    break
                self._pending = False
        self._pending = True
        self._target = self._current_key
        grouper = _grouper(self, self._current_key)
        self._current_grouper = grouper
        return self._current_key, grouper


def _islice_index(value, message):
    if value is None:
        return None
    try:
        index = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    if not 0 <= index <= _sys.maxsize:
        raise ValueError(message)
    return index


class islice(_GenIterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        stop = _islice_index(stop, 'Stop argument for islice() must be None or '
                             'an integer: 0 <= x <= sys.maxsize.')
        start = _islice_index(start, 'Indices for islice() must be None or an '
                              'integer: 0 <= x <= sys.maxsize.')
        if step is not None:
            try:
                step = step.__index__()
            except (AttributeError, TypeError):
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(iter(iterable), start or 0, stop, step or 1)

    @staticmethod
    def _run(it, start, stop, step):
        # Mirrors CPython's counting so the same items are consumed.
        nexti = start
        consumed = 0
        while True:
            while consumed < nexti:
                try:
                    next(it)
                except StopIteration:
                    return
                consumed += 1
            if stop is not None and consumed >= stop:
                return
            try:
                element = next(it)
            except StopIteration:
                return
            consumed += 1
            nexti += step
            if stop is not None and nexti > stop:
                nexti = stop
            yield element


class starmap(_GenIterator):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = (function(*args) for args in iter(iterable))


class _tee_link:
    """One cell of the linked list that tee iterators share."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee(_GenIterator):
    __slots__ = ('_it', '_link', '__weakref__')

    def __iter__(self):
        return self

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)

_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest(_GenIterator):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument, with
    missing values filled in by fillvalue."""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_GenIterator):
    """Cartesian product of input iterables.  Equivalent to nested
    for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        # An odometer: only the positions that roll over change.
        last = len(pools) - 1
        indices = [0] * len(pools)
        values = [pool[0] for pool in pools]
        while True:
            yield tuple(values)
            position = last
            while position >= 0:
                pool = pools[position]
                i = indices[position] + 1
                if i < len(pool):
                    indices[position] = i
                    values[position] = pool[i]
                    break
                indices[position] = 0
                values[position] = pool[0]
                position -= 1
            else:
                return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GenIterator):
    """Return successive r-length permutations of elements in the
    iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(map(pool.__getitem__, indices[:r]))
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(map(pool.__getitem__, indices[:r]))
                    break
            else:
                return


class combinations(_GenIterator):
    """Return successive r-length combinations of elements in the
    iterable."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(map(pool.__getitem__, indices))
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(map(pool.__getitem__, indices))


class combinations_with_replacement(_GenIterator):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(map(pool.__getitem__, indices))
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(map(pool.__getitem__, indices))


class pairwise(_GenIterator):
    """Return an iterator of overlapping pairs taken from the input
    iterator."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
