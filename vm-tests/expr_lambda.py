# Lambda expressions: defaults, closures, immediate calls.
sq = lambda x: x * x
print(sq(5), sq(-3), sq(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: 'no args')())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: k)(x=1, y=2))
print((lambda a, *, b: a - b)(10, b=3))
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
add7 = make_adder(7)
print(add5(1), add7(1), make_adder(100)(1))
fs = []
for i in range(3):
    fs.append(lambda: i)
print(fs[0](), fs[1](), fs[2]())
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print(fs[0](), fs[1](), fs[2]())
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted([3, -1, -4, 2], key=lambda v: abs(v)))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
print((lambda x: (lambda y: x + y))(3)(4))
cond = lambda x: 'big' if x > 10 else 'small'
print(cond(11), cond(10))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for k in ops:
    print(k, ops[k](6, 3))
print((lambda: None)())
