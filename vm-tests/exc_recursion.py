# RecursionError caught; the interpreter must survive and continue.
def f():
    return f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__)
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError:
    print('caught again')
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth(0)
print(d > 100, d < 2000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(200))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RuntimeError as e:
    print('RecursionError is a RuntimeError:', type(e).__name__)
print('still alive', fine(10))
