import json
from collections import OrderedDict
data = {'name': 'pym', 'version': [3, 11], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 10**20,
        'nested': {'a': [1, 2, {'b': []}], 'empty': {}}, 'text': 'line\nbreak "quoted" \\ tab\t', 'uni': 'caf\u00e9 \u2603 \U0001f600'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent='\t'), json.dumps({'a': 1}, separators=(',', ':')), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({1: 'int key', 2.5: 'float', True: 't', None: 'n'}), json.dumps((1, 2)), json.dumps('s'), json.dumps(float('inf')), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps({(1, 2): 3}, skipkeys=True))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(set())]:
    try: bad()
    except TypeError as e: print('TypeError', e)
loop = []; loop.append(loop)
try: json.dumps(loop)
except ValueError as e: print('ValueError', e)
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print('ValueError', e)
print(json.dumps({'when': complex if False else 'x', 's': {1, 2}}, default=lambda o: sorted(o)))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc))
text = json.dumps(data)
print(json.loads(text) == data, json.loads(text)['uni'])
print(json.loads('[1, 2.5, -3e2, "x", true, false, null, {"k": [ ]}, 1E+2, -0, 0.5e-3]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/\\"\\\\"'), json.loads(' {"a" : 1 , "b":{}} '), json.loads(b'[1]'), json.loads('NaN') != json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_pairs_hook=OrderedDict), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 7]', parse_float=str, parse_int=lambda s: int(s) * 2), json.loads('123456789012345678901234567890'))
for doc in ['', '[1,]', '{"a" 1}', '{"a":1,}', '[1 2]', '1 2', '{', '[', '"abc', '"a\\q"', '"\\u12G4"', '{1: 2}', '[01]', 'tru', '-', '"tab\there"', '{"a":1 "b":2}', '\n\n  [1,\n  ]', '1.', '[-]', 'nul']:
    try: json.loads(doc); print(repr(doc), 'parsed')
    except json.JSONDecodeError as e: print(repr(doc), '->', e, e.pos, e.lineno, e.colno)
try: json.loads(5)
except TypeError as e: print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecoder().raw_decode('[1] tail'))
import os
path = '/tmp/pym_json_test_%d.json' % os.getpid()
with open(path, 'w') as f: json.dump({'k': [1, 2]}, f, indent=1)
with open(path) as f: print(json.load(f))
with open(path) as f: print(repr(f.read()))
os.remove(path)
