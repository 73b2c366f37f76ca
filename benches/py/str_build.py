# Building and taking apart text: an inventory rendered as CSV (join), as a fixed-width
# table (f-strings with format specs), as %-formatted and str.format-ted lines and as markup
# grown with += in a loop, then parsed back with split, strip and replace.
# Stresses string concatenation, formatting, splitting and small-string allocation.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zu", "pe"]


def make_items(count):
    items = []
    for i in range(count):
        name = SYLLABLES[i % 10] + SYLLABLES[i * 7 % 10] + SYLLABLES[i * 3 % 10]
        items.append(("SKU-%05d" % i, name.capitalize(), i * 13 % 250, (i * 37 % 10000) / 100))
    return items


def as_csv(items):
    lines = ["sku,name,qty,price"]
    for sku, name, qty, price in items:
        lines.append(",".join([sku, name, str(qty), repr(price)]))
    return "\n".join(lines)


def as_table(items):
    rows = [f"{'SKU':<10}|{'NAME':<10}|{'QTY':>5}|{'PRICE':>9}"]
    for sku, name, qty, price in items:
        rows.append(f"{sku:<10}|{name:<10}|{qty:>5d}|{price:>9.2f}")
    return "\n".join(rows)


def as_lines(items):
    out = []
    for n, (sku, name, qty, price) in enumerate(items):
        if n % 2:
            out.append("%s: %d x %s at %.2f = %.2f" % (sku, qty, name, price, qty * price))
        else:
            line = "{0}: {1} x {2} at {3:.2f} = {4:.2f}"
            out.append(line.format(sku, qty, name, price, qty * price))
    return "\n".join(out)


def as_markup(items, per_page=500):
    pages = []
    for first in range(0, len(items), per_page):
        page = "<table>\n"
        for sku, name, qty, price in items[first:first + per_page]:
            page += "<tr><td>" + sku + "</td><td>" + name + "</td>"
            page += "<td class='qty'>" + str(qty) + "</td></tr>\n"
        page += "</table>\n"
        pages.append(page)
    return pages


def parse_csv(text):
    header, *lines = text.split("\n")
    fields = header.split(",")
    rows = []
    for line in lines:
        values = line.strip().split(",")
        rows.append(dict(zip(fields, values)))
    return rows


def run():
    items = make_items(12_000)
    csv = as_csv(items)
    table = as_table(items)
    lines = as_lines(items)
    markup = "".join(as_markup(items))
    rows = parse_csv(csv.replace("SKU-", "sku_"))
    stock = sum(int(r["qty"]) for r in rows if r["name"].startswith("Ka"))
    value = sum(float(r["price"]) * int(r["qty"]) for r in rows)
    shouting = table.upper().count("KA")
    words = lines.replace(":", " ").replace("=", " ").split()
    return (len(csv), len(table), len(lines), len(markup), stock, round(value, 2),
            shouting, len(words), markup.count("<tr>"), rows[-1]["sku"], table.splitlines()[7])


for _ in range(12):
    result = run()
print("str_build:", result)
assert result == (316321, 456037, 509761, 799128, 144000, 74293400.0, 3600, 84000, 12000,
                  'sku_11999', 'SKU-00006 |Tomizu    |   78|     2.22'), result
