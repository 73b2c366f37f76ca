# dir(obj) is sorted(obj.__dir__()): a class's own __dir__ is taken as it is (duplicates
# kept, non-str names make the sort fail); object.__dir__ lists each name once.
class A:
    x = 1

    def m(self):
        pass


a = A()
a.x = 2
a.y = 3
print([n for n in dir(a) if not n.startswith("__")])


class Dups:
    def __dir__(self):
        return ["b", "a", "a"]


class AsTuple:
    def __dir__(self):
        return ("z", "y")


class NotIterable:
    def __dir__(self):
        return 5


class Mixed:
    def __dir__(self):
        return ["a", 1]


print(dir(Dups()), dir(AsTuple()))
for obj in (NotIterable(), Mixed()):
    try:
        print(dir(obj))
    except TypeError as e:
        print("TypeError:", e)
a.__dict__[1] = "int key"
try:
    dir(a)
except TypeError as e:
    print("TypeError:", e)
del a.__dict__[1]


class B(A):
    z = 1


print([n for n in dir(B) if not n.startswith("__")], dir(B) == sorted(set(dir(B))))
try:
    a.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
