# compile(..., "single"): the prompt's mode. Expression statements at module level go to
# sys.displayhook (echo of the repr, builtins._), inside functions and classes they do not.
import builtins
import sys


def run(src, ns=None):
    try:
        code = compile(src, "<s>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
        return
    exec(code, {} if ns is None else ns)


run("1 + 1\n")
print("_ =", builtins._)
run("None\n")
print("_ after None =", builtins._)
run("'s'\n")
run("x = 5\n")
run("for i in range(3): i\n")
run("a = 1; b = 2\n")
run("1; 2\n")
run("a=1\nb=2\n")
run("if 1:\n  pass\nb=2\n")
run("def f():\n  3\nf()\n")
run("class C:\n  4\n")
run("[1, 2]\n")
run("if True:\n  'in a block'\n")
run("(yield)\n") if False else None


# A hook of the script's own.
def hook(v):
    print("hook got", repr(v))


sys.displayhook = hook
run("None\n")
run("7\n")
sys.displayhook = sys.__displayhook__
del sys.displayhook
try:
    exec(compile("8\n", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__


class R:
    def __repr__(self):
        print("in repr, _ is", builtins._)
        return "R()"


run("R()\n", globals())
print(type(builtins._).__name__)
sys.__displayhook__(9)
print(builtins._)
sys.__displayhook__(None)
print(builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError")


# Warm-up: the same code object run 200 times, then the hook replaced, then again.
code = compile("n * 2\n", "<s>", "single")
seen = []
sys.displayhook = seen.append
for n in range(200):
    exec(code, {"n": n})
print(len(seen), seen[:3], seen[-1])


def counting(v):
    seen.append(("counted", v))


sys.displayhook = counting
for n in range(200):
    exec(code, {"n": n})
print(len(seen), seen[-1])
sys.displayhook = sys.__displayhook__
for n in range(3):
    exec(code, {"n": n})
print(builtins._)
