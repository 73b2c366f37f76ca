# Powers: the integer-exponent path, the polar path, zeros, overflow, and negative real
# numbers raised to fractional powers (complex results).
bases = [0j, 1j, -1j, 1 + 1j, 2 - 3j, 0.5j, -2, 1.5, complex(0, -0.0), 1e200j]
exps = [0, 1, 2, 3, -1, -2, 0.5, -0.5, 1j, 2 + 0j, 100, 101, -100, 2.5, 0j, 1e10]
for a in bases:
    for b in exps:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        try:
            print(repr(a), "**", repr(b), "=", repr(a ** b))
        except Exception as e:
            print(repr(a), "**", repr(b), "!", type(e).__name__, e)
for expr in [
    "(-8) ** (1/3)", "pow(-8, 0.5)", "(-1) ** 0.5", "(-8.0) ** (1/3)", "(-2) ** 1.5",
    "(-2.0) ** -0.5", "(-2) ** 2.0", "(-2.0) ** 3", "(-1e300) ** 0.5", "(-0.0) ** 0.5",
    "float('-inf') ** 0.5", "(-2) ** float('inf')", "(-2) ** float('nan')",
    "(-10**20) ** 0.5", "pow(-8, 1/3)", "pow(-8.0, 0.25)", "(-1) ** (1/2) * 2",
    "0j ** 0", "0j ** 0j", "0j ** -1", "0j ** -1.5", "0j ** 1j", "0j ** (1+1j)", "0 ** 1j",
    "0j ** 2", "0.0 ** -1j", "(1e200j) ** 2", "(1e200+1e200j) ** 2", "(1e200+0j) ** 2.5",
    "complex('inf') ** 2", "(1+1j) ** 10**6", "2 ** (1+1j)", "(1+1j) ** -(10**2)",
]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
