# Python signal handlers: called as handler(signum, frame) in the main thread, before
# raise_signal returns; what they raise propagates from where the main thread was;
# KeyboardInterrupt from SIGINT's default handler; SIG_IGN; handlers swapped after warm-up.
import signal
import sys

calls = []


def record(signum, frame):
    calls.append((signum, type(signum).__name__, frame.f_code.co_name, frame.f_lineno))


print("handler runs before raise_signal returns")
old = signal.signal(signal.SIGUSR1, record)
print("  old", repr(old))
signal.raise_signal(signal.SIGUSR1)
print("  ", calls)
print("  getsignal is record:", signal.getsignal(signal.SIGUSR1) is record)


def caller():
    signal.raise_signal(signal.SIGUSR1)
    return len(calls)


print("  from a function:", caller(), calls[-1][2])

print("warm-up: the same raise 300 times")
calls.clear()
for i in range(300):
    signal.raise_signal(signal.SIGUSR1)
print("  ", len(calls), calls[0][:3], calls[-1][:3])

print("handler swapped after warm-up")
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
for i in range(3):
    signal.raise_signal(signal.SIGUSR1)
print("  ", seen, len(calls))

print("a handler that raises")


class Boom(Exception):
    pass


def boom(signum, frame):
    raise Boom(f"signal {signum}")


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("  not reached")
except Boom as e:
    print("  caught", repr(e))


def deep(n):
    if n == 0:
        signal.raise_signal(signal.SIGUSR2)
    return deep(n - 1)


try:
    deep(5)
except Boom as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("  traceback through", names)

for i in range(200):
    try:
        signal.raise_signal(signal.SIGUSR2)
    except Boom:
        pass
print("  raised 200 times, still", repr(signal.getsignal(signal.SIGUSR2).__name__))

print("KeyboardInterrupt from SIGINT's default handler")
try:
    signal.raise_signal(signal.SIGINT)
    print("  not reached")
except KeyboardInterrupt as e:
    print("  caught", repr(e), e.args)
n = 0
for i in range(250):
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        n += 1
print("  caught", n, "times")


def loop_until_interrupted():
    i = 0
    try:
        while True:
            i += 1
            if i == 1000:
                signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        return i
    finally:
        print("  finally ran")


print("  loop stopped at", loop_until_interrupted())

print("a custom SIGINT handler, then back to the default")
hits = []
signal.signal(signal.SIGINT, lambda s, f: hits.append(s))
signal.raise_signal(signal.SIGINT)
print("  ", hits)
old = signal.signal(signal.SIGINT, signal.default_int_handler)
print("  ", old.__name__)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("  KeyboardInterrupt again")

print("SIG_IGN")
print("  ", repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) != "x")
for i in range(100):
    signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("  ignored SIGUSR1 and SIGINT", repr(signal.getsignal(signal.SIGINT)))
signal.signal(signal.SIGINT, signal.default_int_handler)

print("a handler that changes handlers")


def reinstall(signum, frame):
    signal.signal(signum, record)
    print("  reinstall saw", signum)


calls.clear()
signal.signal(signal.SIGUSR1, reinstall)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print("  ", len(calls))

print("a handler raising SystemExit")
signal.signal(signal.SIGTERM, lambda s, f: sys.exit(3))
try:
    signal.raise_signal(signal.SIGTERM)
except SystemExit as e:
    print("  SystemExit", e.code)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("done")
