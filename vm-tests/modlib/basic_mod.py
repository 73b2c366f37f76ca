# Imported by modules_basic: prints when its body runs, so re-runs are visible.
print("basic_mod body runs, __name__ =", __name__)
VALUE = 42
_private = "hidden"
counter = 0


def greet(name):
    return "hello " + name
