# sys.argv holds just the script name (as passed on the command line).
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(type(sys.argv))
print(sys.argv[0].endswith('.py'))
