# throw(): every 3.11 signature, handlers inside the generator, unstarted and exhausted ones.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", type(e).__name__, e.args)
        except KeyError:
            print("key error; stopping")
            return "stopped"


g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError, "v1"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, ValueError("inst")))
print(g.throw(ValueError("instance")))
print(g.throw(ValueError("instance"), None))
print(g.throw(ValueError, None, None))
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
print(g.gi_frame)

# An exception the generator does not catch comes out of throw() and finishes it.
g = catcher()
next(g)
try:
    g.throw(TypeError("boom"))
except TypeError as e:
    print("propagated:", e)
print(next(g, "finished"))

# A subclass instance with its base class as type.
class_err = LookupError
g = catcher()
next(g)
try:
    g.throw(LookupError, KeyError("k"))
except StopIteration as e:
    print("KeyError instance under LookupError:", e.value)

# Throwing into a generator that has not started: it never runs.
def never():
    print("never printed")
    yield 1


n = never()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(next(n, "exhausted"))

# Throwing into an exhausted generator just raises.
try:
    n.throw(IndexError)
except IndexError as e:
    print("exhausted:", type(e).__name__)

# Bad arguments.
g = catcher()
next(g)
for args in [(), (1, 2, 3, 4), (1,), (ValueError(), 1), (ValueError, 1, 5), ("x",), (int,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print(g.throw(ValueError, 7))


# The thrown exception's traceback and context inside the generator.
def inspector():
    try:
        yield 1
    except Exception as e:
        print("context:", repr(e.__context__))
        yield "handled " + str(e)


i = inspector()
next(i)
try:
    raise OSError("outer")
except OSError:
    print(i.throw(ValueError("inner")))


# throw() resumes with the value of the next yield after the handler.
def resumer():
    x = 0
    while x < 3:
        try:
            x += yield x
        except ArithmeticError:
            x += 100
            yield "arith"


r = resumer()
print(next(r), r.send(1), r.throw(ZeroDivisionError), next(r, "end"))


# A StopIteration thrown in becomes a RuntimeError (PEP 479).
def plain():
    yield 1


p = plain()
next(p)
try:
    p.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
