matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5) if x != 2}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_counters():
    counters = {}
    for name in ["a", "b"]:
        def counter(start=0, _name=name):
            count = start
            def inc():
                nonlocal count
                count += 1
                return f"{_name}{count}"
            return inc
        counters[name] = counter()
    return counters
cs = make_counters()
print(cs["a"](), cs["a"](), cs["b"]())
x = 10
print([x for x in range(3)], x)
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(K.doubled, K.total)
try:
    class K2:
        n = 5
        items = [n * i for i in range(3)]
except NameError as e:
    print("NameError:", e)
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs)
print(sorted({w.lower() for w in "The the THE cat Cat".split()}))
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print([y for x in [[1, [2]], [3, [4]]] for y in (x[0], *x[1])])
nested = {k: {v: k * v for v in range(2)} for k in range(3)}
print(nested)
print(any(n > 3 for n in [1, 5]), all(n for n in []), min((abs(n), n) for n in [-3, 2, -1]))
print([(i, j) for i in range(3) if i for j in range(i)])
print([n for n in range(20) if all(n % d for d in range(2, n)) and n > 1])
def outer():
    vals = []
    def add(v):
        vals.append(v)
        return len(vals)
    return [add(c) for c in "xyz"], vals
print(outer())
print([(yield_ := i) for i in range(3)], yield_ if False else "walrus:", [last := i for i in range(4)], last)
