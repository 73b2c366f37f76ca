def fmt_row(cells, widths):
    return " | ".join(c.ljust(w) for c, w in zip(cells, widths))

rows = [["name", "qty"], ["apple", 3]]
widths = [8, 5]
for row in rows:
    print(fmt_row(row, widths))
