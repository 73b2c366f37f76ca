# os.popen: reading a shell command's output, feeding its input, the exit status close()
# returns, and the argument errors.
import os, sys
print(os.popen("echo hello; echo world").read())
with os.popen("printf 'a\\nb\\n'") as f:
    print(list(f))
f = os.popen("exit 3"); print(f.read(), f.close())
f = os.popen("true"); print(f.close())
sys.stdout.flush()
w = os.popen("cat", "w"); w.write("to cat\n"); print(w.close())
try: os.popen(["ls"])
except TypeError as e: print(e)
try: os.popen("ls", "rb")
except ValueError as e: print(e)


# warm-up: the same popen many times, then another command
def first_line(cmd):
    with os.popen(cmd) as f:
        return f.readline().strip()


for i in range(100):
    r = first_line("echo warm")
print(r, first_line("echo changed; echo more"), repr(first_line("true")))
