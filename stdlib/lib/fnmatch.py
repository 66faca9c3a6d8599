"""Filename matching with shell patterns: fnmatch, fnmatchcase, filter
and translate.

Pure Python (no re module in pym): patterns are matched by a small
backtracking matcher. Invariants: '*' matches any run of characters
(including '/'), '?' one character, '[seq]' / '[!seq]' one character in /
not in the set (ranges allowed, a ']' first in the set is literal, an
unclosed '[' is a literal '['); fnmatch normalises case with
os.path.normcase, which on POSIX changes nothing.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match
    PAT."""
    pat = os.path.normcase(pat)
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]


def _parse(pat):
    """The pattern as a list of tokens: ('*',), ('?',), ('lit', c) or
    ('set', negate, items) where items are (low, high) ranges."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append((body[k], body[k]))
                    k += 1
            tokens.append(('set', negate, items))
        else:
            tokens.append(('lit', c))
    return tokens


def _match_one(token, c):
    kind = token[0]
    if kind == '?':
        return True
    if kind == 'lit':
        return token[1] == c
    negate, items = token[1], token[2]
    inside = any(low <= c <= high for low, high in items)
    return inside != negate


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    tokens = _parse(pat)
    # Iterative matching with one backtrack point per '*'.
    ti = ni = 0
    star_ti = star_ni = -1
    while ni < len(name):
        if ti < len(tokens) and tokens[ti][0] == '*':
            star_ti, star_ni = ti, ni
            ti += 1
        elif ti < len(tokens) and _match_one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_ti >= 0:
            star_ni += 1
            ni = star_ni
            ti = star_ti + 1
        else:
            return False
    while ti < len(tokens) and tokens[ti][0] == '*':
        ti += 1
    return ti == len(tokens)


def _escape_for_re(text):
    special = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
    return ''.join('\\' + c if c in special else c for c in text)


def translate(pat):
    """Translate a shell PATTERN to a regular expression (as text, the
    same text CPython's fnmatch.translate produces for simple
    patterns)."""
    parts = []
    for token in _parse(pat):
        if token[0] == '*':
            parts.append('.*')
        elif token[0] == '?':
            parts.append('.')
        elif token[0] == 'lit':
            parts.append(_escape_for_re(token[1]))
        else:
            negate, items = token[1], token[2]
            body = ''.join(low if low == high else f'{low}-{high}' for low, high in items)
            body = body.replace('\\', '\\\\')
            if not items:
                parts.append('.' if negate else '(?!)')
                continue
            parts.append('[' + ('^' if negate else '') + body + ']')
    return '(?s:%s)\\Z' % ''.join(parts)
