# eval/exec/compile with default and explicit namespaces, globals(), locals() and vars().
x = 10
print(eval("x + 1"))
print(eval("   x * 2"), eval("\tx - 1"))
print(eval("x", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
print(eval("[1, 2] * 2"), eval("(lambda q: q * 2)(21)"), eval(b"6 * 7"))
print(eval("len('abc') + abs(-4)"))

g = {"a": 3}
print(eval("a", g), sorted(g.keys()), type(g["__builtins__"]).__name__)

r = exec("y = x * 3")
print(r, y)
exec("new_global = 'made by exec'")
print(new_global)

ns = {}
exec("def f(n):\n    return n + 1\nz = f(41)", ns)
print(ns["z"], ns["f"](1))

ns = {"base": 100}
exec("def add(n):\n    return base + n", ns)
print(ns["add"](1))
ns["base"] = 200
print(ns["add"](1))

loc = {}
exec("p = 1\nq = p + 1", {}, loc)
print(loc)

code = compile("1 + 2", "<expr>", "eval")
print(eval(code), exec(code))
code = compile("w = 7\nprint('exec code ran', w)", "<stmts>", "exec")
print(exec(code), w)
print(eval(code))
print(eval(compile("w * 2", "f", "eval"), {"w": 4}))

print(globals() is globals(), globals()["x"], locals() is globals(), vars() is globals())


def func(a, b=2):
    c = a + b

    def inner():
        return c

    loc = locals()
    print(sorted(loc.keys()), loc["a"], loc["b"], loc["c"])
    print(eval("a + b + c"), eval("x"))
    exec("c = 100")
    print(c)
    exec("d = 5")
    print("d" in locals(), globals() is vars(__import__("__main__")))
    print(locals() is locals())
    return inner()


print(func(1))


def outer():
    v = "captured"
    unused = 1

    def inner():
        print(locals())
        return v

    del unused
    print(list(locals().keys()), locals()["v"])
    return inner()


print(outer())

s = "total = 0\nfor i in range(5):\n    total += i\n"
exec(s)
print(total)
print(eval("total", {}, {"total": "shadowed"}))
print(eval("str(1)", {"str": lambda v: "own str"}))
