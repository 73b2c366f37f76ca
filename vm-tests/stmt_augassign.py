# Augmented assignment on names and subscripts.
n = 10
n += 5
n -= 3
n *= 2
print(n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] **= 3
print(lst)
d = {'a': 1}
d['a'] += 1
d['b'] = 0
d['b'] -= 7
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0][1] //= 2
print(m)
alias = lst
lst += [4]
print(alias, alias is lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = 'ab'
s2 = s
s += 'c'
print(s, s2)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
counter = {}
for ch in 'abracadabra':
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
x = 7
x //= 2
x <<= 3
x %= 5
x |= 8
x ^= 1
x &= 14
x >>= 1
print(x)
f = 1.5
f += 1
f *= 2
f -= 0.5
f /= 2
print(f)
try:
    t = (1, 2)
    t[0] += 1
except TypeError as e:
    print('TypeError:', e)
