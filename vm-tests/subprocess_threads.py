# subprocess waits release the GIL: another thread keeps running while the main thread
# waits for a child (run, Popen.wait, communicate), and children can be run from threads.
import subprocess
import threading
import time

ticks = []
stop = threading.Event()


def ticker():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.01)


t = threading.Thread(target=ticker)
t.start()
before = len(ticks)
subprocess.run(["sleep", "0.3"])
during_run = len(ticks) - before
before = len(ticks)
p = subprocess.Popen(["sh", "-c", "sleep 0.3; echo done"], stdout=subprocess.PIPE)
out, _ = p.communicate()
during_communicate = len(ticks) - before
stop.set()
t.join()
print(during_run > 5, during_communicate > 5, out, p.returncode)

results = {}


def worker(n):
    r = subprocess.run(["sh", "-c", f"echo worker {n}; exit {n}"], capture_output=True, text=True)
    results[n] = (r.stdout.strip(), r.returncode)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print([results[i] for i in range(6)])


# warm-up: the same threaded run many times, then a different command
def in_thread(cmd):
    box = []
    th = threading.Thread(target=lambda: box.append(subprocess.run(cmd, capture_output=True).stdout))
    th.start()
    th.join()
    return box[0]


for i in range(100):
    r = in_thread(["echo", "w"])
print(r, in_thread(["echo", "other"]))
