# sqrt, exp, ln, log10 and powers (integral exact, non-integral correctly rounded).
from decimal import *
c=getcontext()
D=Decimal
for e in ['D(4)**D("0.5")','D(2)**D("0.5")','D("1.5")**D("2.5")','D(10)**D("-0.5")', 'D(1)**D("inf")','D(2).exp()','D(1).exp()','D(0).exp()','D(-1).exp()','D("1e-40").exp()','D("-1e10").exp()','D(10).ln()','D(1).ln()','D(0).ln()','D(100).log10()','D("0.001").log10()','D(2).log10()','D("1.0000000000000000000001").ln()', 'D("2.5")**D("-1.5")','D("1e10")**D("0.5")','D(2)**D("1e6")','D("inf").exp()','D("-inf").exp()','D("-1").ln()','D("inf").ln()','D(7).exp()','D("123.456").ln()', 'D("0.5").ln()', 'D("1e-5").ln()', 'D("-2.5").exp()', 'D("1e100").log10()', 'D("5e-7").log10()', 'D(3)**D(5000)', 'D("1.0001")**D(-100000)', 'D(-2)**3', 'D(-2)**D(-3)', 'D("-1.5")**D(4001)', 'D(2)**D("1e10")', 'D("0.1")**D("1e10")', 'pow(D(3), 4, 5)', 'D(0)**D(-2)', 'D(-0.0)**3','D("inf")**-1','D("-inf")**3','D("0.5")**D("inf")']:
  c.clear_flags()
  try: print(e, '->', repr(eval(e)), [k.__name__ for k,v in c.flags.items() if v])
  except Exception as x: print(e, '=>', type(x).__name__, x)
for p in (5, 9, 40):
  with localcontext(prec=p) as cc:
    for r in ['ROUND_UP','ROUND_DOWN','ROUND_HALF_EVEN']:
      cc.rounding=r
      print(p, r, D(3).exp(), D(3).ln(), D(3).log10(), D(3)**D("0.3"), D(3).sqrt())
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1e-10').sqrt(), D('-0').sqrt(), D('inf').sqrt())
print(D('0.0400').sqrt(), D('1e3').sqrt(), D(10).sqrt(), D('1.5').sqrt())
# warm-up: 200 square roots, then a precision change
def root(x):
    return x.sqrt()
for i in range(200):
    r = root(D(i))
print(r)
with localcontext(prec=50):
    print(root(D(2)), D(2).exp(), D(2).ln())
print(root(D(2)))
