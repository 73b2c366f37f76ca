# NameError and AttributeError carry `name` (and `obj`); an uncaught one gets CPython's
# "Did you mean" hint from the frame's locals, globals and builtins.
import math

def check(src):
    try:
        eval(src)
    except (NameError, AttributeError) as e:
        print(f"{src!r}: {type(e).__name__}: {e} [name={e.name!r}]")

for src in ["lenght", "pritn", "Tru", "rnage(3)", "math.flor(2.5)", "'x'.uper()", "[].apend"]:
    check(src)

e = NameError("custom", name="thing")
print(e, e.name, e.args, NameError().name)
a = AttributeError("msg", name="attr", obj=[1])
print(a, a.name, a.obj, AttributeError("m").obj)
try:
    NameError("x", nme="y")
except TypeError as err:
    print(err)

class MyAttrError(AttributeError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

m = MyAttrError("mine", code=7)
print(m, m.code, m.name)

def unbound():
    try:
        print(value)
    except NameError as err:
        print(type(err).__name__, err.name)
    value = 1

unbound()

def running_total(prices):
    total_price = 0
    for p in prices:
        total_price += p
    return totl_price

print(running_total([]) if False else "calling")
running_total([1, 2, 3])
