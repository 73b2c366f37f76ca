# SystemExit can be caught; then the program continues and ends with status 0,
# unless exit is called again with a status.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('caught SystemExit with code', repr(e.code))
print('continuing')
sys.exit(0)
