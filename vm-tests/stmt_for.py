# for loops over sequences with break / continue / else.
for ch in 'abc':
    print(ch)
for x in [1, 2, 3]:
    print(x * 10)
for x in (4, 5):
    print(x)
for i in range(3):
    pass
print('i after loop', i)
for i in range(10):
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print('kept', i)
for x in []:
    print('never')
else:
    print('else after empty loop')
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print('no break -> else')
for x in [1, 5, 3]:
    if x == 5:
        print('found 5')
        break
else:
    print('not printed')
for k in {'a': 1, 'b': 2, 'c': 3}:
    print('key', k)
for k, v in {'x': 10, 'y': 20}.items():
    print(k, v)
for i, ch in enumerate('xyz', 1):
    print(i, ch)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
    print()
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print('iter', x)
total = 0
for n in range(1, 101):
    total += n
print(total)
for n in range(10, 0, -3):
    print(n, end=' ')
print()
for s in {3, 1, 2}:
    print('set item', s)
for c in reversed('abc'):
    print(c, end='')
print()
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
