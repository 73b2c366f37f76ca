"""Hand-over: two CPU-bound threads read time.perf_counter() in a tight loop for ~1 s.
A gap > 0.1 ms between a thread's consecutive readings is the other thread's turn, unless
the other thread was stalled for all of it too (the OS preempting both, on a busy machine).
Prints `RESULT turns=K median_ms=... p95_ms=... interval_ms=...`."""
import sys
import threading
import time

DURATION = 1.0


def spin(end, gaps):
    pc = time.perf_counter
    last = pc()
    while last < end:
        now = pc()
        if now - last > 1e-4:
            gaps.append((last, now))
        last = now


end = time.perf_counter() + DURATION
gaps = [[], []]
threads = [threading.Thread(target=spin, args=(end, g)) for g in gaps]
for t in threads:
    t.start()
for t in threads:
    t.join()


def turn_lengths(mine, other):
    return [e - s for s, e in mine if not any(s2 <= s and e <= e2 for s2, e2 in other)]


turns = sorted(turn_lengths(gaps[0], gaps[1]) + turn_lengths(gaps[1], gaps[0]))
k = len(turns)
median = turns[k // 2] * 1000 if k else 0.0
p95 = turns[min(k - 1, int(k * 0.95))] * 1000 if k else 0.0
print(f"RESULT turns={k} median_ms={median:.3f} p95_ms={p95:.3f} "
      f"interval_ms={sys.getswitchinterval() * 1000:g}")
