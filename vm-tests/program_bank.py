# A small bank simulation: account classes with inheritance, properties,
# class/static methods, a custom exception hierarchy, __repr__/__eq__, and
# money formatting with f-strings. Ends with an uncaught custom exception.


class BankError(Exception):
    """Base class of every error the bank raises."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {money(amount)}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"no such account: {self.args[0]!r}"


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.frozen = False
        self.history = []
        self.number = Account._allocate_number()
        if balance:
            self.deposit(balance)

    @classmethod
    def _allocate_number(cls):
        n = cls._next_number
        Account._next_number = n + 1
        return n

    @classmethod
    def open(cls, owner, balance=0, **options):
        acct = cls(owner, balance, **options)
        print(f"  opened {acct!r}")
        return acct

    @staticmethod
    def parse_amount(text):
        text = text.strip().lstrip("$").replace(",", "")
        if "." in text:
            whole, frac = text.split(".")
            frac = (frac + "00")[:2]
        else:
            whole, frac = text, "00"
        return int(whole) * 100 + int(frac)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < self.minimum_balance():
            raise InsufficientFunds(self, self._balance - value)
        self._balance = value

    def minimum_balance(self):
        return 0

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, cents):
        self._check()
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self.balance += cents
        self.history.append(("deposit", cents))

    def withdraw(self, cents):
        self._check()
        try:
            self.balance -= cents
        except InsufficientFunds as e:
            e.amount = cents
            raise
        self.history.append(("withdraw", cents))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, #{self.number}, {money(self._balance)})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    def __hash__(self):
        return hash(self.number)


class SavingsAccount(Account):
    kind = "savings"
    rate_percent = 2

    def month_end(self):
        interest = self._balance * self.rate_percent // 1200
        if interest:
            self.deposit(interest)
        return interest


class CheckingAccount(Account):
    kind = "checking"

    def __init__(self, owner, balance=0, overdraft=50_00):
        self.overdraft = overdraft
        super().__init__(owner, balance)

    def minimum_balance(self):
        return -self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = 5_00
            self._balance -= fee
            self.history.append(("fee", fee))
            return -fee
        return 0


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def add(self, account):
        self.accounts[account.number] = account
        return account

    def __getitem__(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def __len__(self):
        return len(self.accounts)

    def __contains__(self, number):
        return number in self.accounts

    def transfer(self, src, dst, cents):
        a, b = self[src], self[dst]
        a.withdraw(cents)
        try:
            b.deposit(cents)
        except BankError:
            a._balance += cents  # roll back
            raise
        return f"moved {money(cents)} from #{src} to #{dst}"

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name}: {len(self)} accounts, total {money(self.total())} ==")
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(f"  #{acct.number} {acct.owner:<8} {acct.kind:>9} {money(acct.balance):>12}")


print("-- money formatting")
for c in [0, 5, 99, 100, 12345, 1234567, -250, 100000000]:
    print(f"  {c:>10} -> {money(c)}")
for text in ["12", "$3.5", "1,234.56", " 0.07 ", "$10.999"]:
    print(f"  parse {text!r} -> {Account.parse_amount(text)}")

print("-- opening accounts")
bank = Bank("First Bank of Python")
alice = bank.add(SavingsAccount.open("alice", 1000_00))
bob = bank.add(CheckingAccount.open("bob", 200_00))
carol = bank.add(Account.open("carol"))
dave = bank.add(CheckingAccount.open("dave", 10_00, overdraft=0))
print(f"  isinstance checks: {isinstance(alice, Account)} {isinstance(bob, SavingsAccount)}")
print(f"  kinds: {[a.kind for a in bank.accounts.values()]}")
print(f"  mro: {[k.__name__ for k in CheckingAccount.__mro__]}")
print(f"  1001 in bank: {1001 in bank}; 42 in bank: {42 in bank}")

print("-- transactions")
operations = [
    ("transfer", 1000, 1002, 250_00),
    ("transfer", 1001, 1002, 230_00),
    ("transfer", 1001, 1000, 30_00),
    ("transfer", 1003, 1000, 11_00),
    ("transfer", 1002, 4242, 1_00),
    ("deposit", 1002, -5),
    ("freeze", 1002),
    ("deposit", 1002, 1_00),
    ("transfer", 1000, 1002, 1_00),
    ("unfreeze", 1002),
    ("withdraw", 1000, Account.parse_amount("$99.99")),
]
for op in operations:
    kind, *args = op
    try:
        if kind == "transfer":
            result = bank.transfer(*args)
        elif kind == "deposit":
            bank[args[0]].deposit(args[1])
            result = f"deposited {money(args[1])}"
        elif kind == "withdraw":
            bank[args[0]].withdraw(args[1])
            result = f"withdrew {money(args[1])}"
        elif kind == "freeze":
            bank[args[0]].frozen = True
            result = "frozen"
        else:
            bank[args[0]].frozen = False
            result = "unfrozen"
    except InsufficientFunds as e:
        print(f"  {kind}{tuple(args)}: FAILED {type(e).__name__}: {e} (amount={money(e.amount)})")
    except UnknownAccount as e:
        print(f"  {kind}{tuple(args)}: FAILED {type(e).__name__}: {e}; is KeyError: {isinstance(e, KeyError)}")
    except BankError as e:
        print(f"  {kind}{tuple(args)}: FAILED {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"  {kind}{tuple(args)}: FAILED ValueError: {e}")
    else:
        print(f"  {kind}{tuple(args)}: ok, {result}")
    finally:
        print(f"    balances: {[money(a.balance) for a in bank.accounts.values()]}")

print("-- month end")
for month in range(1, 4):
    changes = {a.number: a.month_end() for a in bank.accounts.values()}
    print(f"  month {month}: {changes}")
bank.report()

print("-- equality and hashing")
same = bank[1000]
print(f"  alice == bank[1000]: {alice == same}, alice is same: {alice is same}")
print(f"  alice == bob: {alice == bob}, alice != bob: {alice != bob}")
print(f"  alice == 'alice': {alice == 'alice'}")
seen = {alice, bob, same, carol}
print(f"  distinct accounts in set: {len(seen)}")
print(f"  repr list: {sorted(bank.accounts.values(), key=lambda a: a.owner)}")

print("-- histories")
for acct in bank.accounts.values():
    parts = []
    for what, cents in acct.history:
        parts.append(f"{what[0].upper()}{money(cents)}")
    print(f"  {acct.owner}: {' '.join(parts) or '(none)'}")

print("-- exception hierarchy")
for cls in (InsufficientFunds, AccountFrozen, UnknownAccount):
    print(f"  {cls.__name__}: {[b.__name__ for b in cls.__mro__]}")
try:
    bank[7]
except KeyError as e:
    print(f"  caught as KeyError: {e!r} / {e}")
    print(f"  __cause__={e.__cause__!r} suppress={e.__suppress_context__}")

print("-- final: an overdraft that nobody catches")
bank.transfer(1003, 1001, 1_000_00)
print("not reached")
