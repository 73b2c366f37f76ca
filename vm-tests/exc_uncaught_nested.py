import sys
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("cannot parse " + repr(s)) from e

def main():
    vals = []
    for s in ["1", "2", "x3"]:
        vals.append(parse(s))
    return vals

print("begin")
sys.stdout.flush()
main()
