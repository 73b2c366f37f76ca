# Assignment expressions (walrus) in while, if and expressions.
data = [5, 3, 8, 0, 7]
i = 0
while (v := data[i]) != 0:
    print('value', v)
    i += 1
print('stopped at', i, v)
if (n := len(data)) > 3:
    print('long list', n)
print(n)
total = 0
items = [1, 2, 3, 4]
while items and (last := items.pop()) > 1:
    total += last
print(total, last, items)
print((y := 10) + y)
print(y)
def f(x):
    return x * 2
if (r := f(21)) == 42:
    print('answer', r)
s = 'hello world'
if (idx := s.find('o')) >= 0:
    print('found at', idx)
if (idx := s.find('z')) >= 0:
    print('unreachable')
else:
    print('not found', idx)
count = 0
while (count := count + 1) < 5:
    pass
print(count)
print([a := 1, a + 1, a + 2])
def g():
    if (local := 5) > 3:
        return local * 2
print(g())
