# try / except / else / finally in all combinations.
def run(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('except ZeroDivisionError')
        r = None
    else:
        print('else', r)
    finally:
        print('finally', x)
    return r
print(run(2))
print(run(0))
try:
    print('no exception')
except ValueError:
    print('not printed')
try:
    int('x')
except ValueError as e:
    print('caught:', e)
finally:
    print('cleanup')
try:
    pass
finally:
    print('finally without except')
try:
    [][0]
except KeyError:
    print('wrong handler')
except IndexError:
    print('second handler chosen')
except Exception:
    print('not reached')
try:
    {}['k']
except (IndexError, KeyError) as e:
    print('tuple handler', repr(e))
try:
    1 / 0
except:
    print('bare except')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer caught', e)
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('not this')
    print('not reached either')
except TypeError as e:
    print('propagated', e)
try:
    raise KeyError('k')
except LookupError as e:
    print('base class catches', type(e).__name__)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print('ok', i)
    except ValueError as e:
        print('error', e)
    else:
        print('else', i)
e = 'before'
try:
    raise ValueError('gone')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
