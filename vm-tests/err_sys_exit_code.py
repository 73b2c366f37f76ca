# sys.exit(3): status 3, nothing on stderr, earlier output still printed.
import sys
print('exiting with 3')
sys.exit(3)
print('not reached')
