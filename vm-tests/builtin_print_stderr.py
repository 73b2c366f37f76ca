# print(..., file=sys.stderr) goes to stderr; stdout and stderr are separate.
import sys
print('to stdout 1')
print('to stderr 1', file=sys.stderr)
print('to stdout 2', flush=True)
print('a', 'b', sep='-', end='!\n', file=sys.stderr)
sys.stderr.write('written directly\n')
print('to stdout 3', file=sys.stdout)
print(file=sys.stderr)
print('last stderr line', file=sys.stderr, flush=True)
