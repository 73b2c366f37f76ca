# Traceback carets under binary operations: `~` for the operands, `^` for the operator.
def add(a, b):
    return a + b[1] / 0

def paren(x):
    return (x) + 1

def both(a, b):
    return (a)+(b)

def wide_op(a):
    return a  //  0

def spaced(a):
    return (a )   + 1

def chain(a, b, c):
    return a * 2 - b ** c


try:
    add(1, [1, 2])
except ZeroDivisionError:
    try:
        print(paren(None))
    except TypeError:
        try:
            x = both(None, 1)
        except TypeError:
            try:
                wide_op(5)
            except ZeroDivisionError:
                try:
                    spaced(None)
                except TypeError:
                    chain(1, None, 2)
