# Objects still bound to module globals are finalized at exit, in the order of the names.
class Res:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('close', self.name)

first = Res('first')
second = Res('second')
_private = Res('_private')
third = Res('third')
second = None
print('main done')
