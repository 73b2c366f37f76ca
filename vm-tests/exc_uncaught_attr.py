class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

def total(node):
    s = 0
    while node:
        s += node.val
        node = node.nxt
    return s

lst = Node(1, Node(2))
print(total(Node(5)) if False else "start")
print(total(lst))
