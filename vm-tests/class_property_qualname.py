# The "no setter/deleter" messages name the object's type by its qualified name (CPython 3.11).
def f():
    class Base:
        x = property(lambda self: 1)
    class Sub(Base): pass
    return Base, Sub
B, S = f()
for o in (B(), S()):
    try:
        o.x = 1
    except AttributeError as e:
        print(e)
    try:
        del o.x
    except AttributeError as e:
        print(e)
class T:
    y = property(lambda self: 1)
try:
    T().y = 2
except AttributeError as e:
    print(e)
