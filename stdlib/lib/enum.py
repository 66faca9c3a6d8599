"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

Pure Python. Invariants: an enum class's members are created once, when
the class is built, in definition order; _member_map_ maps every name
(aliases included) to its member and _value2member_map_ maps values to
canonical members; Enum(value) and Enum[name] only look members up (Flag
classes also make and cache composite members); member attributes cannot
be reassigned or deleted through the class.
"""

import sys
from types import MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP']

_builtin_property = property
Enum = Flag = ReprEnum = None  # defined below; EnumType checks for them


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('_'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class _EnumDict(dict):
    """The class namespace while an enum body runs: records member names
    in order and fills in auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
            elif key not in ('_order_', '_generate_next_value_', '_missing_',
                             '_numeric_repr_', '_iter_member_', '_boundary_',
                             '_value_', '_name_'):
                pass
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    gnv = self.get('_generate_next_value_', self._gnv_default)
                    if isinstance(gnv, staticmethod):
                        gnv = gnv.__func__
                    value.value = gnv(key, 1, len(self._member_names),
                                      self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        enum_dict._gnv_default = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(getattr(classdict, '_member_names', ()))
        values = {name: classdict[name] for name in member_names}
        namespace = {}
        for key, value in dict.items(classdict):
            if key not in values:
                namespace[key] = value
        namespace.pop('_ignore_', None)
        for name in getattr(classdict, '_ignore', ()):
            namespace.pop(name, None)
        user_new = namespace.get('__new__')
        if user_new is not None and Enum is not None:
            namespace['_new_member_'] = user_new
            del namespace['__new__']
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)
        if Enum is None:
            return enum_class
        # A mixed-in data type's repr/str/format must not replace the
        # enum's, unless the class body defines its own.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in namespace:
                found_method = getattr(enum_class, name)
                if found_method in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        # Calling the class looks members up; whatever __new__ the data
        # type or the body brought only ever makes members.
        type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        new_member = getattr(enum_class, '_new_member_', None)
        if user_new is None:
            new_member = None
            for base in enum_class.__mro__[1:]:
                candidate = base.__dict__.get('_new_member_')
                if candidate is not None:
                    new_member = candidate
                    break
        for name in member_names:
            metacls._add_member(enum_class, name, values[name], member_type, new_member)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value, member_type, new_member):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            enum_member = new_member(enum_class, *args)
        elif member_type is object:
            enum_member = object.__new__(enum_class)
        else:
            enum_member = member_type.__new__(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other, existing in enum_class._unhashable_values_:
                if other == value:
                    canonical = existing
                    break
        if canonical is not None and not (Flag is not None and issubclass(enum_class, Flag)
                                          and False):
            enum_member = canonical
        else:
            enum_class._member_names_.append(name)
            try:
                enum_class._value2member_map_[value] = enum_member
            except TypeError:
                enum_class._unhashable_values_.append((value, enum_member))
        enum_class._member_map_[name] = enum_member
        type.__setattr__(enum_class, name, enum_member)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend <enum %r>'
                                % (class_name, base.__name__))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float, bytes, tuple):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for other, existing in cls._unhashable_values_:
                if other == value:
                    return existing
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            if Flag is not None and issubclass(cls, Flag):
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, *_flag_bits(value, cls._flag_mask_)))
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given."""
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names.extend(name for name in self.__class__.__dict__ if not name.startswith('_'))
        return sorted(set(names))

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    __str__ = int.__repr__

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    _new_member_ = __new__

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def _flag_bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _flag_bits(value, mask):
    max_bits = max(value.bit_length(), mask.bit_length())
    return _flag_bin(value, max_bits), _flag_bin(mask, max_bits)


class Flag(Enum):
    """Support for flags: members combine with |, & and ^, and ~ inverts
    within the defined bits."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: the next power of
        two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        keep = issubclass(cls, int)
        if not keep and (value < 0 or value & ~cls._flag_mask_):
            return None
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._canonical_members(value)]
        extra = value & ~cls._flag_mask_ if value >= 0 else 0
        if names or extra:
            name = '|'.join(names)
            if extra:
                name = (name + '|' if name else '') + str(extra)
            pseudo._name_ = name if (names or keep) else None
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _canonical_members(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            bits = member._value_
            if bits and bits & (bits - 1) == 0 and bits & value == bits:
                yield member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._canonical_members(self._value_)))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = (self._member_type_.__repr__ if self._member_type_ is not object
                      else repr)
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if issubclass(self.__class__, int):
            return self.__class__(self._all_bits_ & ~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __str__ = int.__repr__

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def verify(*checks):
    """Accepted for compatibility; pym does not run enum verifications."""
    def decorator(enumeration):
        return enumeration
    return decorator
