# Every call that releases the GIL around a blocking part (file open/read/write/seek,
# os path calls, getcwd, sleep, lock waits, print's flush) run from several threads at once,
# many times, with results checked after: the GIL is released and taken back each time.
import os
import sys
import threading
import time

sys.setswitchinterval(0.0001)
N_THREADS = 4
ROUNDS = 150
lock = threading.Lock()
results = {}


def work(k):
    name = f"_blocking_{os.getpid()}_{k}.tmp"
    total = 0
    for i in range(ROUNDS):
        with open(name, "w") as f:
            f.write(f"{k}:{i}\n")
        with open(name, "a") as f:
            f.write("more\n")
        with open(name) as f:
            lines = f.read().splitlines()
        total += len(lines)
        with open(name, "rb") as f:
            f.seek(2)
            f.tell()
        assert os.path.exists(name) and os.path.isfile(name) and not os.path.isdir(name)
        assert os.getcwd()
        time.sleep(0)
        with lock:
            total += 1
    os.remove(name)
    results[k] = (total, os.path.exists(name))


threads = [threading.Thread(target=work, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])

# A failing blocking call raises in its thread and leaves the GIL usable.
def failing():
    try:
        open("/nonexistent-dir/x")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
t = threading.Thread(target=failing)
t.start()
t.join()
print("done", threading.active_count())
