# Functions are descriptors: function.__get__ binds to an instance and returns the function
# itself through the class; hasattr(f, '__get__') is what "is this a descriptor" checks use.
def f(self, n=1):
    return ('f', type(self).__name__, n)


class A:
    pass


a = A()
print(hasattr(f, '__get__'), hasattr(f, '__set__'), hasattr(len, '__get__'), hasattr(lambda: 0, '__get__'))
print(type(f).__get__, type(type(f).__get__).__name__)
bound = f.__get__(a, A)
print(type(bound).__name__, bound.__self__ is a, bound.__func__ is f, bound(5))
print(f.__get__(None, A) is f, f.__get__(a)(), type(f).__get__(f, a, A)(2))
print(A.__dict__.get('m'), staticmethod(f).__get__(a)(a, 3), classmethod(f).__get__(a)(4))
try:
    type(f).__get__(1, 2)
except TypeError as e:
    print('TypeError', e)


def is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


items = [f, len, property(f), 3, A, staticmethod(f), A().__init__]
for _ in range(200):
    r = [is_descriptor(x) for x in items]
print(r)
A.method = f
print(A.method is f, a.method(7), A.method.__get__(a)(8))
for _ in range(200):
    got = a.method(1)
print(got)
A.method = lambda self: 'replaced'
print(a.method())
