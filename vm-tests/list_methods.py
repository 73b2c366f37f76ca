# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
lst.extend((2, 6))
lst.extend('ab')
lst.extend(range(2))
print(lst)
lst.insert(0, 'first')
lst.insert(-1, 'before last')
lst.insert(100, 'end')
lst.insert(-100, 'start')
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst.pop(-2))
print(lst)
lst.remove('a')
lst.remove(1)
print(lst)
print(lst.index(5), lst.index(1), lst.index(9, 2), lst.count(1), lst.count('zzz'))
try:
    lst.index(5, 0, 2)
except ValueError as e:
    print('ValueError:', e)
lst.reverse()
print(lst)
c = lst.copy()
c.append('copy only')
print(len(lst), len(c), c is lst, c[:len(lst)] == lst)
lst.clear()
print(lst, len(lst))
print([1, 2].append(3), [].extend([]), [1].reverse())
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append('shared')
shallow[1] = 'replaced'
print(nested, shallow)
s = [1, 2, 3]
s.extend(s)
print(s)
st = []
st.append(1)
st.append(2)
print(st.pop(), st.pop(), st)
q = [1, 2, 3]
print(q.pop(0), q)
q.insert(1, 9)
print(q)
