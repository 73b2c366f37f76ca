# while loops with break / continue / else.
i = 0
while i < 5:
    print('i =', i)
    i += 1
print('done', i)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
n = 0
while n < 3:
    n += 1
else:
    print('while-else ran, n =', n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print('not printed')
print('broke at', n)
while False:
    print('never')
else:
    print('else on never-run loop')
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner)
        inner += 1
    outer += 1
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps', steps)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
