# collections.deque: CPython's errors.
from collections import deque

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

d = deque([1, 2, 3])
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index out of range', lambda: d[3])
attempt('negative out of range', lambda: d[-4])
attempt('str index', lambda: d['a'])
attempt('slice', lambda: d[0:2])
attempt('index missing', lambda: d.index(7))
attempt('index window', lambda: d.index(1, 1))
attempt('remove missing', lambda: d.remove('x'))
attempt('maxlen negative', lambda: deque([], -1))
attempt('maxlen str', lambda: deque([], 'x'))
attempt('too many args', lambda: deque([], 2, 3))
attempt('bad keyword', lambda: deque(foo=1))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 5))
attempt('concat list', lambda: d + [4])
attempt('mul str', lambda: d * 'x')
attempt('hash', lambda: hash(d))
attempt('rotate str', lambda: d.rotate('x'))
attempt('not iterable', lambda: deque(5))
attempt('append no arg', lambda: d.append())
attempt('lt other type', lambda: d < [1])

def mutate_while_iterating():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)

attempt('mutation', mutate_while_iterating)

class Evil:
    def __eq__(self, other):
        victim.clear()
        return False

victim = deque([1, 2, 3])
attempt('mutating __eq__', lambda: victim.count(Evil()))
victim = deque([1, 2, 3])
attempt('mutating __eq__ in', lambda: Evil() in victim)
print(deque([1, 2]).remove(1))
