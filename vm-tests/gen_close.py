# close(): GeneratorExit, finally blocks, ignored GeneratorExit, and closing by freeing.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


g = with_finally()
print(next(g))
print(g.close())
print(g.close())
print(next(g, "closed"))

# Closing an unstarted or exhausted generator does nothing.
g = with_finally()
print(g.close(), list(g))
g = with_finally()
print(list(g), g.close())


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = catches_exit()
next(c)
c.close()


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
next(r)
print("close returns", r.close())


def ignores_exit():
    try:
        yield "first"
    except GeneratorExit:
        print("refusing to close")
    yield "second"


i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(i.gi_suspended, next(i, "finished"))


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")


o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)

try:
    o.close(1)
except TypeError as e:
    print("TypeError:", e)


# Nested try/finally blocks all run, innermost first.
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")


n = nested()
next(n)
n.close()

# throw(GeneratorExit) behaves like close() inside, but raises out.
n = nested()
next(n)
try:
    n.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# Freeing a suspended generator closes it.
g = with_finally()
next(g)
del g
print("after del")

for x in with_finally():
    print("loop got", x)
    break
print("after break")


def first(gen):
    for x in gen:
        return x


print(first(with_finally()))


# A generator freed while inside a `with`-like try: cleanup order.
def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


def pipeline():
    a = resource("a")
    b = resource("b")
    yield next(a) + next(b)


print(list(pipeline()))
print("done")
