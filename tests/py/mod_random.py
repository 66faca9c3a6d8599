import random
random.seed(42); print(random.random(), random.randint(1, 100), random.choice('abc'))
random.seed(12345)
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
deck = list(range(20)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 5), random.sample('abcdefg', 7), random.sample(range(10000), 12))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.uniform(1, 10), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1))
print(random.normalvariate(5, 2), random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.choices('abc', k=5), random.choices('abc', weights=[10, 1, 1], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=3))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.paretovariate(3),
      random.weibullvariate(1, 2), random.vonmisesvariate(1, 4), random.randbytes(6))
for seed in [0, 1, -1, 2**32, 2**64 + 1, 3.75, True, 10**50, 'hello', b'bytes', bytearray(b'ba'), '']:
    random.seed(seed); print(repr(seed), random.random())
random.seed('hello', version=1); print(random.random())
r = random.Random(7); r2 = random.Random(7); print(r.random() == r2.random(), r.randint(-5, 5), r.choice([1, 2, 3]))
state = r.getstate(); first = [r.random() for _ in range(3)]; r.setstate(state); print(first == [r.random() for _ in range(3)])
print(state[0], len(state[1]), state[2])
class Coin(random.Random):
    def random(self): return 0.75
print(Coin().randrange(100), Coin().choice('abcd'))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1), lambda: random.randrange(1.5),
            lambda: random.choices('ab', [1], k=1), lambda: random.setstate((9, (), None))]:
    try: bad()
    except ValueError as e: print('ValueError', e)
for bad in [lambda: random.choice([]), lambda: random.sample({1, 2}, 1), lambda: random.seed([1]),
            lambda: random.choices('ab', 2), lambda: random.randrange(1, step=2)]:
    try: bad()
    except (TypeError, IndexError) as e: print(type(e).__name__, e)
sr = random.SystemRandom(); v = sr.random(); print(0 <= v < 1, sr.getrandbits(5) < 32, len(sr.randbytes(4)))
random.seed(); print(0 <= random.random() < 1)
print(isinstance(random.Random(), random.Random), random.Random.VERSION)
# setstate keeps the low 32 bits of each word and checks the index
r = random.Random(5); s = r.getstate(); inner = list(s[1]); inner[0] += 2**40; r.setstate((3, tuple(inner), None)); a = r.random()
r2 = random.Random(5); r2.setstate(s); print(a == r2.random())
for bad_state in [(1,) * 624 + (700,), (-1,) * 625, (2**70,) * 625, (1,) * 10]:
    try: r.setstate((3, bad_state, None))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
try: r.setstate((3, [0] * 625, None))
except TypeError as e: print(e)
