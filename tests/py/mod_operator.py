import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.itemgetter(1, 'a'), operator.attrgetter('a.b', 'c'), operator.methodcaller('m', 1, k=2))
print(itemgetter(1)([1, 2]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}), itemgetter(slice(1, 3))([1, 2, 3]))
print(attrgetter('real', 'imag')(3), attrgetter('__class__.__name__')(3))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(5),
            lambda: itemgetter(5)([]), lambda: attrgetter('nope')(1)]:
    try: bad()
    except (TypeError, IndexError, AttributeError) as e: print(type(e).__name__, e)
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4),
      operator.abs(-3), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(16, 2),
      operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.concat([1], [2]), operator.index(7), operator.length_hint([1, 2]),
      operator.length_hint(iter([]), 5))
lst = [1, 2, 3]; operator.setitem(lst, 0, 'x'); operator.delitem(lst, 1); print(lst, operator.getitem(lst, 1))
acc = [1]; print(operator.iadd(acc, [2]) is acc, acc, operator.iadd(1, 2), operator.imul('ab', 2),
      operator.isub(5, 1), operator.ior({1}, {2}))
try: operator.indexOf([1], 5)
except ValueError as e: print(e)
try: operator.concat(1, 2)
except TypeError as e: print(e)
try: operator.add(1, 'a')
except TypeError as e: print(e)
print(operator.call(max, 1, 5), operator.__add__(2, 2), operator.__lt__ is operator.lt)
