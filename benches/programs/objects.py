# Object-heavy code: instances, method calls, small containers made and dropped.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return P(self.x + o.x, self.y + o.y)


acc = P(0, 0)
items = []
for i in range(300_000):
    acc = acc.add(P(i, 1))
    items.append((i, [i]))
    if len(items) > 1000:
        items = []
print(acc.x, acc.y)
