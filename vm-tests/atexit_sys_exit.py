# sys.exit(code): the atexit callbacks run, the status is the code.
import atexit
import sys

atexit.register(print, 'second registered, first run')
atexit.register(lambda: print('lambda runs'))


atexit.register(sys.stdout.flush)
print('exiting')
sys.exit(3)
