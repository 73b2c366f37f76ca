# A __del__ timeline: when does an object die in CPython (and pyvm)? At its last reference,
# immediately, in the middle of the statement that dropped it.
#   pyvm examples/del_timeline.py      (or: python3 examples/del_timeline.py; same stdout)
# Look at where each "del ..." line lands between the "--" markers: refcounting frees each
# object exactly when the last reference goes, before the next statement runs.


class Res:
    def __init__(self, name):
        self.name = name
        print("  new", name)

    def __del__(self):
        print("  del", self.name)


print("-- del statement")
a = Res("a")
del a
print("-- after del")

print("-- rebinding a name")
b = Res("b1")
b = Res("b2")  # b1 dies here: the old value goes once the new one is bound
print("-- after rebinding")


def make():
    local = Res("local")
    kept = Res("returned")
    return kept  # `local` dies when the frame goes, `returned` lives on


print("-- function return")
r = make()
print("-- after return, still have", r.name)
r = None

print("-- container shrink")
items = [Res("i0"), Res("i1"), Res("i2")]
items.pop()  # the popped value is a temporary: dies before the next statement
print("-- after pop")
del items[0]
print("-- after del items[0]")
items.clear()
print("-- after clear")

print("-- a temporary")
# (`.name` is read before print() is called: the temporary is gone by then)
print("  name of a temporary:", Res("tmp").name)
print("-- after the temporary")

print("-- two names, one object")
x = Res("shared")
y = x
del x
print("-- x gone, y still holds it")
del y
print("-- end")
# (b2 is still bound: it dies at exit, when the module's names are released)
