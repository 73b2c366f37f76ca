# __del__ runs the moment the last reference goes: del, rebinding, return, container changes, temporaries, handlers.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = A(1)
del a
print('after del')
b = A(2)
b = A(3)
print('rebound')
def f():
    x = A(4)
    print('in f')
f()
print('after f')
lst = [A(5), A(6), A(7)]
lst.pop(1)
print('popped')
lst.clear()
print('cleared')
d = {'x': A(8)}
d['x'] = None
print('dict set')
A(9)
print('temp')
class Node:
    def __init__(self, name, child=None): self.name, self.child = name, child
    def __del__(self): print('del node', self.name)
n = Node('root', Node('mid', Node('leaf')))
n = None
print('chain gone')
try:
    raise ValueError(A(10))
except ValueError:
    print('handling')
print('handled')
class R:
    saved = []
    def __del__(self):
        print('resurrect'); R.saved.append(self)
r = R(); del r
print(len(R.saved)); R.saved.clear(); print('cleared saved')

# Finalizers run depth-first: an object's attributes are finalized with it, before its siblings.
class T:
    def __init__(self, name, *kids):
        self.name, self.kids = name, list(kids)
    def __del__(self):
        print('del', self.name)
forest = [T('a', T('a1'), T('a2')), T('b', T('b1'))]
forest = None
print('forest gone')

# A finalizer runs once, even after resurrection.
class Once:
    keep = None
    def __del__(self):
        print('Once.__del__')
        Once.keep = self
o = Once()
o = None
print('resurrected:', Once.keep is not None)
Once.keep = None
print('dropped again')

# Subclasses of builtins finalize too.
class L(list):
    def __del__(self):
        print('del L of', len(self))
l = L([1, 2, 3])
l = 0
print('end of timings')
