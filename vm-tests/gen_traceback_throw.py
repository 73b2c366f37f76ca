# throw() into a suspended generator: the traceback shows the throw() call and then the
# line where the generator was suspended.
def worker():
    print("working")
    yield 1
    print("not reached")


def unstarted():
    yield 1


w = worker()
next(w)
try:
    unstarted().throw(KeyError("early"))
except KeyError as e:
    print("unstarted:", repr(e))
w.throw(RuntimeError("stop working"))
