from statistics import NormalDist, StatisticsError

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

z = NormalDist()
for p in (1e-300, 1e-20, 0.0001, 0.01, 0.05, 0.075, 0.1, 0.3, 0.5, 0.6, 0.9, 0.925, 0.975, 0.999, 1 - 1e-12):
    show("inv_cdf %r" % p, lambda: z.inv_cdf(p))
iq = NormalDist(100, 15)
print(iq.quantiles(), iq.quantiles(10))
show("q1", lambda: iq.quantiles(1))
show("p0", lambda: z.inv_cdf(0))
show("p1", lambda: z.inv_cdf(1.0))
show("sigma0", lambda: NormalDist(1, 0).inv_cdf(0.5))
show("overlap", lambda: NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
show("overlap sym", lambda: NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
show("overlap same var", lambda: NormalDist(0, 1).overlap(NormalDist(1, 1)))
show("overlap self", lambda: iq.overlap(iq))
show("overlap bad", lambda: iq.overlap(3))
show("overlap zero", lambda: iq.overlap(NormalDist(1, 0)))
show("samples", lambda: [round(x, 6) for x in NormalDist(10, 2).samples(3, seed=42)])
show("roundtrip", lambda: round(iq.cdf(iq.inv_cdf(0.123)), 12))
show("zscore0", lambda: NormalDist(1, 0).zscore(2))
# warm-up then switch the distribution
def tails(d):
    return d.inv_cdf(0.025), d.inv_cdf(0.975), d.cdf(d.mean)
for i in range(200):
    t = tails(z)
print(t)
for i in range(150):
    t = tails(iq)
print(t, tails(NormalDist(-5, 0.5)))
