import sys
def main(argv):
    print("args:", argv[1:])
    try:
        sys.exit(2)
    except SystemExit as e:
        print("caught exit", e.code, repr(e), e.args)
    try:
        raise SystemExit("msg", 3)
    except SystemExit as e:
        print(e.code)
    print("to stderr", file=sys.stderr)
    sys.stderr.write("raw stderr\n")
    sys.stderr.flush()
    print(sys.stdout.write("x\n"), sys.stdout.isatty() in (True, False))
    try:
        try:
            raise ValueError("inner")
        finally:
            print("finally before exit")
    except ValueError:
        pass
    return 4
if __name__ == "__main__":
    code = main(sys.argv)
    print(f"exiting with {code}")
    try:
        sys.exit(code)
    finally:
        print("last finally")
