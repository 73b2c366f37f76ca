# Metaclass __instancecheck__ / __subclasscheck__ decide isinstance and issubclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')

    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return 'quack'

print(isinstance(Mallard(), Quacker))
print(isinstance(3, Quacker))
print(isinstance(3, (str, Quacker)))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Quacker(), Quacker))  # exact type: no hook

class Sub(Quacker):
    pass

print(isinstance(Sub(), Quacker))
try:
    except_ok = False
    raise ValueError('x')
except (Quacker, ValueError):
    print('except clauses use the real hierarchy')
