# The empty tuple is one shared, untracked object, as in CPython: `tuple() is EMPTY`, and an
# exception's empty args never counts as cyclic garbage in what gc.collect() returns.
import gc

EMPTY = ()

print(tuple() is EMPTY, tuple([]) is EMPTY, (1, 2)[2:] is EMPTY, ValueError().args is EMPTY)
print(tuple(x for x in []) is EMPTY, tuple(iter(())) is EMPTY, ().__class__ is tuple)
print(gc.is_tracked(()), gc.is_tracked(tuple()), gc.is_tracked(ValueError().args))
print(gc.is_tracked((1, [])), gc.is_tracked(([],)))


class T(tuple):
    pass


print(T() is EMPTY, type(T()).__name__, T() == (), len(T()))

gc.collect()


def exception_cycle(n):
    try:
        if n == 0:
            raise ValueError
        elif n == 1:
            raise ValueError("msg")
        else:
            raise ValueError("a", [])
    except ValueError as e:
        err = e


def self_cycle():
    try:
        raise ValueError
    except ValueError as e:
        e.me = e


for n in range(3):
    exception_cycle(n)
    print(n, "args:", gc.collect())
for i in range(200):
    exception_cycle(0)
print("200 cycles:", gc.collect())
self_cycle()
print("self cycle:", gc.collect())
