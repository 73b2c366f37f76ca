# inspect.signature and bind after warm-up, then after the function's defaults, annotations,
# __signature__ and __wrapped__ change.
import inspect
import functools


def target(a, b=1, *, c=2):
    return a + b + c


def sig_text(f):
    return str(inspect.signature(f))


def bind(f, *args, **kw):
    try:
        return str(inspect.signature(f).bind(*args, **kw).arguments)
    except TypeError as e:
        return 'TypeError: ' + str(e)


r = None
for i in range(120):
    r = (sig_text(target), bind(target, 1, c=5), bind(target), inspect.isfunction(target))
print(r)
target.__defaults__ = (10,)
target.__kwdefaults__ = {'c': 20}
target.__annotations__ = {'a': int, 'return': 'str'}
print(sig_text(target), bind(target, 1), bind(target, 1, 2, 3))
target.__signature__ = inspect.Signature([inspect.Parameter('only', inspect.Parameter.POSITIONAL_ONLY)])
print(sig_text(target), bind(target, 1), bind(target, only=1))
del target.__signature__


def wrapper(*args, **kw):
    return target(*args, **kw)


for i in range(120):
    s = sig_text(wrapper)
print(s)
wrapper.__wrapped__ = target
print(sig_text(wrapper), inspect.unwrap(wrapper) is target)
functools.update_wrapper(wrapper, len) if False else None


class Shape:
    def area(self, scale=1):
        return 0


for i in range(120):
    s = sig_text(Shape().area), sig_text(Shape)
print(s)
Shape.__init__ = lambda self, w, h=2: None
Shape.area = lambda self, unit='cm', *, exact=False: 0
print(sig_text(Shape(1).area), sig_text(Shape))
