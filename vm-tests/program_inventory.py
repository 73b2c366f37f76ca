# A warehouse inventory and report generator: str.format / % / f-string
# alignment, sorting with keys, enumerate/zip, dict and set comprehensions,
# try/except/else/finally, a custom context manager, and generators with
# `yield from`.


class StockError(Exception):
    pass


class Product:
    def __init__(self, sku, name, category, price, qty, tags=()):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Product(%r, %r, qty=%d)" % (self.sku, self.name, self.qty)


class Transaction:
    """Context manager: applies stock changes, rolls them back on error."""

    depth = 0

    def __init__(self, inventory, label):
        self.inventory = inventory
        self.label = label
        self.saved = None

    def __enter__(self):
        Transaction.depth += 1
        self.saved = {sku: p.qty for sku, p in self.inventory.items.items()}
        print(f"{'  ' * Transaction.depth}begin {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        indent = "  " * Transaction.depth
        Transaction.depth -= 1
        if exc_type is None:
            print(f"{indent}commit {self.label}")
            return False
        for sku, qty in self.saved.items():
            self.inventory.items[sku].qty = qty
        print(f"{indent}rollback {self.label}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, StockError)  # swallow stock errors only


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, *products):
        for p in products:
            if p.sku in self.items:
                raise KeyError(f"duplicate sku {p.sku}")
            self.items[p.sku] = p

    def move(self, sku, delta):
        p = self.items[sku]
        if p.qty + delta < 0:
            raise StockError(f"only {p.qty} of {sku} left, cannot take {-delta}")
        p.qty += delta
        print(f"      {sku}: {p.qty - delta:>3} -> {p.qty:>3}")

    def by_category(self):
        cats = {}
        for p in self.items.values():
            cats.setdefault(p.category, []).append(p)
        return cats

    def walk(self):
        # Yields section headers and products, category by category.
        for cat, products in sorted(self.by_category().items()):
            yield f"[{cat}]"
            yield from sorted(products, key=lambda p: p.name)

    def low_stock(self, threshold):
        yield from (p for p in self.items.values() if p.qty < threshold)


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def countdown(n):
    received = []
    while n > 0:
        got = yield n
        if got is not None:
            received.append(got)
        n -= 1
    return received


def relay(n):
    result = yield from countdown(n)
    yield f"inner returned {result}"


inv = Inventory()
inv.add(
    Product("A-100", "Widget", "hardware", 2.50, 140, ["small", "metal"]),
    Product("A-101", "Gadget", "hardware", 12.99, 12, ["metal"]),
    Product("B-200", "Notebook", "stationery", 3.75, 300, ["paper"]),
    Product("B-201", "Pen (blue)", "stationery", 0.99, 1000, ["small"]),
    Product("B-202", "Stapler", "stationery", 8.00, 0, ["metal"]),
    Product("C-300", "Router", "electronics", 79.00, 7, ["network"]),
    Product("C-301", "Cable 2m", "electronics", 4.49, 55, ["network", "small"]),
    Product("C-302", "Keyboard", "electronics", 24.95, 19),
)

print("== report (str.format) ==")
header = "{:<6} {:<12} {:<12} {:>8} {:>6} {:>10}".format("SKU", "Name", "Category", "Price", "Qty", "Value")
print(header)
print("-" * len(header))
for p in sorted(inv.items.values(), key=lambda p: (-p.value, p.sku)):
    print("{0.sku:<6} {0.name:<12.12} {0.category:<12} {0.price:>8.2f} {0.qty:>6d} {0.value:>10,.2f}".format(p))
total = sum(p.value for p in inv.items.values())
print("{:>50} {:>10,.2f}".format("TOTAL", total))

print("== report (% formatting) ==")
for i, p in enumerate(sorted(inv.items.values(), key=lambda p: p.name.lower()), start=1):
    print("%2d. %-10s %5d units @ %7.2f  %s" % (i, p.name[:10], p.qty, p.price, "*" if p.qty == 0 else ""))
print("%s items, %d%% in stock, avg price %.3f, hex qty %x, padded %05d, sci %.2e" % (
    len(inv.items), 100 * sum(1 for p in inv.items.values() if p.qty) // len(inv.items),
    sum(p.price for p in inv.items.values()) / len(inv.items), 1000, 42, total))
print("%(name)s costs %(price).2f" % {"name": "Router", "price": 79})

print("== f-string alignment ==")
for p in inv.walk():
    if isinstance(p, str):
        print(f"{p:=^40}")
    else:
        bar = "#" * min(p.qty // 20, 20)
        print(f"  {p.name!s:>12} | {p.qty:<5} | {bar:<20}|")
print(f"{'centered':^20}|{3.14159:+.3f}|{-7:+d}|{255:#x}|{255:#o}|{5:b}|{0.25:.0%}|{1234567:_}")

print("== comprehensions ==")
prices = {p.sku: p.price for p in inv.items.values()}
print(f"prices: {prices}")
cheap = {sku for sku, price in prices.items() if price < 5}
print(f"cheap skus (sorted): {sorted(cheap)}")
all_tags = sorted({t for p in inv.items.values() for t in p.tags})
print(f"all tags: {all_tags}")
tag_index = {t: sorted(p.sku for p in inv.items.values() if t in p.tags) for t in all_tags}
print(f"tag index: {tag_index}")
per_cat = {cat: round(sum(p.value for p in ps), 2) for cat, ps in inv.by_category().items()}
print(f"value per category: {per_cat}")
print(f"best category: {max(per_cat, key=per_cat.get)}")
names, qtys = zip(*[(p.name, p.qty) for p in inv.items.values()])
print(f"names: {names}")
print(f"qtys: {qtys}")
print(f"pairs: {list(zip(names[:3], qtys[:3], 'xyz'))}")
print(f"ranked: {[(rank, n) for rank, (n, q) in enumerate(sorted(zip(names, qtys), key=lambda t: t[1], reverse=True)[:4], 1)]}")
print(f"low stock: {[p.sku for p in inv.low_stock(20)]}")

print("== transactions ==")
orders = [
    ("order 1", [("A-100", -40), ("B-200", -100)]),
    ("order 2", [("A-101", -5), ("C-300", -8)]),
    ("restock", [("B-202", 25), ("C-300", 10)]),
    ("order 3", [("Z-999", -1)]),
    ("order 4", [("C-302", -19), ("C-301", -55)]),
]
for label, lines in orders:
    try:
        with Transaction(inv, label) as tx:
            for sku, delta in lines:
                inv.move(sku, delta)
    except KeyError as e:
        print(f"    unknown sku {e}")
    else:
        print(f"    {label} done (tx label {tx.label!r})")
    finally:
        print(f"    stock now: {[p.qty for p in inv.items.values()]}")

print("== nested transactions ==")
with Transaction(inv, "outer"):
    inv.move("B-201", -10)
    with Transaction(inv, "inner"):
        inv.move("B-201", -5)
        inv.move("B-202", -100)
    inv.move("B-201", -1)
print(f"pens left: {inv.items['B-201'].qty}, staplers: {inv.items['B-202'].qty}")

print("== generators ==")
print(f"chunks: {list(chunks(list(range(10)), 4))}")
print(f"chunks of str: {list(chunks('abcdefg', 3))}")
print(f"flatten: {list(flatten([1, [2, [3, [4, (5, 6)]]], [], 7]))}")
gen = relay(4)
out = [next(gen)]
out.append(gen.send("a"))
out.append(gen.send(None))
out.append(gen.send("b"))
out.append(next(gen))
print(f"relay: {out}")
try:
    next(gen)
except StopIteration as stop:
    print(f"exhausted: StopIteration value={stop.value!r}")


def cleanup_demo():
    try:
        yield 1
        yield 2
    finally:
        print("  generator cleanup ran")


g = cleanup_demo()
print(f"first: {next(g)}")
g.close()
print(f"closed; next -> {next(g, 'default')}")

print("== duplicate sku ==")
try:
    inv.add(Product("A-100", "Dup", "x", 1, 1))
except KeyError as e:
    print(f"KeyError: {e}")
finally:
    print(f"inventory size still {len(inv.items)}")
