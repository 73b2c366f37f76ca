# An uncaught exception raised deep in a chain of generators: every generator frame
# shows in the traceback, with the consumer's frames above them.
def source(n):
    for i in range(n):
        if i == 2:
            raise ValueError("bad item %d" % i)
        yield i


def relay(n):
    total = yield from source(n)
    return total


def doubled(n):
    return [x * 2 for x in relay(n)]


def main():
    print("caught:", catch_it())
    print(sum(x for x in relay(5)))


def catch_it():
    try:
        list(relay(3))
    except ValueError as e:
        return str(e)


main()
