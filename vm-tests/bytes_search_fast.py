# bytes and bytearray searching (find/rfind/count/index, split, replace, partition, in) over
# the shared memchr/memmem search, after warm-up.


def run():
    out = []
    for b in [b"abcabc", b"aaaa", b"", b"a,b,,c", bytearray(b"xyxyx"), "é,日".encode()]:
        out.append((b.find(b"b"), b.rfind(b"b"), b.find(b"bc", 2), b.count(b"a"), b.count(b"aa"),
                    b.count(b""), b.find(b""), b.rfind(b""), b.split(b","), b.rsplit(b",", 1),
                    b.replace(b"a", b"zz"), b.replace(b"aa", b"b", 1), b.partition(b"b"),
                    b.rpartition(b"x"), b"ab" in b, b.index(b""), b.find(97), b.count(ord("x")),
                    b.find("日".encode()), b.count(b"\xa5")))
    return out


for _ in range(200):
    r = run()
for line in r:
    print(line)
print(b"hello" in b"say hello", bytearray(b"q") in bytearray(b"aqa"), b"zz" in b"z")
for bad in [(b"z",), ("s",)]:
    try:
        b"abc".index(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
