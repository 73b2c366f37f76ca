# Deeply nested source: CPython's SyntaxError for brackets and indentation, its
# "RecursionError: maximum recursion depth exceeded during compilation" for operators
# nesting past ~3000 levels, and a bare MemoryError where its parser gives up first.
def attempt(label, src, mode="eval"):
    try:
        compile(src, "<s>", mode)
        print(label, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e)


for i in range(200):
    compile("-" * 50 + "1", "<s>", "eval")
print("warm")
for n in (199, 200, 201, 100000):
    attempt("parens %d" % n, "(" * n + ")" * n)
    attempt("lists %d" % n, "[" * n + "]" * n)
for n in (1000, 2000, 2900, 10000, 100000):
    attempt("neg %d" % n, "-" * n + "1")
    attempt("not %d" % n, "not " * n + "1")
    attempt("add %d" % n, "+".join(["1"] * n))
    attempt("attr %d" % n, "a" + ".b" * n)
    attempt("call %d" % n, "f" + "()" * n)
    attempt("pow %d" % n, "**".join(["2"] * n))
    attempt("lambda %d" % n, "lambda: " * n + "1")
    attempt("ifexp %d" % n, "1 if 1 else " * n + "1")
for n in (20, 21, 98, 99, 100, 101, 1000):
    body = "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"
    attempt("if %d" % n, body, "exec")
    body = "".join(" " * i + "for x in y:\n" for i in range(n)) + " " * n + "pass\n"
    attempt("for %d" % n, body, "exec")
    body = "".join(" " * i + "def f():\n" for i in range(n)) + " " * n + "pass\n"
    attempt("def %d" % n, body, "exec")
try:
    eval("(" * 1000 + ")" * 1000)
except SyntaxError as e:
    print("eval", e.msg, e.lineno, e.offset)
try:
    exec("x = " + "-" * 10000 + "1")
except MemoryError as e:
    print("exec MemoryError", e.args)
try:
    exec("x = " + "+".join(["1"] * 5000))
except RecursionError as e:
    print("exec RecursionError", e.args)
