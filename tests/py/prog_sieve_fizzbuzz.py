# classic programs: sieve of Eratosthenes, prime factorisation, FizzBuzz variants, Collatz
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-3:], sieve(1), sieve(2))
def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in (2, 12, 97, 360, 1001, 2**10 * 3**4, 600851475143):
    print(n, "=", " * ".join(map(str, factorize(n))))
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ("Fizz" if i % 3 == 0 else "") + ("Buzz" if i % 5 == 0 else "")
        out.append(s or str(i))
    return out
print(" ".join(fizzbuzz(30)))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
print(", ".join("".join(w for d, w in rules if i % d == 0) or str(i) for i in range(100, 111)))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
best = max(range(1, 10000), key=collatz_len)
print("longest Collatz chain under 10000 starts at", best, "length", collatz_len(best))
twin = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin primes:", twin)
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 40, 6)}
print("goldbach:", goldbach)
