# Garbage reference cycles made and dropped at a high rate: 800,000 pairs of partner
# objects pointing at each other, and small trees whose children point back at their
# parents. Only the cycle collector can free them; it must keep memory bounded (compare
# the peak RSS column) without costing much time.


class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None


class TreeNode:
    def __init__(self, parent, label):
        self.parent = parent
        self.label = label
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def depth(self):
        d, node = 0, self.parent
        while node is not None:
            d, node = d + 1, node.parent
        return d


def grow(parent, label, fanout, levels):
    node = TreeNode(parent, label)
    if levels:
        for i in range(fanout):
            grow(node, label * fanout + i, fanout, levels - 1)
    return node


def walk(node):
    total = node.depth()
    for child in node.children:
        total += walk(child)
    return total


pairs = 0
for i in range(800_000):
    a = Node(i)
    b = Node(i + 1)
    a.partner = b
    b.partner = a
    pairs += b.partner.value - a.partner.value
depths = 0
for i in range(1500):
    root = grow(None, i, 3, 4)
    depths += walk(root)
print("pairs:", pairs, "depth total:", depths)
assert (pairs, depths) == (-800_000, 639_000), (pairs, depths)
