# str/int/float/set subclasses whose dunders builtin fast paths must respect as CPython
# 3.11 does: __hash__/__eq__ of a str subclass in dicts, sets and list searches;
# __format__, __int__, __float__, __round__; an int subclass's __index__ (never called:
# an int is its own index); a set subclass's __iter__ (ignored where CPython merges sets
# directly, used where it iterates); __len__ deciding truth. Each runs cold, then after
# 200 warm-up runs of the same code on exact builtins.
import operator

log = []


class S(str):
    def __hash__(self):
        log.append('hash')
        return 42

    def __eq__(self, other):
        log.append('eq')
        return str.__eq__(self, other)

    def __format__(self, spec):
        return 'S-fmt(%s)' % spec


class AlwaysEq(str):
    def __eq__(self, other):
        log.append('eq')
        return True

    __hash__ = str.__hash__


class NeverEq(str):
    def __eq__(self, other):
        log.append('eq')
        return False

    __hash__ = str.__hash__


class I(int):
    def __index__(self):
        log.append('index')
        return 1

    def __int__(self):
        log.append('int')
        return 77

    def __float__(self):
        log.append('float')
        return 7.5

    def __format__(self, spec):
        return 'I-fmt(%s)' % spec

    def __round__(self, n=None):
        return 'I-round(%r)' % (n,)


class F(float):
    def __float__(self):
        log.append('float')
        return 9.5

    def __int__(self):
        log.append('int')
        return 99

    def __round__(self, n=None):
        return 'F-round(%r)' % (n,)


class PlainI(int):
    pass


class SetI(set):
    def __iter__(self):
        log.append('iter')
        return iter([7])

    def __len__(self):
        log.append('len')
        return 5


class LenList(list):
    def __len__(self):
        log.append('len')
        return 0


class LenDict(dict):
    def __len__(self):
        log.append('len')
        return 3


def hash_of(x):
    h = hash(x)
    return h == 42, h == hash(str.__str__(x))


def dict_get(x):
    return {'ab': 1}.get(x, 'absent')


def dict_key(x):
    return {x: 1}.get('ab', 'absent')


def set_in(x):
    return x in {'ab'}


def list_in(x):
    return x in ['ab', 'cd']


def list_index(x):
    return ['cd', 'ab'].index(x)


def list_count(x):
    return ['ab', 'x', 'ab'].count(x)


def list_eq(x):
    return ['ab'] == [x]


def tuple_eq(x):
    return ('ab',) == (x,)


def int_in(x):
    return x in [1, 2]


def fmt(x):
    return [format(x), format(x, '>8'), f'{x}', f'{x:>6}', '{}|{:^7}'.format(x, x)]


def as_int(x):
    return int(x)


def as_float(x):
    return float(x)


def rounded(x):
    return [round(x), round(x, 1)]


def indexed(x):
    return [[10, 20][x], (10, 20)[x], 'ab'[x], range(5)[x], list(range(x + 2))]


def index_funcs(x):
    return [hex(x), bin(x), oct(x), operator.index(x), type(operator.index(x)).__name__]


def set_ops(s):
    return [sorted(set(s)), sorted(frozenset(s)), sorted({0} | s), sorted(s | {0}),
            sorted({0}.union(s)), sorted({7, 1} - s), sorted({7, 1} & s), {1} <= s,
            {7}.isdisjoint(s), {2}.isdisjoint(s), s == {1, 2}, 9 in s, len(s), sorted(s)]


def truth(x):
    return [bool(x), not x, 'yes' if x else 'no']


CASES = [
    ('hash', hash_of, [S('ab'), 'ab']),
    ('dict.get(x)', dict_get, [S('ab'), AlwaysEq('zz'), NeverEq('ab'), 'ab']),
    ('{x: 1}.get', dict_key, [AlwaysEq('ab'), NeverEq('ab'), 'ab']),
    ('x in set', set_in, [AlwaysEq('ab'), NeverEq('ab'), 'ab']),
    ('x in list', list_in, [AlwaysEq('zz'), NeverEq('ab'), 'ab']),
    ('list.index', list_index, [AlwaysEq('zz'), NeverEq('cd'), 'ab']),
    ('list.count', list_count, [AlwaysEq('zz'), NeverEq('ab'), 'ab']),
    ('list ==', list_eq, [AlwaysEq('zz'), NeverEq('ab'), 'ab']),
    ('tuple ==', tuple_eq, [AlwaysEq('zz'), NeverEq('ab'), 'ab']),
    ('x in [1, 2]', int_in, [AlwaysEq('zz'), 'zz']),
    ('format', fmt, [S('ab'), I(5), 'ab', 5, PlainI(5)]),
    ('int(x)', as_int, [I(5), F(2.5), PlainI(5), 5, 2.5]),
    ('float(x)', as_float, [I(5), F(2.5), PlainI(5), 5, 2.5]),
    ('round(x)', rounded, [I(5), F(2.5), PlainI(5), 5, 2.5]),
    ('indexing', indexed, [I(0), PlainI(1), 0, 1]),
    ('index funcs', index_funcs, [I(0), PlainI(3), 3]),
    ('set ops', set_ops, [SetI({1, 2}), {1, 2}]),
    ('truth', truth, [LenList([1]), LenDict(), [1], {}, LenList()]),
]


def run(tag):
    print('==', tag)
    for name, op, args in CASES:
        for x in args:
            del log[:]
            try:
                r = op(x)
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print('%-12s %-8s %r %s' % (name, type(x).__name__, r, log))


run('cold')
for i in range(200):
    for name, op, args in CASES:
        for x in args:
            if type(x) in (str, int, float, list, dict, set):
                op(x)
run('warm')
