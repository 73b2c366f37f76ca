# Uncaught RecursionError: traceback with "[Previous line repeated N more times]".
def recurse(n):
    return recurse(n + 1)

print('recursing')
recurse(0)
