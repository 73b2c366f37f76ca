# Decimal.__format__ and f-strings.
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN
D = Decimal
vals = [D('1234567.891'), D('-0.5'), D('0'), D('1e-10'), D('1.5E+7'), D('-0.00'), D('123'), D('99.995'),
        D('inf'), D('-nan'), D('0.000001234'), D('1E+3')]
specs = ['', '.2f', ',.2f', ',', 'e', '.3e', '.2E', '%', '.1%', '10.2f', '<10', '^12.1f', '+.1f', ' f', 'f',
         'g', '.3g', '.10g', 'G', '012,.2f', '*>15,.2f', '015.2f', '.0f', '.0e', 'n', '.3n', 'z.1f', '10', '.5',
         '=+12.3f', '-^9', 'F', '.1F']
for v in vals:
    print(repr(v))
    for s in specs:
        print('  %-9r %r' % (s, format(v, s)))
for bad in ['.2x', 'x', ',n', '.', '#.3g', '_.3f', '.2d']:
    try:
        print(format(D(1), bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
price = D('19.999')
print(f"{price:.2f} {D('2.5'):.0f} {D('3.5'):.0f} {price!r} {price!s:>10} {D('1234.5'):,}")
with localcontext(rounding=ROUND_HALF_UP):
    print(f"{D('2.5'):.0f} {D('2.675'):.2f} {D('-2.675'):.2f}")
with localcontext(rounding=ROUND_DOWN):
    print(f"{D('2.679'):.2f} {D('0.12345'):.2%}")
# warm-up: the same format 200 times, then another rounding
def money(x):
    return f"${x:,.2f}"
for i in range(200):
    out = money(D(i) / 8)
print(out)
with localcontext(rounding=ROUND_HALF_UP):
    print(money(D('0.125')), money(D('1234567.005')))
print(money(D('0.125')), money(D('1234567.005')))
