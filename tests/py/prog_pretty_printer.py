# classic program: JSON-like pretty printer and serializer written by hand with recursion, plus a tiny parser
def escape(s):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ord(ch) < 32: out.append("\\u%04x" % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(v, indent=2, level=0, seen=None):
    seen = set() if seen is None else seen
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return escape(v)
    if id(v) in seen:
        raise ValueError("circular reference detected")
    if isinstance(v, dict):
        if not v: return "{}"
        seen.add(id(v))
        body = ",\n".join(inner + escape(str(k)) + ": " + dumps(x, indent, level + 1, seen) for k, x in v.items())
        seen.discard(id(v))
        return "{\n" + body + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v: return "[]"
        seen.add(id(v))
        body = ",\n".join(inner + dumps(x, indent, level + 1, seen) for x in v)
        seen.discard(id(v))
        return "[\n" + body + "\n" + pad + "]"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")
doc = {"name": "pym", "version": [0, 1], "tags": ("c", "python"), "stable": False, "ratio": 0.25,
       "nested": {"empty_list": [], "empty_dict": {}, "none": None, "text": 'quote " and \\ and\nnewline\t'},
       "matrix": [[1, 2], [3, 4]]}
text = dumps(doc)
print(text)
print(dumps([1, [2, [3, [4]]]], indent=1))
print(dumps("ctrl\x01char"), dumps(10**20), dumps(-1.5e-7), dumps({1: "int key"}, indent=0))
loop = []
loop.append(loop)
for bad in (loop, {"s": {1, 2}}):
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t": pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1; out = {}; ws()
            if s[pos] == "}": pos += 1; return out
            while True:
                k = value(); ws(); pos += 1; out[k] = value(); ws()
                pos += 1
                if s[pos - 1] == "}": return out
        if ch == "[":
            pos += 1; out = []; ws()
            if s[pos] == "]": pos += 1; return out
            while True:
                out.append(value()); ws(); pos += 1
                if s[pos - 1] == "]": return out
        if ch == '"':
            end = pos + 1; buf = []
            while s[end] != '"':
                if s[end] == "\\":
                    end += 1
                    buf.append({"n": "\n", "t": "\t"}.get(s[end], s[end]))
                else:
                    buf.append(s[end])
                end += 1
            pos = end + 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, pos): pos += len(word); return val
        end = pos
        while end < len(s) and s[end] in "-+.0123456789eE": end += 1
        num = s[pos:end]; pos = end
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
back = parse(text)
print(back == dict(doc, tags=list(doc["tags"])), back["nested"]["text"] == doc["nested"]["text"], back["matrix"][1][0])
