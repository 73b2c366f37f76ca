# A small vector/matrix library with operator overloading, and Gaussian
# elimination with partial pivoting on floats (results shown with round()).
# Ends with an uncaught custom exception (a singular system).


class ShapeError(ValueError):
    pass


class SingularMatrix(ArithmeticError):
    pass


class Vector:
    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self.c = tuple(components)

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __repr__(self):
        return f"Vector{self.c}"

    def _check(self, other):
        if len(self) != len(other):
            raise ShapeError(f"length mismatch: {len(self)} vs {len(other)}")

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(a + b for a, b in zip(self, other))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(-a for a in self)

    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __abs__(self):
        return (self * self) ** 0.5

    def __bool__(self):
        return any(self.c)


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                sub = [r[j] if isinstance(j, slice) else [r[j]] for r in self.rows[i if isinstance(i, slice) else slice(i, i + 1)]]
                return Matrix(sub)
            return self.rows[i][j]
        return Vector(self.rows[key])

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __iter__(self):
        for r in self.rows:
            yield Vector(r)

    def __len__(self):
        return len(self.rows)

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{x:g}" if isinstance(x, float) else str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __add__(self, other):
        if self.shape != other.shape:
            raise ShapeError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])

    def __sub__(self, other):
        return self + -other

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if isinstance(other, Vector):
            if self.shape[1] != len(other):
                raise ShapeError(f"cannot multiply {self.shape} by vector of {len(other)}")
            return Vector(row * other for row in self)
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(other.T)
        return Matrix([[row * col for col in cols] for row in self])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def rounded(self, digits=6):
        return Matrix([[round(x, digits) + 0.0 for x in r] for r in self.rows])


def solve(a, b):
    """Solve a x = b by Gaussian elimination with partial pivoting."""
    n = len(a)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a.rows, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise SingularMatrix(f"matrix is singular (column {col})")
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            print(f"    swap rows {col} and {pivot}")
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
        print(f"    after column {col}: {[[round(x, 3) for x in row] for row in m]}")
    x = [0.0] * n
    for i in reversed(range(n)):
        s = m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))
        x[i] = s / m[i][i]
    return Vector(round(v, 9) + 0.0 for v in x)


def determinant(a):
    m = [list(map(float, r)) for r in a.rows]
    n = len(m)
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0:
            return 0.0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return round(det, 9) + 0.0


print("-- vectors")
u = Vector(1, 2, 3)
v = Vector([4, 5, 6])
print(f"  u={u} v={v} len={len(u)} u[1]={u[1]} u[-1]={u[-1]} u[:2]={u[:2]}")
print(f"  u+v={u + v} u-v={u - v} -u={-u}")
print(f"  u*v={u * v} u*2={u * 2} 3*u={3 * u} 0.5*v={0.5 * v}")
print(f"  abs(Vector(3, 4))={abs(Vector(3, 4))} bool(zero)={bool(Vector(0, 0))} bool(u)={bool(u)}")
print(f"  u==Vector(1,2,3): {u == Vector(1, 2, 3)}, u==v: {u == v}, u==(1,2,3): {u == (1, 2, 3)}")
print(f"  unpack: {[*u]}, sum: {sum(u)}, max: {max(v)}, in: {2 in u}")
print(f"  as dict keys: {len({u: 1, Vector(1, 2, 3): 2, v: 3})}")
for bad in [lambda: u + Vector(1, 2), lambda: u + 1, lambda: u * "x"]:
    try:
        bad()
    except (ShapeError, TypeError) as e:
        print(f"  {type(e).__name__}: {e}")

print("-- matrices")
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
I = Matrix.identity(2)
print(f"  A={A!r} shape={A.shape}")
print(f"  A[0, 1]={A[0, 1]} A[1]={A[1]} A.T={A.T!r}")
print(f"  A+B={A + B!r}")
print(f"  A-B={A - B!r}")
print(f"  A@B={A @ B!r}  B@A={B @ A!r}")
print(f"  A@I==A: {A @ I == A}, A==A.T.T: {A == A.T.T}, A!=B: {A != B}")
print(f"  2*A={2 * A!r} A*0.5={A * 0.5!r} -A={-A!r}")
print(f"  A@u2={A @ Vector(1, 1)}")
print(f"  A**5={A ** 5!r}")
F = Matrix([[1, 1], [1, 0]])
print(f"  fib via matrix power: {[(F ** n)[0, 1] for n in range(1, 15)]}")
print(f"  (F**90)[0, 1] = {(F ** 90)[0, 1]}")
print(f"  rows via iter: {list(A)}")
try:
    hash(A)
except TypeError as e:
    print(f"  TypeError: {e}")

C = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
print("  C =")
print(C)
print(f"  C[1:3, 0:2]={C[1:3, 0:2]!r}")
print(f"  C[0, :]={C[0, :]!r}  C[:, 2]={C[:, 2]!r}")
C[3, 2] = -1
print(f"  after C[3, 2] = -1: row 3 = {C[3]}")
print(f"  C.T @ C =\n{C.T @ C}")
for bad in [lambda: A @ C, lambda: A + C, lambda: Matrix([[1], [2, 3]]), lambda: C @ Vector(1, 2)]:
    try:
        bad()
    except ShapeError as e:
        print(f"  ShapeError: {e} (is ValueError: {isinstance(e, ValueError)})")

print("-- determinants")
for m in [A, B, I, Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), Matrix([[1, 2], [2, 4]]), C[0:3, 0:3]]:
    print(f"  det {m.rows} = {determinant(m)}")

print("-- Gaussian elimination")
systems = [
    (Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]), [8, -11, -3]),
    (Matrix([[0, 2, 1], [1, 1, 1], [2, 1, 0]]), [5, 6, 4]),
    (Matrix([[4, -2, 1, 3], [3, 6, -4, 2], [2, 1, 8, -5], [1, 1, 1, 1]]), [20, 9, 7, 10]),
    (Matrix([[1e-3, 1], [1, 1]]), [1, 2]),
]
for a, b in systems:
    print(f"  solve {a.rows} x = {b}")
    x = solve(a, b)
    check = a @ x
    print(f"    x = {x}")
    print(f"    a @ x = {Vector(round(c, 6) + 0.0 for c in check)}")
    print(f"    residual ok: {all(abs(c - t) < 1e-6 for c, t in zip(check, b))}")

H = Matrix([[1 / (i + j + 1) for j in range(3)] for i in range(3)])
print(f"  Hilbert(3) rounded: {H.rounded(4)!r}")
print(f"  round examples: {round(2.5)}, {round(3.5)}, {round(-0.5)}, {round(1.23456, 2)}, {round(1234, -2)}")

print("-- a singular system, not caught")
solve(Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]]), [1, 2, 3])
