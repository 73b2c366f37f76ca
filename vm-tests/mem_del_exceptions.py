# Locals of a frame an exception left live as long as the exception: until the handler ends.
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print('close', self.n)
def work():
    tmp = Res('in work')
    raise KeyError('k')
try:
    work()
except KeyError as e:
    print('caught', e)
print('after handler')
def outer():
    a = Res('outer local')
    work()
try:
    outer()
except KeyError:
    print('caught again')
print('after second')
def swallow():
    try:
        work()
    except KeyError:
        print('swallowed')
    print('still in swallow')
swallow()
print('end')
