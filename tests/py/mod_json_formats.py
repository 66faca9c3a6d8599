import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x"}))
print(json.dumps([1, 2, {"k": [3, {}], "e": []}], indent=2))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=4))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps("h\u00e9llo \u2603 \U0001f600 \x00\x1f\x7f \"q\" \\ \n\t\b\f\r/"))
print(json.dumps("h\u00e9llo \u2603 \U0001f600 \x01\x7f", ensure_ascii=False))
print(json.dumps([1.0, 0.1, 1e300, -0.0, 1e-7, 123456789012345678901234567890]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
class P:
    def __init__(self, x): self.x = x
try:
    json.dumps(P(1))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([P(1), P(2)], default=lambda o: {"P": o.x}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps((1, 2)), json.dumps(None), json.dumps(3), json.dumps("s"))

print(json.loads('{"a": [1, 2.5, -3, 1e3, true, false, null], "b": {"c": "d"}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/\\\\"'))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('-0'), json.loads('0.5E-2'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"x": 1}'), json.loads(bytearray(b'[2]')))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1, "a": 2}'))

bad = ['', ' ', '[', '[1', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1',
       '{"a":1,}', '{a:1}', '{"a" 1}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"',
       '"a\tb"', '1 2', 'nul', 'tru', '-', '[1,\n 2,\n x]', '01', '1.', '\ufeff1',
       '{"a":1 "b":2}', '[1]]', '"\\', 'Nan']
for b in bad:
    try:
        json.loads(b)
        print(repr(b), "no error")
    except json.JSONDecodeError as e:
        print(repr(b), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('[1')
except ValueError as e:
    print(type(e).__name__, e)

class Buf:
    def __init__(self, text=""):
        self.parts = [text]
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return "".join(self.parts)
buf = Buf()
json.dump({"z": [1, "two"]}, buf, indent=1)
print(buf.read())
print(json.load(Buf(buf.read())))
data = {"nested": [{"id": i, "tags": ["t%d" % i] * i} for i in range(3)]}
print(json.loads(json.dumps(data)) == data)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
print(json.loads('"\\ud834\\udd1e"') == "\U0001d11e", json.loads("1e400"), json.loads("-0.0"))
print(repr(json.dumps({"a": 1}, sort_keys=True, indent=0)))
deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
deep = None
