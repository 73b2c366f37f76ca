# match with literal, capture, wildcard, or-, as-patterns and guards; soft keywords.
match = 1
case = 2
print(match, case)


def match(x):
    return x * 2


print(match(3))


class Matcher:
    def match(self, pattern, s):
        return s.startswith(pattern)


m = Matcher()
print(m.match("ab", "abc"))
match = [1, 2]
print(match[0], match)


def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case int(n) if n > 100:
            return "big " + str(n)
        case _:
            return "other"


for v in [0, 1, 2, 3, -1, 1.5, "hi", "hello", b"raw", None, True, False, 1.0, 0.0, 500, 7, "x"]:
    print(repr(v), describe(v))

# Captures stay bound after the statement.
match 42:
    case x:
        pass
print(x)

match (1, 2):
    case (a, b) as pair:
        print(a, b, pair)
print(a, b, pair)

# as-pattern on an or-pattern
match 3:
    case (1 | 2 | 3) as n:
        print("n is", n)

# Guards are evaluated after binding; a failed guard moves on.
for v in range(-2, 3):
    match v:
        case n if n < 0:
            print(v, "negative")
        case n if n == 0:
            print(v, "zero")
        case n:
            print(v, "positive", n)

# A guard with side effects runs only when the pattern matched.
def check(tag, result):
    print("guard", tag)
    return result


match 5:
    case 4 if check("a", True):
        print("no")
    case 5 if check("b", False):
        print("no")
    case 5 if check("c", True):
        print("yes")

# No case matches: nothing happens.
match "zzz":
    case "a":
        print("no")
print("after")

# Subject is evaluated once.
def subject():
    print("subject evaluated")
    return 10


match subject():
    case 1:
        pass
    case 2:
        pass
    case 10:
        print("ten")

# Tuple subject without parentheses
match 1, 2:
    case 1, y:
        print("y =", y)

# Dotted value patterns
class Color:
    RED = "red"
    GREEN = "green"


for c in ["red", "green", "blue"]:
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case other:
            print("unknown", other)

# Singletons compare by identity: 1 is not True, 0 is not False
for v in [1, 0, True, False]:
    match v:
        case True:
            print(v, "is True")
        case False:
            print(v, "is False")
        case _:
            print(v, "neither")

# One-line case bodies and match inside a function with return/loop control
def first_even(items):
    for i in items:
        match i % 2:
            case 1: continue
            case 0: return i
    return None


print(first_even([1, 3, 4, 5]), first_even([1, 3]))
