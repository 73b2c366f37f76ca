def f():
    return "leaf.f"
