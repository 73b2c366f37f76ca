# A module with PEP 562 hooks (used by modules_getattr_dir.py).
loaded = []


def __getattr__(name):
    if name.startswith("lazy_"):
        loaded.append(name)
        return "value of " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["zeta", "alpha", "lazy_thing"]


real = "real"
