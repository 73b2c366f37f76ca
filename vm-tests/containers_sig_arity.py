# Calling conventions of the container types' methods: arity errors (0 / too many /
# keywords), unbound calls without and with a wrong receiver, a subclass instance as
# receiver; each after a warm-up of 200 good calls.

class L(list): pass
class T(tuple): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass

def show(label, f):
    try:
        r = f()
        text = repr(r)
        if ' at 0x' in text:
            text = type(r).__name__
        print(label, 'ok', text[:50])
    except Exception as e:
        print(label, type(e).__name__, e)

mp = type(type.__dict__)
CASES = [
    (list, 'append', lambda: [1, 2], (3,), L, 2),
    (list, 'extend', lambda: [1, 2], ([3],), L, 2),
    (list, 'insert', lambda: [1, 2], (0, 3), L, 3),
    (list, 'pop', lambda: [1, 2], (), L, 2),
    (list, 'remove', lambda: [1, 2], (1,), L, 2),
    (list, 'index', lambda: [1, 2], (2,), L, 4),
    (list, 'count', lambda: [1, 2], (2,), L, 2),
    (list, 'sort', lambda: [2, 1], (), L, 1),
    (list, 'reverse', lambda: [1, 2], (), L, 1),
    (list, 'copy', lambda: [1, 2], (), L, 1),
    (list, 'clear', lambda: [1, 2], (), L, 1),
    (list, '__reversed__', lambda: [1, 2], (), L, 1),
    (list, '__init__', lambda: [1, 2], ([3],), L, 2),
    # (type, name, make a receiver, good args, subclass, too many)
    (tuple, 'index', lambda: (1, 2, 3), (2,), T, 4),
    (tuple, 'count', lambda: (1, 2, 2), (2,), T, 2),
    (tuple, '__getnewargs__', lambda: (1, 2), (), T, 1),
    (dict, 'get', lambda: {1: 2}, (1,), D, 3),
    (dict, 'setdefault', lambda: {1: 2}, (3, 4), D, 3),
    (dict, 'pop', lambda: {1: 2}, (1,), D, 3),
    (dict, 'popitem', lambda: {1: 2}, (), D, 1),
    (dict, 'keys', lambda: {1: 2}, (), D, 1),
    (dict, 'values', lambda: {1: 2}, (), D, 1),
    (dict, 'items', lambda: {1: 2}, (), D, 1),
    (dict, 'update', lambda: {1: 2}, ({3: 4},), D, 2),
    (dict, 'copy', lambda: {1: 2}, (), D, 1),
    (dict, 'clear', lambda: {1: 2}, (), D, 1),
    (dict, '__reversed__', lambda: {1: 2}, (), D, 1),
    (dict, '__getitem__', lambda: {1: 2}, (1,), D, 2),
    (dict, '__init__', lambda: {1: 2}, ([(5, 6)],), D, 2),
    (set, 'add', lambda: {1, 2}, (3,), S, 2),
    (set, 'discard', lambda: {1, 2}, (3,), S, 2),
    (set, 'remove', lambda: {1, 2}, (1,), S, 2),
    (set, 'pop', lambda: {1, 2}, (), S, 1),
    (set, 'clear', lambda: {1, 2}, (), S, 1),
    (set, 'copy', lambda: {1, 2}, (), S, 1),
    (set, 'update', lambda: {1, 2}, ([3],), S, None),
    (set, 'intersection_update', lambda: {1, 2}, ([1],), S, None),
    (set, 'difference_update', lambda: {1, 2}, ([1],), S, None),
    (set, 'symmetric_difference_update', lambda: {1, 2}, ([1],), S, 2),
    (set, 'union', lambda: {1, 2}, ([3],), S, None),
    (set, 'intersection', lambda: {1, 2}, ([1],), S, None),
    (set, 'difference', lambda: {1, 2}, ([1],), S, None),
    (set, 'symmetric_difference', lambda: {1, 2}, ([1],), S, 2),
    (set, 'issubset', lambda: {1, 2}, ([1],), S, 2),
    (set, 'issuperset', lambda: {1, 2}, ([1],), S, 2),
    (set, 'isdisjoint', lambda: {1, 2}, ([1],), S, 2),
    (set, '__init__', lambda: {1, 2}, ([1],), S, 2),
    (frozenset, 'copy', lambda: frozenset({1, 2}), (), F, 1),
    (frozenset, 'union', lambda: frozenset({1, 2}), ([3],), F, None),
    (frozenset, 'intersection', lambda: frozenset({1, 2}), ([3],), F, None),
    (frozenset, 'difference', lambda: frozenset({1, 2}), ([3],), F, None),
    (frozenset, 'symmetric_difference', lambda: frozenset({1, 2}), ([3],), F, 2),
    (frozenset, 'issubset', lambda: frozenset({1, 2}), ([3],), F, 2),
    (frozenset, 'issuperset', lambda: frozenset({1, 2}), ([3],), F, 2),
    (frozenset, 'isdisjoint', lambda: frozenset({1, 2}), ([3],), F, 2),
    (range, 'index', lambda: range(5), (2,), None, 2),
    (range, 'count', lambda: range(5), (2,), None, 2),
    (range, '__reversed__', lambda: range(5), (), None, 1),
    (slice, 'indices', lambda: slice(1, 5), (3,), None, 2),
    (type({}.keys()), 'isdisjoint', lambda: {1: 2}.keys(), ([3],), None, 2),
    (type({}.keys()), '__reversed__', lambda: {1: 2}.keys(), (), None, 1),
    (type({}.items()), 'isdisjoint', lambda: {1: 2}.items(), ([3],), None, 2),
    (type({}.items()), '__reversed__', lambda: {1: 2}.items(), (), None, 1),
    (type({}.values()), '__reversed__', lambda: {1: 2}.values(), (), None, 1),
    (mp, 'get', lambda: mp({1: 2}), (1,), None, 3),
    (mp, 'keys', lambda: mp({1: 2}), (), None, 1),
    (mp, 'values', lambda: mp({1: 2}), (), None, 1),
    (mp, 'items', lambda: mp({1: 2}), (), None, 1),
    (mp, 'copy', lambda: mp({1: 2}), (), None, 1),
    (mp, '__reversed__', lambda: mp({1: 2}), (), None, 1),
]

for ty, name, make, good, sub, many in CASES:
    unbound = getattr(ty, name)

    def bound(*a, **k):
        return getattr(make(), name)(*a, **k)

    for _ in range(200):
        bound(*good)
        unbound(make(), *good)
    print('--', ty.__name__, name)
    show(' good', lambda: bound(*good))
    show(' zero', lambda: bound())
    if many is not None:
        show(' many', lambda: bound(*range(many + 1)))
    show(' kw', lambda: bound(*good, zz=1))
    show(' kw only', lambda: bound(zz=1))
    if name != '__init__':
        show(' unbound none', lambda: unbound())
        show(' unbound kw', lambda: unbound(zz=1))
        show(' unbound int', lambda: unbound(1, *good))
        show(' unbound list', lambda: unbound([], *good))
    if sub is not None:
        show(' subclass', lambda: unbound(sub(make()), *good))
    # the error paths again after the good ones, then a good call
    for _ in range(3):
        show(' again zero', lambda: bound())
    show(' good again', lambda: unbound(make(), *good))

# set and frozenset methods do not accept each other's instances as receiver
def cross():
    out = []
    for f, recv in ((set.union, frozenset({1})), (frozenset.union, {1}), (set.add, frozenset()),
                    (frozenset.copy, S()), (set.copy, F()), (dict.get, mp({})), (tuple.count, [1])):
        try:
            out.append(f(recv, 1) if f not in (frozenset.copy, set.copy) else f(recv))
        except TypeError as e:
            out.append(str(e))
    return out
for _ in range(200):
    cross()
for line in cross():
    print(line)
print(frozenset.copy(F({1})), set.copy(S({2})), type(set.copy(S())).__name__)

# dict.fromkeys (a classmethod) counts its own arguments
for args in ((), ('ab',), ('ab', 0), ('ab', 0, 1)):
    try:
        print(sorted(dict.fromkeys(*args).items()), sorted(D.fromkeys(*args).items()))
    except TypeError as e:
        print('TypeError', e)
try:
    dict.fromkeys('ab', value=1)
except TypeError as e:
    print('TypeError', e)
