# Traceback carets: assert (at the comparison), names, raise on an `if` line, unpacking,
# iteration, f-strings, tabs, trailing comments, whole-line spans (no carets).
def check(n):
    assert n > 0 and n < 10, 'out of range'

def plain_assert(n):
    assert n

def raise_if(x):
    if x: raise ValueError(x)

def tabbed():
	return undefined_name  # a comment

def whole():
    raise KeyError('k')


try:
    check(20)
except AssertionError:
    try:
        plain_assert(0)
    except AssertionError:
        try:
            raise_if(1)
        except ValueError:
            try:
                tabbed()
            except NameError:
                try:
                    a, b = [1]
                except ValueError:
                    try:
                        for x in 5: pass
                    except TypeError:
                        try:
                            s = f'{1 / 0}'
                        except ZeroDivisionError:
                            whole()
