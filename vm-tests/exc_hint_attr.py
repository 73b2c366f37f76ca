class Account:
    rate = 0.02
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self

class Lazy:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")

def show(obj, attr):
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(f"{attr}: {e} | name={e.name!r} obj-type={type(e.obj).__name__}")

acct = Account("ann")
for attr in ["balanse", "Owner", "deposti", "rates", "zzz"]:
    show(acct, attr)
show(Lazy(), "anything")
show(None, "real")
try:
    acct.missing = acct.balanse
except AttributeError as e:
    print(e.name, e.obj is acct)
try:
    object().attr = 1
except AttributeError as e:
    print(repr(e), e.name, e.obj)
acct.deposit(5).deposit(7)
print(acct.balance)
acct.deposit(1).withdarw(3)
