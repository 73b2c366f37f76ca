nums = [0, 1, -1, 7, 42, -42, 255, 1000, 123456789, 2**40, -2**63]
for n in nums:
    print(f"{n:d}|{n:5d}|{n:<6}|{n:^7}|{n:+d}|{n:,}|{n:_}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:08d}")
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1e20, 123456.789, float("inf"), float("-inf"), float("nan"), 2.5, 0.1 + 0.2]
for x in floats:
    print(f"{x}|{x:f}|{x:.2f}|{x:e}|{x:.3e}|{x:g}|{x:.3g}|{x:10.3f}|{x:<10.1f}|{x:+.1f}|{x:%}|{x:.1%}")
for x in floats:
    print("%s %r %f %.2f %e %g %10.3f %-10.2f| %+.1e" % (x, x, x, x, x, x, x, x, x))
for n in nums[:8]:
    print("%d %i %5d %-5d| %05d %x %X %o %#x %#o %+d %c" % (n, n, n, n, n, n, n, n, n, n, n, 65 + abs(n) % 26))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Ann", age=30))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:*^20}".format(" mid "))
print("{0[0]} {0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:,.2f}".format(1234567.891))
print("{:e}".format(0.000123))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.345})
print("%s %s" % ((1, 2), [3]))
print("%%d literal %d" % 5)
print("%-8s|%8s|" % ("ab", "cd"))
print("%.3s|" % "abcdef")
print("%5.1f%%" % 99.55)
print(f"{'nested':{'>'}{10}}")
w, p = 12, 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{1+2=}", f"{'x'!r:>5}")
print(format(12345.6789, ",.1f"), format(255, "08b"), format(-3.5, "+"), format(True, "d"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5))
print(str(1e16), str(1e15), repr(1.0e-5), str(123e-10), 1/3, 2/3, 10/3)
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("z", 36), float(" 1e3 "), float("-inf"))
print(divmod(-7, 2), divmod(7.5, 2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, pow(3, 4, 5), pow(2, 100))
print(hex(-255), oct(8), bin(-5), abs(-3.5), 10 ** 20, 1e300 * 1e10, -(2 ** 63))
print((1234.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (10).bit_length())
print("{:10.4}|{:.0f}|{:#.0f}|{:g}|{:g}".format(3.14159, 2.5, 2.5, 1e16, 123456789.0))
print("{:n}".format(1234567), "{:c}".format(97), "{:5}|{:<5}|".format(True, None))
