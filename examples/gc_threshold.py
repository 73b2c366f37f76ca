# A collection nobody asked for: allocating containers past threshold0 starts one, and
# gc.callbacks sees it begin and end.
#   pyvm examples/gc_threshold.py          (or python3; same stdout)
#   pyvm -X gc-explain examples/gc_threshold.py   (pyvm: the table of that collection)
# Look at: the "start"/"stop" pair arrives in the middle of the loop, for generation 0, and
# the "stop" info says how many unreachable objects it found (the cycles made so far).
import gc

gc.collect()  # start from empty young generations
gc.set_threshold(100, 10, 10)
events = []


def watch(phase, info):
    # (runs inside the collection: record, print later)
    events.append((phase, info["generation"], info["collected"]))


class Pair:
    def __init__(self):
        self.other = Pair.__new__(Pair)
        self.other.other = self  # a two-instance cycle: only the collector frees it


gc.callbacks.append(watch)
made = 0
while not events:
    Pair()  # each iteration leaves a cycle behind
    made += 1
gc.callbacks.remove(watch)

phase, generation, _ = events[0]
print("first event:", phase, "of generation", generation)
phase, generation, collected = events[1]
print("then:", phase, "of generation", generation)
print("collected some cycles:", collected > 0)
print("the loop ran well short of a thousand rounds:", made < 1000)
gc.set_threshold(700, 10, 10)
