# A ledger/invoice calculator: exact Fraction money, split bills, statistics on the results,
# seeded random test data, and copies of the ledger for what-if scenarios.
import copy
import random
import statistics
from fractions import Fraction
from collections import defaultdict


class LedgerError(Exception):
    pass


def money(text):
    """Parse a money amount exactly ('12.34', '-3', '1/3')."""
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError) as e:
        raise LedgerError("bad amount %r: %s" % (text, e)) from None
    return value


def cents(value):
    """Round half-even to whole cents, the way a bank statement shows it."""
    return Fraction(round(value * 100), 100)


def fmt(value):
    c = round(value * 100)
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (sign, c // 100, c % 100)


class Line:
    def __init__(self, item, qty, unit, tax_rate):
        self.item = item
        self.qty = qty
        self.unit = money(unit)
        self.tax_rate = Fraction(tax_rate)

    @property
    def net(self):
        return self.qty * self.unit

    @property
    def tax(self):
        return self.net * self.tax_rate

    def __repr__(self):
        return "Line(%r, %d x %s)" % (self.item, self.qty, fmt(self.unit))


class Invoice:
    def __init__(self, number, customer):
        self.number = number
        self.customer = customer
        self.lines = []
        self.discount = Fraction(0)

    def add(self, item, qty, unit, tax_rate="1/5"):
        if qty <= 0:
            raise LedgerError("quantity must be positive, got %d" % qty)
        self.lines.append(Line(item, qty, unit, tax_rate))
        return self

    def net(self):
        return sum((l.net for l in self.lines), Fraction(0)) * (1 - self.discount)

    def tax(self):
        return sum((l.tax for l in self.lines), Fraction(0)) * (1 - self.discount)

    def total(self):
        return self.net() + self.tax()

    def split(self, ways):
        """Split the rounded total into `ways` shares of whole cents that add up exactly."""
        total = cents(self.total())
        base = cents(total / ways)
        if base * ways > total:
            base -= Fraction(1, 100)
        shares = [base] * ways
        rest = total - base * ways
        i = 0
        while rest > 0:
            shares[i] += Fraction(1, 100)
            rest -= Fraction(1, 100)
            i += 1
        return shares


class Ledger:
    def __init__(self):
        self.invoices = []
        self.payments = defaultdict(Fraction)

    def invoice(self, customer):
        inv = Invoice(len(self.invoices) + 1, customer)
        self.invoices.append(inv)
        return inv

    def pay(self, customer, amount):
        self.payments[customer] += money(amount)

    def balance(self, customer):
        owed = sum((cents(i.total()) for i in self.invoices if i.customer == customer), Fraction(0))
        return owed - self.payments[customer]

    def customers(self):
        return sorted({i.customer for i in self.invoices})


ledger = Ledger()
ledger.invoice("acme").add("widget", 3, "19.99").add("gadget", 1, "249.50").add("manual", 1, "12", "0")
ledger.invoice("globex").add("consulting", 7, "120.00", "1/5").add("travel", 1, "310.45", "1/10")
inv = ledger.invoice("acme").add("support", 12, "49.95")
inv.discount = Fraction(15, 100)
ledger.invoice("initech").add("stapler", 40, "7.25").add("paper", 25, "3.33", "1/5")
ledger.pay("acme", "300")
ledger.pay("globex", "1/3")
ledger.pay("globex", "500.00")

print("== invoices ==")
for inv in ledger.invoices:
    print("#%d %-8s net %10s tax %9s total %10s exact %s" % (
        inv.number, inv.customer, fmt(inv.net()), fmt(inv.tax()), fmt(inv.total()), inv.total()))
    for line in inv.lines:
        print("    ", line, fmt(line.net), line.tax_rate)

print("== balances ==")
for c in ledger.customers():
    b = ledger.balance(c)
    print("%-8s %10s %r" % (c, fmt(b), b))

print("== splits ==")
for inv in ledger.invoices:
    shares = inv.split(3)
    print(inv.number, [fmt(s) for s in shares], sum(shares) == cents(inv.total()))

print("== errors ==")
for bad in ("12.3.4", "abc", "1/0", ""):
    try:
        money(bad)
    except LedgerError as e:
        print(e)
try:
    ledger.invoice("bad").add("thing", 0, "1")
except LedgerError as e:
    print(e)
ledger.invoices.pop()

print("== statistics ==")
totals = [inv.total() for inv in ledger.invoices]
print("mean", statistics.mean(totals), fmt(statistics.mean(totals)))
print("median", statistics.median(totals))
print("stdev %.6f" % statistics.stdev(totals))
print("pvariance", statistics.pvariance(totals))
float_totals = [float(t) for t in totals]
print("fmean %.4f" % statistics.fmean(float_totals))
print("quartiles", statistics.quantiles(float_totals, n=4))
print("harmonic %.4f geometric %.4f" % (statistics.harmonic_mean(float_totals),
                                        statistics.geometric_mean(float_totals)))
nets = [float(inv.net()) for inv in ledger.invoices]
taxes = [float(inv.tax()) for inv in ledger.invoices]
print("corr %.6f" % statistics.correlation(nets, taxes))
fit = statistics.linear_regression(nets, taxes)
print("fit slope %.6f intercept %.6f" % fit)

print("== simulated month ==")
rng = random.Random("ledger-2026")
catalog = [("widget", "19.99"), ("gadget", "249.50"), ("cable", "4.99"), ("repair", "85.00")]
sim = Ledger()
for day in range(30):
    inv = sim.invoice(rng.choice(["acme", "globex", "initech", "umbrella"]))
    for item, price in rng.sample(catalog, k=rng.randint(1, 3)):
        inv.add(item, rng.randint(1, 5), price)
    if rng.random() < 0.2:
        inv.discount = Fraction(rng.choice([5, 10, 25]), 100)
daily = [cents(i.total()) for i in sim.invoices]
print("invoices", len(daily), "sum", fmt(sum(daily)), "max", fmt(max(daily)), "min", fmt(min(daily)))
print("mode customer", statistics.mode(i.customer for i in sim.invoices))
print("multimode", statistics.multimode(len(i.lines) for i in sim.invoices))
print("median_low", fmt(statistics.median_low(daily)), "median_high", fmt(statistics.median_high(daily)))
dist = statistics.NormalDist.from_samples([float(d) for d in daily])
print("normal mean %.2f sd %.2f" % (dist.mean, dist.stdev), "P(<100) %.4f" % dist.cdf(100))

print("== what-if ==")
scenario = copy.deepcopy(sim)
for inv in scenario.invoices:
    inv.discount = Fraction(1, 10)
base = sum(cents(i.total()) for i in sim.invoices)
alt = sum(cents(i.total()) for i in scenario.invoices)
print("base", fmt(base), "10% off", fmt(alt), "saving", fmt(base - alt), "ratio", (alt / base).limit_denominator(1000))
print(scenario.invoices[0].lines[0] is not sim.invoices[0].lines[0], type(scenario.payments).__name__)

# warm-up: recompute the same totals many times, then change the tax rate and again
def grand_total(led):
    return sum((cents(i.total()) for i in led.invoices), Fraction(0))
for _ in range(200):
    g = grand_total(ledger)
print("grand", fmt(g))
for inv in ledger.invoices:
    for line in inv.lines:
        line.tax_rate = Fraction(1, 4)
for _ in range(100):
    g2 = grand_total(ledger)
print("grand at 25%", fmt(g2), "difference", fmt(g2 - g), float(g2 / g))
