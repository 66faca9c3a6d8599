"""JSON encoding and decoding: dumps/dump and loads/load.

Pure Python. Invariants: the encoder writes exactly what CPython's json
writes for the same arguments (separators, indentation, key order,
ensure_ascii escapes, float reprs and the NaN/Infinity extensions); the
decoder accepts the same language and reports errors with CPython's
messages and positions (JSONDecodeError carries msg, doc, pos, lineno and
colno).
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:
    msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# --- encoding ----------------------------------------------------------------

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
            '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def _encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return '"' + ''.join(_ESCAPES.get(c, c) for c in s) + '"'


def _encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    parts = []
    for c in s:
        escaped = _ESCAPES.get(c)
        if escaped is not None:
            parts.append(escaped)
        elif ' ' <= c <= '~':
            parts.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                parts.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                parts.append('\\u{0:04x}\\u{1:04x}'.format(
                    0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(parts) + '"'


_INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data
        structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        markers = {} if self.check_circular else None
        encode_str = _encode_basestring_ascii if self.ensure_ascii else _encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Encoding(self, markers, encode_str, indent).encode(o, 0)

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text


class _Encoding:
    """One run of an encoder: the circular-reference markers and the
    settings, walked recursively."""

    def __init__(self, encoder, markers, encode_str, indent):
        self.encoder = encoder
        self.markers = markers
        self.encode_str = encode_str
        self.indent = indent

    def _enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o
            return marker
        return None

    def _leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def encode(self, o, level):
        if isinstance(o, str):
            yield self.encode_str(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.encoder._floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            marker = self._enter(o)
            o = self.encoder.default(o)
            yield from self.encode(o, level)
            self._leave(marker)

    def _newline(self, level):
        if self.indent is None:
            return None
        return '\n' + self.indent * level

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        marker = self._enter(lst)
        buf = '['
        newline = self._newline(level + 1)
        if newline is not None:
            separator = self.encoder.item_separator + newline
            buf += newline
        else:
            separator = self.encoder.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, (str, int, float)) or value is None:
                yield buf + ''.join(self.encode(value, level + 1))
            else:
                yield buf
                yield from self.encode(value, level + 1)
        if newline is not None:
            yield self._newline(level)
        yield ']'
        self._leave(marker)

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self._enter(dct)
        yield '{'
        newline = self._newline(level + 1)
        if newline is not None:
            item_separator = self.encoder.item_separator + newline
            yield newline
        else:
            item_separator = self.encoder.item_separator
        first = True
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.encoder._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.encoder.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield self.encode_str(key)
            yield self.encoder.key_separator
            yield from self.encode(value, level + 1)
        if newline is not None:
            yield self._newline(level)
        yield '}'
        self._leave(marker)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# --- decoding ----------------------------------------------------------------

_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'),
              'NaN': float('nan')}


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str instance containing
        a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON
        document) and return a 2-tuple of the Python representation and the
        index in s where the document ended."""
        try:
            return self._scan(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _scan(self, s, idx):
        try:
            nextchar = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return self._scan_string(s, idx + 1)
        if nextchar == '{':
            return self._scan_object(s, idx + 1)
        if nextchar == '[':
            return self._scan_array(s, idx + 1)
        if nextchar == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        number = self._scan_number(s, idx)
        if number is not None:
            return number
        if nextchar == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if nextchar == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if nextchar == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def _scan_number(self, s, idx):
        n = len(s)
        end = idx
        if end < n and s[end] == '-':
            end += 1
        if end < n and s[end] == '0':
            end += 1
        elif end < n and '1' <= s[end] <= '9':
            end += 1
            while end < n and '0' <= s[end] <= '9':
                end += 1
        else:
            return None
        integer_end = end
        is_float = False
        if end + 1 < n and s[end] == '.' and '0' <= s[end + 1] <= '9':
            end += 2
            while end < n and '0' <= s[end] <= '9':
                end += 1
            is_float = True
        if end < n and s[end] in 'eE':
            exp = end + 1
            if exp < n and s[exp] in '+-':
                exp += 1
            if exp < n and '0' <= s[exp] <= '9':
                exp += 1
                while exp < n and '0' <= s[exp] <= '9':
                    exp += 1
                end = exp
                is_float = True
        if is_float:
            return self.parse_float(s[idx:end]), end
        return self.parse_int(s[idx:integer_end]), integer_end

    def _scan_string(self, s, end):
        begin = end - 1
        chunks = []
        n = len(s)
        while True:
            start = end
            while end < n and s[end] != '"' and s[end] != '\\' and (
                    not self.strict or s[end] >= ' '):
                end += 1
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[start:end])
            terminator = s[end]
            end += 1
            if terminator == '"':
                break
            if terminator != '\\':
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            try:
                esc = s[end]
            except IndexError:
                raise JSONDecodeError("Unterminated string starting at", s, begin) from None
            if esc != 'u':
                try:
                    chunks.append(_BACKSLASH[esc])
                except KeyError:
                    raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
                end += 1
                continue
            uni = self._decode_uXXXX(s, end - 1)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._decode_uXXXX(s, end)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
        return ''.join(chunks), end

    @staticmethod
    def _decode_uXXXX(s, pos):
        esc = s[pos + 2:pos + 6]
        if len(esc) == 4 and esc[1] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos + 1)

    def _scan_object(self, s, end):
        pairs = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                end += 1
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end
                result = {}
                if self.object_hook is not None:
                    result = self.object_hook(result)
                return result, end
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = self._scan_string(s, end)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self._scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, end

    def _scan_array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                value, end = self._scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON
    document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = bytes(s).decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a
    JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
