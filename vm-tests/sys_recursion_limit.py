# sys.getrecursionlimit / setrecursionlimit and catching RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
def measure(n):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
m = measure(0)
print(m > 20, m < 50)
def shallow(n):
    return 0 if n == 0 else 1 + shallow(n - 1)
print(shallow(30))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), shallow(500))
