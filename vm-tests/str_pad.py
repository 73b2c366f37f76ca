# zfill, center, ljust, rjust (with fill characters).
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '3.14'.zfill(7))
print('[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7) + ']', '[' + 'abc'.center(6) + ']', '[' + 'abc'.center(2) + ']')
print('ab'.center(7, '*'), 'abc'.center(8, '-'), 'x'.center(4, '.'))
print('[' + 'ab'.ljust(5) + ']', 'ab'.ljust(5, '.'), 'abcdef'.ljust(3))
print('[' + 'ab'.rjust(5) + ']', 'ab'.rjust(5, '0'), 'abcdef'.rjust(3))
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(7))
print('-' * 23)
print('TOTAL'.center(23, '='))
for n in [1, 22, 333, 4444]:
    print(str(n).zfill(4), str(n).rjust(6, '_'), str(-n).zfill(6))
print('é'.center(5, '*'), '中'.ljust(3, '中'))
