# Fannkuch ("pancake flipping"): for every permutation of 1..N, reverse the prefix whose
# length is the first element until a 1 comes first, counting the flips; report the maximum
# and a checksum. Stresses list slicing, slice assignment with reversal and index loops.


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    r = n
    max_flips = checksum = 0
    index = 0
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += -flips if index & 1 else flips
        # the next permutation: rotate the first r + 1 elements left until one of the
        # counters has not run out
        while True:
            if r == n:
                return max_flips, checksum
            perm.insert(r, perm.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


n = 9
flips, checksum = fannkuch(n)
print("fannkuch(%d): checksum %d, max flips %d" % (n, checksum, flips))
assert (checksum, flips) == (8629, 30), (checksum, flips)
