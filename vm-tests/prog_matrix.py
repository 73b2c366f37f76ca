# Matrix arithmetic on lists of lists: multiply, transpose, determinant, inverse.
def make_matrix(rows, cols, fill=0):
    m = []
    for r in range(rows):
        m.append([fill] * cols)
    return m


def identity(n):
    m = make_matrix(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def transpose(m):
    t = make_matrix(len(m[0]), len(m))
    for r in range(len(m)):
        for c in range(len(m[0])):
            t[c][r] = m[r][c]
    return t


def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f'shape mismatch: {len(a)}x{len(a[0])} * {len(b)}x{len(b[0])}')
    out = make_matrix(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out


def minor(m, row, col):
    out = []
    for r in range(len(m)):
        if r == row:
            continue
        new_row = []
        for c in range(len(m)):
            if c != col:
                new_row.append(m[r][c])
        out.append(new_row)
    return out


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    sign = 1
    for c in range(n):
        total += sign * m[0][c] * det(minor(m, 0, c))
        sign = -sign
    return total


def mat_pow(m, e):
    result = identity(len(m))
    base = m
    while e > 0:
        if e % 2 == 1:
            result = mat_mul(result, base)
        base = mat_mul(base, base)
        e //= 2
    return result


def show(name, m):
    print(name + ':')
    for row in m:
        cells = []
        for v in row:
            cells.append(f'{v:>6}')
        print(' '.join(cells))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show('a', a)
show('b', b)
show('a*b', mat_mul(a, b))
show('b*a', mat_mul(b, a))
show('transpose(a)', transpose(a))
print(transpose(transpose(a)) == a)
try:
    mat_mul(a, a)
except ValueError as e:
    print('ValueError:', e)

sq = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print('det(sq) =', det(sq))
print('det(I4) =', det(identity(4)))
big = [[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]
print('det(big) =', det(big))
print('det(singular) =', det([[1, 2], [2, 4]]))
print('det(product) == product of dets:', det(mat_mul(sq, sq)) == det(sq) * det(sq))

fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 90]:
    print(f'fib({n}) =', mat_pow(fib, n)[0][1])
show('sq^3', mat_pow(sq, 3))

# Float matrices: 2x2 inverse.
m = [[4.0, 7.0], [2.0, 6.0]]
d = det(m)
inv = [[m[1][1] / d, -m[0][1] / d], [-m[1][0] / d, m[0][0] / d]]
print('inverse:', inv)
check = mat_mul(m, inv)
rounded = []
for row in check:
    r = []
    for v in row:
        r.append(round(v, 10))
    rounded.append(r)
print('m * inverse:', rounded)

# Trace and row sums.
trace = 0
for i in range(len(big)):
    trace += big[i][i]
print('trace(big) =', trace)
print('row sums:', [sum(big[0]), sum(big[1]), sum(big[2]), sum(big[3])])
print('max entry:', max(max(big[0]), max(big[1]), max(big[2]), max(big[3])))
