print(b"%d-%s" % (5, b"z"), b"%05.1f" % 3.14159, b"%x|%X|%o" % (255, 255, 8), b"%s" % bytearray(b"ba"), b"%b" % b"bb")
print(b"%r %a" % ("é", b"x"), b"%c%c" % (65, b"B"), b"%-5s|%5s|" % (b"ab", b"cd"), b"%.2s" % b"abcdef", b"%%")
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 3}, b"%i%%" % 50, b"[%*d]" % (5, 42), b"%+.2e" % 12345.678)
class B:
    def __bytes__(self):
        return b"custom"
print(b"<%s>" % B(), b"%s" % (b"\xff",), bytearray(b"%d") % 7)
for bad in [lambda: b"%s" % "str", lambda: b"%s" % 5, lambda: b"%d" % b"x", lambda: b"%c" % 256, lambda: b"%c" % "a",
            lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"), lambda: b"%z" % 1, lambda: b"%(k)s" % {"k": 1}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
