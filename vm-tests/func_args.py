# Positional, keyword and default arguments.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 30))
print(f(1, 2, 30, 40))
print(f(1, b=20))
print(f(b=2, a=1))
print(f(1, 2, d=400))
print(f(d=4, c=3, b=2, a=1))
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def no_args():
    return 'nothing'
print(no_args())
def returns_none(x):
    x + 1
print(returns_none(1))
def early(x):
    if x > 0:
        return 'positive'
    return
print(early(1), early(-1))
def default_expr(x, y=2 * 3 + 1):
    return x + y
print(default_expr(1))
base = 10
def default_captured(x=base):
    return x
base = 20
print(default_captured())
def mutable_default(item, acc=[]):
    acc.append(item)
    return acc
print(mutable_default(1))
print(mutable_default(2))
print(mutable_default(3, []))
print(mutable_default(4))
def none_default(item, acc=None):
    if acc is None:
        acc = []
    acc.append(item)
    return acc
print(none_default(1), none_default(2))
def mixed(a, b=2, *args, c, d=5, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(a=1, c=2, z=3))
