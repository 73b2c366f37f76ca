import gc
class Foo: pass
class Bar: pass
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Foo(); b = Bar(); l = [a, b, {'x': a}]; a.l = l; b.t = (l, 1)
def f(): pass
f.x = f
del a, b, l, f
print(gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
a = Foo(); a.me = a; del a
print(gc.collect(), len(gc.garbage))
gc.set_debug(gc.DEBUG_LEAK)
a = Bar(); a.me = a; del a
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
l = [Foo()]; l.append(l); del l
print(gc.collect())
gc.garbage.clear()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
gc.garbage.append(Foo())
gc.garbage.append('kept')
print('end')
