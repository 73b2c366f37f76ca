def numbers(items):
    for it in items:
        yield int(it)

def doubled(src):
    for n in src:
        yield n * 2

print(list(doubled(numbers(["1", "2"]))))
total = sum(doubled(numbers(["3", "four"])))
