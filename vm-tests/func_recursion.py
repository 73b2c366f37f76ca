# Recursion: fib, factorial, ackermann, mutual recursion, gcd, power set.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
out = []
for i in range(20):
    out.append(fib(i))
print(out)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(0), fact(5), fact(25))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    with_first = []
    for r in rest:
        with_first.append([items[0]] + r)
    return rest + with_first
print(power_set([1, 2, 3]))
def depth(x):
    if not isinstance(x, list):
        return 0
    m = 0
    for y in x:
        d = depth(y)
        if d > m:
            m = d
    return 1 + m
print(depth([1, [2, [3, [4]]], []]))
def binsearch(lst, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == target:
        return mid
    if lst[mid] < target:
        return binsearch(lst, target, mid + 1, hi)
    return binsearch(lst, target, lo, mid - 1)
data = [1, 3, 5, 7, 9, 11, 13]
for t in [1, 7, 13, 4]:
    print(t, binsearch(data, t, 0, len(data) - 1))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
def str_reverse(s):
    return s if len(s) <= 1 else str_reverse(s[1:]) + s[0]
print(str_reverse('recursion'))
