# Tight loops: local loads and stores, small-int arithmetic, comparisons and backward jumps
# (a while loop) and iteration over a range (a for loop) -- the interpreter's dispatch.


def count_while(n):
    total = 0
    i = 0
    while i < n:
        total = total + i % 7
        i = i + 1
    return total


def count_for(n):
    total = 0
    for i in range(n):
        if i & 1:
            total += i >> 3
        else:
            total -= 1
    return total


a = count_while(5_000_000)
b = count_for(5_000_000)
print("loop:", a, b)
assert (a, b) == (14_999_995, 781_246_250_000), (a, b)
