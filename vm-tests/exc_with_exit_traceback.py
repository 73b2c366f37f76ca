# A with-statement's __exit__ receives the exception's traceback (not None): its entries
# start at the frame of the with-statement; suppressing still works; the same after warm-up.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
        self.seen = None

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        self.seen = (t.__name__ if t else None, names, v is not None and v.__traceback__ is not None)
        return self.suppress


def inner():
    1 / 0


def outer(suppress):
    cm = CM(suppress)
    with cm:
        inner()
    return cm.seen


print(outer(True))
try:
    outer(False)
except ZeroDivisionError as e:
    print("propagated", e.__traceback__.tb_next.tb_frame.f_code.co_name)


def clean():
    cm = CM(True)
    with cm:
        pass
    return cm.seen


print(clean())

for _ in range(300):
    r = outer(True)
print(r)


def inner2():
    raise KeyError("x")


inner = inner2
print(outer(True))
