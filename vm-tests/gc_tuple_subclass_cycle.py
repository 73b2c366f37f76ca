# A tuple-subclass instance whose items are all atoms is still collected when its __dict__
# closes a cycle (the collector untracks exact tuples of atoms only), as enum members of a
# tuple mixin do; also after many such objects survived collections.
import gc
import weakref


class T(tuple):
    pass


class Marker:
    pass


def make(n, through_class=False):
    obj = T((1, 'a', n))
    if through_class:
        cls = type('Holder', (T,), {})
        obj = cls((1, n))
        obj.cls = cls
        cls.member = obj
    else:
        obj.me = obj
    obj.marker = Marker()  # weakly referenced: tuple subclasses cannot be
    return obj


for through_class in (False, True):
    obj = make(0, through_class)
    gc.collect()  # survives one collection while still referenced
    ref = weakref.ref(obj.marker)
    del obj
    gc.collect()
    print(through_class, ref() is None)

keep = [make(i) for i in range(200)]
gc.collect()
refs = [weakref.ref(o.marker) for o in keep]
del keep
gc.collect()
print(sum(r() is None for r in refs))

exact = (1, 2, 'x')
gc.collect()
print(gc.is_tracked(exact))
