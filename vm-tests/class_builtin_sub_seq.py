# list and tuple subclasses that override __getitem__/__iter__/__len__/__contains__/
# __reversed__: each builtin operation uses the overrides exactly where CPython 3.11 does
# (list()/tuple()/unpacking/*args take the fast path only for exact lists and tuples;
# ==, +, repr, `in` without __contains__ read the items). Every operation runs cold, then
# after 200 warm-up runs of the same code on exact lists and tuples, then after the class
# gains an override it did not have.
log = []


class L(list):
    def __getitem__(self, i):
        log.append('getitem')
        return 'gi%r' % (i,)

    def __iter__(self):
        log.append('iter')
        return iter(['it1', 'it2'])

    def __len__(self):
        log.append('len')
        return 2


class LC(L):
    def __contains__(self, x):
        log.append('contains')
        return x == 'c'


class T(tuple):
    def __iter__(self):
        log.append('iter')
        return iter(('x', 'y'))

    def __getitem__(self, i):
        log.append('getitem')
        return 'tg%r' % (i,)

    def __len__(self):
        log.append('len')
        return 3


class Plain(list):
    pass


class Hinted:
    """An iterator with a length hint (called by list() and starred unpacking)."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __length_hint__(self):
        log.append('hint')
        return self.n


def f(*args):
    return args


def subscript(x):
    return x[0]


def subscript_neg(x):
    return x[-1]


def unpack(x):
    a, b = x
    return a, b


def unpack_star(x):
    a, *b = x
    return a, b


def call_star(x):
    return f(*x)


def call_star_more(x):
    return f(0, *x)


def list_display(x):
    return [*x]


def tuple_display(x):
    return (*x,)


def extend(x):
    y = [0]
    y.extend(x)
    return y


def iadd(x):
    y = [0]
    y += x
    return y


def slice_assign(x):
    y = [0, 0]
    y[1:] = x
    return y


OPS = [
    ('x[0]', subscript),
    ('x[-1]', subscript_neg),
    ('list(x)', list),
    ('tuple(x)', tuple),
    ('a, b = x', unpack),
    ('a, *b = x', unpack_star),
    ('f(*x)', call_star),
    ('f(0, *x)', call_star_more),
    ('[*x]', list_display),
    ('(*x,)', tuple_display),
    ('y.extend(x)', extend),
    ('y += x', iadd),
    ('y[1:] = x', slice_assign),
    ('sorted(x)', sorted),
    ('"-".join(x)', '-'.join),
    ('min(x)', min),
    ('max(x)', max),
    ('sum(x)', sum),
    ('set(x)', lambda x: sorted(set(x))),
    ('frozenset(x)', lambda x: sorted(frozenset(x))),
    ('dict.fromkeys(x)', dict.fromkeys),
    ('enumerate(x)', lambda x: list(enumerate(x))),
    ('zip(x, x)', lambda x: list(zip(x, x))),
    ('map(str, x)', lambda x: list(map(str, x))),
    ('filter(None, x)', lambda x: list(filter(None, x))),
    ('reversed(x)', lambda x: list(reversed(x))),
    ('iter(x)', lambda x: list(iter(x))),
    ('for', lambda x: [v for v in x]),
    ('any(x)', any),
    ('all(x)', all),
    ('len(x)', len),
    ('bool(x)', bool),
    ('"c" in x', lambda x: 'c' in x),
    ('1 in x', lambda x: 1 in x),
    ('x == [1, 2]', lambda x: x == [1, 2]),
    ('x == (1, 2)', lambda x: x == (1, 2)),
    ('x + [3]', lambda x: x + [3] if isinstance(x, list) else x + (3,)),
    ('repr(x)', repr),
    ('x.index(2)', lambda x: x.index(2)),
    ('x.count(1)', lambda x: x.count(1)),
    ('"%s %s" % x', lambda x: '%s %s' % x if isinstance(x, tuple) else '%s' % x),
    ('str.format', lambda x: '{0[0]}'.format(x)),
    ('print(*x)', lambda x: print(*x)),
    ('bytes(x)', bytes),
]


def run(tag, objs):
    print('==', tag)
    for name, op in OPS:
        for x in objs:
            del log[:]
            try:
                r = op(x)
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print('%-16s %-6s %r %s' % (name, type(x).__name__, r, log))


def subjects():
    return [L([1, 2]), LC([1, 2]), T((1, 2)), Plain([1, 2])]


run('cold', subjects())
# Warm-up on exact lists and tuples (the ops that apply to both).
for i in range(200):
    for name, op in OPS:
        if name == 'print(*x)':
            continue
        for x in ([1, 2], (1, 2)):
            try:
                op(x)
            except Exception:
                pass
run('warm', subjects())

# A class that gains overrides after the warm-up.
print('== late overrides')
p = Plain([1, 2])
print(unpack(p), subscript(p), list(p), call_star(p))
Plain.__iter__ = lambda self: iter(['late1', 'late2'])
Plain.__getitem__ = lambda self, i: 'late-gi%r' % (i,)
print(unpack(p), subscript(p), list(p), call_star(p), tuple(p), sorted(p))
del Plain.__iter__
del Plain.__getitem__
print(unpack(p), subscript(p), list(p), call_star(p))

# Length hints: list()/tuple()/extend ask the iterable (after iter()), starred unpacking
# asks the iterator; errors from __len__ propagate unless they are TypeErrors.
print('== hints')
for name, op in (('list', list), ('tuple', tuple), ('sorted', sorted), ('star', unpack_star)):
    del log[:]
    print(name, op(Hinted(3)), log)


class BadLen(list):
    def __len__(self):
        raise ValueError('bad len')


class TypeErrLen(list):
    def __len__(self):
        raise TypeError('no len')


class HugeLen(list):
    def __len__(self):
        return 2 ** 70


class BadHint:
    def __init__(self, r):
        self.r = r

    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return self.r


for make in (lambda: BadLen([1]), lambda: TypeErrLen([1]), lambda: HugeLen([1]),
             lambda: BadHint(-1), lambda: BadHint('x'), lambda: BadHint(NotImplemented),
             lambda: BadHint(2 ** 70), lambda: BadHint(True)):
    for op in (list, tuple):
        try:
            print(op.__name__, op(make()))
        except Exception as e:
            print(op.__name__, type(e).__name__ + ':', e)

# Self-extension reads the items, even with __iter__ overridden.
s = L([1, 2])
list.extend(s, s)
print(list.__repr__(s))
s = L([1, 2])
s += s
print(list.__repr__(s))
