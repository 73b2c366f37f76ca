# Exceptions raised in threads reach threading.excepthook.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def fail(msg):
    raise ValueError(msg)


t = threading.Thread(target=fail, args=("boom",), name="failer")
t.start()
t.join()
print(seen, t.is_alive())


class Bad(threading.Thread):
    def run(self):
        {}["key"]


b = Bad(name="bad")
b.start()
b.join()
print(seen[-1])

# SystemExit goes to the hook too; the default hook would ignore it.
t = threading.Thread(target=lambda: exit_now(), name="exiter")
def exit_now():
    raise SystemExit(3)
t.start()
t.join()
print(seen[-1])

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=exit_now)
t.start()
t.join()
print("SystemExit silent")

args = threading.ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(args.exc_type, repr(args.exc_value), args.exc_traceback, args.thread, len(args))
print(args[0] is KeyError, type(args).__name__, isinstance(args, tuple))
print(args)
try:
    threading.ExceptHookArgs((1, 2))
except TypeError as e:
    print("TypeError:", e)
got = []
threading.excepthook = lambda a: got.append(repr(a).split("(")[0])
t = threading.Thread(target=exit_now)
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(got)

# Later threads keep working after failures.
ok = []
t = threading.Thread(target=ok.append, args=(1,))
t.start()
t.join()
print(ok)
