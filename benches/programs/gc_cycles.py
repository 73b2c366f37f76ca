# 1,000,000 garbage reference cycles: the cycle collector, triggered by allocation counts,
# keeps memory bounded (compare the peak RSS column).
class Node:
    def __init__(self):
        self.partner = None


for i in range(1_000_000):
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a
print("done")
