# Generator pipelines: synthetic log records flow through parse / filter / window stages;
# a search tree is walked in order with recursive `yield from`; nested lists are flattened;
# a coroutine driven by send() keeps running statistics. Stresses generator creation and
# resumption, `yield from` delegation and generator expressions.

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")


def random_numbers(seed):
    """An endless stream from a linear congruential generator."""
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def log_lines(count, seed):
    numbers = random_numbers(seed)
    for stamp in range(count):
        n = next(numbers)
        yield "%d %s user%d %d" % (stamp, LEVELS[n % 4], n % 97, n % 5000)


def parse(lines):
    for line in lines:
        stamp, level, user, size = line.split()
        yield int(stamp), level, user, int(size)


def only(levels, records):
    return (r for r in records if r[1] in levels)


def windows(records, size):
    window = []
    for r in records:
        window.append(r)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def averager():
    """Receives numbers through send(); yields the running (count, mean)."""
    count, total = 0, 0
    mean = None
    while True:
        value = yield count, mean
        count += 1
        total += value
        mean = total / count


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        node = self
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Tree(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Tree(key)
                    return
                node = node.right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.key
        if self.right is not None:
            yield from self.right


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def nested(depth, width, start):
    if depth == 0:
        return list(range(start, start + width))
    return [nested(depth - 1, width, start + i * width) for i in range(width)]


def run():
    # the log pipeline
    errors = only({"WARN", "ERROR"}, parse(log_lines(60_000, 42)))
    busiest = max(sum(r[3] for r in w) for w in windows(errors, 5))
    stats = averager()
    next(stats)
    for stamp, level, user, size in parse(log_lines(20_000, 7)):
        if user.endswith("7"):
            count, mean = stats.send(size)
    # the search tree
    tree = Tree(5000)
    for n in (x % 10007 for x, _ in zip(random_numbers(3), range(5000))):
        tree.insert(n)
    keys = list(tree)
    assert keys == sorted(keys)
    # nested lists
    total = sum(flatten(nested(4, 6, 0)))
    return busiest, count, round(mean, 6), len(keys), keys[len(keys) // 2], total


for _ in range(8):
    result = run()
print("generators:", result)
assert result == (23433, 1871, 2501.73597, 5001, 4934, 486000), result
