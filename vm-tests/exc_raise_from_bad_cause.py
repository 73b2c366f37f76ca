# `raise X from Y` with a Y that is neither an exception nor an exception class: CPython's
# "exception causes must derive from BaseException" (the raised value is checked first).
# Found by the fuzzer's differential runs.


class NotExc:
    pass


def raise_from(exc, cause):
    try:
        raise exc from cause
    except BaseException as e:
        return "%s: %s | cause=%r suppress=%s" % (type(e).__name__, e, e.__cause__, e.__suppress_context__)


CASES = [
    (ValueError, 5), (5, 6), (ValueError, int), (ValueError(), NotExc), (ValueError, NotExc()),
    (ValueError, None), (ValueError, KeyError()), (ValueError, StopIteration), (NotExc, ValueError),
    (ValueError, "text"), (ValueError, [KeyError()]), (ValueError, (KeyError,)),
]
for exc, cause in CASES:
    print(raise_from(exc, cause))

# The same raises after warm-up (the raise site ran 200 times with a good cause first).
for exc, cause in CASES[:4]:
    for _ in range(200):
        raise_from(ValueError, KeyError)
    print(raise_from(exc, cause))


# A cause class whose constructor fails: its error is raised instead.
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("no cause today")


print(raise_from(ValueError, BadInit))
