# An exception inside exec'd code: the traceback shows File "<string>" without a source line.
def run(src):
    exec(src)


print("start")
run("a = 1\nb = 0\nc = a / b\n")
