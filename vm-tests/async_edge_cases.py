# Edge cases: __aenter__ failing, awaits in finally while closing, athrow during an await,
# anext with a default when the generator raises, throw() before the first step.
class S:
    def __await__(self):
        return (yield "s")
def run(c):
    out = []
    try:
        while True: out.append(c.send(None))
    except StopIteration as e:
        return out, e.value
class AE:
    async def __aenter__(self):
        raise KeyError("enter")
    async def __aexit__(self, *a):
        print("exit called?")
async def t1():
    try:
        async with AE():
            print("body")
    except KeyError as e:
        return "enter failed " + str(e)
print(run(t1()))
async def t2():
    try:
        await S()
    finally:
        await S()
c = t2()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
c = t2()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration:
    print("done")
async def outer():
    async def inner(): pass
    return inner
r = run(outer())[1]
co = r()
print(co.__qualname__, repr(co).split(" at ")[0])
co.close()
async def ag():
    try:
        yield 1
        await S()
        yield 2
    except ValueError:
        yield "caught"
async def drive():
    g = ag()
    print(await g.__anext__())
    x = g.__anext__()
    print(x.send(None))
    try:
        x.throw(ValueError)
    except StopIteration as e:
        print("athrow during await ->", e.value)
    return "ok"
print(run(drive()))
async def raises_in_agen():
    yield 1
    raise KeyError("agen")
async def d2():
    g = raises_in_agen()
    print(await anext(g, "dflt"))
    try:
        await anext(g, "dflt")
    except KeyError as e:
        print("propagated", e)
    print(await anext(g, "dflt"))
run(d2())
c = t2()
try:
    c.throw(ValueError("pre"), None, None)
except ValueError as e:
    print("thrown before start", e)
print(c.cr_frame, run(c) if False else "")
