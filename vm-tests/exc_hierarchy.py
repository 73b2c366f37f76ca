# The standard exception hierarchy.
def catch(f, exc_type):
    try:
        f()
    except exc_type as e:
        return 'caught ' + type(e).__name__ + ' as ' + exc_type.__name__
    return 'no error'
print(catch(lambda: {}['k'], LookupError))
print(catch(lambda: [][1], LookupError))
print(catch(lambda: 'abc'[5], LookupError))
print(catch(lambda: 1 / 0, ArithmeticError))
print(catch(lambda: 2.0 ** 10000, ArithmeticError))
print(catch(lambda: int('x'), Exception))
print(catch(lambda: undefined_name, NameError))
print(catch(lambda: 1 + 'a', TypeError))
print(catch(lambda: [].pop(), IndexError))
print(catch(lambda: None, Exception))
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(UnboundLocalError(), NameError), isinstance(RecursionError(), RuntimeError))
print(isinstance(ValueError(), Exception), isinstance(Exception(), BaseException))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), Exception))
print(isinstance(StopIteration(), Exception), isinstance(AssertionError(), Exception))
print(isinstance(NotImplementedError(), RuntimeError), isinstance(ModuleNotFoundError(), ImportError))
print(isinstance(IndentationError(), SyntaxError), isinstance(TabError(), IndentationError))
print(isinstance(KeyError(), IndexError), isinstance(TypeError(), ValueError))
print(isinstance(KeyError('x'), LookupError), isinstance(ValueError(), Exception))
print(isinstance(ValueError(), (TypeError, ValueError)))
try:
    raise ZeroDivisionError('zde')
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    raise StopIteration('stop')
except Exception as e:
    print('StopIteration is an Exception:', e)
try:
    try:
        raise KeyError('inner')
    except IndexError:
        print('wrong')
except LookupError as e:
    print('outer LookupError', repr(e))
handlers = 0
for exc in [ValueError('v'), TypeError('t'), KeyError('k'), ZeroDivisionError('z')]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print('group1', repr(e))
    except LookupError as e:
        print('group2', repr(e))
    except Exception as e:
        print('fallback', repr(e))
