# Daemon threads still running when the main thread ends: the interpreter exits without
# waiting for them and nothing they would print later appears. A non-daemon thread is
# waited for.
import sys
import threading
import time

started = threading.Event()
stop_never = threading.Event()


def daemon_loop(n):
    started.set()
    while not stop_never.wait(0.01):
        pass
    print("daemon", n, "finished (must not appear)")


def daemon_sleeper():
    time.sleep(30)
    print("sleeper woke (must not appear)")


for i in range(3):
    t = threading.Thread(target=daemon_loop, args=(i,), daemon=True)
    t.start()
threading.Thread(target=daemon_sleeper, daemon=True).start()
started.wait()


def slow_non_daemon():
    time.sleep(0.05)
    print("non-daemon finished after main")
    sys.stdout.flush()


t = threading.Thread(target=slow_non_daemon)
t.start()
print("daemon flags:", sorted(th.daemon for th in threading.enumerate()))
print("a daemon thread's children are daemons by default")


def spawner():
    child = threading.Thread(target=time.sleep, args=(30,))
    print("child daemon:", child.daemon)
    child.start()


s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print("main done")
