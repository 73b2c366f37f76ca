# eval/exec/compile take their source from any buffer (bytearray, memoryview, array), as
# CPython; other objects (and a released memoryview) are TypeErrors. Cold, warm (200), then
# with the buffer mutated between calls.
import array

src = bytearray(b"1 + 1")


def run():
    return (eval(src), eval(memoryview(b"2 + 2")), eval(memoryview(b"xx3 + 3")[2:]),
            eval(array.array("b", b"7*6")))


print(run())
for _ in range(200):
    r = run()
print(r)
src[0:1] = b"5"
print(run())
exec(bytearray(b"print('exec', 1)"))
exec(memoryview(b"print('exec', 2)"))
ns = {}
exec(compile(bytearray(b"x = 5"), "f", "exec"), ns)
print(ns["x"], eval(compile(memoryview(b"x * 2"), "f", "eval"), ns))
for bad in (5, None, [1], bytearray(b"a\x00")):
    try:
        eval(bad)
    except (TypeError, SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
m = memoryview(b"1")
m.release()
for f in (eval, exec):
    try:
        f(m)
    except TypeError as e:
        print("TypeError", e)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print("TypeError", e)
