# finally interacting with return, break and continue.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(ret_in_try())
def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(value_snapshot())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('loop done')
def nested_finally():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
def loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(loop_return())
count = 0
while True:
    try:
        count += 1
        if count > 2:
            break
    finally:
        print('while finally', count)
print(count)
def exc_then_finally():
    try:
        try:
            raise KeyError('k')
        finally:
            print('finally during propagation')
    except KeyError:
        return 'handled'
print(exc_then_finally())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('finally after except-return')
print(except_return())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'exception discarded by break'
print(break_in_finally())
