# Sequence and mapping patterns.
from collections import deque, OrderedDict, defaultdict


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [first, *middle, last] if len(middle) == 1:
            return f"three: {first} {middle} {last}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [*init, 9]:
            return f"ends with nine, init {init}"
        case [_, _, *_]:
            return "long"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], [0, 5, 6, 7], (4, 5, 6, 9), [1, 2, 3, 4],
          range(2), deque([7, 8]), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None]:
    print(repr(v), "->", seq(v))

# Nested sequences; tuples and lists match either bracket form.
def nested(v):
    match v:
        case [(a, b), [c, d]]:
            return ("pairs", a, b, c, d)
        case ([x, [y, z]]):
            return ("deep", x, y, z)
        case (p, q,):
            return ("tuple form", p, q)
    return None


print(nested([(1, 2), (3, 4)]))
print(nested(((1, 2), [3, 4])))
print(nested([1, [2, 3]]))
print(nested([1, 2]))
print(nested([1, 2, 3]))

# Star captures are always lists.
match (1, 2, 3):
    case (*head, tail):
        print(head, tail, type(head).__name__)
match "abc", "def":
    case a, b:
        print(a, b)


def mapping(v):
    match v:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text}"
        case {"action": action, **rest} if rest:
            return f"{action} with {rest}"
        case {"action": action}:
            return f"bare {action}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for v in [{"action": "move", "x": 1, "y": 2}, {"action": "move", "x": 1},
          {"action": "say", "text": "hi"}, {"action": "say", "text": 5},
          {"action": "jump", "height": 3, "speed": 2}, {"action": "sit"},
          {"other": 1}, {}, OrderedDict(action="odd"), defaultdict(int, action="dd"),
          [("action", 1)], "action"]:
    print(mapping(v))

# A defaultdict's missing keys are not created by a mapping pattern (it uses .get).
d = defaultdict(list)
match d:
    case {"k": v}:
        print("found", v)
    case _:
        print("not found", dict(d))

# **rest copies the remaining items into a new dict
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"b": b, **others}:
        print(b, others, others is src, src)

# Keys may be value patterns; values may be any pattern.
class Key:
    NAME = "name"


match {"name": ["x", "y"], "n": None}:
    case {Key.NAME: [first, *_], "n": None}:
        print("first name", first)

# Sequence pattern on an iterator-like object is not a sequence
match iter([1, 2]):
    case [a, b]:
        print("matched iterator")
    case _:
        print("iterator is not a sequence")
