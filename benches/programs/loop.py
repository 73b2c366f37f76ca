# A tight loop: local loads and stores, small-int arithmetic, comparisons, backward jumps.
def count(n):
    total = 0
    i = 0
    while i < n:
        total = total + i % 7
        i = i + 1
    return total

print(count(10_000_000))
