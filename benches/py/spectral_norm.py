# The spectral norm of the infinite matrix A with a[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1),
# truncated to N x N, by ten rounds of the power method on A^T A. Stresses float division
# and multiplication in nested loops over lists, function calls and zip/sum.
import math


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(v):
    """A v"""
    n = len(v)
    return [sum(entry(i, j) * vj for j, vj in zip(range(n), v)) for i in range(n)]


def times_transposed(v):
    """A^T v"""
    n = len(v)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out.append(total)
    return out


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return math.sqrt(vbv / vv)


result = "%.9f" % spectral_norm(350)
print("spectral norm:", result)
assert result == "1.274224047", result
