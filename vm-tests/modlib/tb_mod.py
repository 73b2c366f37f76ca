def inner(n):
    if n > 1:
        raise ValueError("bad n: " + str(n))
    return n


def outer(n):
    return inner(n) * 2
