# An uncaught FileNotFoundError: the traceback and the exit status.
def load(name):
    with open(name) as f:
        return f.read()


print("loading")
load("/nonexistent-pyvm-dir/nope.txt")
