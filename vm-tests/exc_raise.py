# raise, re-raise with bare raise, raise from, exception chaining.
def check(v):
    if v < 0:
        raise ValueError('negative: ' + str(v))
    return v
print(check(1))
try:
    check(-5)
except ValueError as e:
    print('caught', e)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print('logging, then re-raise')
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print('outer got', e)
try:
    try:
        int('bad')
    except ValueError as e:
        raise RuntimeError('conversion failed') from e
except RuntimeError as e:
    print(e)
    print('cause:', repr(e.__cause__))
    print('cause type:', type(e.__cause__).__name__)
    print('suppress:', e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError:
        raise ValueError('during handling')
except ValueError as e:
    print(e, '| context:', repr(e.__context__), '| cause:', e.__cause__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('b') from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args)
try:
    raise IndexError('custom index message')
except IndexError as e:
    print(e)
err = KeyError('stored')
try:
    raise err
except KeyError as e:
    print(e is err, e)
try:
    raise Exception('a', 'b', 3)
except Exception as e:
    print(e, e.args, repr(e))
try:
    raise 42
except TypeError as e:
    print(e)
def layered(n):
    if n == 0:
        raise LookupError('bottom')
    return layered(n - 1)
try:
    layered(5)
except LookupError as e:
    print('from deep recursion:', e)
try:
    try:
        raise ValueError('first')
    except ValueError as first:
        try:
            raise TypeError('second')
        except TypeError:
            pass
        raise
except ValueError as e:
    print('bare raise re-raises the handled one:', e)
