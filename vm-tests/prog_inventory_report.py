import sys

class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku

class Product:
    __slots__ = ("sku", "name", "price", "qty")
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f"<{self.sku} {self.name!r} x{self.qty}>"
    @property
    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, p):
        if p.sku in self._items:
            raise ValueError(f"duplicate sku {p.sku}")
        self._items[p.sku] = p
        return self
    def __getitem__(self, sku):
        return self._items[sku]
    def __contains__(self, sku):
        return sku in self._items
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))
    def __len__(self):
        return len(self._items)
    def take(self, sku, n):
        p = self[sku]
        if p.qty < n:
            raise OutOfStock(sku, n, p.qty)
        p.qty -= n
        return p.price * n
    def report(self, out=sys.stdout):
        total = 0
        print(f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Price':>9}{'Value':>10}", file=out)
        print("-" * 42, file=out)
        for p in self:
            print(f"{p.sku:<6}{p.name:<12}{p.qty:>5}{p.price:>9.2f}{p.value:>10.2f}", file=out)
            total += p.value
        print(f"{'TOTAL':<32}{total:>10.2f}", file=out)

inv = Inventory()
inv.add(Product("B2", "bolt", 0.25, 400)).add(Product("A1", "anvil", 99.5, 2)).add(Product("N7", "nail", 0.05, 1000))
inv.add(Product("H3", "hammer", 12.0, 5))
inv.report()
orders = [("A1", 1), ("N7", 250), ("Z9", 1), ("A1", 5), ("H3", 5)]
revenue = 0
for sku, n in orders:
    try:
        revenue += inv.take(sku, n)
    except OutOfStock as e:
        print("out of stock:", e, file=sys.stderr)
        print("skipped", e.sku)
    except KeyError as e:
        print("unknown sku", e)
    else:
        print(f"sold {n} x {sku}")
print(f"revenue={revenue:.2f}", len(inv), "A1" in inv, "Q" in inv)
inv.report()
try:
    inv.add(Product("A1", "x", 1))
except ValueError as e:
    print(e)
empty = [p for p in inv if p.qty == 0]
print("empty:", empty)
by_value = sorted(inv, key=lambda p: p.value, reverse=True)
print([p.sku for p in by_value])
print({p.sku: round(p.value, 2) for p in inv if p.value})
sys.stdout.write("written directly\n")
sys.stderr.write("warning: done\n")
sys.exit(3 if empty else 0)
