class P:
    def __init__(self): self.name = "pp"; self.items = [10, 20]
print("{0.name} {0.items[1]} {1[k]} {2:>{3}}".format(P(), {"k": "v"}, "r", 4))
print("{} {}".format(*"ab"), "{x}-{y}".format(**{"x": 1, "y": 2}), "{0}{0}".format("z"), "{:{}{}}".format(3.14159, ".", "2f"))
print("{!s:^9}|{!r:<6}|{:%}".format("s", "r", 0.25), "{:#b} {:#o} {:,d} {:_x}".format(5, 8, 10**6, 2**20))
for bad in ["{", "}", "{0", "{} {}", "{1}", "{a}", "{0.missing}", "{0[5]}", "{:d}", "{!x}", "{0:{1}}", "{} {0}"]:
    try:
        print(repr(bad.format("s") if bad != "{:d}" else bad.format("str")))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(f"{'x':*>5}", f"{3.0:g}", f"{10**10:e}", f"{-5:+05d}", f"{'abc':.2}", f"{255:c}" if False else "", f"{12:b}")
w = 7
print(f"{'c':^{w}}|", f"{w!r:>{w}}", f"{w=}", f"{w = }", f"{w*2=:>5}")
print("%5.1f%%|%-4d|%04x|%+.1e" % (99.56, 7, 255, -0.000123))
print("{:>10.3f}|{:<+8.2f}|{:^12,.1f}".format(3.14159, 2.5, 1234567.89))
print(format(1e-5, ".2g"), format(123456789, ".3g"), format(0.0001, "g"), format(1e16, "g"), format(-0.0, ".1f"))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5), round(0.5), round(-1.5))
for s in ['{0', '{', 'a{', '{0:', '{0!r', '{0[', '{:{', '{0:{1', 'x{0}{', '{a{b', '}x']:
    try:
        s.format(1, 2)
    except ValueError as e:
        print(repr(s), e)
for s in ['{a{b}', '{a{b}c}', '{0[{]}']:
    try: print(s.format(1,2, a=1))
    except Exception as e: print(repr(s), type(e).__name__, e)
