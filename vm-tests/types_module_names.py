# The names of the types module that pyvm provides, what they are, and the class-creation
# helpers (new_class, prepare_class, resolve_bases) and DynamicClassAttribute.
import sys
import types


def f():
    x = 1

    def g():
        return x
    return g


def gen():
    yield 1


class K:
    def m(self):
        pass

    @classmethod
    def c(cls):
        pass


checks = [
    ('FunctionType', f), ('LambdaType', lambda: 0), ('CodeType', f.__code__),
    ('MappingProxyType', K.__dict__), ('CellType', f().__closure__[0]),
    ('GeneratorType', gen()), ('MethodType', K().m), ('MethodType', K.c),
    ('BuiltinFunctionType', len), ('BuiltinMethodType', [].append),
    ('WrapperDescriptorType', int.__add__), ('MethodDescriptorType', str.join),
    ('ModuleType', sys), ('GetSetDescriptorType', types.FunctionType.__code__),
    ('MemberDescriptorType', types.FunctionType.__globals__), ('NoneType', None),
    ('EllipsisType', ...), ('NotImplementedType', NotImplemented),
    ('GenericAlias', list[int]), ('SimpleNamespace', types.SimpleNamespace()),
]
for name, obj in checks:
    t = getattr(types, name)
    print(name, t.__name__, isinstance(obj, t))
print(types.BuiltinFunctionType is types.BuiltinMethodType, types.LambdaType is types.FunctionType)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType),
          isinstance(e.__traceback__.tb_frame, types.FrameType))
print(isinstance(K().m, types.MethodWrapperType), isinstance(K.c, types.ClassMethodDescriptorType),
      isinstance(int, types.UnionType))
m = types.ModuleType('mymod', 'the doc')
print(m.__name__, m.__doc__, type(m).__name__)
print(types.MethodType(lambda self: self * 2, 21)())
print(types.FunctionType(f.__code__, {})().__name__)
print(list[int] == types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))


# resolve_bases: __mro_entries__ of non-class bases
class Entry:
    def __mro_entries__(self, bases):
        return (K,)


class Two:
    def __mro_entries__(self, bases):
        return (int, K)


class BadEntry:
    def __mro_entries__(self, bases):
        return K


b = (Entry(), object)
print(types.resolve_bases(b) == (K, object), types.resolve_bases((int,)) == (int,))
bases = (int,)
print(types.resolve_bases(bases) is bases, types.resolve_bases((Two(), str)) == (int, K, str))
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print(e)


# prepare_class and new_class
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


meta, ns, kw = types.prepare_class('A', (), {'metaclass': Meta, 'flag': 1})
print(meta is Meta, ns, kw)
print(types.prepare_class('A'), types.prepare_class('A', (K,))[0] is type)
kwds = {'metaclass': Meta}
types.prepare_class('A', (), kwds)
print(kwds)


def body(ns):
    ns['x'] = 10
    ns['get'] = lambda self: self.x


A = types.new_class('A', (K,), {'metaclass': Meta, 'flag': 2}, body)
print(A.__name__, A.x, A().get(), A.prepared, type(A) is Meta, A.__mro__[1] is K)
B = types.new_class('B', (Entry(),))
print(B.__bases__ == (K,), B.__orig_bases__[0].__class__.__name__)
C = types.new_class('C')
print(C.__bases__, C.__module__ == __name__ or C.__module__)


class OtherMeta(type):
    pass


try:
    types.new_class('X', (A, types.new_class('Y', (), {'metaclass': OtherMeta})))
except TypeError as e:
    print(e)


# DynamicClassAttribute: instance access is a property, class access goes to __getattr__
class EnumishMeta(type):
    def __getattr__(cls, name):
        if name == 'name':
            return 'class-level name'
        raise AttributeError(name)


class Member(metaclass=EnumishMeta):
    def __init__(self, n):
        self._n = n

    @types.DynamicClassAttribute
    def name(self):
        """the member's name"""
        return self._n

    @name.setter
    def name(self, v):
        self._n = v


mm = Member('red')
print(mm.name, Member.name, Member.__dict__['name'].__doc__)
mm.name = 'blue'
print(mm.name)
try:
    del mm.name
except AttributeError as e:
    print('AttributeError', e)
d = types.DynamicClassAttribute()
try:
    d.__get__(mm)
except AttributeError as e:
    print('AttributeError', e)
try:
    d.__set__(mm, 1)
except AttributeError as e:
    print('AttributeError', e)
g2 = d.getter(lambda self: 'got')
print(g2.__get__(mm), g2.overwrite_doc, type(g2).__name__)


# warm-up: instance reads through the descriptor, then the getter changes, then again
def read(o):
    return o.name


print(len([read(mm) for _ in range(200)]), read(mm))
Member.name = types.DynamicClassAttribute(lambda self: 'changed')
print(len([read(mm) for _ in range(200)]), read(mm))
