"""typing — the names scripts use in annotations, written for pym.

Owns: special forms (Any, Union, Optional, Callable, Literal, ...), the
generic aliases of the builtin and abstract containers (List, Dict,
Iterable, ...), TypeVar, Generic, Protocol, NamedTuple, TypedDict and the
small helpers (cast, overload, final, get_origin, get_args, ...).
Invariants: nothing here checks types at run time beyond what CPython's
typing does; reprs follow CPython 3.11 ("typing.List[int]",
"typing.Optional[int]", "~T"); subscripted aliases compare equal when their
origin and arguments do; subclassing an alias subclasses its origin.
"""

import sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if callable(obj) and hasattr(obj, '__qualname__') and not isinstance(obj, _Final):
        return f'{obj.__module__}.{obj.__qualname__}'
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Final:
    """Base of typing's own objects."""
    __slots__ = ('__weakref__',)


class ForwardRef(_Final):
    __slots__ = ('__forward_arg__',)

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _SpecialForm(_Final):
    __slots__ = ('_name', '_getitem', '__doc__')

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


def _tuple_params(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    params = []
    for p in _tuple_params(parameters):
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, _UnionAlias):
            sub = p.__args__
        elif type(p) is type(int | None):
            sub = p.__args__
        else:
            sub = (p,)
        for s in sub:
            if s not in params:
                params.append(s)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(params)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, type(None)]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f'{self._name} accepts only single type.')
    return _GenericAlias(self, (_type_check(parameters, ''),), name=self._name)


def _literal_getitem(self, parameters):
    return _LiteralAlias(self, _tuple_params(parameters))


def _annotated_getitem(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two '
                        'arguments (a type and an annotation).')
    return parameters[0]


def _concat_getitem(self, parameters):
    return _GenericAlias(self, _tuple_params(parameters), name=self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _concat_getitem)


class _GenericAlias(_Final):
    """origin[args]: a subscripted generic or special form."""

    __slots__ = ('__origin__', '__args__', '_name', '__parameters__')

    def __init__(self, origin, args, *, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(args)
        self._name = name
        params = []
        for a in self.__args__:
            if isinstance(a, TypeVar):
                if a not in params:
                    params.append(a)
            for p in getattr(a, '__parameters__', ()) if isinstance(a, _GenericAlias) else ():
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def _head(self):
        if self._name is not None:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._head() + '[()]'
        return '%s[%s]' % (self._head(),
                           ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        params = _tuple_params(params)
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if len(params) != len(self.__parameters__):
            raise TypeError(f'Too {"many" if len(params) > len(self.__parameters__) else "few"} '
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {len(self.__parameters__)}')
        subst = dict(zip(self.__parameters__, params))
        new_args = []
        for a in self.__args__:
            if isinstance(a, TypeVar):
                new_args.append(subst[a])
            elif isinstance(a, _GenericAlias) and a.__parameters__:
                new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new_args.append(a)
        return self._copy_with(new_args)

    def _copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot instantiate {origin!r}')
        result = origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if origin is Generic or origin is Protocol:
            return (origin,)
        res = [origin]
        if Generic not in bases and self.__parameters__ and not (
                isinstance(origin, type) and issubclass(origin, Generic)):
            res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionAlias(_GenericAlias):
    __slots__ = ()

    def __init__(self, args):
        _GenericAlias.__init__(self, Union, args, name='Union')

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
        return GenericAliasRepr(self)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _copy_with(self, args):
        return Union[tuple(args)]

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))


def GenericAliasRepr(alias):
    return '%s[%s]' % (alias._head(),
                       ', '.join(_type_repr(a) for a in alias.__args__))


class _LiteralAlias(_GenericAlias):
    __slots__ = ()

    def __init__(self, origin, args):
        _GenericAlias.__init__(self, origin, args, name='Literal')

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


class _CallableAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def _copy_with(self, args):
        return _CallableAlias(self.__origin__, args, name='Callable')


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias such as typing.List (origin list)."""

    __slots__ = ('__origin__', '_name', '_nparams')

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _tuple_params(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} '
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__,
                             tuple(_type_check(p, '') for p in params),
                             name=self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleAlias(_SpecialGenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        return _GenericAlias(tuple, _tuple_params(params), name='Tuple')


class _CallableSpecial(_SpecialGenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_check(result, '')
        if args is ...:
            return _CallableAlias(self.__origin__, (..., result), name='Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError('Callable[args, result]: args must be a list. '
                            f'Got {args}')
        args = tuple(_type_check(a, '') for a in args)
        return _CallableAlias(self.__origin__, args + (result,),
                              name='Callable')


# Stand-ins for collections.abc: duck-typed isinstance/issubclass checks.
class _ProtocolMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        methods = cls.__dict__.get('_abc_methods')
        if not methods:
            return False
        for m in methods:
            for klass in sub.__mro__:
                if m in klass.__dict__:
                    if klass.__dict__[m] is None:
                        return False
                    break
            else:
                return False
        return True


def _abc(name, methods):
    return _ProtocolMeta(name, (), {'_abc_methods': methods,
                                     '__module__': 'collections.abc'})


_Hashable = _abc('Hashable', ('__hash__',))
_Awaitable = _abc('Awaitable', ('__await__',))
_Coroutine = _abc('Coroutine', ('send', 'throw', '__await__'))
_AsyncIterable = _abc('AsyncIterable', ('__aiter__',))
_AsyncIterator = _abc('AsyncIterator', ('__aiter__', '__anext__'))
_Iterable = _abc('Iterable', ('__iter__',))
_Iterator = _abc('Iterator', ('__iter__', '__next__'))
_Reversible = _abc('Reversible', ('__iter__', '__reversed__'))
_Generator = _abc('Generator', ('__iter__', '__next__', 'send', 'throw'))
_AsyncGenerator = _abc('AsyncGenerator', ('__aiter__', '__anext__', 'asend'))
_Sized = _abc('Sized', ('__len__',))
_Container = _abc('Container', ('__contains__',))
_Collection = _abc('Collection', ('__len__', '__iter__', '__contains__'))
_CallableABC = _abc('Callable', ('__call__',))
_Sequence = _abc('Sequence', ('__getitem__', '__len__', '__iter__', '__contains__', 'index', 'count'))
_MutableSequence = _abc('MutableSequence', ('__getitem__', '__setitem__', '__delitem__', '__len__', 'insert', 'append'))
_AbstractSet = _abc('Set', ('__contains__', '__iter__', '__len__', 'isdisjoint'))
_MutableSet = _abc('MutableSet', ('__contains__', '__iter__', '__len__', 'add', 'discard'))
_Mapping = _abc('Mapping', ('__getitem__', '__iter__', '__len__', 'keys', 'items', 'values', 'get'))
_MutableMapping = _abc('MutableMapping', ('__getitem__', '__setitem__', '__delitem__', '__iter__', '__len__', 'keys', 'pop'))
_ByteString = _abc('ByteString', ('__getitem__', '__len__', 'hex'))

Hashable = _SpecialGenericAlias(_Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_Reversible, 1, 'Reversible')
Sized = _SpecialGenericAlias(_Sized, 0, 'Sized')
Container = _SpecialGenericAlias(_Container, 1, 'Container')
Collection = _SpecialGenericAlias(_Collection, 1, 'Collection')
Callable = _CallableSpecial(_CallableABC, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_AbstractSet, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_ByteString, 0, 'ByteString')
Generator = _SpecialGenericAlias(_Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_AsyncGenerator, 2, 'AsyncGenerator')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
List = _SpecialGenericAlias(list, 1, 'List')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Type = _SpecialGenericAlias(type, 1, 'Type')
Text = str


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'); repr '~T' ('+T' covariant,
    '-T' contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__constraints__ = tuple(constraints)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        raise TypeError(f"'TypeVar' object is not callable")


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    __slots__ = ()

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)

    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self


class Generic:
    """Base for user generic classes: class Box(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _tuple_params(params)
        if not params and cls is not Tuple:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                    f'variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            expected = getattr(cls, '__parameters__', ())
            if len(params) != len(expected):
                raise TypeError(f'Too {"many" if len(params) > len(expected) else "few"} '
                                f'arguments for {cls}; actual {len(params)}, '
                                f'expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    """Base for structural types; runtime checks need @runtime_checkable."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    return cls


# ---------------------------------------------------------------- NamedTuple

def _make_nmtuple(name, fields, defaults, module, namespace=None):
    fields = tuple(fields)
    nfields = len(fields)
    for f in fields:
        if f.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             f'{f!r}')
    defaults = dict(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f'{name}.__new__() takes {nfields + 1} positional '
                            f'arguments but {len(args) + 1} were given')
        values = list(args)
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in defaults:
                values.append(defaults[f])
            else:
                missing = [g for g in fields[len(values):]
                           if g not in kwargs and g not in defaults]
                if len(missing) == 1:
                    raise TypeError(f"{name}.__new__() missing 1 required "
                                    f"positional argument: '{missing[0]}'")
                raise TypeError(f"{name}.__new__() missing {len(missing)} "
                                f"required positional arguments: " +
                                ', '.join(repr(m) for m in missing[:-1]) +
                                f" and {missing[-1]!r}")
        for k in kwargs:
            if k in fields:
                raise TypeError(f"{name}.__new__() got multiple values for "
                                f"argument '{k}'")
            raise TypeError(f"{name}.__new__() got an unexpected keyword "
                            f"argument '{k}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return tuple.__new__(type(self), values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict,
          '_replace': _replace, '_make': classmethod(_make),
          '__getnewargs__': __getnewargs__, '_fields': fields,
          '_field_defaults': defaults, '__match_args__': fields,
          '__slots__': (), '__module__': module}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i),
                         doc=f'Alias for field number {i}')
    if namespace:
        for key, val in namespace.items():
            if key in ('__module__', '__qualname__', '__annotations__',
                       '__orig_bases__', '__classcell__'):
                continue
            if key in fields:
                continue
            if key in ('_fields', '_make', '_asdict', '_replace',
                       '_field_defaults', '__new__', '__init__', '__slots__',
                       '__getnewargs__'):
                raise AttributeError('Cannot overwrite NamedTuple attribute '
                                     + key)
            ns[key] = val
        if '__qualname__' in namespace:
            ns['__qualname__'] = namespace['__qualname__']
    ann = dict(namespace.get('__annotations__', {})) if namespace else {}
    ns['__annotations__'] = ann
    return type(name, (tuple,), ns)


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        fields = list(types)
        defaults = {}
        for f in fields:
            if f in ns:
                defaults[f] = ns[f]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {f} cannot "
                                f"follow default field"
                                f"{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(defaults)}")
        return _make_nmtuple(typename, fields, defaults,
                             ns.get('__module__', '__main__'), ns)


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided '
                        'to NamedTuple, not both')
    fields = list(fields)
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except Exception:
        module = '__main__'
    cls = _make_nmtuple(typename, [n for n, t in fields], {}, module)
    cls.__annotations__ = dict(fields)
    return cls


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return type.__new__(_TypedDictMeta, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    except Exception:
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---------------------------------------------------------------- helpers

def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-ed.')


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp) is type(int | None):
        return type(tp)
    if type(tp) is type(list[int]):
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp) is type(int | None):
        return tp.__args__
    if type(tp) is type(list[int]):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns
            if g is None:
                g = getattr(sys.modules.get(base.__module__), '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return {}
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        return eval(value.__forward_arg__, globalns, localns)
    return value


class NewType:
    """UserId = NewType('UserId', int); UserId(5) returns 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _IO:
    pass


IO = _SpecialGenericAlias(_IO, 1, 'IO')
TextIO = _IO
BinaryIO = _IO
