# StopIteration raised inside a generator becomes an uncaught RuntimeError (PEP 479)
def numbers():
    yield 1
    yield 2
    raise StopIteration("too early")
gen = numbers()
print(next(gen), next(gen))
for n in numbers():
    print("got", n)
