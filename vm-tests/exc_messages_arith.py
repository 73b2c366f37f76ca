# CPython's messages for arithmetic errors.
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0,
    lambda: 1.0 % 0,
    lambda: 1 / 0.0,
    lambda: 0.0 / 0.0,
    lambda: 2.0 ** 10000,
    lambda: 10.0 ** 400,
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 1,
    lambda: int(float('inf')),
    lambda: int(float('nan')),
    lambda: 1 << -1,
    lambda: pow(2, -1, 0),
    lambda: divmod(1.5, 0),
]
for t in tests:
    try:
        t()
        print('no error')
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    except OverflowError as e:
        print('OverflowError:', e)
    except ValueError as e:
        print('ValueError:', e)
