# contextlib's async side driven without an event loop: asynccontextmanager, AsyncExitStack,
# aclosing, nullcontext; plus redirect_stdout/stderr, chdir and the ABCs.
import contextlib, io, os, sys
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, nullcontext,
                        redirect_stdout, redirect_stderr, chdir, AbstractContextManager,
                        AbstractAsyncContextManager)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

log = []

@asynccontextmanager
async def res(name):
    log.append("open " + name)
    try:
        yield name * 2
    finally:
        log.append("close " + name)

async def main():
    async with res("a") as v:
        log.append(v)
    try:
        async with res("b"):
            raise KeyError("k")
    except KeyError as e:
        log.append("caught " + repr(e))
    async with AsyncExitStack() as st:
        x = await st.enter_async_context(res("c"))
        st.enter_context(nullcontext())
        async def acb(tag):
            log.append("acb " + tag)
        st.push_async_callback(acb, "one")
        st.callback(log.append, "sync cb")
        async def aexit(et, ev, tb):
            log.append(("aexit", et))
            return False
        st.push_async_exit(aexit)
        log.append(x)
    async with nullcontext(7) as n:
        log.append(n)
    try:
        await AsyncExitStack().enter_async_context(nullcontext.__new__(object))
    except TypeError as e:
        log.append(str(e))
    return "done"

print(run(main()))
for item in log:
    print(item)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError:
        pass

async def errors():
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with swallow():
        raise ValueError
    print("swallowed")
    st = AsyncExitStack()
    async def boom(*a):
        raise IndexError("from aexit")
    st.push_async_exit(boom)
    try:
        async with st:
            raise KeyError("body")
    except IndexError as e:
        print("IndexError chained to", repr(e.__context__))

run(errors())

class AGen:
    async def aclose(self):
        print("aclose called")

async def use_aclosing():
    async with aclosing(AGen()) as g:
        print(type(g).__name__)
run(use_aclosing())

# redirect_stdout / redirect_stderr: print honours the replaced streams
buf = io.StringIO()
with redirect_stdout(buf) as got:
    print("captured line")
    print("second", 2)
print(got is buf, repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("to stderr", file=sys.stderr)
print(repr(ebuf.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
print("restored", sys.stdout is sys.__stdout__)

# chdir
start = os.getcwd()
with chdir("/"):
    print(os.getcwd())
print(os.getcwd() == start)
try:
    with chdir("/no/such/dir"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.getcwd() == start)

# the ABCs recognise context managers structurally
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class ACM:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): pass
class Half:
    def __enter__(self): return self
class NoExit(CM):
    __exit__ = None
print(issubclass(CM, AbstractContextManager), issubclass(Half, AbstractContextManager))
print(issubclass(NoExit, AbstractContextManager), isinstance(io.StringIO(), AbstractContextManager))
print(issubclass(ACM, AbstractAsyncContextManager), issubclass(CM, AbstractAsyncContextManager))
class Sub(AbstractContextManager):
    def __exit__(self, *a):
        return None
with Sub() as s:
    print(type(s).__name__)
try:
    class Bad(AbstractContextManager):
        pass
    Bad()
except TypeError as e:
    print(e)
print(AbstractContextManager[int])
print(sorted(contextlib.__all__))

# warm-up then again
def loop(n):
    out = io.StringIO()
    for i in range(n):
        with redirect_stdout(out):
            print(i, end="")
        run(main())
    return len(out.getvalue())
log.clear()
print(loop(150), len(log))
with redirect_stdout(io.StringIO()) as b:
    print("x")
print(repr(b.getvalue()))
