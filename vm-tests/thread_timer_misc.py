# Timer, hooks, stack_size, threads started with _thread (dummies), and the wait at exit for
# non-daemon threads.
import _thread
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
print(t.name.startswith("Thread-"), t.daemon)
t.start()
t.join()
print(fired)
c = threading.Timer(30, fired.append, args=["cancelled"])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())
k = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"x": 1})
k.start()
k.join()
print(fired)

print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.stack_size())

# A thread started with _thread directly gets a _DummyThread on its first current_thread().
seen = []
done = _thread.allocate_lock()
done.acquire()


def raw():
    me = threading.current_thread()
    seen.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                 me in threading.enumerate(), me is threading.current_thread()))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(seen)

# The interpreter waits for non-daemon threads at exit: this one prints after the main
# script's last line.
go = threading.Event()


def late():
    go.wait()
    print("late thread finished")


threading.Thread(target=late).start()
print("main script ends")
go.set()
