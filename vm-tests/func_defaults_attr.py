# Assigning __defaults__ and __kwdefaults__ changes how later calls bind.
def f(a, b, c):
    return a, b, c

f.__defaults__ = (20, 30)
print(f(1), f(1, 2), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)

def g(*, key):
    return key

g.__kwdefaults__ = {'key': 'k'}
print(g(), g(key=1), g.__kwdefaults__)
del g.__kwdefaults__
print(g.__kwdefaults__)
for bad in [[1], 'ab']:
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print(e)
try:
    g.__kwdefaults__ = [1]
except TypeError as e:
    print(e)
h = lambda x, y: (x, y)
h.__defaults__ = (0,)
print(h(5))
