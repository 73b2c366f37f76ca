# A TextIOWrapper whose buffer is closed behind its back: closed follows the buffer, close is
# a no-op, writes are refused at once; a buffer whose closed property raises.
import io
class Buf(io.BytesIO):
    pass
for _ in range(200):
    b = io.BytesIO(); w = io.TextIOWrapper(b); w.write("x"); w.flush(); w.close()
def case(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
b = io.BytesIO(); w = io.TextIOWrapper(b, encoding="utf-8")
case("closed before", lambda: w.closed)
b.close()
case("closed after buffer close", lambda: w.closed)
case("close", w.close)
case("close again", w.close)
case("write", lambda: w.write("x"))
case("read", w.read)
b = io.BytesIO(); w = io.TextIOWrapper(b, encoding="utf-8")
w.write("pending")
b.close()
case("close with pending", w.close)
case("closed", lambda: w.closed)
b = io.BytesIO(b"abc"); w = io.TextIOWrapper(b, encoding="utf-8")
w.close()
case("buffer closed by wrapper", lambda: b.closed)
case("wrapper closed", lambda: w.closed)
class Weird:
    closed = property(lambda self: 1 / 0)
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return False
w = io.TextIOWrapper(Weird(), encoding="utf-8")
case("closed raises", lambda: w.closed)
case("close when closed raises", w.close)
for _ in range(200):
    b = io.BytesIO(); w = io.TextIOWrapper(b, encoding="utf-8"); w.write("y")
    b.close()
    assert w.closed
    w.close()
print("warm after: done")
