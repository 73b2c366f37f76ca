# Pairs of instructions the execution core runs as one (LOAD_FAST; LOAD_FAST and others):
# an unbound variable in either half, jumps into the second half, and finalizers run by a
# store, all as CPython.
import sys


def second_unbound(flag):
    if flag:
        b = 2
    a = 1
    return a + b


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def const_then_unbound(flag):
    if flag:
        x = 1
    return 3 * x


def where(f):
    try:
        f(False)
    except UnboundLocalError as e:
        tb = sys.exc_info()[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        return str(e), tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno


# Cold: where the error happened. (Warm, CPython 3.11 reports an error in the second half
# of one of its own superinstructions at the first half's line; pyvm keeps the true line,
# so only the messages are compared after warm-up.)
for f in (second_unbound, first_unbound, const_then_unbound):
    print(f.__name__, where(f))
for _ in range(300):
    second_unbound(True)
    first_unbound(True)
    const_then_unbound(True)
for f in (second_unbound, first_unbound, const_then_unbound):
    print(f.__name__, where(f)[0])


def loop_into_second(n):
    # the loop's back edge lands on the second LOAD_FAST of a pair
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


print([loop_into_second(k) for k in range(6)], warm := [loop_into_second(100) for _ in range(200)][-1])


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def store_then_load():
    x = Noisy("first")
    x = Noisy("second")  # the first dies here, before the next line runs
    y = x
    print("after store", y.name)
    return y.name


print(store_then_load())


def deleted():
    a = 1
    b = 2
    del b
    return a + b


try:
    deleted()
except UnboundLocalError as e:
    print(e)
