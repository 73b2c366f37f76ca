# type.__subclasses__(): the direct subclasses still alive, in creation order.
import gc

class B:
    pass
class C(B):
    pass
class D(B):
    pass
class E(C):
    pass
class F(C, D):
    pass
print(B.__subclasses__())
print(C.__subclasses__())
print(D.__subclasses__())
print(E.__subclasses__())
print(type(B.__subclasses__()).__name__)

# Made by type() too, and by a metaclass.
G = type("G", (B,), {})
class Meta(type):
    pass
class H(B, metaclass=Meta):
    pass
print(B.__subclasses__())
print(type.__subclasses__(Meta), Meta in type.__subclasses__(type))

# A class that is freed disappears (a class is in a cycle with its MRO: collect it).
del G
gc.collect()
print(B.__subclasses__())
def make():
    class Local(D):
        pass
    return Local
L1 = make()
L2 = make()
print([c.__qualname__ for c in D.__subclasses__()])
del L1
gc.collect()
print([c.__qualname__ for c in D.__subclasses__()])
L2 = None
gc.collect()
print(D.__subclasses__())

# Many subclasses keep their order, also after collections moved them between generations.
made = []
for i in range(50):
    made.append(type("K%d" % i, (E,), {}))
    if i % 7 == 0:
        gc.collect(i % 3)
print([c.__name__ for c in E.__subclasses__()] == ["K%d" % i for i in range(50)])
del made[::2]
gc.collect()
print([c.__name__ for c in E.__subclasses__()] == ["K%d" % i for i in range(1, 50, 2)])
made.clear()
gc.collect()
print(E.__subclasses__())

# Builtin types: their builtin subclasses, and user subclasses after them.
print(bool in int.__subclasses__())
class MyInt(int):
    pass
class MyList(list):
    pass
class MyExc(ValueError):
    pass
subs = int.__subclasses__()
print(MyInt in subs, bool in subs, subs.index(bool) < subs.index(MyInt))
print(MyList in list.__subclasses__(), MyExc in ValueError.__subclasses__())
print(UnicodeError in ValueError.__subclasses__(), KeyError in LookupError.__subclasses__())
print(ZeroDivisionError in ArithmeticError.__subclasses__(), ZeroDivisionError in Exception.__subclasses__())
print(int in object.__subclasses__(), B in object.__subclasses__(), C in object.__subclasses__())
print(bool.__subclasses__(), MyInt.__subclasses__())
del MyInt, subs
gc.collect()
print(sum(1 for c in int.__subclasses__() if c.__name__ == "MyInt"))

# Errors.
for f in (lambda: type.__subclasses__(), lambda: B.__subclasses__(1),
          lambda: type.__subclasses__(1), lambda: B().__subclasses__(),
          lambda: int.__subclasses__(2, 3)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
