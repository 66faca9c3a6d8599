import pprint
data = {'name': 'pym', 'versions': list(range(30)), 'nested': {'deep': {'deeper': ['x' * 30, 'y' * 30, ('t', 1)]}},
        'set': {5, 3, 1}, 'fs': frozenset({20, 10}), 'tuple1': (1,), 'empty': [], 'b': True, 'none': None, 3: 'int key'}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([list(range(10))] * 4, width=30, compact=True)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
pprint.pp({'z': 1, 'a': [1] * 30})
long_text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(long_text)
pprint.pprint({'key': long_text, 'lines': 'first line\nsecond line that is rather long ' * 3})
pprint.pprint(data, depth=2)
loop = [1, 2]; loop.append(loop)
print(pprint.saferepr(loop).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(loop), pprint.isreadable([1, 'a']), pprint.isreadable([object()]))
pprint.pprint((('a' * 40, 'b' * 40),))
pprint.pprint({'mixed': {1: 'a', 'b': 2, None: 3}}, width=20)
pprint.pprint(10**30, underscore_numbers=True)
