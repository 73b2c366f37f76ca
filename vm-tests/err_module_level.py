# An uncaught exception in module-level code after some output.
for i in range(3):
    print('line', i)
values = [10, 5, 0]
total = 0
for v in values:
    total += 100 // v
    print('running total', total)
print('not reached')
