# sys.exit("message"): message on stderr, status 1.
import sys
print('about to fail')
sys.exit("fatal: something went wrong")
