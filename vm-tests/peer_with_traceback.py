# __exit__ / __aexit__ get the exception's traceback as their third argument (the same
# object as exc.__traceback__), cold and after 200 warm runs, then with a swapped __exit__.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        chain = []
        while tb is not None:
            chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        self.seen = (t.__name__, chain, v.__traceback__ is not None)
        return True


def inner():
    raise ValueError("x")


def outer(cm):
    with cm:
        inner()
    return cm.seen


print(outer(CM()))
for _ in range(200):
    r = outer(CM())
print(r)


def exit_identity(self, t, v, tb):
    self.seen = (tb is v.__traceback__, type(tb).__name__)
    return True


CM.__exit__ = exit_identity
print(outer(CM()))


# a clean exit passes three Nones
class Clean:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("clean", args)


with Clean():
    pass


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__, tb is v.__traceback__, tb.tb_frame.f_code.co_name)
        return True


async def use():
    async with ACM():
        raise KeyError("k")


try:
    use().send(None)
except StopIteration:
    print("finished")

# re-raised from __exit__: the traceback still runs through the with body
class Reraise:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return False


def body():
    with Reraise():
        inner()


try:
    body()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
