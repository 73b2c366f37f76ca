# assert: passing, failing with and without message.
assert True
assert 1 == 1, 'not shown'
assert [1]
print('passing asserts ok')
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError args:', e.args, repr(str(e)))
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('AssertionError:', e)
    print(repr(e))
try:
    x = 5
    assert x < 0, f'x must be negative, got {x}'
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), 'need int'
    return v * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print('caught', e)
try:
    assert [], ['msg', 'list']
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return 'lazy'
assert True, msg()
print(calls)
