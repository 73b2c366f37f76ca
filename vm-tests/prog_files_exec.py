import os, sys
base = "/tmp/pyvm-prog_files_exec-%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "data.csv")
rows = [("name", "qty", "price"), ("apple", 3, 1.25), ("pear", 10, 0.5), ("fig", 0, 3.0)]
with open(path, "w") as f:
    for r in rows:
        f.write(",".join(str(x) for x in r) + "\n")
with open(path) as f:
    header = f.readline().strip().split(",")
    recs = [dict(zip(header, line.rstrip("\n").split(","))) for line in f]
print(header, recs)
total = sum(int(r["qty"]) * float(r["price"]) for r in recs)
print(f"total={total:.2f}")
with open(path, "a", encoding="utf-8") as f:
    print("kiwi", 4, 0.75, sep=",", file=f)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1], end="")
with open(path, "rb") as f:
    raw = f.read()
print(type(raw).__name__, len(raw), raw[:10])
with open(path) as f:
    for i, line in enumerate(f, 1):
        if i > 2:
            break
        print(i, line.rstrip())
print(os.path.exists(path), os.path.basename(path), os.path.splitext(path)[1], os.path.isdir(base))
try:
    open(os.path.join(base, "nope.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
ns = {}
exec("def sq(x):\n    return x * x\nresult = [sq(i) for i in range(5)]", ns)
print(ns["result"], sorted(k for k in ns if not k.startswith("__")))
print(eval("a + b * 2", {"a": 1, "b": 3}), eval("len(s)", {"s": "abcd"}))
code = compile("x = 10\ny = x * 2", "<cfg>", "exec")
g = {}
exec(code, g)
print(g["y"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
x = 5
def scope_test():
    y = 7
    return eval("x + y")
print(scope_test(), eval("x"), globals()["x"])
os.remove(path)
os.rmdir(base)
print(os.path.exists(base))
print(sys.argv[0].endswith("prog_files_exec.py"), len(sys.argv), sys.version_info[:2] >= (3, 0), sys.maxsize > 2**31)
print(sys.platform.startswith("linux"), type(sys.path).__name__, "sys" in sys.modules, sys.byteorder)
sys.stdout.write("abc\n")
print(sys.getrecursionlimit(), sys.exc_info())
