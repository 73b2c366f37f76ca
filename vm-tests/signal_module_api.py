# The signal module's API: constants and their enum reprs, default handlers, argument checks
# and CPython's error messages, the main-thread-only functions from another thread.
import signal
import threading


def show(f, *args):
    try:
        r = f(*args)
    except BaseException as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", repr(r))


print("constants")
for name in ["SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGPIPE",
             "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCLD", "SIGIOT", "SIGPOLL", "SIGRTMIN",
             "SIGRTMAX", "SIG_DFL", "SIG_IGN"]:
    v = getattr(signal, name)
    print("  ", name, repr(v), str(v), int(v), f"{v}", format(v, ">3"), type(v).__name__)
print("  ", signal.NSIG, signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK,
      signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)

print("enums")
print("  ", signal.Signals, signal.Handlers, len(signal.Signals), len(signal.Handlers))
print("  ", list(signal.Signals)[:5], list(signal.Handlers))
print("  ", signal.Signals(2), repr(signal.Signals(15)), signal.Signals["SIGTERM"].name)
print("  ", signal.SIGINT.name, signal.SIGINT.value, type(signal.SIGINT.value).__name__)
print("  ", signal.SIGINT == 2, signal.SIGINT + 1, signal.SIGINT is signal.Signals.SIGINT)
print("  ", {signal.SIGINT: "int"}[2], hash(signal.SIGTERM), isinstance(signal.SIGINT, int))
print("  ", signal.SIGINT in signal.Signals, signal.SIGIOT is signal.SIGABRT)
print("  ", repr(signal.Signals.__members__["SIGCLD"]), "SIGCLD" in signal.Signals.__members__)
print("  ", signal.SIG_DFL == 0, signal.Handlers(1) is signal.SIG_IGN)
show(signal.Signals, 99)
show(signal.Signals, 32)
show(lambda: signal.Signals["SIGNOPE"])

print("default handlers")
print("  ", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print("  ", repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print("  ", repr(signal.getsignal(signal.SIGKILL)), repr(signal.getsignal(signal.SIGRTMIN)))
print("  ", repr(signal.default_int_handler))
show(signal.default_int_handler)
show(signal.default_int_handler, 2, None)
show(signal.default_int_handler, 2, None, 3)

print("bad signal numbers")
for bad in (0, -1, 65, 1000, 2**40, 2**70, "2", 2.0, None):
    print("  ", repr(bad))
    show(signal.signal, bad, signal.SIG_IGN)
    show(signal.getsignal, bad)
    show(signal.strsignal, bad)
show(signal.signal, signal.SIGKILL, signal.SIG_IGN)
show(signal.signal, signal.SIGSTOP, signal.SIG_DFL)
show(signal.signal, 32, signal.SIG_IGN)
show(signal.getsignal, 32)

print("bad handlers")
for bad in (5, -1, None, "x", "1", [], 2.5):
    show(signal.signal, signal.SIGUSR1, bad)
print("   handler still", repr(signal.getsignal(signal.SIGUSR1)))
show(signal.signal, signal.SIGUSR1)
show(signal.signal, signal.SIGUSR1, signal.SIG_IGN, 3)
show(signal.getsignal)

print("handlers given as numbers")
for h in (True, 0, 1.0, signal.SIG_IGN, "0", signal.SIG_DFL):
    show(signal.signal, signal.SIGUSR2, h)
    show(signal.getsignal, signal.SIGUSR2)
print("   by enum member", repr(signal.signal(signal.Signals.SIGUSR2, signal.SIG_DFL)))

print("strsignal and valid_signals")
for n in (1, 2, 9, 15, 31, 33, 34, 35, 64):
    show(signal.strsignal, n)
v = signal.valid_signals()
print("  ", type(v).__name__, len(v), sorted(v)[:4], 32 in v, 64 in v)
print("  ", [repr(s) for s in sorted(v)[:3]], repr(max(v)))

print("raise_signal, alarm, set_wakeup_fd, siginterrupt, timers")
show(signal.raise_signal, 0)
show(signal.raise_signal, 99)
show(signal.raise_signal, -1)
show(signal.raise_signal, "x")
show(signal.alarm, 0)
show(signal.alarm, 1.5)
show(signal.alarm, 2**40)
show(signal.set_wakeup_fd, -1)
show(signal.set_wakeup_fd, 12345)
show(signal.set_wakeup_fd, -7)
show(signal.siginterrupt, signal.SIGUSR1, 1)
show(signal.siginterrupt, 0, 1)
show(signal.getitimer, signal.ITIMER_REAL)
show(signal.setitimer, signal.ITIMER_REAL, 0)
show(signal.setitimer, signal.ITIMER_REAL, -1)
show(signal.setitimer, 99, 1)
show(signal.setitimer, signal.ITIMER_REAL, "x")
print("  ", signal.ItimerError.__mro__[1].__name__, signal.ItimerError.__name__)

print("from another thread")


def other():
    show(signal.signal, signal.SIGUSR1, signal.SIG_IGN)
    show(signal.signal, 0, signal.SIG_IGN)
    show(signal.getsignal, signal.SIGINT)
    show(signal.set_wakeup_fd, -1)


t = threading.Thread(target=other)
t.start()
t.join()

print("after warm-up")


def round_trip(n):
    old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    back = signal.signal(signal.SIGUSR1, old)
    return back is signal.SIG_IGN and repr(signal.Signals(n)) == "<Signals.SIGUSR1: 10>"


print("  ", all(round_trip(10) for _ in range(300)))
show(round_trip, 99)
