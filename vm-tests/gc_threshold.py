# Collections are triggered by allocation counts: generation 0 every threshold0 tracked
# allocations, generation 1 every threshold1 collections of generation 0.
import gc

seen = []
def watch(phase, info):
    if phase == 'stop':
        seen.append(info['generation'])

class Cyclic:
    def __init__(self):
        self.me = self

gc.collect()
gc.callbacks.append(watch)
gc.set_threshold(100, 3, 1000)
for i in range(5000):
    Cyclic()
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
print('collections happened:', len(seen) > 10)
print('generation 0 most often:', seen.count(0) > seen.count(1) > 0)
print('no full collection:', 2 not in seen)
print('pattern', seen[:8])
# The garbage did not pile up.
print('garbage bounded:', sum(isinstance(o, Cyclic) for o in gc.get_objects()) < 1000)
