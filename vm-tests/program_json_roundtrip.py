# A JSON round-tripper: an order book is loaded from JSON text into classes (object_hook,
# object_pairs_hook), edited, re-encoded through a JSONEncoder subclass, written to a
# file and read back; malformed documents are reported with line, column and position.
import json
import os


class Money:
    """Cents, kept exact; encoded as a string "12.34" and decoded by parse_float."""

    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        frac = (frac + "00")[:2]
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int(frac)))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100}.{c % 100:02d}"


class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = list(tags)

    def total(self):
        return self.price * self.qty

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price!r}, {self.qty})"


class Order:
    def __init__(self, number, customer, items, notes=None):
        self.number, self.customer, self.items, self.notes = number, customer, items, notes

    def total(self):
        t = Money(0)
        for it in self.items:
            t = t + it.total()
        return t

    def __eq__(self, other):
        return vars(self) == vars(other)


class OrderEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"__money__": repr(o)}
        if isinstance(o, Item):
            d = {"__item__": True}
            d.update(vars(o))
            return d
        if isinstance(o, Order):
            d = {"__order__": True}
            d.update(vars(o))
            return d
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__money__" in d:
        return Money.parse(d["__money__"])
    if d.pop("__item__", False):
        return Item(**d)
    if d.pop("__order__", False):
        return Order(**d)
    return d


def no_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise ValueError(f"duplicate key {k!r}")
        seen[k] = v
    return seen


SOURCE = """
{
  "shop": "Caf\\u00e9 \\"Zo\\u00eb\\"",
  "currency": "EUR",
  "orders": [
    {"number": 1001, "customer": "ana", "notes": null,
     "items": [{"sku": "A-1", "name": "espresso", "price": 2.40, "qty": 3, "tags": ["hot"]},
               {"sku": "B-7", "name": "croissant", "price": 1.95, "qty": 2}]},
    {"number": 1002, "customer": "bj\\u00f6rn", "notes": "no sugar \\ud83d\\ude00",
     "items": [{"sku": "A-2", "name": "latte", "price": 3.10, "qty": 1, "tags": ["hot", "milk"]}]}
  ],
  "open": true,
  "discounts": {"ana": 0.1, "zed": 1e-2}
}
"""


def load_book(text):
    raw = json.loads(text, parse_float=str, object_pairs_hook=no_duplicates)
    orders = []
    for o in raw["orders"]:
        items = [
            Item(i["sku"], i["name"], Money.parse(i["price"]), i["qty"], i.get("tags", ()))
            for i in o["items"]
        ]
        orders.append(Order(o["number"], o["customer"], items, o["notes"]))
    return raw, orders


raw, orders = load_book(SOURCE)
print("shop:", raw["shop"], "| open:", raw["open"], "| discounts:", raw["discounts"])
for o in orders:
    print(o.number, o.customer, o.items, "total", o.total(), "notes", o.notes)

# Edit: add an item, apply a discount, tag everything.
orders[1].items.append(Item("C-3", "cake", Money.parse("4.5"), 2, {"sweet", "cold"}))
for o in orders:
    for it in o.items:
        it.tags = sorted(set(it.tags) | {"2026"})

# Encode with the custom encoder in several styles.
compact = json.dumps(orders, cls=OrderEncoder, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:120])
pretty = json.dumps({"book": orders}, cls=OrderEncoder, indent=2, sort_keys=True)
print(pretty.count("\n"), "lines")
print("\n".join(pretty.splitlines()[:12]))
tabbed = json.dumps(raw["discounts"], indent="\t")
print(repr(tabbed))
print(json.dumps(raw["shop"]), json.dumps(raw["shop"], ensure_ascii=False))
print(json.dumps(orders[1].notes), json.dumps(orders[1].notes, ensure_ascii=False))

# Round trip through object_hook.
back = json.loads(compact, object_hook=decode_hook)
print("round trip equal:", back == orders, [o.total() for o in back])

# Round trip through a file with dump/load.
path = f"program_json_roundtrip.{os.getpid()}.tmp.json"
try:
    with open(path, "w") as f:
        json.dump({"orders": orders, "when": [2026, 12, 7]}, f, cls=OrderEncoder, indent=1)
    with open(path) as f:
        again = json.load(f, object_hook=decode_hook)
    print("file round trip:", again["orders"] == orders, again["when"])
finally:
    os.remove(path)

# Values json cannot encode, and the encoder's options.
for bad in [{1, 2}, Money, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", str(e).replace(hex(id(bad)), "0x..."))
print(json.dumps({"b": 1, 2: "x", None: 3, 1.5: True, False: 0}, sort_keys=False))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(orders[0], default=lambda o: repr(o) if isinstance(o, Money) else vars(o)))

# Malformed documents: report message, position, line and column.
BROKEN = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '{"a": tru}',
    '"unterminated',
    '{\n  "x": [1, 2,\n  3,, 4]\n}',
    '[1] [2]',
    '',
    '{"a": "\\x"}',
    '{"dup": 1, "dup": 2}',
    '[-]',
]
for doc in BROKEN:
    try:
        v = json.loads(doc, object_pairs_hook=no_duplicates)
        print("parsed:", ascii(v))
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
    except ValueError as e:
        print("ValueError:", e)

# parse_int / parse_constant hooks and big numbers.
print(json.loads("[1, 2.5, 10000000000000000000000]", parse_int=lambda s: int(s) * 2))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: s.lower()))
print(json.loads('{"big": 123456789012345678901234567890}')["big"] + 1)
print(json.loads("1e400"), json.loads("-0.0"), json.loads("0.1"))

# Warm-up: the same encode/decode many times gives the same text.
texts = set()
for _ in range(200):
    texts.add(json.dumps(json.loads(compact, object_hook=decode_hook), cls=OrderEncoder,
                         separators=(",", ":"), sort_keys=True))
print("stable:", texts == {compact})
