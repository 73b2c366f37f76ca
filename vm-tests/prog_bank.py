# Bank-account simulation with functions, dicts and error handling.
accounts = {}
log = []


def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError(f'account for {owner} already exists')
    if initial < 0:
        raise ValueError('initial deposit must be non-negative')
    accounts[owner] = {'balance': initial, 'history': [('open', initial)]}
    log.append(f'opened {owner} with {initial}')


def get(owner):
    try:
        return accounts[owner]
    except KeyError:
        raise LookupError(f'no account for {owner}') from None


def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f'invalid deposit amount: {amount}')
    acct = get(owner)
    acct['balance'] += amount
    acct['history'].append(('deposit', amount))
    return acct['balance']


def withdraw(owner, amount):
    acct = get(owner)
    if amount > acct['balance']:
        raise ArithmeticError(f'insufficient funds: {owner} has {acct["balance"]}, needs {amount}')
    acct['balance'] -= amount
    acct['history'].append(('withdraw', amount))
    return acct['balance']


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        # Roll back the withdrawal, then let the caller see the error.
        deposit(src, amount)
        get(src)['history'].append(('rollback', amount))
        raise
    log.append(f'transfer {amount} {src}->{dst}')


def apply_interest(rate_percent):
    for owner in accounts:
        acct = accounts[owner]
        interest = acct['balance'] * rate_percent // 100
        if interest:
            acct['balance'] += interest
            acct['history'].append(('interest', interest))


def run(description, action, *args):
    try:
        result = action(*args)
        print(f'ok   {description}: {result}')
    except (ValueError, LookupError) as e:
        print(f'FAIL {description}: {type(e).__name__}: {e}')
    except ArithmeticError as e:
        print(f'FAIL {description}: insufficient ({e})')
    finally:
        log.append('attempted ' + description)


run('open alice', open_account, 'alice', 100)
run('open bob', open_account, 'bob')
run('open carol', open_account, 'carol', 250)
run('open alice again', open_account, 'alice', 5)
run('open negative', open_account, 'dave', -10)
run('deposit bob 50', deposit, 'bob', 50)
run('deposit bob 0', deposit, 'bob', 0)
run('deposit zed', deposit, 'zed', 10)
run('withdraw alice 30', withdraw, 'alice', 30)
run('withdraw alice 1000', withdraw, 'alice', 1000)
run('transfer carol->bob 75', transfer, 'carol', 'bob', 75)
run('transfer bob->nobody 10', transfer, 'bob', 'nobody', 10)
run('transfer alice->carol 71', transfer, 'alice', 'carol', 71)
apply_interest(10)

print()
total = 0
for owner in sorted(accounts):
    acct = accounts[owner]
    total += acct['balance']
    print(f'{owner:<6} {acct["balance"]:>6}')
    for kind, amount in acct['history']:
        print(f'    {kind:<9}{amount:>6}')
print('total', total)

print()
print(len(log), 'log entries')
for entry in log:
    if not entry.startswith('attempted'):
        print(' -', entry)

richest = max(accounts, key=lambda o: accounts[o]['balance'])
poorest = min(accounts, key=lambda o: accounts[o]['balance'])
print('richest:', richest, 'poorest:', poorest)
