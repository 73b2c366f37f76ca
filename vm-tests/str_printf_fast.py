# printf-style formatting (str % args, bytes % args): every conversion, flag, width and
# precision form, the mapping form, and the errors (with CPython's message for a non-ASCII
# conversion character), each also after warm-up.

cases = [("%s|%5s|%-5s|%.2s", ("abc", "x", "y", "long")), ("%d %i %u %5d %-5d| %05d %+d % d", (1, -2, 3, 42, 7, -42, 5, 6)),
 ("%x %X %#x %#X %o %#o %08.3x", (255, 255, 255, 255, 8, 8, 10)), ("%.3d %5.3d %-+6.2d|", (7, -7, 3)),
 ("%f %.2f %10.3f %-10.1f| %e %E %g %G %+.1f %05.1f", (1.5, 2.345, -3.14159, 2.0, 12345.678, 0.0001, 1e20, 1e-5, 2.0, -1.5)),
 ("%c%c%c", ("x", 65, 0x65e5)), ("%r %a %s", ("é", "é", None)), ("100%% %s", ("sure",)), ("%(a)s-%(b)05d", {"a": "A", "b": 3}),
 ("%*d|%-*d|%.*f", (5, 1, 4, 2, 2, 3.14159)), ("%s", [1, 2]), ("%s %s", (b"x", 1.0)), ("%d", 2**70), ("%x", -2**70), ("%5s|", "é日"),
 ("pre %s post %s end", ("é", "日本")), ("%.0f %.1e", (2.5, 0.05)), ("%s", (("t",),)), ("%ld %hd", (1, 2)), ("%d", 3.9), ("%i", True)]


def render():
    return [f % a for f, a in cases]


for _ in range(200):
    out = render()
for line in out:
    print(repr(line))
bad = [("%d", "x"), ("%x", 1.5), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("abc %é", 1),
       ("%", ()), ("%(a", {"a": 1}), ("%(a)s", (1,)), ("%c", "ab"), ("%c", 0x110000), ("%*d", ("x", 1)),
       ("%(k)s", {}), ("%\x1f", 1), ("%d %", (1,))]
for _ in range(200):
    errors = []
    for f, a in bad:
        try:
            errors.append(repr(f % a))
        except Exception as e:
            errors.append("%s: %s" % (type(e).__name__, e))
for line in errors:
    print(line)
print(b"%s %d %x %c %r %5b|" % (b"ab", 3, 255, 65, "\xe9", b"q"))


class Money:
    def __str__(self):
        return "$5"

    def __repr__(self):
        return "Money()"


print("%s %r %a %-6s|%6r|" % (Money(), Money(), "caf\xe9", Money(), Money()))
