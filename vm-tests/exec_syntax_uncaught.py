# An uncaught SyntaxError from eval: the traceback, then the location block for <string>.
def parse(src):
    return eval(src)


print(parse("1 + 2"))
parse("(1 +\n 2 +)")
