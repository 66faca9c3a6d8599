import operator
import itertools
from itertools import *
print(list(islice(count(), 2, 10, 3)), count(5), count(0, 2), count(1.5), count(-1, -1))
c = count(3); next(c); print(c)
r = repeat('a', 3); print(r); print(list(r), r, repeat(None))
print(list(repeat(1, -5)), list(zip(range(3), repeat('x'))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul, initial=10)),
      list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1])), list(chain.from_iterable(['ab', 'cd'])), list(chain()))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([k for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
groups = groupby('aabbb'); k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(filterfalse(None, [0, 1, 0, 2])),
      list(filterfalse(lambda x: x % 2, range(6))))
a, b = tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
print(tee('ab', 0), len(tee('ab', 3)), [list(t) for t in tee('xyz', 3)])
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()), list(zip_longest('a', 'bc')))
print(list(product('ab', repeat=2)), list(product('ab', [0, 1])), list(product()), list(product('ab', [])))
print(len(list(permutations(range(4), 2))), list(combinations('abcd', 2)), list(permutations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(pairwise('abcd')), list(pairwise('a')))
print(list(permutations('abc')), list(combinations(range(4), 0)), list(combinations_with_replacement('', 0)))
print(type(chain()), type(count()).__name__, isinstance(chain(), chain))
for bad in [lambda: islice([], -1), lambda: islice([], 1, -1), lambda: islice([], 0, 5, 0),
            lambda: combinations('a', -1), lambda: tee([], -1), lambda: product('a', repeat=-1)]:
    try: bad()
    except ValueError as e: print(e)
for bad in [lambda: count('a'), lambda: cycle(5), lambda: zip_longest(1), lambda: islice(3, 1),
            lambda: next(chain(1))]:
    try: bad()
    except TypeError as e: print(e)
cy = cycle('ab'); print([next(cy) for _ in range(5)]); print(list(cycle([])))
print(list(islice('abcdefg', 1, None, 2)), list(islice('abcdefg', 3)), list(islice('abc', 5, 2)))
it = iter(range(10)); print(list(islice(it, 2, 5)), next(it))
it = iter(range(10)); print(list(islice(it, 0, 5, 3)), next(it))
print(list(islice(count(), 3)), list(chain.from_iterable(repeat([1, 2], 2))))
print(list(map(operator.add, count(10), 'abc' and [1, 2, 3])))
# next() and for loops draw from the same underlying iterator
mixed = chain('abc', 'de'); print(next(mixed), list(mixed), list(mixed))
pr = product('ab', range(2)); first = next(pr)
print(first, [p for p in pr])
print(len(list(product(range(4), repeat=4))), list(product('x', 'yz', 'w')))
