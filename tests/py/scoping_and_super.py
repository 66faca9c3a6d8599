# Name mangling, class-body scopes and comprehensions, __class__ cells,
# super() in nested functions and lambdas, nonlocal through classes, unbound
# locals.
class A:
    __secret = 1
    def get(self): return self.__secret, A._A__secret
    def __priv(self): return "priv"
    def call(self): return self.__priv()
a = A(); print(a.get(), a.call(), hasattr(a, "__secret"), "_A__secret" in A.__dict__)
try: a.__priv()
except AttributeError as e: print(e)
class B(A):
    def m(self): return self.__secret
try: B().m()
except AttributeError as e: print(e)
class C:
    y = 10
    try:
        vals = [y * i for i in range(3)]
    except NameError as e:
        print("NameError in class comprehension:", e)
    first = [i for i in range(y)]
    print(len(first))
class D:
    def f(self): return __class__
    @classmethod
    def g(cls): return super().__repr__
    @staticmethod
    def h(): return __class__.__name__
print(D().f().__name__, D.h(), D.g() is not None)
def outer():
    x = 1
    class Inner:
        x = 2
        def get(self): return x
        def get_cls(self): return self.x
    return Inner().get(), Inner().get_cls()
print(outer())
def counter():
    n = 0
    class K:
        def inc(self):
            nonlocal n
            n += 1
            return n
    k = K(); k.inc(); return k.inc()
print(counter())
gv = "global"
class G:
    gv = "class"
    def m(self): return gv
print(G().m())
class S(list):
    def __init__(self, *a):
        super().__init__(a)
    def helper(self):
        return [super(S, self).__len__() for _ in range(1)]
print(S(1, 2).helper())
class Base:
    def greet(self): return "base"
class Mid(Base):
    def greet(self):
        f = lambda: super(Mid, self).greet()
        return "mid+" + f()
print(Mid().greet())
class E:
    def method(self):
        def inner(): return super(E, self).__str__()
        return inner()[:3]
print(E().method())
def f():
    try:
        super()
    except RuntimeError as e:
        print(e)
f()
class NoArg:
    def m():
        return super().x
try: NoArg.m()
except RuntimeError as e: print(e)
x = 10
def g():
    print(x)
    x = 5
try: g()
except UnboundLocalError as e: print(e)
def h():
    del undefined_local_name
try: h()
except NameError as e: print(type(e).__name__, e)
def closure_del():
    v = 1
    def inner(): return v
    del v
    return inner
try: closure_del()()
except NameError as e: print(e)
