"""Basic statistics of numeric data; exact sums go through Fraction, as CPython's do."""
import math
from fractions import Fraction
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)  # NaN or infinity: carried through unchanged
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _accumulate(data, squares):
    # exact sums keyed by denominator: (type, count, sum partials, sum-of-squares partials)
    T, count, sx, sxx = int, 0, {}, {}
    last = None
    for x in data:
        t = type(x)
        if t is not last:
            T = _coerce(T, t)
            last = t
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if squares and d is not None:
            sxx[d] = sxx.get(d, 0) + n * n
    return T, count, sx, sxx


def _total(partials, square=False):
    if None in partials:
        return partials[None]
    return sum(Fraction(n, d * d if square else d) for d, n in partials.items())


def _sum(data):
    T, count, sx, _ = _accumulate(data, False)
    return T, _total(sx), count


def _ss(data, c=None):
    # (type, exact sum of squared deviations, mean, count)
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    T, count, sx, sxx = _accumulate(data, True)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if None in sx:
        return T, sx[None], sx[None], count
    s = _total(sx)
    return T, (count * _total(sxx, True) - s * s) / count, s / count, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if T.__name__ == 'Decimal':
            return T(value.numerator) / T(value.denominator)
        raise


def _sqrt_frac(n, m):
    # correctly rounded float sqrt(n/m): an integer root with round-to-odd, then one rounding
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        m <<= 2 * q
        den = 1
    else:
        n <<= -2 * q
        den = 1 << -q
    a = math.isqrt(n // m)
    a |= a * a * m != n
    return (a << q if q >= 0 else a) / den


def _root(T, mss):
    if T.__name__ == 'Decimal':
        return (T(mss.numerator) / T(mss.denominator)).sqrt()
    return _sqrt_frac(mss.numerator, mss.denominator)


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        if not hasattr(data, '__len__'):
            data = list(data)
        n = len(data)
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    data = list(data)
    weights = list(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _nonneg(values, msg):
    for x in values:
        if x < 0:
            raise StatisticsError(msg)
        yield x


def harmonic_mean(data, weights=None):
    data = list(data)
    msg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float, Fraction)) and type(x).__name__ != 'Decimal':
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(msg)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_nonneg(weights, msg))[1]
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, _nonneg(data, msg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def _sorted_nonempty(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data


def median(data):
    data = _sorted_nonempty(data)
    n = len(data)
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = _sorted_nonempty(data)
    return data[(len(data) - 1) // 2]


def median_high(data):
    data = _sorted_nonempty(data)
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    data = _sorted_nonempty(data)
    n = len(data)
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [v for v, c in counts.items() if c == best]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    out = []
    if method == 'inclusive':
        for i in range(1, n):
            j, delta = divmod(i * (ld - 1), n)
            out.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return out
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            out.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return out
    raise ValueError('Unknown method: %r' % (method,))


def variance(data, xbar=None):
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(T, ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(T, ss / n)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    return n, xbar, ybar, sxy


def covariance(x, y, /):
    n, _, _, sxy = _paired(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    _, xbar, ybar, sxy = _paired(x, y, 'correlation')
    sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    syy = math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n, xbar, ybar, sxy = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


# Wichura's AS241 rational approximations of the normal quantile (highest power first):
# |q| <= 0.425, then r = sqrt(-log(tail)) <= 5, then the far tails.
_AS241 = (
    ((2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
      4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
      1.3314166789178437745e+2, 3.3871328727963666080e+0),
     (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
      2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
      4.2313330701600911252e+1, 1.0)),
    ((7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
      1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
      4.63033784615654529590e+0, 1.42343711074968357734e+0),
     (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
      1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
      2.05319162663775882187e+0, 1.0)),
    ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
      2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
      5.46378491116411436990e+0, 6.65790464350110377720e+0),
     (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
      7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
      5.99832206555887937690e-1, 1.0)),
)


def _ratio_poly(coeffs, r):
    num, den = coeffs
    n = num[0]
    for c in num[1:]:
        n = n * r + c
    d = den[0]
    for c in den[1:]:
        d = d * r + c
    return n, d


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if abs(q) <= 0.425:
        n, d = _ratio_poly(_AS241[0], 0.180625 - q * q)
        return mu + (n * q / d) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        n, d = _ratio_poly(_AS241[1], r - 1.6)
    else:
        n, d = _ratio_poly(_AS241[2], r - 5.0)
    x = n / d
    return mu + (-x if q < 0.0 else x) * sigma


class NormalDist:
    """Normal distribution of a random variable"""
    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = mean
    mode = mean
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        # Inman & Bradley: the densities cross at the roots of a quadratic
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        xv, yv = X.variance, Y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = yv - xv
        dm = abs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * math.sqrt(2.0)))
        a = X._mu * yv - Y._mu * xv
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(yv / xv))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (abs(Y.cdf(x1) - X.cdf(x1)) + abs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def __add__(a, b):
        if isinstance(b, NormalDist):
            return NormalDist(a._mu + b._mu, math.hypot(a._sigma, b._sigma))
        return NormalDist(a._mu + b, a._sigma)

    def __sub__(a, b):
        if isinstance(b, NormalDist):
            return NormalDist(a._mu - b._mu, math.hypot(a._sigma, b._sigma))
        return NormalDist(a._mu - b, a._sigma)

    def __mul__(a, k):
        return NormalDist(a._mu * k, a._sigma * abs(k))

    def __truediv__(a, k):
        return NormalDist(a._mu / k, a._sigma / abs(k))

    def __pos__(a):
        return NormalDist(a._mu, a._sigma)

    def __neg__(a):
        return NormalDist(-a._mu, a._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(a, b):
        return -(a - b)

    def __eq__(a, b):
        if not isinstance(b, NormalDist):
            return NotImplemented
        return a._mu == b._mu and a._sigma == b._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
