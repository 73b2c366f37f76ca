def mean(xs):
    return sum(xs) / len(xs)
data = {"a": [1, 2, 3], "b": []}
for k in data:
    print(k, mean(data[k]))
