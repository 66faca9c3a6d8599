"""reprlib: recursive_repr, the decorator that stops a __repr__ from
recursing into the object it is already printing.

Invariant: the set of (id, thread) keys being printed is empty whenever no
decorated __repr__ is running.
"""

__all__ = ['recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: return fillvalue for a recursive call
    on the same object."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function
