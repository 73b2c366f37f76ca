# format() of complex numbers: the empty type acts like repr, precision means 'g' without
# '.0', no '=' alignment, no zero padding, no '%'.
values = [1 + 2j, 1j, -1j, 0j, -0j, complex(-0.0, 0.0), 1234.5 + 2j, 1.5 + 2.25j,
          1e20 + 2j, 1e16j, 3 - 1e-7j, complex(float("inf"), float("nan")),
          complex(float("-inf"), -0.0)]
specs = ["", "g", "n", ".3", ".0", "f", ".2f", "e", ".1e", "E", "G", "F", "+", "-", " ",
         "10", ">20", "<20", "^20", "*^24.2f", "#", "#g", ",", "_", ",.2f", "z", "z.1f",
         "+.3g", "30.10e"]
for v in values:
    for s in specs:
        try:
            print(repr(v), repr(s), "->", repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), "!", type(e).__name__, e)
for s in ["%", "=10", "010", "0<10", "x", "d", "s", "c", "b", ",x", "_g", ".2%", "=", "10.3="]:
    try:
        print(repr(s), "->", repr(format(1 + 2j, s)))
    except Exception as e:
        print(repr(s), "!", type(e).__name__, e)
print(f"{1+2j}", f"{1+2j!r:>12}|", f"{1j:10.3f}|", f"{1-2j:*^20}", f"{3j=}", f"{(1+2j)=:.1f}")
print("{} {:g} {:>10}|".format(1j, 2 - 3j, -1j), "{0.real} {0.imag}".format(1 + 2j))
print("%s %r %10s|" % (1j, 2 + 3j, -1j))
try:
    format(1j, 5)
except TypeError as e:
    print("TypeError", e)
try:
    (1j).__format__(5)
except TypeError as e:
    print("TypeError", e)
