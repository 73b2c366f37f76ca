# Integer arithmetic: floor semantics, big-int promotion, true division, errors.
vals = [0, 1, -1, 7, -7, 2, 10**20, -(10**20), 2**63 - 1, -2**63, 2**64]
for a in vals:
    for b in [1, -1, 2, -3, 7, 2**64]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(-(-2**63), ~5, ~-1, -True, ~True, True + True, True & True, True | 2)
print(2 ** -1, 2 ** 100, (-2) ** 63, 10 ** 400 // 10 ** 398, 10 ** 400 / 10 ** 399)
print(1 << 100, (1 << 100) >> 99, -1 >> 200, -5 >> 1, 5 << 0)
for expr in ["1/0", "1//0", "1%0", "divmod(1, 0)", "0**-1", "1 << -1", "10**400 / 1",
             "float(10**400)", "int('abc')", "int('12', 1)", "int(1.5, 10)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(int('0x1f', 16), int('0b101', 0), int(' 1_000 '), int(-3.99), int('-९'))
print(hex(-31), bin(-5), oct(8), abs(-2**63), round(1250, -2), round(1350, -2))
print(pow(3, -1, 7), pow(2, 100, 7), pow(5, 0, -7), (255).to_bytes(2, 'big'))
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), (2**70).bit_length())
print(hash(-1), hash(2**61), hash(10**20) == hash(float(10**20)))
