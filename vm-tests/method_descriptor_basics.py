# The unbound methods of builtin types are method descriptors: their type, repr, attributes,
# binding through __get__ (checked against the owner type) and calls, after warm-up.
def use(xs):
    f = list.append
    f(xs, 1)
    return xs

for _ in range(200):
    r = use([])
print(r)
print(type(list.append), list.append, list.append.__objclass__, list.append.__qualname__)
print(list.append.__name__, type(list.__dict__['append']).__name__)
print(dict.get, str.upper, tuple.count, set.add, int.bit_length, float.hex)
print(list.append.__get__(None, list))
bound = list.append.__get__([7])
print(type(bound).__name__, bound.__self__, bound.__qualname__)
for bad in [1, 'x', (1,)]:
    try:
        list.append.__get__(bad)
    except TypeError as e:
        print("TypeError", e)

class L(list):
    pass

print(L.append, L().append.__self__, L.append is list.append)
lst = L()
for _ in range(200):
    L.append(lst, 2)
print(len(lst), type([].append).__name__, [].append.__qualname__)
print(callable(list.append), list.append == list.append, str.upper('abc'))
