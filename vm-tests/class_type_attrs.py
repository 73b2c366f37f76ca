# __name__, __qualname__, __module__ and __doc__ of classes: assignment, what reads them
# (repr of classes and instances, error messages), and the errors.


def t(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    """The doc."""

    def __init__(self):
        self.a = 1


class Sub(C):
    pass


print(C.__name__, C.__qualname__, C.__module__, C.__doc__, repr(C))
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C), repr(Sub.__mro__))
print(repr(C()).split(" object")[0])
t("attribute error names it", lambda: C().missing)
t("len error names it", lambda: len(C()))
C.__qualname__ = "Outer.Inner"
print(C.__name__, C.__qualname__, repr(C), repr(C()).split(" object")[0])
C.__module__ = "mod"
print(C.__module__, repr(C), repr(C()).split(" object")[0])
C.__module__ = 5
print(C.__module__, repr(C), repr(C()).split(" object")[0])
C.__module__ = "builtins"
print(repr(C), repr(C()).split(" object")[0])
C.__doc__ = "New doc."
print(C.__doc__, C().__doc__, Sub.__doc__)

t("name int", lambda: setattr(C, "__name__", 5))
t("name null", lambda: setattr(C, "__name__", "a\0b"))
t("qualname int", lambda: setattr(C, "__qualname__", None))
t("del name", lambda: delattr(C, "__name__"))
t("del qualname", lambda: delattr(C, "__qualname__"))
t("del module", lambda: delattr(C, "__module__"))
t("del doc", lambda: delattr(C, "__doc__"))


class StrSub(str):
    pass


C.__name__ = StrSub("FromSub")
print(C.__name__, C.__name__ == "FromSub")


# Renaming does not touch the subclasses or the dict.
class Parent:
    pass


class Child(Parent):
    pass


Parent.__name__ = "P"
print(Child.__name__, [c.__name__ for c in Child.__mro__], "__name__" in vars(Parent))


# A metaclass's data descriptor wins over the class dict.
class Meta(type):
    @property
    def answer(cls):
        return 42

    @answer.setter
    def answer(cls, value):
        print("Meta.answer set", value)


class WithMeta(metaclass=Meta):
    pass


WithMeta.answer = 7
print(WithMeta.answer, "answer" in vars(WithMeta))
