# sys.setprofile: call/return for Python frames (generators on each resumption),
# c_call/c_return/c_exception around built-in functions and methods, events for frames
# running when the hook is set, a raising profile function, getprofile.
import sys

log = []


def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        arg = getattr(arg, '__name__', '?')
    elif event == 'return' and not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    log.append((event, name, arg))


def show(title):
    print(title)
    for e in log:
        print('  ', e)
    log.clear()


def leaf(n):
    return len([n]) + abs(-n)


def middle(n):
    return leaf(n) + leaf(n + 1)


def gen(n):
    for i in range(n):
        yield i


def failing():
    return int('x')


def handles():
    try:
        failing()
    except ValueError:
        return 'handled'


for _ in range(200):
    middle(1)
    sum(gen(2))
    handles()

sys.setprofile(prof)
middle(1)
sys.setprofile(None)
show('nested')

sys.setprofile(prof)
total = sum(gen(3))
sys.setprofile(None)
show('generator')
print(total)

sys.setprofile(prof)
handles()
sys.setprofile(None)
show('c_exception')

# methods of built-in types
sys.setprofile(prof)
items = []
items.append(3)
items.sort()
d = {'a': 1}
d.get('a')
sys.setprofile(None)
show('methods')


# a frame running when the profile is set gets its return event
def outer():
    sys.setprofile(prof)
    return middle(2)


outer()
sys.setprofile(None)
show('set inside a frame')


# a raising profile function is unset and its exception propagates
def bad_prof(frame, event, arg):
    if event == 'call':
        raise RuntimeError('profile failed')


sys.setprofile(bad_prof)
try:
    middle(1)
except RuntimeError as e:
    print('caught', e)
print('getprofile after failure:', sys.getprofile())
sys.setprofile(prof)
print('getprofile is prof:', sys.getprofile() is prof)
sys.setprofile(None)
log.clear()

# quickened again after profiling: no events
for _ in range(200):
    middle(1)
print('events after setprofile(None):', len(log))
