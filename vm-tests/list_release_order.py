# The order in which a list releases the items it drops, visible through __del__:
# CPython releases a step-1 slice last to first, an assigned extended slice in slice
# order, a deleted extended slice in ascending position order, and clear(), l *= 0,
# __init__ and the intruders of a sort last to first. Each case runs in a function that
# first runs 200 times on ints.


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def mk():
    return [D(i) for i in range(8)]


def ops(l, which):
    if which == 'ext assign neg':
        l[::-2] = [0, 0, 0, 0]
    elif which == 'ext assign pos':
        l[1::3] = [0, 0, 0]
    elif which == 'ext del neg':
        del l[::-3]
    elif which == 'ext del pos':
        del l[1::2]
    elif which == 'ext del step -1':
        del l[5:1:-1]
    elif which == 'slice assign shorter':
        l[2:5] = [1]
    elif which == 'slice assign longer':
        l[2:4] = [1, 2, 3, 4]
    elif which == 'slice assign same':
        l[1:4] = 'abc'
    elif which == 'slice del':
        del l[2:6]
    elif which == 'clear':
        l.clear()
    elif which == 'setitem':
        l[3] = 0
    elif which == 'delitem':
        del l[-2]
    elif which == 'pop':
        l.pop(1)
    elif which == 'remove':
        l.remove(l[4])
    elif which == 'imul0':
        l *= 0
    elif which == 'init':
        l.__init__([1])
    elif which == 'self rev':
        l[::-1] = l
    return l


CASES = ['ext assign neg', 'ext assign pos', 'ext del neg', 'ext del pos', 'ext del step -1',
         'slice assign shorter', 'slice assign longer', 'slice assign same', 'slice del',
         'clear', 'setitem', 'delitem', 'pop', 'remove', 'imul0', 'init', 'self rev']

for _ in range(200):
    for c in CASES:
        ops(list(range(8)), c)

for c in CASES:
    l = mk()
    print(c)
    ops(l, c)
    print('--')
    del l
    print('==')

l = mk()
print('sort intruders')
try:
    l.sort(key=lambda x: l.append(D(100 + x.n)) or x.n)
except ValueError as e:
    print(e)
print('--')
del l
print('tuple')
t = tuple(mk())
del t
print('end')
