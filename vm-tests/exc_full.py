import sys
# args, str, repr
for e in [ValueError(), ValueError('x'), ValueError('x', 2), KeyError('k'), KeyError()]:
    print(repr(e), '|', str(e), '|', e.args)
# except tuples, bare except, bare raise, exc_info
def f(n):
    try:
        if n == 0:
            raise KeyError('zero')
        elif n == 1:
            raise IndexError('one')
        return 1 / (n - 2)
    except (KeyError, IndexError) as e:
        return type(e).__name__
    except:
        info = sys.exc_info()
        return info[0].__name__ + ':' + str(info[1])
print([f(i) for i in range(3)], f(3))
print(sys.exc_info())
def reraiser():
    try:
        {}['missing']
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print('reraised', repr(e))
# finally with return/break/continue
def fin():
    try:
        return 'try'
    finally:
        print('finally runs')
print(fin())
def fin2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(fin2())
def fin3():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(fin3())
# cause and context
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise TypeError('during')
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise RuntimeError('no context') from None
except RuntimeError as e:
    print(e.__suppress_context__, repr(e.__context__))
# builtin messages
tests = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: {}[[1]], lambda: {[1]: 2},
    lambda: len(1), lambda: [1][5], lambda: (1,)[2], lambda: 'ab'[3],
    lambda: {}['k'], lambda: {}[('a', 1)], lambda: undefined_name, lambda: (1).foo,
    lambda: int('x1'), lambda: int('12', 2), lambda: float('y'), lambda: 1 / 0, lambda: 1 // 0,
    lambda: 1 % 0, lambda: 1.0 / 0, lambda: f(1, 2, 3), lambda: f(), lambda: f(x=1),
    lambda: [].pop(), lambda: {}.popitem(), lambda: [1].index(2), lambda: 'abc'.index('z'),
    lambda: None.x, lambda: object().x, lambda: iter(5), lambda: next(iter([])),
    lambda: -'a', lambda: ~1.5, lambda: 2 ** 'x', lambda: [1, 2] < 'a', lambda: sorted([1, 'a']),
    lambda: divmod(1, 0), lambda: chr(-1), lambda: ord('ab'), lambda: set().pop(),
    lambda: [].remove(1), lambda: 'a' * 'b', lambda: abs('x'), lambda: hash([]),
    lambda: dict(1), lambda: tuple(1), lambda: list(None), lambda: max([]), lambda: min(),
    lambda: int(None), lambda: round('x'), lambda: isinstance(1, 1), lambda: (lambda x: x)(),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
class MyE(Exception):
    pass
try:
    raise MyE
except MyE as e:
    print(repr(e), e.args, str(e) == '')
e = None
try:
    raise MyE('a', 'b')
except Exception as err:
    e = err
print(e, repr(e))
print(issubclass(MyE, Exception), MyE.__mro__[1:])
