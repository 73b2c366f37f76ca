import statistics as st
from fractions import Fraction as F

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.25, 3.0, 4.75, 0.1, 0.2]
fracs = [F(1, 3), F(2, 5), F(7, 4)]
mixed = [1, 2.5, F(1, 2)]
for name in ("mean", "fmean", "median", "median_low", "median_high", "median_grouped",
             "mode", "multimode", "variance", "pvariance", "stdev", "pstdev",
             "harmonic_mean", "geometric_mean", "quantiles"):
    fn = getattr(st, name)
    for data in (ints, floats, fracs, mixed, [3], [], [True, False, True], iter([1, 2, 3, 4])):
        show(name + " " + (repr(data) if isinstance(data, list) else "iter"), lambda: fn(data))

show("mean big", lambda: st.mean([1e50, 1, -1e50] * 1000))
show("mean bad", lambda: st.mean(["a", "b"]))
show("mean cplx", lambda: st.mean([1j, 2]))
show("nan", lambda: st.mean([1.0, float("nan")]))
show("inf", lambda: st.variance([1.0, float("inf")]))
show("fmean w", lambda: st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
show("fmean w len", lambda: st.fmean([1, 2, 3], weights=[1, 2]))
show("fmean w zero", lambda: st.fmean([1, 2], weights=[0, 0]))
show("fmean iter", lambda: st.fmean(x for x in range(10)))
show("hm w", lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show("hm neg", lambda: st.harmonic_mean([1, -2]))
show("hm one neg", lambda: st.harmonic_mean([-2]))
show("hm zero", lambda: st.harmonic_mean([1, 0, 2]))
show("hm bad w", lambda: st.harmonic_mean([1, 2], weights=[1]))
show("hm str", lambda: st.harmonic_mean(["x"]))
show("gm neg", lambda: st.geometric_mean([1, -1]))
show("grouped", lambda: st.median_grouped([52, 52, 53, 54], interval=2))
show("grouped str", lambda: st.median_grouped(["a", "b", "c"]))
show("mode str", lambda: st.mode("aabbbcc"))
show("multimode", lambda: st.multimode("aabbbccddd"))
show("var xbar", lambda: st.variance(ints, 5))
show("pvar mu", lambda: st.pvariance(ints, 5))
show("stdev 1", lambda: st.stdev([1]))
show("q10", lambda: st.quantiles(range(1, 101), n=10))
show("q incl", lambda: st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4, method="inclusive"))
show("q n0", lambda: st.quantiles([1, 2], n=0))
show("q bad", lambda: st.quantiles([1, 2], method="x"))
show("q one", lambda: st.quantiles([1]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("cov", lambda: st.covariance(x, y))
show("corr", lambda: st.correlation(x, list(reversed(x))))
show("corr y", lambda: st.correlation(x, y))
show("corr const", lambda: st.correlation(x, [1] * 9))
show("cov len", lambda: st.covariance([1, 2], [1]))
show("cov short", lambda: st.covariance([1], [1]))
show("lr", lambda: st.linear_regression(x, [2 * v + 1 for v in x]))
show("lr prop", lambda: st.linear_regression([1, 2, 3], [2, 4.1, 5.9], proportional=True))
show("lr const", lambda: st.linear_regression([1, 1], [1, 2]))
show("lr len", lambda: st.linear_regression([1, 1], [1]))
print(issubclass(st.StatisticsError, ValueError))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(round(nd.pdf(110), 12), round(nd.cdf(130), 12), nd.zscore(130))
print(nd + 5, nd * 2, nd - st.NormalDist(1, 2), -nd, 2 * nd, nd / 3, 10 - nd)
print(nd == st.NormalDist(100, 15), nd == 3)
print(st.NormalDist.from_samples([1, 2, 3, 4]))
show("nd neg", lambda: st.NormalDist(0, -1))
show("nd pdf0", lambda: st.NormalDist(0, 0).pdf(1))
show("nd cdf0", lambda: st.NormalDist(0, 0).cdf(1))

# warm-up: repeat the exact paths, then change the data type
def summary(d):
    return st.mean(d), st.variance(d), st.stdev(d), st.median(d)
for i in range(200):
    r = summary(ints)
print(r)
for i in range(150):
    r = summary(fracs)
print(r)
print(summary(floats))
