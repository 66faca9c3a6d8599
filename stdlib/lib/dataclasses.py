"""Data classes: the @dataclass decorator, field(), fields(), asdict(),
astuple(), replace(), make_dataclass() and is_dataclass().

Pure Python. Invariants: a processed class carries __dataclass_fields__
(name -> Field, in definition order, base classes' fields first) and
__dataclass_params__; generated methods are compiled from source with the
class's qualified name, so argument errors read as CPython's
("C.__init__() missing 1 required positional argument: 'y'"); fields with
a default keep it as a class attribute, the others have none.
"""

import sys
import copy
import keyword
from reprlib import recursive_repr as _recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is not None:
        classvar = getattr(typing, 'ClassVar', None)
        if annotation is classvar or getattr(annotation, '__origin__', None) is classvar:
            return True
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(('ClassVar', 'typing.ClassVar'))
    return False


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(('InitVar', 'dataclasses.InitVar'))
    return False


def _is_kw_only(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _compile(name, args, body, globals_, locals_, qualname):
    """Compile one generated method; locals_ supplies the names the body
    refers to (defaults, factories, the class)."""
    arg_text = ', '.join(args)
    body_text = '\n'.join(f'  {line}' for line in body) or '  pass'
    local_names = ', '.join(locals_.keys())
    source = (f'def __create_fn__({local_names}):\n'
              f' def {name}({arg_text}):\n{body_text}\n'
              f' return {name}')
    namespace = {}
    exec(source, globals_, namespace)
    fn = namespace['__create_fn__'](**locals_)
    fn.__qualname__ = f'{qualname}.{fn.__name__}'
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
               self_name, globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    locals_ = {f'__dataclass_type_{f.name}__': f.type for f in fields}
    locals_.update({
        '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
    })
    body = []
    for f in fields:
        default_name = f'__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            locals_[default_name] = f.default_factory
            if f.init:
                value = (f'{default_name}() if {f.name} is '
                         f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
            else:
                value = f'{default_name}()'
        elif f.init:
            if f.default is not MISSING:
                locals_[default_name] = f.default
            value = f.name
        else:
            if f.default is not MISSING:
                locals_[default_name] = f.default
                value = default_name
            else:
                value = None
        if f._field_type is _FIELD_INITVAR or value is None:
            continue
        body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _compile('__init__', args, body, globals_, locals_, cls.__qualname__)


def _tuple_of(fields, obj_name):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in cls_annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, annotation, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields,
                                      kw_only_init_fields, frozen,
                                      has_post_init,
                                      '__dataclass_self__' if 'self' in fields else 'self',
                                      globals_))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _make_repr(cls, flds))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_of(cmp_fields, 'self')
        other_tuple = _tuple_of(cmp_fields, 'other')
        _set_new_attribute(cls, '__eq__', _compile(
            '__eq__', ('self', 'other'),
            ['if other.__class__ is self.__class__:',
             f' return {self_tuple}=={other_tuple}',
             'return NotImplemented'], globals_, {}, cls.__qualname__))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_of(flds, 'self')
        other_tuple = _tuple_of(flds, 'other')
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')]:
            method = _compile(
                name, ('self', 'other'),
                ['if other.__class__ is self.__class__:',
                 f' return {self_tuple}{op}{other_tuple}',
                 'return NotImplemented'], globals_, {}, cls.__qualname__)
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for name, method in _frozen_methods(cls, field_list):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_action == 'set_none':
        cls.__hash__ = None
    elif hash_action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _compile('__hash__', ('self',),
                                [f'return hash({_tuple_of(flds, "self")})'],
                                globals_, {}, cls.__qualname__)
    elif hash_action == 'exception':
        raise TypeError(f'Cannot overwrite attribute __hash__ '
                        f'in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, std_init_fields, kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    # CPython's table, indexed by (unsafe_hash, eq, frozen, explicit hash).
    if not unsafe_hash:
        if not eq:
            return None
        if frozen:
            return None if has_explicit_hash else 'add'
        return None if has_explicit_hash else 'set_none'
    if has_explicit_hash:
        return 'exception'
    return 'add'


def _make_repr(cls, fields):
    names = [f.name for f in fields]

    @_recursive_repr()
    def __repr__(self):
        return (self.__class__.__qualname__ + '(' +
                ', '.join(f'{name}={getattr(self, name)!r}' for name in names) + ')')
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _frozen_methods(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
    __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def _format_annotation(annotation):
    if isinstance(annotation, type) and not hasattr(annotation, '__origin__'):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_doc(cls, std_fields, kw_fields):
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)
    return f'{cls.__name__}({", ".join(params)})'


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)
        cls.__getstate__ = __getstate__
        cls.__setstate__ = __setstate__
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary
    mapping field names to field values, recursing into dataclasses, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
