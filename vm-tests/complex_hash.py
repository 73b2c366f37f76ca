# Hashing (CPython's formula exactly), equality with ints and floats (exact for big ints),
# and complexes as dict keys and set members.
inf = float("inf")
for z in [0j, 1j, -1j, 1 + 0j, complex(-1, 0), complex(0.5, 1), complex(1e300, -1e-300),
          complex(inf, 0), complex(0, -inf), complex(-2, -1), 2 ** 60 + 0j, complex(-1, 1),
          complex(0, -1 / 1000003)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0) == hash(False))
print(1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, True == 1 + 0j, 1j != 1, 1j == 1j, 1j == None)
print(complex(2**53) == 2**53, complex(2**53) == 2**53 + 1, 2**53 + 1 == complex(2**53))
print(complex(1e300) == 10**300, complex(float(10**300)) == int(float(10**300)), 1j == "1j")
print(complex(float("nan")) == complex(float("nan")), (1 + 0j) != 1.0, 0j == -0.0)
d = {1j: "a", 1 + 0j: "b", 2: "c"}
d[1] = "B"
d[2 + 0j] = "C"
d[2.0] = "D"
print(d, d[1j], d[1.0], len(d), 1j in d, 3j in d)
s = {0j, 0, 0.0, False, 1j, 1j, complex(0, 1)}
print(len(s), sorted(s, key=lambda z: (complex(z).real, complex(z).imag)))
print({1j, 2j} == {2j, 1j}, frozenset([1j]) == {1j})
nanz = complex(float("nan"), 1)
print(nanz in {nanz}, nanz == nanz, {nanz: 1}[nanz])
