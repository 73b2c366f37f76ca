# An invoice calculator: line items with quantities and unit prices, per-line discounts,
# tax rounded per line or per invoice, currency quantize, multi-currency totals, payment
# schedules split into installments, and localcontext precision changes for FX rates.
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero, Inexact)
from dataclasses import dataclass, field
import json

CENT = Decimal('0.01')
YEN = Decimal('1')
CURRENCY_QUANT = {'EUR': CENT, 'USD': CENT, 'JPY': YEN, 'BHD': Decimal('0.001')}


def money(amount, currency='EUR', rounding=ROUND_HALF_UP):
    return amount.quantize(CURRENCY_QUANT[currency], rounding=rounding)


@dataclass
class Line:
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = Decimal('0')
    tax_rate: Decimal = Decimal('0.20')

    def net(self):
        gross = self.quantity * self.unit_price
        return gross - gross * self.discount_pct / 100

    def tax(self):
        return self.net() * self.tax_rate


@dataclass
class Invoice:
    number: str
    currency: str
    lines: list = field(default_factory=list)
    per_line_rounding: bool = True

    def add(self, sku, description, quantity, unit_price, discount='0', tax='0.20'):
        line = Line(sku, description, Decimal(quantity), Decimal(unit_price), Decimal(discount),
                    Decimal(tax))
        self.lines.append(line)
        return line

    def subtotal(self):
        return sum((money(l.net(), self.currency) for l in self.lines), Decimal(0))

    def tax_total(self):
        if self.per_line_rounding:
            return sum((money(l.tax(), self.currency) for l in self.lines), Decimal(0))
        return money(sum((l.tax() for l in self.lines), Decimal(0)), self.currency)

    def total(self):
        return self.subtotal() + self.tax_total()

    def tax_breakdown(self):
        rates = {}
        for l in self.lines:
            rates.setdefault(l.tax_rate, Decimal(0))
            rates[l.tax_rate] += l.net()
        return {rate: (money(base, self.currency), money(base * rate, self.currency))
                for rate, base in sorted(rates.items())}

    def render(self):
        out = ['Invoice %s (%s)' % (self.number, self.currency)]
        for l in self.lines:
            out.append('  %-6s %-18s %6s x %10s  -%5s%%  = %12s' % (
                l.sku, l.description, l.quantity.normalize(), l.unit_price, l.discount_pct,
                money(l.net(), self.currency)))
        out.append('  %-40s %25s' % ('Subtotal', f'{self.subtotal():,}'))
        for rate, (base, tax) in self.tax_breakdown().items():
            out.append('  %-40s %25s' % (f'VAT {rate:.0%} on {base:,.2f}', f'{tax:,}'))
        out.append('  %-40s %25s' % ('Tax', self.tax_total()))
        out.append('  %-40s %25s' % ('TOTAL', f'{self.total():>,.2f}'))
        return '\n'.join(out)


def installments(total, n, currency='EUR'):
    """Split total into n payments that sum exactly; the last takes the remainder."""
    quant = CURRENCY_QUANT[currency]
    part = (total / n).quantize(quant, rounding=ROUND_DOWN)
    parts = [part] * (n - 1)
    parts.append(total - part * (n - 1))
    assert sum(parts) == total
    return parts


def convert(amount, rate, currency):
    # FX rates carry many digits: compute at high precision, round once at the end
    with localcontext() as ctx:
        ctx.prec = 50
        exact = amount * rate
    return money(exact, currency, ROUND_HALF_EVEN)


inv = Invoice('2024-0042', 'EUR')
inv.add('A-100', 'Widget', '3', '19.99')
inv.add('B-220', 'Gadget (bulk)', '12', '4.125', discount='7.5')
inv.add('C-005', 'Service hours', '2.5', '80.00', tax='0.10')
inv.add('D-777', 'Shipping', '1', '5.555', tax='0')
inv.add('E-001', 'Tiny parts', '1000', '0.0049')
print(inv.render())
print('per-line tax:', inv.tax_total())
inv.per_line_rounding = False
print('per-invoice tax:', inv.tax_total(), 'total', inv.total())
print('installments:', installments(inv.total(), 3), installments(Decimal('100.00'), 7))

# the same invoice in other currencies
rates = {'USD': Decimal('1.08734216'), 'JPY': Decimal('163.2291'), 'BHD': Decimal('0.4098765')}
for cur, rate in rates.items():
    print(cur, convert(inv.total(), rate, cur), installments(convert(inv.total(), rate, cur), 4, cur))

# rounding policy comparison on awkward amounts
amounts = [Decimal(s) for s in ('0.005', '0.015', '0.025', '2.675', '-1.005', '1234567.895')]
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(mode, [str(money(a, 'EUR', mode)) for a in amounts])

# unit price derived from a total: division needs context precision
with localcontext(prec=6) as ctx:
    unit = Decimal('100') / Decimal('3')
    print('unit at prec 6:', unit, ctx.flags[Inexact])
print('unit at prec 28:', Decimal('100') / Decimal('3'))

# compound interest on an overdue invoice, daily for 45 days
principal = inv.total()
daily = Decimal('0.08') / 365
with localcontext(prec=40):
    grown = principal * (1 + daily) ** 45
print('overdue after 45 days:', money(grown), 'interest', money(grown - principal))

# bad data is rejected with decimal's own exceptions
for raw in ('12.5', '1,000', 'abc', '', '3e2'):
    try:
        q = Decimal(raw)
        print('quantity', raw, '->', q, q == q.to_integral_value())
    except InvalidOperation as e:
        print('bad quantity', repr(raw), e.args[0][0].__name__)
try:
    Decimal('10') / Decimal('0')
except DivisionByZero as e:
    print('division by zero:', type(e).__name__, isinstance(e, ZeroDivisionError))
try:
    Decimal('123456789.123').quantize(CENT, context=getcontext().copy().__class__(prec=8))
except InvalidOperation as e:
    print('quantize too many digits:', e)

# ledger: serialize as strings (exact round trip) and aggregate by SKU prefix
ledger = []
for i in range(1, 201):
    qty = Decimal(i % 7 + 1)
    price = Decimal(i * 37 % 1000) / 100
    ledger.append({'sku': 'ABCDE'[i % 5] + '-%03d' % i, 'amount': str(money(qty * price * Decimal('1.2')))})
blob = json.dumps(ledger[:3])
print(blob)
totals = {}
for row in json.loads(json.dumps(ledger)):
    key = row['sku'][0]
    totals[key] = totals.get(key, Decimal(0)) + Decimal(row['amount'])
print(sorted((k, str(v)) for k, v in totals.items()))
grand = sum(totals.values())
print('grand total', grand, f'{grand:,.2f}', f'{grand:.3e}', grand.as_tuple().exponent)
average = grand / len(ledger)
print('average', money(average), 'max', max(Decimal(r['amount']) for r in ledger),
      'min', min(Decimal(r['amount']) for r in ledger))
print('share of A: {:.2%}'.format(totals['A'] / grand))

# warm-up then a context change: the same pricing call must follow the new rounding
def price_line(q, p):
    return money(Decimal(q) * Decimal(p) * Decimal('1.075'))
for i in range(200):
    last = price_line(i, '0.99')
print('warm', last)
print(price_line(3, '0.35'), price_line(1, '0.70'))
getcontext().rounding = ROUND_DOWN
print('context rounding does not affect explicit quantize rounding:', price_line(3, '0.35'))
print('but it does affect division:', Decimal(2) / 3)
getcontext().rounding = ROUND_HALF_EVEN
print(repr(getcontext().flags[Inexact]), getcontext().prec)
