# open(errors=...): the error handlers when encoding and decoding text files.
import os

d = "/tmp/pyvm-io_open_errors-" + str(os.getpid())
os.mkdir(d)
p = d + "/e.txt"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    def write():
        with open(p, "w", encoding="ascii", errors=errors) as f:
            f.write("caf\xe9 \u20ac!")
            print(f.errors, end=" ")
        with open(p, "rb") as f:
            return f.read()
    t(errors, write)

with open(p, "wb") as f:
    f.write(b"ok \xff\xfe bad\nline2 \xe9\n")
for errors in ["strict", "replace", "ignore"]:
    def read_all():
        with open(p, encoding="utf-8", errors=errors) as f:
            return f.read()

    def read_lines():
        with open(p, encoding="utf-8", errors=errors) as f:
            return f.readlines()
    t(errors + " read", read_all)
    t(errors + " lines", read_lines)
t("ascii replace", lambda: open(p, encoding="ascii", errors="replace").read())

for _ in range(200):
    with open(p, encoding="utf-8", errors="replace") as f:
        last = f.readline()
print(repr(last))

os.remove(p)
os.rmdir(d)
