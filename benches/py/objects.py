# Object-heavy code: small value objects made by methods and dropped at once, method calls,
# properties, and small containers (tuples, lists) made and dropped.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return P(self.x + o.x, self.y + o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


acc = P(0, 0)
items = []
checks = 0
kept = 0
for i in range(1_000_000):
    acc = acc.add(P(i, 1))
    items.append((i, [i]))
    if len(items) > 1000:
        kept += items[-1][1][0] - items[0][0]
        items = []
    if i % 1000 == 0:
        checks += acc.norm1 % 997
result = (acc.x, acc.y, kept, checks)
print("objects:", result)
assert result == (499_999_500_000, 1_000_000, 999_000, 479_596), result
