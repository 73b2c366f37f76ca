# dict insertion order, deletion and re-insertion, equality, views, iteration.
d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(d, list(d))
d['a'] = 20
print(d)
del d['z']
d['z'] = 100
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
for v in d.values():
    print('value', v)
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'}, {} == {})
print(len(d), 'm' in d, 'q' in d, 'q' not in d)
nums = {}
for i in range(10, 0, -1):
    nums[i] = i * i
print(nums)
for i in range(1, 11, 2):
    del nums[i]
print(nums)
nums[1] = 'back'
print(nums, list(nums.keys())[-1])
d2 = {'b': 1, 'a': 2}
print(list(d2.items()), sorted(d2.items()), sorted(d2, key=lambda k: d2[k]))
k = {(1, 2): 'tuple key', 3: 'int key', 'x': 'str key', 2.5: 'float key', None: 'none', True: 'bool'}
print(k, k[(1, 2)], k[None])
print(list(d)[::-1])
print(dict(sorted({'c': 3, 'a': 1, 'b': 2}.items())))
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    print(d['missing'])
except KeyError as e:
    print('KeyError:', e, repr(e))
