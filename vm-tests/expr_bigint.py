# Big integer arithmetic.
a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, 12345))
print(a ** 2)
print(-a)
print(abs(-a))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2 ** 20, f % 1000000007)
print(10 ** 50 + 1)
print(10 ** 50 - 1)
print((10 ** 20) * (10 ** 20) == 10 ** 40)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(4611686018427387904 * 2)
print(3037000500 * 3037000500)
print(123456789 * 987654321)
print(12345678901234567890 // 1234567890)
print(12345678901234567890 % 1234567890)
print(2 ** 200 // 2 ** 199)
print(7 ** 77)
print((2 ** 100) / 2 ** 50)
print(2 ** 100 / 3)
print(float(2 ** 100))
print(10 ** 30 == 10.0 ** 30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(str(2 ** 256))
print(len(str(2 ** 1000)))
print(int('9' * 40) + 1)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print(pow(2, 100, 10 ** 9 + 7))
fib_a, fib_b = 0, 1
for i in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 == 2 ** 100, 2 ** 100 is not None)
print(max(2 ** 70, 2 ** 69), min(-2 ** 70, 5))
print(0 - 2 ** 64 + 2 ** 64)
