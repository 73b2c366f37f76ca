# Writers never closed still flush at interpreter exit (CPython's _IOBase finalizer closes
# them): a TextIOWrapper over a user stream, a BufferedWriter over FileIO, a plain file.
import io
import os
import sys
import tempfile


class Shout(io.RawIOBase):
    def __init__(self, loud=True):
        self.loud = loud

    def writable(self):
        return True

    def write(self, b):
        if self.loud:
            sys.stdout.write("raw got %r\n" % bytes(b))
        return len(b)

    def close(self):
        if self.loud and not self.closed:
            sys.stdout.write("raw closed\n")
        super().close()


def warm():
    t = io.TextIOWrapper(io.BufferedWriter(Shout(False)))
    t.write("w")
    t.close()


for _ in range(150):
    warm()
print("warm")
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "x.txt")
keep_text = io.TextIOWrapper(io.BufferedWriter(Shout()), encoding="utf-8")
keep_text.write("left in the text buffer\n")
keep_bin = io.BufferedWriter(io.FileIO(path, "w"))
keep_bin.write(b"pending bytes")
keep_raw = io.BufferedWriter(Shout())
keep_raw.write(b"left in the binary buffer")
print("size before exit:", os.path.getsize(path))
print("end of script")
