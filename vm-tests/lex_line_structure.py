# Implicit line joining, backslash continuation, comments and blank lines.

# a comment on its own line
x = 1  # a trailing comment
    # an indented comment line is fine

y = (1 +
     2 +
     3)
print(x, y)

z = [
    1,
    2,   # comment inside brackets
    3,
]
print(z)

d = {
    'a': 1,

    'b': 2,
}
print(d)

total = 1 + \
        2 + \
        3
print(total)

if x == 1 and \
   y == 6:
    print('continued condition')

def f(a,
      b,
      c=3):
    return a + b + c

print(f(1,
        2))
print(f(
    1, 2, 3
))

t = (
    'tuple',
    'items'
)
print(t)



print('after blank lines')
if x:
    pass

    # comment then dedent
print('end'); print('semicolons'); w = 5
print(w)
if w: print('one-line if')
for i in range(2): print('one-line for', i)
while w > 3: w -= 1
print(w)
