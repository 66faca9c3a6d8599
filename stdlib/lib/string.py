"""String constants, capwords and Template.

Pure Python. Invariants: the constants are CPython's ASCII character sets;
Template placeholders are $$, $identifier and ${identifier}, where an
identifier is ASCII letters, digits and underscores not starting with a
digit (Template's default idpattern, case-insensitive).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ident_start = frozenset(ascii_letters + '_')
_ident_rest = frozenset(ascii_letters + digits + '_')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (literal text, placeholder name or None, start index) for
        the template; an invalid placeholder yields the name ''."""
        text = self.template
        delim = self.delimiter
        pos = 0
        literal_start = 0
        n = len(text)
        while True:
            i = text.find(delim, pos)
            if i < 0:
                yield text[literal_start:], None, n
                return
            j = i + len(delim)
            if text.startswith(delim, j):
                yield text[literal_start:j], None, i
                pos = literal_start = j + len(delim)
                continue
            if j < n and text[j] == '{':
                k = j + 1
                if k < n and text[k] in _ident_start:
                    end = k + 1
                    while end < n and text[end] in _ident_rest:
                        end += 1
                    if end < n and text[end] == '}':
                        yield text[literal_start:i], (text[k:end], text[i:end + 1]), i
                        pos = literal_start = end + 1
                        continue
            elif j < n and text[j] in _ident_start:
                end = j + 1
                while end < n and text[end] in _ident_rest:
                    end += 1
                yield text[literal_start:i], (text[j:end], text[i:end]), i
                pos = literal_start = end
                continue
            yield text[literal_start:i], ('', text[i:j]), j
            pos = literal_start = j

    def _invalid(self, index):
        # index is just past the delimiter, where CPython's pattern puts
        # the (empty) invalid group.
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if mapping is Template.substitute.__defaults__[0]:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        for literal, placeholder, index in self._scan():
            parts.append(literal)
            if placeholder is None:
                continue
            name, raw = placeholder
            if not name:
                self._invalid(index)
            parts.append('%s' % (mapping[name],))
        return ''.join(parts)

    def safe_substitute(self, mapping={}, /, **kws):
        if mapping is Template.safe_substitute.__defaults__[0]:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        for literal, placeholder, index in self._scan():
            parts.append(literal)
            if placeholder is None:
                continue
            name, raw = placeholder
            if not name:
                parts.append(raw)
                continue
            try:
                parts.append('%s' % (mapping[name],))
            except KeyError:
                parts.append(raw)
        return ''.join(parts)

    def is_valid(self):
        return all(p is None or p[0] for _, p, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, placeholder, _ in self._scan():
            if placeholder is not None and placeholder[0] and placeholder[0] not in ids:
                ids.append(placeholder[0])
        return ids


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format() as overridable steps: format, vformat, get_value,
    check_unused_args, format_field and convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec = self._vformat(format_spec, args, kwargs, used_args,
                                            recursion_depth - 1)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            c = format_string[i]
            if c == '{':
                if i + 1 < n and format_string[i + 1] == '{':
                    literal.append('{')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == '{':
                        depth += 1
                    elif format_string[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = format_string[i + 1:j - 1]
                conversion = None
                spec = ''
                colon = field.find(':')
                name_part = field if colon < 0 else field[:colon]
                if colon >= 0:
                    spec = field[colon + 1:]
                bang = name_part.find('!')
                if bang >= 0:
                    conversion = name_part[bang + 1:]
                    name_part = name_part[:bang]
                yield ''.join(literal), name_part, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and format_string[i + 1] == '}':
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _split_field_name(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
