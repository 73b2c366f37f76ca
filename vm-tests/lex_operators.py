# Augmented assignment operators, walrus and annotations.
x = 2
x **= 10
print(x)
x //= 3
print(x)
x %= 100
print(x)
x -= 5
print(x)
x *= -3
print(x)
x += 100
print(x)
x /= 4
print(x)
y = 0b1100
y &= 0b1010
print(y)
y |= 0b0001
print(y)
y ^= 0b1111
print(y)
y <<= 4
print(y)
y >>= 2
print(y)
f = 7.5
f //= 2
print(f)
f **= 2
print(f)
f %= 5
print(f)
s = 'ab'
s *= 3
print(s)
s += 'c'
print(s)
lst = [1]
lst += [2, 3]
print(lst)
lst *= 2
print(lst)
if (n := 10) > 5:
    print('walrus', n)
print(n)
print((m := 3) * m)

def annotated(a: int, b: str = 'x') -> str:
    return b * a

print(annotated(3))
print(annotated(2, b='yz'))

def noret() -> None:
    pass

print(noret())
v: int = 5
print(v)
print(-x, +x, ~5, not x)
print(10 // 3, 10 % 3, 2 ** -1, 7 / 2)
print(1 << 3, 256 >> 4, 6 & 3, 6 | 3, 6 ^ 3)
print(1 < 2 <= 2 > 1 >= 1 == 1 != 0)
