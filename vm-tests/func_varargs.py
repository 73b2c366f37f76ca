# *args, **kwargs and unpacking in calls.
def show(*args, **kwargs):
    return args, kwargs
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, x='y'))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
lst = [1, 2, 3]
print(total(*lst))
print(total(*lst, 10, *(20, 30)))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]))
print(f(1, *(2, 3)))
print(f(**{'a': 4, 'b': 5, 'c': 6}))
print(f(7, **{'c': 9, 'b': 8}))
print(f(*[1], **{'c': 3, 'b': 2}))
print(f(*'123'))
print(f(*range(3)))
def kw_only(a, *, key, flag=False):
    return a, key, flag
print(kw_only(1, key='k'))
print(kw_only(1, key='k', flag=True))
def collect(**kw):
    keys = []
    for k in kw:
        keys.append(k + '=' + str(kw[k]))
    return ', '.join(keys)
print(collect(z=1, a=2, m=3))
opts = {'x': 1, 'y': 2}
print(collect(**opts, w=0))
print(collect(**opts, **{'q': 9}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
def pos_only_kw(a, /, **kw):
    return a, kw
print(pos_only_kw(1, a=2))
def star_passthrough(*args, **kwargs):
    return show(*args, **kwargs)
print(star_passthrough(1, 2, k='v'))
print(print(*[1, 2, 3], sep='-'))
args = (1, 2)
print(show(*args, *args))
def first_rest(first, *rest):
    return first, rest
print(first_rest('only'))
print(first_rest(*'abc'))
print(show(*[], **{}))
