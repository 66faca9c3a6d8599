import types
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.MappingProxyType, types.CodeType)
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [2]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]))
mp = types.MappingProxyType({'k': 1}); print(mp['k'], len(mp), type(mp).__name__)
try: mp['k'] = 2
except TypeError as e: print(e)
D = types.new_class('D', (C,), {}, lambda ns: ns.update(x=5)); print(D.__name__, D.x, issubclass(D, C))
print(types.resolve_bases((C, int)), isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType))
mod = types.ModuleType('made'); mod.value = 3; print(mod.__name__, mod.value)
print(types.MethodType(lambda self: self * 2, 21)())
