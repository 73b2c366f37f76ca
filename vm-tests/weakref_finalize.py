# weakref.finalize: a callback when an object dies, callable once, with peek/detach/alive.
import weakref
import gc


class Res:
    def __init__(self, name):
        self.name = name


def closing(name, how='normal'):
    print('closing', name, how)
    return name.upper()


r = Res('a')
f = weakref.finalize(r, closing, 'a', how='gc')
print(f.alive, f.atexit, f.peek()[1:] == (closing, ('a',), {'how': 'gc'}))
del r
print('after del', f.alive, f.peek())

r = Res('b')
f = weakref.finalize(r, closing, 'b')
print(f(), f.alive, f())
del r
print('b freed')

r = Res('c')
f = weakref.finalize(r, closing, 'c')
obj, func, args, kwargs = f.detach()
print(obj is r, func is closing, args, kwargs, f.alive, f.detach())
del obj
del r
print('c freed quietly')

# finalizers run in a collection too, and several per object
class Node:
    pass


n = Node()
n.me = n
f1 = weakref.finalize(n, closing, 'n1')
f2 = weakref.finalize(n, closing, 'n2')
del n
print('collecting')
gc.collect()
print('collected', f1.alive, f2.alive)
f3 = weakref.finalize(Res('tmp'), closing, 'tmp')
print('end', f3.alive)
