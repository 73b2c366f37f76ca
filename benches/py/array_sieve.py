# The array module: a prime sieve over a bytearray-like array('B'), prefix sums in an
# array('q'), a float signal smoothed in array('d'), and byte round trips through
# tobytes/frombytes with byteswap.
# Stresses array indexing, slice assignment and the buffer-backed typecodes.
from array import array

N = 300_000
sieve = array("B", [1]) * (N + 1)
sieve[0] = sieve[1] = 0
i = 2
while i * i <= N:
    if sieve[i]:
        sieve[i * i::i] = array("B", bytes(len(range(i * i, N + 1, i))))
    i += 1
primes = array("l", (k for k in range(N + 1) if sieve[k]))
assert len(primes) == 25997, len(primes)

prefix = array("q", [0]) * len(primes)
acc = 0
for k in range(len(primes)):
    acc += primes[k]
    prefix[k] = acc

signal = array("d", (((k * 7919) % 1000) / 1000.0 for k in range(100_000)))
smooth = array("d", [0.0]) * len(signal)
for k in range(2, len(signal) - 2):
    smooth[k] = (signal[k - 2] + signal[k - 1] + signal[k] + signal[k + 1] + signal[k + 2]) / 5

raw = primes.tobytes()
copy = array("l")
copy.frombytes(raw)
copy.byteswap()
copy.byteswap()
assert copy == primes
print("array_sieve:", len(primes), prefix[-1], round(sum(smooth), 6), len(raw))
