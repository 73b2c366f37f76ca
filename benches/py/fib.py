# Recursive calls: the cost of a Python-to-Python call and return, and of small-int
# arithmetic and comparison.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


result = fib(33)
print("fib(33) =", result)
assert result == 3524578, result
