# CPython's TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1):
    return a
def h(*, key):
    return key
def k(a, /, b):
    return a
def noargs():
    return 0
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=2),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(),
    lambda: k(a=1, b=2),
    lambda: noargs(1),
    lambda: f(**{'a': 1, 'b': 2, 'c': 3}),
    lambda: f(*[1, 2, 3, 4]),
]
for t in tests:
    try:
        t()
        print('no error?')
    except TypeError as e:
        print('TypeError:', e)
def three(a, b, c):
    return a
try:
    three(1)
except TypeError as e:
    print(e)
try:
    three()
except TypeError as e:
    print(e)
try:
    three(1, c=3)
except TypeError as e:
    print(e)
def kwonly2(*, x, y):
    return x
try:
    kwonly2()
except TypeError as e:
    print(e)
try:
    kwonly2(x=1, y=2, w=3)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
