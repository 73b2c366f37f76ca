print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, type(True.numerator).__name__, (2.5).real, (2.5).imag, (2**70).real)
print(hasattr(1, "real"), getattr(1.5, "imag"), "real" in dir(1), "numerator" in dir(True), "imag" in dir(1.0), "denominator" in dir(1.0))
class I(int): pass
print(I(4).real, type(I(4).real).__name__, sum(x.real for x in [1, 2.5]))
for stmt in ["(1).real = 2", "del (1.5).imag"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(type(e).__name__)
