# Imaginary literals, complex constants and their folding, and repr of every shape.
print(1j, 1J, 1.5e3j, 1_000j, .5j, 0j, 1e-3j, 00j, 0.j, 1E+2J, 09j, 1_0.5_0j)
print(type(1j).__name__, (1j).real, (1j).imag, type((1j).imag).__name__)
print(1 + 2j, 1 - 2j, -1j, -0j, +1j, 2j * 3, (1 + 2j) ** 2, 1j * 1j, 1j / 2, 3 - 0j)
print(-(0j), 0j * -1, -(1 + 0j), 1.5 - 0j, (1 + 2j) * (3 - 4j), 10 / 4j)
print(1e16j, 1e15j, 123456789012345678j, 0.1 + 0.2j, 1e-5 + 1e16j, 1e300 + 1e-300j)
print(1e400j, -1e400j, 1e400j * 0, 2.5e-324j)
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)))
nan = float("nan")
inf = float("inf")
print(complex(nan, inf), complex(-nan, -inf), complex(inf, nan), complex(1, -nan))
print(str(1 + 2j), repr(3j), ascii(-2j), [1j, (1 + 1j,)], {"k": 2 - 1j})
# The same constant used twice, and constants inside tuples and sets.
t = (1j, 2j, 1j)
print(t, t[0] == t[2], 1j in {1j, 2j, 3j}, 4j in {1j, 2j, 3j}, 1 in {1 + 0j, 5j, 6j})
print((1j, -1j, 0j) == (1j, -1j, 0j), bool(0j), bool(-0j), bool(1e-320j), not 2j)
# Literals in a loop (the constant is one object per code object).
acc = 0j
for i in range(200):
    acc += 1j + 0.5
print(acc)


def f(a):
    return a * 1j + 2


print([f(x) for x in (1, 2.5, 1j, True)])
for src in ["1_j", "1j_", "1jj", "1j2", "0x1j", "0b1j", "0o7j", "1__0j", "1e_3j", "1.e3xj"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
