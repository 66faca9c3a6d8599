# C3 method resolution order, including conflicts and their TypeError messages
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__, object.__mro__ == (object,), names(bool))
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Mixed(PQ, QP): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(P, P): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
class Greeter:
    def hello(self): return "Greeter"
class Loud(Greeter):
    def hello(self): return "Loud>" + super().hello()
class Polite(Greeter):
    def hello(self): return "Polite>" + super().hello()
class Both(Loud, Polite):
    def hello(self): return "Both>" + super().hello()
print(Both().hello(), names(Both))
class Both2(Polite, Loud): pass
print(Both2().hello(), names(Both2))
print(Both.__bases__ == (Loud, Polite), Both.__base__.__name__, Greeter.__base__.__name__, object.__base__)
print([c.__name__ for c in Greeter.__subclasses__()], issubclass(Both, Polite))
