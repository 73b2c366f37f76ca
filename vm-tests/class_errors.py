# An uncaught exception raised inside a method: the traceback names each frame.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
    def __repr__(self):
        return f"Account({self.balance})"

acct = Account(100)
print(acct.withdraw(30), acct)
print(Account.withdraw.__qualname__)
acct.withdraw(500)
print("not reached")
