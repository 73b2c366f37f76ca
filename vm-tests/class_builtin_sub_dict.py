# dict subclasses overriding keys/__iter__/__getitem__ as the source of a merge: dict(d),
# {**d}, f(**d), update, |, |=, copy. CPython merges from the table unless the subclass
# overrides __iter__ (then through keys() and __getitem__), so overriding keys alone
# changes nothing. Also %-formatting, format_map, str.maketrans and dict.fromkeys on
# subclasses, and the errors of ** with odd mappings. Each runs cold, after 200 warm-up runs
# of the same code on exact dicts, and after a class gains an override late.
log = []


class DK(dict):
    def keys(self):
        log.append('keys')
        return ['a', 'z']

    def __getitem__(self, k):
        log.append('getitem ' + k)
        return 'G' + k


class DI(dict):
    def __iter__(self):
        log.append('iter')
        return iter(['a', 'z'])

    def __getitem__(self, k):
        log.append('getitem ' + k)
        return 'G' + k


class DIK(DI):
    def keys(self):
        log.append('keys')
        return ('a', 'z')


class DG(dict):
    def __getitem__(self, k):
        log.append('getitem ' + k)
        return 'G' + k


class DM(dict):
    def __missing__(self, k):
        log.append('missing ' + k)
        return 'M' + k


class Plain(dict):
    pass


class Mapping:
    """Not a dict: merged through keys() and __getitem__."""

    def keys(self):
        log.append('keys')
        return iter(['m'])

    def __getitem__(self, k):
        log.append('getitem ' + k)
        return 'V' + k


def kw(**k):
    return k


def merge_call(d):
    return kw(**d)


def merge_display(d):
    return {**d}


def merge_display_more(d):
    return {'q': 0, **d, 'r': 1}


def update(d):
    x = {}
    x.update(d)
    return x


def update_kw(d):
    x = {}
    x.update(d, extra=1)
    return x


def ior(d):
    x = {'q': 0}
    x |= d
    return x


def unpack2(d):
    a, b = d
    return a, b


def init_sub(d):
    return Plain(d)


OPS = [
    ('dict(d)', dict),
    ('f(**d)', merge_call),
    ('{**d}', merge_display),
    ('{q, **d, r}', merge_display_more),
    ('x.update(d)', update),
    ('x.update(d, k=)', update_kw),
    ('Plain(d)', init_sub),
    ('{} | d', lambda d: {'q': 0} | d),
    ('d | {}', lambda d: d | {'q': 0} if isinstance(d, dict) else 'n/a'),
    ('x |= d', ior),
    ('d.copy()', lambda d: d.copy() if isinstance(d, dict) else 'n/a'),
    ('list(d)', list),
    ('d["a"]', lambda d: d['a']),
    ('d["zz"]', lambda d: d['zz']),
    ('"%(a)s" % d', lambda d: '%(a)s' % d),
    ('"%(zz)s" % d', lambda d: '%(zz)s' % d),
    ('format_map', lambda d: '{a}/{zz}'.format_map(d)),
    ('"{a}".format(**d)', lambda d: '{a}'.format(**d)),
    ('"{0[a]}".format(d)', lambda d: '{0[a]}'.format(d)),
    ('a, b = d', unpack2),
    ('sorted(d)', sorted),
    ('set(d)', lambda d: sorted(set(d))),
    ('d == {a: 1, b: 2}', lambda d: d == {'a': 1, 'b': 2}),
    ('len(d)', len),
    ('"a" in d', lambda d: 'a' in d),
    ('reversed(d)', lambda d: list(reversed(d))),
    ('str.maketrans(d)', lambda d: str.maketrans(d)),
]


def run(tag):
    print('==', tag)
    for name, op in OPS:
        for cls in (DK, DI, DIK, DG, DM, Plain):
            d = cls(a='1', b='2')
            del log[:]
            try:
                r = op(d)
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print('%-18s %-5s %r %s' % (name, cls.__name__, r, log))
        del log[:]
        try:
            r = op(Mapping())
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print('%-18s %-5s %r %s' % (name, 'Map', r, log))


run('cold')
for i in range(200):
    for name, op in OPS:
        try:
            op({'a': '1', 'b': '2'})
        except Exception:
            pass
run('warm')

# Late overrides: Plain gains __iter__ (the merge then goes through keys() and
# __getitem__), then loses it again.
print('== late overrides')
p = Plain(a=1)
print(dict(p), merge_call(p), merge_display(p))
Plain.__iter__ = lambda self: iter(['a'])
Plain.__getitem__ = lambda self, k: 'late-' + k
print(dict(p), merge_call(p), merge_display(p), update(p), p.copy())
del Plain.__iter__
print(dict(p), merge_call(p), merge_display(p))
del Plain.__getitem__


# dict.fromkeys on a subclass stores through its __setitem__.
class Store(dict):
    def __setitem__(self, k, v):
        log.append('setitem %s' % (k,))
        dict.__setitem__(self, k, v * 2 if v else 'none')


del log[:]
print(Store.fromkeys(['x', 'y'], 3), log)
del log[:]
print(Store.fromkeys('ab'), log)
print(type(Store.fromkeys('a')).__name__, type(dict.fromkeys(DI(q=1))).__name__, dict.fromkeys(DI(q=1)))


# ** errors.
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


class NoKeys:
    pass


class KeysRaisesAttr:
    def keys(self):
        raise AttributeError('inner')


class KeysNotIterable:
    def keys(self):
        return 5


class GetitemKeyError:
    def keys(self):
        return ['a']

    def __getitem__(self, k):
        raise KeyError('missing ' + k)


class GetitemAttrError:
    def keys(self):
        return ['a']

    def __getitem__(self, k):
        raise AttributeError('from getitem')


class DupKeys:
    def keys(self):
        return ['a', 'a']

    def __getitem__(self, k):
        return 1


class IntKeys:
    def keys(self):
        return [1]

    def __getitem__(self, k):
        return k


for i in range(2):
    print('-- errors', i)
    show('f(**5)', lambda: kw(**5))
    show('print(**5)', lambda: print(**5))
    show('{**5}', lambda: {**5})
    show('f(**NoKeys())', lambda: kw(**NoKeys()))
    show('{**NoKeys()}', lambda: {**NoKeys()})
    show('f(**KeysRaisesAttr())', lambda: kw(**KeysRaisesAttr()))
    show('{**KeysRaisesAttr()}', lambda: {**KeysRaisesAttr()})
    show('dict(KeysRaisesAttr())', lambda: dict(KeysRaisesAttr()))
    show('f(**KeysNotIterable())', lambda: kw(**KeysNotIterable()))
    show('{**KeysNotIterable()}', lambda: {**KeysNotIterable()})
    show('dict(KeysNotIterable())', lambda: dict(KeysNotIterable()))
    show('f(**GetitemKeyError())', lambda: kw(**GetitemKeyError()))
    show('{**GetitemKeyError()}', lambda: {**GetitemKeyError()})
    show('f(**GetitemAttrError())', lambda: kw(**GetitemAttrError()))
    show('{**GetitemAttrError()}', lambda: {**GetitemAttrError()})
    show('f(**DupKeys())', lambda: kw(**DupKeys()))
    show('{**DupKeys()}', lambda: {**DupKeys()})
    show('f(a=1, **{a: 2})', lambda: kw(a=1, **{'a': 2}))
    show('f(**{a: 1}, **{a: 2})', lambda: kw(**{'a': 1}, **{'a': 2}))
    show('f(**{a: 1}, a=2)', lambda: kw(**{'a': 1}, a=2))
    show('f(**{b: 1}, **DI(b=2))', lambda: kw(**{'b': 1}, **DI(b=2)))
    show('f(**IntKeys())', lambda: kw(**IntKeys()))
    show('f(**{1: 1}, **{1: 2})', lambda: kw(**{1: 1}, **{1: 2}))
    show('print(**{1: 2})', lambda: print(**{1: 2}))
    show('f(**DI(a=1))', lambda: kw(**DI(a=1)))
