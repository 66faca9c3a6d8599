"""json — JSON encoding and decoding, written for pym.

Owns: JSONEncoder/JSONDecoder, dumps/dump/loads/load and JSONDecodeError.
Invariants: the encoder emits exactly the text CPython 3.11's json emits
(same escapes, float reprs, separators and indentation); the decoder raises
JSONDecodeError with CPython's messages and character positions, and never
lets an IndexError or other internal error escape for malformed input.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """ValueError subclass carrying msg, doc, pos, lineno and colno."""

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


# ---------------------------------------------------------------- encoding

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
            '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_str(s):
    parts = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        parts.append(c if e is None else e)
    parts.append('"')
    return ''.join(parts)


def _encode_str_ascii(s):
    parts = ['"']
    for c in s:
        n = ord(c)
        if 0x20 <= n <= 0x7e and c != '\\' and c != '"':
            parts.append(c)
            continue
        e = _ESCAPES.get(c)
        if e is not None:
            parts.append(e)
        elif n < 0x10000:
            parts.append('\\u%04x' % n)
        else:
            n -= 0x10000
            parts.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    parts.append('"')
    return ''.join(parts)


class JSONEncoder:
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
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str_ascii(o) if self.ensure_ascii else _encode_str(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        try:
            _Encoding(self, out).value(o, 0)
        except RecursionError:
            if self.indent is not None:
                raise  # CPython's pure-Python path: the plain message
            raise RecursionError('maximum recursion depth exceeded while '
                                 'encoding a JSON object') from None
        return out


class _Encoding:
    """One run of an encoder: appends the text pieces to out."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.estr = _encode_str_ascii if enc.ensure_ascii else _encode_str

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.estr(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.mark(o)
            self.value(self.enc.default(o), level)
            self.unmark(o)

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.mark(lst)
        out.append('[')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.enc.item_separator + newline
            out.append(newline)
        else:
            newline = None
            sep = self.enc.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.unmark(lst)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.mark(dct)
        out.append('{')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.enc.item_separator + newline
            out.append(newline)
        else:
            newline = None
            sep = self.enc.item_separator
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, v in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(self.estr(key))
            out.append(self.enc.key_separator)
            self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.unmark(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---------------------------------------------------------------- decoding

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}


class _NoValue(Exception):
    """Internal: no JSON value starts at self.args[0]."""


class JSONDecoder:

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Parser(self, s).value(idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.args[0]) from None


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'),
              'NaN': float('nan')}


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Parser:
    def __init__(self, dec, s):
        self.dec = dec
        self.s = s
        self.n = len(s)

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.nested(self.object, i + 1, 'object')
        if c == '[':
            return self.nested(self.array, i + 1, 'array')
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c in _DIGITS or c == '-':
            r = self.number(i)
            if r is not None:
                return r
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.dec.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.dec.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.dec.parse_constant('-Infinity'), i + 9
        raise _NoValue(i)

    def nested(self, parse, i, what):
        try:
            return parse(i)
        except RecursionError as err:
            if str(err).startswith('maximum recursion depth exceeded while decoding'):
                raise
            raise RecursionError('maximum recursion depth exceeded while '
                                 f'decoding a JSON {what} from a unicode '
                                 'string') from None

    def number(self, i):
        s, n = self.s, self.n
        j = i
        if s[j] == '-':
            j += 1
        if j >= n or s[j] not in _DIGITS:
            return None
        if s[j] == '0':
            j += 1
        else:
            while j < n and s[j] in _DIGITS:
                j += 1
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            is_float = True
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                is_float = True
                j = k
        text = s[i:j]
        if is_float:
            return self.dec.parse_float(text), j
        return self.dec.parse_int(text), j

    def string(self, end):
        s, n = self.s, self.n
        begin = end - 1
        strict = self.dec.strict
        chunks = []
        while True:
            j = end
            while j < n:
                c = s[j]
                if c == '"' or c == '\\' or (strict and c < ' '):
                    break
                j += 1
            else:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[end:j])
            c = s[j]
            end = j + 1
            if c == '"':
                break
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if end >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[end]
            if esc != 'u':
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError('Invalid \\escape', s, end - 1)
                chunks.append(ch)
                end += 1
                continue
            uni = self.hex4(end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self.hex4(end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
        return ''.join(chunks), end

    def hex4(self, pos):
        esc = self.s[pos + 1:pos + 5]
        if len(esc) == 4:
            for c in esc:
                if c not in _HEX:
                    break
            else:
                return int(esc, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.s, pos)

    def object(self, end):
        s = self.s
        dec = self.dec
        pairs = []
        end = _skip(s, end)
        c = s[end:end + 1]
        if c == '}':
            return self.finish_object(pairs), end + 1
        if c != '"':
            raise JSONDecodeError(
                'Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = self.string(end)
            end = _skip(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip(s, end + 1)
            try:
                val, end = self.value(end)
            except _NoValue as err:
                raise JSONDecodeError('Expecting value', s, err.args[0]) from None
            pairs.append((key, val))
            end = _skip(s, end)
            c = s[end:end + 1]
            if c == '}':
                end += 1
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip(s, end + 1)
            if s[end:end + 1] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, end)
            end += 1
        return self.finish_object(pairs), end

    def finish_object(self, pairs):
        dec = self.dec
        if dec.object_pairs_hook is not None:
            return dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if dec.object_hook is not None:
            return dec.object_hook(d)
        return d

    def array(self, end):
        s = self.s
        values = []
        end = _skip(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                val, end = self.value(end)
            except _NoValue as err:
                raise JSONDecodeError('Expecting value', s, err.args[0]) from None
            values.append(val)
            end = _skip(s, end)
            c = s[end:end + 1]
            if c == ']':
                end += 1
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip(s, end + 1)
        return values, end


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode('utf-8-sig' if bytes(s[:3]) == b'\xef\xbb\xbf'
                            else 'utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
