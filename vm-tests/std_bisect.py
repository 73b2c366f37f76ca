# bisect: bisect_left/right (lo, hi, key), insort_left/right, aliases, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect_right(a, 2, lo=5))
print(bisect.bisect_right(a, 2, 0, -1), bisect.bisect_left(a, 5, 6, 3), bisect.bisect_left([], 1), bisect.bisect_right('aceg', 'd'))
print(bisect.bisect_left((10, 20, 30), 25), bisect.bisect_right(range(0, 100, 10), 55), bisect.bisect_left(x=3, a=a))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key), bisect.bisect(recs, 0, key=key), bisect.bisect_left(recs, 3, 2, key=key))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 5)
bisect.insort_right(l, 4.0)
bisect.insort_left(l, 4.0)
print(l, l.count(4.0))
r = [('x', 1), ('y', 5)]
bisect.insort(r, ('z', 3), key=key)
bisect.insort_left(r, ('w', 5), key=key)
bisect.insort_right(r, ('v', 5), key=key)
print(r)
s = [10, 20, 30]
bisect.insort(s, 25, 0, 2)
bisect.insort(s, 5, lo=1)
print(s, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, score)] for score in [33, 99, 77, 70, 89, 90, 100]])

def show(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)

show(bisect.bisect_left)
show(bisect.bisect_left, [1])
show(bisect.bisect_left, 1, 2)
show(bisect.bisect_left, [1], 2, -1)
show(bisect.bisect_left, [1, 2], 2, 0, 5)
show(bisect.insort, 1, 2)
show(bisect.bisect_left, [1], 1, lo='a')
show(bisect.bisect_left, [1], 1, foo=2)
show(bisect.bisect_right, [1, 2, 3], 2, 0, 2, 1, key=None)
show(bisect.bisect_right, [1, 'a'], 2)
show(bisect.insort, (1, 2), 3)
show(bisect.bisect_left, [1], 1, 0, 1, 2, 3)
