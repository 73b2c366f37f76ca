# A bare `raise` in a handler re-raises; the traceback shows the original line.
def risky(n):
    return [1, 2, 3][n]

def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print('wrapper saw IndexError, re-raising')
        raise

print(wrapper(1))
wrapper(7)
