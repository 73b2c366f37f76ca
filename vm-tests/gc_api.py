# The gc module's controls and views.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

# What is tracked: containers, not atoms.
class C:
    pass
print([gc.is_tracked(v) for v in (1, 2.5, 'text', b'b', None, True, [], C(), C, lambda: 0)])
print(gc.is_tracked(int), gc.is_tracked(len))

# Referents and referrers.
inner = [1, 2]
outer = [inner, 'x']
print(inner in gc.get_referents(outer), len(gc.get_referents(outer)))
print(any(r is outer for r in gc.get_referrers(inner)))
print(outer in gc.get_objects())

# Callbacks: "start" and "stop" with the generation and what was collected.
events = []
def watch(phase, info):
    events.append((phase, info['generation'], info['collected'], info['uncollectable']))
gc.callbacks.append(watch)
cyc = []
cyc.append(cyc)
del cyc
gc.collect(1)
gc.collect()
gc.callbacks.remove(watch)
print(events)

# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
gc.set_debug(gc.DEBUG_SAVEALL)
s = []
s.append(s)
del s
print(gc.collect(), len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print(gc.collect())

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError:', e)
