# Sieve of Eratosthenes plus prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes


def is_prime_trial(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(factors):
    parts = []
    for p in sorted(factors):
        e = factors[p]
        parts.append(str(p) if e == 1 else f'{p}^{e}')
    return ' * '.join(parts)


primes = sieve(1000)
print('count below 1000:', len(primes))
print('first 15:', primes[:15])
print('last 5:', primes[-5:])
print('sum:', sum(primes))

# The sieve must agree with trial division.
mismatches = 0
for n in range(1001):
    if (n in primes) != is_prime_trial(n):
        mismatches += 1
print('mismatches:', mismatches)

# Gaps between consecutive primes.
gaps = {}
max_gap = 0
max_gap_at = 0
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
    if g > max_gap:
        max_gap = g
        max_gap_at = primes[i - 1]
for g in sorted(gaps):
    print(f'gap {g:2d}: {gaps[g]:3d} times')
print('largest gap', max_gap, 'after', max_gap_at)

# Twin primes and primes by last digit.
twins = []
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins.append((primes[i - 1], primes[i]))
print('twin pairs:', len(twins), 'first:', twins[:4], 'last:', twins[-1])
by_digit = {}
for p in primes:
    d = p % 10
    by_digit[d] = by_digit.get(d, 0) + 1
print('by last digit:', dict(sorted(by_digit.items())))

# Factorisations.
for n in [2, 12, 360, 997, 1001, 65536, 123456789, 600851475143]:
    print(n, '=', format_factors(factorize(n)))

# Goldbach for small even numbers.
prime_set = set(primes)
for n in range(4, 41, 6):
    for p in primes:
        if n - p in prime_set:
            print(f'{n} = {p} + {n - p}')
            break

# Density per hundred.
row = []
for start in range(0, 1000, 100):
    c = 0
    for p in primes:
        if start <= p < start + 100:
            c += 1
    row.append(c)
print('per hundred:', row)
