# What the collector tracks: containers, and dicts only once they hold a container (as CPython).
import gc
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {}
print(gc.is_tracked(d)); d['x'] = 1; print(gc.is_tracked(d)); d['y'] = [d]; print(gc.is_tracked(d))
e = {}; e[1] = {}; print(gc.is_tracked(e))
f = dict(a=1); print(gc.is_tracked(f))
class A: pass
a = A(); print(gc.is_tracked(a.__dict__))
g = {}; g['me'] = g; del g; print(gc.collect())
h = {}; h['l'] = [h]; del h; print(gc.collect())
t = (1, 2, "a")
u = (1, [2])
v = (1, (2, 3))
w = ((), 1.5, None)
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v), gc.is_tracked(w))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v), gc.is_tracked(w))
gc.collect()
print(gc.is_tracked(v))
x = (1, {})
gc.collect()
print(gc.is_tracked(x))
