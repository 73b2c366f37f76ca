# A builtin function stored on a class is not a descriptor: it stays unbound when
# read through an instance (CPython's builtin_function_or_method has no __get__),
# while builtin methods of types and Python functions still bind.
import math, time

class A:
    f = len
    g = math.sqrt
    conv = time.gmtime
    app = list.append
    def m(self, x):
        return x * 2

def use(a, i):
    return a.f([1] * i), a.g(16.0), a.conv(0).tm_year, a.m(i)

a = A()
for i in range(200):
    r = use(a, i)
print(r)
lst = []

try:
    a.app(1)
except TypeError as e:
    print('TypeError', e)
print(A.f is len, a.f is len, a.g is math.sqrt, type(a.f).__name__)
A.f = abs
print(use(a, -3) if False else a.f(-3))
A.f = lambda self, v: ('bound', v)
print(a.f(5))
A.f = max
print(a.f(1, 9, 3))

class L(list):
    push = list.append
l = L()
for i in range(200):
    l.push(i)
print(len(l), l[-1])

import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print(V(1) > V(0), V(1) >= V(1), V(0) <= V(1), V(2) > V(3))
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__())
