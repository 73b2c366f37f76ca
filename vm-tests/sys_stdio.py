import sys
print(sys.stdin is not None, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable())
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdin.read() if hasattr(sys.stdin, "read") else "noread")
try:
    input("prompt> ")
except EOFError as e:
    print("EOF", repr(e))
