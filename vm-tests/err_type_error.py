# Uncaught TypeError with a multi-line expression statement.
def combine(a, b):
    return a + b

print(combine(1, 2))
print(combine('x', 'y'))
result = combine(
    'text',
    5,
)
