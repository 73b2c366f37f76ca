# SystemExit's code for each way it is raised, exit()/quit(), sys.flags, and the OSError
# subclass a broken pipe gives (the exit statuses themselves are tested in tests/cli_process.rs).
import sys


def code_of(f):
    try:
        f()
    except SystemExit as e:
        return e.code, e.args


print(code_of(lambda: sys.exit()))
print(code_of(lambda: sys.exit(None)))
print(code_of(lambda: sys.exit(3)))
print(code_of(lambda: sys.exit("msg")))
print(code_of(lambda: exit(4)))
print(code_of(lambda: quit()))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)


def raiser(*args):
    def f():
        raise SystemExit(*args)
    return f


print(code_of(raiser()))
print(code_of(raiser(1, 2)))
print(code_of(raiser([1])))
e = SystemExit(3)
e.code = "changed"
print(e.code, e.args)


class E(SystemExit):
    pass


print(code_of(lambda: (_ for _ in ()).throw(E(5))))
print(repr(exit), repr(quit))
print(type(exit).__name__, callable(exit))

# Warm-up: the same raise and catch 200 times, then a different code.
total = 0
for i in range(200):
    try:
        exit(i)
    except SystemExit as x:
        total += x.code
print(total)
for code in (None, 0, "s", 2 ** 70):
    print(code_of(lambda: exit(code)))

f = sys.flags
print(type(f).__name__, f.inspect, f.interactive, f.optimize, f.isolated, f.quiet, f.safe_path)
print(len(f), f.int_max_str_digits, f.dev_mode)
print(sys.warnoptions)
print(OSError(32, "Broken pipe").__class__.__name__, BrokenPipeError.__mro__[1].__name__)
print(issubclass(BrokenPipeError, OSError), str(OSError(32, "Broken pipe")))
print(sys.stdout.flush(), sys.stderr.flush())


# A subclass's own `code` (class attribute or property) shadows the value __init__ sets;
# an instance assignment shadows it in turn. Warm the lookups first.
class Seven(SystemExit):
    code = 7


class Prop(SystemExit):
    @property
    def code(self):
        return "from property"


for _ in range(200):
    code_of(lambda: (_ for _ in ()).throw(Seven(3)))
print(code_of(lambda: (_ for _ in ()).throw(Seven(3))))
print(code_of(lambda: (_ for _ in ()).throw(Prop(1))))
e = Seven(3)
e.code = 9
print(e.code, Seven(3).code, Seven.code)
