# if / elif / else.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
if []:
    print('empty list is truthy?')
else:
    print('empty list is falsy')
if 'text':
    print('non-empty string is truthy')
if 0:
    print('no')
elif 0.0:
    print('no')
elif None:
    print('no')
else:
    print('all falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested >4')
    else:
        print('nested <=4')
if x == 5: print('inline if')
if x != 5:
    pass
else:
    print('else branch with pass in if')
if not x:
    print('no')
elif x % 2:
    print('odd')
y = 0
if y:
    print('never')
print('after')
def fizz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    elif n % 3 == 0:
        return 'Fizz'
    elif n % 5 == 0:
        return 'Buzz'
    return str(n)
out = []
for i in range(1, 21):
    out.append(fizz(i))
print(' '.join(out))
