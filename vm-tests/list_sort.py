# list.sort with key and reverse; stability; sorting mixed numbers.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['pear', 'Fig', 'apple', 'kiwi', 'date', 'banana']
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
people = [('ann', 30), ('bob', 25), ('cat', 30), ('dan', 25), ('eve', 35)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [3.5, 1, -2, 2.25, 0, True, -0.5]
nums.sort()
print(nums)
pairs = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']]
pairs.sort()
print(pairs)
print([].sort(), sorted([]))
big = [10 ** 20, -10 ** 20, 0, 10 ** 19]
big.sort()
print(big)
strs = ['b', 'B', 'a', 'A', '_', '1']
strs.sort()
print(strs)
data = list(range(20))
data.sort(key=lambda x: x % 5)
print(data)
try:
    [3, 'a', 1].sort()
except TypeError as e:
    print('TypeError:', e)
lst = [4, 3, 2, 1]
r = lst.sort()
print(r, lst)
