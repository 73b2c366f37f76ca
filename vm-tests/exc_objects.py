# Exception objects: args, str, repr.
e = ValueError('bad value')
print(e.args, str(e), repr(e))
e = ValueError()
print(e.args, repr(str(e)), repr(e))
e = ValueError('a', 2)
print(e.args, str(e), repr(e))
e = KeyError('a')
print(e.args, str(e), repr(e))
e = KeyError(42)
print(str(e), repr(e))
e = KeyError()
print(repr(str(e)), repr(e))
e = KeyError('a', 'b')
print(str(e), repr(e))
e = IndexError('list index out of range')
print(str(e), repr(e))
e = TypeError("quote's inside")
print(str(e), repr(e))
e = Exception(None)
print(str(e), repr(e))
e = Exception([1, 2])
print(str(e), repr(e))
e = RuntimeError('x\ny')
print(repr(e))
e = ZeroDivisionError('division by zero')
print(e, repr(e))
e = AssertionError()
print(repr(e))
e = StopIteration(5)
print(e.value, e.args, repr(e))
e = SystemExit(3)
print(e.code, repr(e))
e = SystemExit()
print(e.code)
e = NameError("name 'q' is not defined")
print(e)
print(type(ValueError('v')), ValueError)
print(type(ValueError('v')) is ValueError)
try:
    {}['missing key']
except KeyError as err:
    print(str(err), repr(err), err.args)
try:
    [1][2]
except IndexError as err:
    print(str(err), repr(err), err.args)
try:
    1 / 0
except ZeroDivisionError as err:
    print(err.args)
errs = [OverflowError('o'), NotImplementedError('n'), RecursionError('r'), AttributeError('a')]
for x in errs:
    print(repr(x))
print(repr(UnicodeError('u')), repr(LookupError()))
