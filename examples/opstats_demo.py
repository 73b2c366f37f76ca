class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def total(n):
    s = 0.0
    for i in range(n):
        s += Point(i, 0.5).norm2()
    return s


print(total(100000))
