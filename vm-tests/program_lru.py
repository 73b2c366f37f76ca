# An LRU cache built on a doubly linked list with a dict index, with the
# mapping protocol (__len__, __contains__, __getitem__, __setitem__,
# __delitem__, __iter__), eviction callbacks and a small test harness.


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None

    def __repr__(self):
        return f"Node({self.key!r}: {self.value!r})"


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.on_evict = on_evict
        self._index = {}
        # Sentinels: head.next is the most recently used, tail.prev the least.
        self._head = Node("<head>")
        self._tail = Node("<tail>")
        self._head.next = self._tail
        self._tail.prev = self._head
        self.hits = 0
        self.misses = 0

    # -- linked list primitives
    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None

    def _push_front(self, node):
        node.prev = self._head
        node.next = self._head.next
        self._head.next.prev = node
        self._head.next = node

    def _touch(self, node):
        self._unlink(node)
        self._push_front(node)

    # -- mapping protocol
    def __len__(self):
        return len(self._index)

    def __contains__(self, key):
        return key in self._index

    def __getitem__(self, key):
        node = self._index.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._touch(node)
        return node.value

    def __setitem__(self, key, value):
        node = self._index.get(key)
        if node is not None:
            node.value = value
            self._touch(node)
            return
        node = Node(key, value)
        self._index[key] = node
        self._push_front(node)
        if len(self._index) > self.capacity:
            self._evict()

    def __delitem__(self, key):
        node = self._index.pop(key)
        self._unlink(node)

    def __iter__(self):
        node = self._head.next
        while node is not self._tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self._tail.prev
        while node is not self._head:
            yield node.key
            node = node.prev

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {self._index[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{inner}}})"

    def __bool__(self):
        return bool(self._index)

    def _evict(self):
        victim = self._tail.prev
        self._unlink(victim)
        del self._index[victim.key]
        if self.on_evict is not None:
            self.on_evict(victim.key, victim.value)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def items(self):
        return [(k, self._index[k].value) for k in self]

    def resize(self, capacity):
        self.capacity = capacity
        while len(self) > capacity:
            self._evict()

    def check(self):
        # The list and the index must describe the same set, in both directions.
        forward = list(self)
        backward = list(reversed(self))
        assert forward == backward[::-1], (forward, backward)
        assert len(forward) == len(self._index)
        assert all(k in self._index for k in forward)
        return True


evictions = []


def record(key, value):
    evictions.append((key, value))
    print(f"    evicted {key!r} -> {value!r}")


def show(cache, label):
    cache.check()
    print(f"  {label}: {cache!r} len={len(cache)}")


print("-- basic operations")
cache = LRUCache(3, on_evict=record)
print(f"  empty: bool={bool(cache)} len={len(cache)} list={list(cache)}")
for key, value in [("a", 1), ("b", 2), ("c", 3)]:
    cache[key] = value
    show(cache, f"set {key}")
print(f"  get a -> {cache['a']}")
show(cache, "after get a")
cache["d"] = 4
show(cache, "set d")
cache["b"] = 20 if "b" in cache else -1
show(cache, "b present?")
cache["c"] = 30
show(cache, "update c")
cache["e"] = 5
show(cache, "set e")
print(f"  'a' in cache: {'a' in cache}, 'd' in cache: {'d' in cache}")
print(f"  get missing: {cache.get('zz')!r}, with default: {cache.get('zz', 'dflt')}")
try:
    cache["nope"]
except KeyError as e:
    print(f"  KeyError: {e}")
del cache["c"]
show(cache, "del c")
try:
    del cache["c"]
except KeyError as e:
    print(f"  del again -> KeyError {e}")
print(f"  reversed: {list(reversed(cache))}")
print(f"  items: {cache.items()}")
print(f"  hits={cache.hits} misses={cache.misses}")

print("-- resizing")
for k in range(10):
    cache[k] = k * k
show(cache, "after 10 inserts")
cache.resize(5)
cache.resize(2)
show(cache, "resized to 2")
cache.resize(4)
for k in "wxyz":
    cache[k] = k.upper()
show(cache, "refilled")
print(f"  total evictions so far: {len(evictions)}")

print("-- bad capacity")
try:
    LRUCache(0)
except ValueError as e:
    print(f"  ValueError: {e}")

print("-- memoizing a function by hand")


def memoize(capacity):
    def decorator(fn):
        store = LRUCache(capacity)

        def wrapper(*args):
            if args in store:
                return store[args]
            result = fn(*args)
            store[args] = result
            return result

        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper

    return decorator


calls = []


@memoize(64)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(f"  fib(30) = {fib(30)}")
print(f"  underlying calls: {len(calls)}, cached: {len(fib.cache)}")
print(f"  hits={fib.cache.hits} misses={fib.cache.misses}")
print(f"  name: {fib.__name__}")
print(f"  fib(80) = {fib(80)}")
print(f"  cache keys (first 5): {list(fib.cache)[:5]}")


@memoize(4)
def slow_square(x):
    calls.append(("sq", x))
    return x * x


calls.clear()
pattern = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 7, 1]
results = [slow_square(x) for x in pattern]
print(f"  squares: {results}")
print(f"  computed: {[c[1] for c in calls]}")
print(f"  cache order: {list(slow_square.cache)}")

print("-- a simulated page-access trace")
trace = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for frames in (3, 4):
    faults = 0
    evicted = []
    pages = LRUCache(frames, on_evict=lambda k, v: evicted.append(k))
    line = []
    for page in trace:
        if page in pages:
            pages[page]
            line.append(".")
        else:
            faults += 1
            pages[page] = True
            line.append(str(page))
    print(f"  frames={frames} faults={faults} trace={''.join(line)}")
    print(f"    evicted order: {evicted}")
    print(f"    resident (MRU first): {list(pages)}")

print("-- keys of mixed types")
mixed = LRUCache(4)
for key in [1, "1", (1,), 1.0, None, True, frozenset([1])]:
    mixed[key] = type(key).__name__
    mixed.check()
print(f"  {mixed!r}")
print(f"  1 in mixed: {1 in mixed}, True in mixed: {True in mixed}")
