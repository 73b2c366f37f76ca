class Registry:
    def __init__(self):
        self.data = {"a": 1}
    def lookup(self, key):
        return self.data[key]

def resolve(reg, keys):
    return [reg.lookup(k) for k in keys]

r = Registry()
print(resolve(r, ["a"]))
try:
    resolve(r, ["a", ("x", 1)])
except KeyError as e:
    print("caught", e, repr(e), e.args)
print(resolve(r, ["a", "missing key"]))
