# type() and isinstance(), incl. tuples of types and bool/int relationship.
print(type(1), type(1.0), type('s'), type(True), type(None))
print(type([]), type(()), type({}), type(set()), type(frozenset()), type(range(1)))
print(type(10 ** 100), type(-0.0), type(1 == 1))
print(type(1) == int, type(True) == int, type(True) is bool, type('') is str)
print(type(type(1)))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(1, bool))
print(isinstance('a', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1, (str, float)), isinstance(1, (str, int)), isinstance(None, (int, type(None))))
print(isinstance(set(), set), isinstance(frozenset(), set), isinstance(range(2), range))
print(isinstance(1, ()), isinstance([], (list, (tuple, dict))))
print(isinstance(ValueError(), Exception), isinstance(ValueError, Exception))
print(isinstance(int, type), isinstance(len, type))
print(int, float, str, bool, list, tuple, dict, set, frozenset, range, type, object)
def kind(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, int):
        return 'int'
    if isinstance(x, float):
        return 'float'
    if isinstance(x, str):
        return 'str'
    if isinstance(x, (list, tuple)):
        return 'sequence'
    return 'other'
for v in [True, 3, 2.5, 'x', [1], (1,), {}, None]:
    print(repr(v), kind(v))
print(type(1)(5.9), type('')(12), type([])('ab'), type(0.0)('2'))
print(type(print), type(lambda: 0))
