# sys.stdin / sys.stdout / sys.stderr as TextIOWrappers: their attributes, .buffer,
# write() counts, bytes through .buffer in order with text, reconfigure(), the errors.
import io
import sys


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s), s.encoding, s.newlines, s.name, s.mode, s.closed, s.fileno())
    print(" ", repr(s.buffer), s.buffer.mode, s.buffer.name, s.buffer.closed)
    print(" ", s.readable(), s.writable(), s.buffer.readable(), s.buffer.writable())
    print(" ", type(s).__name__, type(s).__module__, isinstance(s, io.TextIOBase))
print(sys.stderr.errors)
print(sys.stdin.errors == sys.stdout.errors, sys.stdout.buffer is sys.stdout.buffer)
print(sys.__stdout__.buffer is sys.stdout.buffer, sys.stdout.isatty(), sys.stdout.buffer.isatty())

print(sys.stdout.write("héllo\n"), sys.stdout.write(""))
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"), sys.stdout.buffer.write(bytearray(b"ba\n")))
sys.stdout.buffer.flush()
sys.stdout.write("text ")
sys.stdout.flush()
sys.stdout.buffer.write(b"then bytes ")
sys.stdout.buffer.flush()
sys.stdout.write("then text\n")
sys.stdout.flush()
sys.stdout.writelines(["a", "b", "\n"])
sys.stdout.buffer.writelines([b"c", b"d\n"])
sys.stdout.buffer.flush()

t("write bytes", lambda: sys.stdout.write(b"x"))
t("write int", lambda: sys.stdout.write(1))
t("buffer write str", lambda: sys.stdout.buffer.write("x"))
t("read stdout", lambda: sys.stdout.read())
t("readline stdout", lambda: sys.stdout.readline())
t("write stdin", lambda: sys.stdin.write("x"))
t("reconfigure bad kw", lambda: sys.stdout.reconfigure(foo=1))
t("reconfigure positional", lambda: sys.stdout.reconfigure(1))
t("reconfigure errors int", lambda: sys.stdout.reconfigure(errors=5))
t("reconfigure encoding", lambda: sys.stdout.reconfigure(encoding="nope"))
t("stdin eof", lambda: sys.stdin.read())
t("stdin readline", lambda: sys.stdin.readline())
t("stdin readlines", lambda: sys.stdin.readlines())
t("stdin buffer", lambda: sys.stdin.buffer.read())

print(sys.stderr.write("to stderr\n"))
sys.stderr.buffer.write(b"bytes to stderr\n")

sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print(sys.stdout.encoding, sys.stdout.errors, "caf\xe9 \u20ac")
sys.stdout.reconfigure(errors="replace")
print("caf\xe9")
sys.stdout.reconfigure(errors="strict")
try:
    print("caf\xe9")
except UnicodeEncodeError as e:
    msg = str(e)
sys.stdout.reconfigure(encoding="utf-8")
print(msg)
print(sys.stdout.encoding, sys.stdout.errors, "caf\xe9")

# Warm-up: write through the attribute 200 times, then replace sys.stdout and again
def say(x):
    return sys.stdout.write(x)


n = sum(say("") for _ in range(200))
cap = io.StringIO()
sys.stdout = cap
k = say("captured")
sys.stdout = sys.__stdout__
print(n, k, repr(cap.getvalue()), say("real\n"))

# print to a binary buffer is a TypeError; str subclasses write as str
t("print to buffer", lambda: print("x", file=sys.stdout.buffer))


class S(str):
    pass


print(sys.stdout.write(S("sub\n")))
