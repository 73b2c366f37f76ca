# Traceback carets under calls, attributes and method calls, also spanning lines.
def fail(a, b=0):
    return a / b

def deco(f):
    return fail(1)

def methods(s):
    return (s
            .upper()
            .missing())

def attr_ml(x):
    return (x
            .attr)

def call_ml():
    total = fail(1,
                 2) + fail(3,
                           0)
    return total


try:
    @deco
    def g():
        pass
except ZeroDivisionError:
    try:
        methods('a')
    except AttributeError:
        try:
            attr_ml(None)
        except AttributeError:
            try:
                call_ml()
            except ZeroDivisionError:
                try:
                    print([fail(i) for i in range(2)])
                except ZeroDivisionError:
                    result = (lambda: fail(2))()
