# and / or / not return operands; short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'set' or 'default', [] or {}, None or 0)
print('a' and 'b' and 'c', 'a' and '' and 'c', 0 or '' or [] or 'last')
print(not 0, not 1, not '', not 'x', not [], not [0], not None)
print(not not 5, not None is None)
print(True and False or True, False or True and False)
print(None and 1, 0.0 or -0.0)
def noisy(v):
    print('called', v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) and noisy(2))
print(noisy(0) or noisy(3))
print(noisy(4) or noisy(5))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(''), bool(' '))
print(bool([]), bool([[]]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(None))
print(bool(range(0)), bool(range(1)))
x = 0
y = x or 10
print(y)
z = [] and 'nope'
print(z)
print(1 if 0 else 2, 'yes' if 'x' else 'no', 'a' if [] else 'b')
print(1 if True else 2 if False else 3)
print((1 if False else 2) if True else 3)
v = -5
print('neg' if v < 0 else 'zero' if v == 0 else 'pos')
v = 0
print('neg' if v < 0 else 'zero' if v == 0 else 'pos')
print(not 1 == 2, (not 1) == 2)
print(not 1 < 2 and 3)
