# The types module: type names of builtin objects, SimpleNamespace.
import types


def f():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType, isinstance(f.__code__, types.CodeType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c, ns == types.SimpleNamespace(a=1, b='two', c=[3]))
del ns.b
print(ns, vars(ns))
try:
    types.SimpleNamespace({'x': 1})
except TypeError as e:
    print(e)
Dyn = types.new_class('Dyn', (C,), exec_body=lambda ns: ns.update(z=5))
print(Dyn.__name__, Dyn.z, issubclass(Dyn, C))
print(type(ns).__hash__)
