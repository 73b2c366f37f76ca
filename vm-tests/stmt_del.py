# del of names, items and slices.
x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
x = 'rebound'
print(x)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = ['a', 'b', 'c', 'd']
del lst[0]
print(lst)
del lst[-1]
print(lst)
d = {'one': 1, 'two': 2, 'three': 3}
del d['two']
print(d)
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    del lst[10]
except IndexError as e:
    print('IndexError:', e)
nested = {'k': {'inner': 1, 'other': 2}}
del nested['k']['inner']
print(nested)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
lst2 = list(range(10))
del lst2[::3], lst2[0]
print(lst2)
try:
    del x, nope
except NameError as e:
    print('NameError:', e)
